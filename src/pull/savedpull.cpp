#include "pull/savedpull.h"

#include "sqlite/database.h"
#include "storage/workspacefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace NorthStar::Pull {

namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Pull)
};

constexpr const char *kColumns = "source, server, url, table_name, user_column, time_column, event_column, "
                                 "value_column, attributes, time_zone, last_date, pulled_at";

Result<SavedPull> fromRow(const Sqlite::Statement &q)
{
    SavedPull saved;
    PullRequest &r = saved.request;
    r.source = q.text(0);
    const QString server = q.text(1);
    auto url = server == u"clickhouse"_s ? parseClickHouseUrl(q.text(2)) : parsePostgresUrl(q.text(2));
    if (!url)
        return fail(Text::tr("The saved pull of \"%1\" is damaged: %2").arg(r.source, url.error()));
    r.url = *url;
    r.query.engine = server == u"clickhouse"_s ? u"clickhouse"_s : u"postgresql"_s;
    r.query.table = q.text(3);
    r.query.user = q.text(4);
    r.query.time = q.text(5);
    r.query.event = q.text(6);
    if (!q.isNull(7))
        r.query.value = q.text(7);
    for (const QJsonValue &a : QJsonDocument::fromJson(q.text(8).toUtf8()).array())
        r.query.attributes << a.toString();
    r.query.timezone = q.text(9);
    saved.lastDate = q.isNull(10) ? QString() : q.text(10);
    saved.pulledAt = q.text(11);
    return saved;
}

Result<bool> hasTable(Sqlite::Database &db)
{
    auto q = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'warehouse_pulls'");
    if (!q)
        return fail(q.error());
    return q->step();
}

} // namespace

Result<QList<SavedPull>> loadSavedPulls(const QString &workspacePath)
{
    QList<SavedPull> pulls;
    if (!QFileInfo::exists(workspacePath))
        return pulls;
    auto workspace = WorkspaceFile::openForReading(workspacePath);
    if (!workspace)
        return fail(workspace.error());
    auto exists = hasTable(workspace->database);
    if (!exists)
        return fail(exists.error());
    if (!*exists)
        return pulls;
    auto q = workspace->database.prepare(u"SELECT %1 FROM warehouse_pulls ORDER BY source"_s.arg(QLatin1StringView(kColumns)));
    if (!q)
        return fail(q.error());
    for (;;) {
        auto row = q->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return pulls;
        auto saved = fromRow(*q);
        if (!saved)
            return fail(saved.error());
        pulls.append(*saved);
    }
}

Result<std::optional<SavedPull>> loadSavedPull(const QString &workspacePath, const QString &source)
{
    auto pulls = loadSavedPulls(workspacePath);
    if (!pulls)
        return fail(pulls.error());
    for (const SavedPull &p : *pulls) {
        if (p.request.source == source)
            return std::optional<SavedPull>(p);
    }
    return std::optional<SavedPull>();
}

Result<void> storeSavedPull(Sqlite::Database &db, const PullRequest &r, const QString &lastDate)
{
    auto q = db.prepare(u"INSERT OR REPLACE INTO warehouse_pulls (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
                            .arg(QLatin1StringView(kColumns)));
    if (!q)
        return fail(q.error());
    q->bind(1, r.source)
        .bind(2, r.url.server == Server::ClickHouse ? u"clickhouse"_s : u"postgresql"_s)
        .bind(3, r.url.text)
        .bind(4, r.query.table)
        .bind(5, r.query.user)
        .bind(6, r.query.time)
        .bind(7, r.query.event)
        .bind(9, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(r.query.attributes)).toJson(QJsonDocument::Compact)))
        .bind(10, r.query.timezone)
        .bind(12, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (r.query.value)
        q->bind(8, *r.query.value);
    else
        q->bindNull(8);
    if (lastDate.isEmpty())
        q->bindNull(11);
    else
        q->bind(11, lastDate);
    return q->exec();
}

} // namespace NorthStar::Pull
