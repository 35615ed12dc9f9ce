// The shipped PostgreSQL query's results (issue #12 §2) on PostgreSQL itself (Debian 12's 15),
// a cluster made for the test in a temporary folder (initdb, pg_ctl; as the postgres user
// when the test runs as root), reached on its own socket. psql writes the rollup with --csv
// from the printed file, as the template says; it equals the rollup computed here with
// QTimeZone for UTC, America/Los_Angeles, Asia/Kolkata and Europe/Berlin, with and without
// --since, for a timestamptz column (the session in Asia/Tokyo, which must not matter) and
// a timestamp holding UTC (PGTZ=UTC, as the template says). Without PostgreSQL the test
// fails, saying what to install (scripts/install-deps.sh installs it).

#include "warehouse/rollupquery.h"

#include "rollupfixture.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <pwd.h>
#include <unistd.h>

using namespace NorthStar;
using namespace NorthStar::WarehouseTest;
using namespace Qt::StringLiterals;

namespace {

// initdb and pg_ctl live in /usr/lib/postgresql/VERSION/bin on Debian, off the PATH.
QString findServerTool(const QString &name)
{
    const QString onPath = QStandardPaths::findExecutable(name);
    if (!onPath.isEmpty())
        return onPath;
    QStringList versions = QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : versions) {
        const QString path = u"/usr/lib/postgresql/%1/bin/%2"_s.arg(v, name);
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return {};
}

struct Run final
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, const QStringList &environment = {})
{
    QProcess process;
    if (!environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &pair : environment)
            env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        process.setProcessEnvironment(env);
    }
    process.start(program, arguments);
    Run r;
    if (process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit)
        r.code = process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError()) + process.errorString();
    return r;
}

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
}

// The raw table, with names that need quoting everywhere (as in tst_warehouseduckdb).
const QString setupSql = uR"(CREATE SCHEMA "north ""star""";
CREATE TABLE "north ""star"""."raw events" ("user id" bigint, ts timestamptz, ts_utc timestamp,
    "event name" text, value double precision, plan text, "co.untry" text);
\copy "north ""star"""."raw events" FROM '%1' WITH (FORMAT csv, HEADER true)
)"_s;

} // namespace

class TstWarehousePostgres final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rollup_data();
    void rollup();

private:
    QStringList asServerUser(const QString &tool, const QStringList &arguments) const;
    Run psql(const QStringList &arguments, const QString &session);

    QTemporaryDir m_dir;
    QString m_psql;
    QString m_pgCtl;
    QString m_data;
    QString m_runuser;  // runuser when root (initdb refuses root), else empty
    int m_port = 0;
    bool m_started = false;
    QList<RawEvent> m_events;
};

QStringList TstWarehousePostgres::asServerUser(const QString &tool, const QStringList &arguments) const
{
    return m_runuser.isEmpty() ? QStringList{tool} + arguments
                               : QStringList{u"-u"_s, u"postgres"_s, u"--"_s, tool} + arguments;
}

Run TstWarehousePostgres::psql(const QStringList &arguments, const QString &session)
{
    return run(m_psql,
               QStringList{u"-h"_s, m_dir.path(), u"-p"_s, QString::number(m_port), u"-U"_s, u"postgres"_s, u"-X"_s,
                           u"-v"_s, u"ON_ERROR_STOP=1"_s}
                   + arguments,
               {u"PGTZ="_s + session, u"PGDATABASE=postgres"_s});
}

