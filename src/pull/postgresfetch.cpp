#include "pull/postgresfetch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace NorthStar::Pull {

namespace {

constexpr int kBatchRows = 20000;
constexpr qint64 kProgressIntervalMs = 200;

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Pull)
};

QString serverText(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    text = text.simplified();
    // A sentence: the messages go on after it ("... Nothing was imported.").
    if (!text.isEmpty() && !QStringView(u".!?\u2026").contains(text.back()))
        text += u'.';
    return text;
}

QString cellText(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    return value.toString();
}

// A connection of its own for one pull, removed with it (QSqlDatabase is per thread).
class Connection final
{
public:
    Connection() : m_name(u"northstar-pull-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    const QString &name() const { return m_name; }

private:
    QString m_name;
};

} // namespace

Result<qint64> fetchFromPostgres(const PullRequest &request, const QString &sql, RollupFile &out,
                                 const PullControl &control)
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        return fail(Text::tr("Qt's PostgreSQL driver is not installed: install the package libqt6sql6-psql "
                             "(scripts/install-deps.sh does)."));
    }
    const WarehouseUrl &url = request.url;
    Connection connection;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection.name());
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setDatabaseName(url.database);
        db.setUserName(url.user);
        if (!request.password.isEmpty())
            db.setPassword(request.password);
        // Bounded waits: a server that does not answer is an error, not a hang.
        QStringList options{u"connect_timeout=10"_s};
        if (!url.options.isEmpty())
            options << url.options;
        db.setConnectOptions(options.join(u';'));
    }
    if (control.progress)
        control.progress({PullProgress::Phase::Connecting, 0, 0, 0});
    QSqlDatabase db = connection.database();
    if (!db.open())
        return fail(Text::tr("Cannot connect to %1: %2").arg(url.describe(), serverText(db.lastError())));

    QSqlQuery q(db);
    q.setForwardOnly(true);
    const auto run = [&](const QString &statement) { return q.exec(statement); };
    // Timestamps without a zone hold UTC (resources/warehouse/postgresql.sql).
    if (!run(u"BEGIN READ ONLY"_s) || !run(u"SET LOCAL TIME ZONE 'UTC'"_s)
        || !run(u"DECLARE northstar_rollup NO SCROLL CURSOR FOR "_s + sql)) {
        return fail(Text::tr("%1 refused the rollup query: %2 Check that the table and the columns given with "
                             "--table, --user, --time, --event, --value and --attribute exist, and their types.")
                        .arg(url.describe(), serverText(q.lastError())));
    }
    qint64 rows = 0;
    bool header = false;
    QElapsedTimer clock;
    clock.start();
    const QString fetch = u"FETCH FORWARD %1 FROM northstar_rollup"_s.arg(kBatchRows);
    for (;;) {
        if (control.cancel && control.cancel->load())
            return fail(Text::tr("The pull was cancelled; the workspace is unchanged."));
        if (!run(fetch)) {
            return fail(Text::tr("%1 stopped after %2 rows: %3 Nothing was imported.")
                            .arg(url.describe()).arg(rows).arg(serverText(q.lastError())));
        }
        if (!header) {
            const QSqlRecord record = q.record();
            QStringList names;
            for (int i = 0; i < record.count(); ++i)
                names << record.fieldName(i);
            if (auto r = out.writeRow(names); !r)
                return fail(r.error());
            header = true;
        }
        qint64 batch = 0;
        QStringList fields;
        const int columns = q.record().count();
        while (q.next()) {
            fields.clear();
            for (int i = 0; i < columns; ++i)
                fields << cellText(q.value(i));
            if (auto r = out.writeRow(fields); !r)
                return fail(r.error());
            ++batch;
        }
        rows += batch;
        if (control.progress && clock.elapsed() >= kProgressIntervalMs) {
            clock.restart();
            control.progress({PullProgress::Phase::Fetching, rows, out.bytes(), 0});
        }
        if (batch < kBatchRows)
            break;
    }
    run(u"ROLLBACK"_s); // read only: nothing to keep
    if (control.progress)
        control.progress({PullProgress::Phase::Fetching, rows, out.bytes(), 0});
    return rows;
}

} // namespace NorthStar::Pull