void TstWarehousePostgres::initTestCase()
{
    const QString initdb = findServerTool(u"initdb"_s);
    m_pgCtl = findServerTool(u"pg_ctl"_s);
    m_psql = QStandardPaths::findExecutable(u"psql"_s);
    if (initdb.isEmpty() || m_pgCtl.isEmpty() || m_psql.isEmpty())
        QFAIL("PostgreSQL is missing (initdb, pg_ctl, psql): apt-get install postgresql (scripts/install-deps.sh)");
    QVERIFY(m_dir.isValid());
    if (geteuid() == 0) {
        const passwd *user = getpwnam("postgres");
        if (!user)
            QFAIL("running as root, the cluster needs the user postgres (apt-get install postgresql creates it)");
        m_runuser = QStandardPaths::findExecutable(u"runuser"_s);
        QVERIFY2(!m_runuser.isEmpty(), "runuser (util-linux) is missing");
        QVERIFY(::chown(QFile::encodeName(m_dir.path()).constData(), user->pw_uid, user->pw_gid) == 0);
    }
    m_data = m_dir.filePath(u"data"_s);
    const QStringList initArguments{u"-D"_s, m_data, u"-A"_s, u"trust"_s, u"-U"_s, u"postgres"_s,
                                    u"-E"_s, u"UTF8"_s, u"--locale=C"_s, u"--no-sync"_s};
    const Run made = m_runuser.isEmpty() ? run(initdb, initArguments) : run(m_runuser, asServerUser(initdb, initArguments));
    QVERIFY2(made.code == 0, qPrintable(u"initdb: "_s + made.err));
    // No TCP at all: the socket in the test's folder, under a port number of its own.
    for (int attempt = 0; attempt < 5 && !m_started; ++attempt) {
        m_port = 20000 + int((getpid() * 13 + attempt * 1009) % 30000);
        const QStringList startArguments{u"-D"_s, m_data, u"-l"_s, m_dir.filePath(u"server.log"_s), u"-w"_s, u"-o"_s,
                                         u"-p %1 -k %2 -c listen_addresses= -c fsync=off"_s.arg(m_port).arg(m_dir.path()),
                                         u"start"_s};
        const Run started = m_runuser.isEmpty() ? run(m_pgCtl, startArguments)
                                                : run(m_runuser, asServerUser(m_pgCtl, startArguments));
        m_started = started.code == 0;
    }
    QVERIFY2(m_started, qPrintable(u"pg_ctl start failed; the log is in "_s + m_dir.path()));
    qInfo("%s", qPrintable(psql({u"-Atc"_s, u"SELECT version()"_s}, u"UTC"_s).out.trimmed()));

    m_events = generateEvents();
    const QString events = m_dir.filePath(u"events.csv"_s);
    QVERIFY(writeFile(events, eventsCsv(m_events)));
    const QString setup = m_dir.filePath(u"setup.sql"_s);
    QVERIFY(writeFile(setup, setupSql.arg(events)));
    const Run loaded = psql({u"-q"_s, u"-f"_s, setup}, u"UTC"_s);
    QVERIFY2(loaded.code == 0, qPrintable(loaded.err));
    const Run count = psql({u"-Atc"_s, u"SELECT count(*) FROM \"north \"\"star\"\"\".\"raw events\""_s}, u"UTC"_s);
    QCOMPARE(count.out.trimmed().toLongLong(), qint64(m_events.size()));
}

void TstWarehousePostgres::cleanupTestCase()
{
    if (!m_started)
        return;
    const QStringList stopArguments{u"-D"_s, m_data, u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s};
    if (m_runuser.isEmpty())
        run(m_pgCtl, stopArguments);
    else
        run(m_runuser, asServerUser(m_pgCtl, stopArguments));
}

void TstWarehousePostgres::rollup_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("since");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("session");
    QTest::addColumn<bool>("full");
    for (const QString &zone : {u"UTC"_s, u"America/Los_Angeles"_s, u"Asia/Kolkata"_s, u"Europe/Berlin"_s}) {
        for (const QString &since : {QString(), u"2026-03-08"_s, u"2026-11-01"_s}) {
            const QString label = zone + u" since "_s + (since.isEmpty() ? u"-"_s : since);
            QTest::newRow(qPrintable(label + u" timestamptz"_s)) << zone << since << u"ts"_s << u"Asia/Tokyo"_s << true;
            QTest::newRow(qPrintable(label + u" timestamp"_s)) << zone << since << u"ts_utc"_s << u"UTC"_s << true;
        }
        QTest::newRow(qPrintable(zone + u" bare"_s)) << zone << QString() << u"ts"_s << u"UTC"_s << false;
    }
}

void TstWarehousePostgres::rollup()
{
    QFETCH(QString, zone);
    QFETCH(QString, since);
    QFETCH(QString, column);
    QFETCH(QString, session);
    QFETCH(bool, full);
    Warehouse::RollupRequest request;
    request.engine = u"postgresql"_s;
    request.table = u"north \"star\".raw events"_s;
    request.user = u"user id"_s;
    request.time = column;
    request.event = u"event name"_s;
    if (full) {
        request.value = u"value"_s;
        request.attributes = {u"plan"_s, u"co.untry"_s};
    }
    request.timezone = zone;
    request.since = since;
    const auto query = Warehouse::rollupQuery(request);
    QVERIFY2(query.ok(), qPrintable(query ? QString() : query.error()));
    const QString file = m_dir.filePath(u"rollup.sql"_s);
    const QString output = m_dir.filePath(u"rollup.csv"_s);
    QVERIFY(writeFile(file, *query));
    const Run ran = psql({u"--csv"_s, u"-v"_s, u"FETCH_COUNT=50"_s, u"-f"_s, file, u"-o"_s, output}, session);
    QVERIFY2(ran.code == 0, qPrintable(ran.err));

    RollupOptions options;
    options.timezone = QTimeZone(zone.toUtf8());
    if (!since.isEmpty())
        options.since = QDate::fromString(since, Qt::ISODate);
    options.value = full;
    if (full)
        options.attributes = {u"plan"_s, u"country"_s};
    const Rollup expected = expectedRollup(m_events, options);
    QVERIFY(expected.size() > (options.since ? 5 : 20));
    QString error;
    const Rollup actual = readRollupCsv(output, full ? QStringList{u"plan"_s, u"co.untry"_s} : QStringList(), error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString diff = differences(expected, actual);
    QVERIFY2(diff.isEmpty(), qPrintable(u"\n"_s + diff));
}

QTEST_GUILESS_MAIN(TstWarehousePostgres)
#include "tst_warehousepostgres.moc"
