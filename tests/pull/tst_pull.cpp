// `northstar pull` (issue #12 §4) against a real server started for the test (servers.h):
// built once with PULL_CLICKHOUSE=0 as tst_pullpostgres (PostgreSQL 15 over TCP with a
// scram password) and once with PULL_CLICKHOUSE=1 as tst_pullclickhouse (clickhouse-server
// 18.16 over HTTP with basic auth).
//
// Generated raw events (users over nine months of 2024: both daylight saving changes,
// missing values and attributes, attribute changes) are loaded into the server; every metric
// kind x grain x week start x segment of the pulled workspace equals the raw CSV import of
// the same events (metriccompare.h) in Los Angeles and Kolkata (and Berlin after the
// incremental pull); --since equals the raw import of the dates from then on; an incremental
// pull with no flags replaces the last date and adds the events that arrived since; --dry-run
// prints the query and writes nothing; the saved connection has no password; prices such as
// 0.1 sum. Each failure (a closed port, a wrong password, a missing table, a missing column,
// a value column of text, an empty table, an exception part way through the result on
// ClickHouse, the server SIGKILLed mid-stream) names what failed and leaves the workspace
// byte for byte as it was, with no temporary file left beside it.

#include "metriccompare.h"
#include "rawevents.h"
#include "servers.h"

#include "eventstore/eventimport.h"
#include "pull/warehousepull.h"
#include "sqlite/database.h"
#include "storage/workspacefile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace NorthStar;
using namespace NorthStar::PullTest;
using namespace NorthStar::RollupTestSupport;
using namespace Qt::StringLiterals;

#ifndef PULL_CLICKHOUSE
#error "PULL_CLICKHOUSE must be 0 or 1"
#endif

namespace {

const QString kPassword = u"s3cret-n0rth"_s;

struct Cli final
{
    int code = -1;
    QString out;
    QString err;
};

Cli northstar(const QStringList &arguments, const QString &password = kPassword)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"PGPASSWORD"_s);
    env.insert(u"NORTHSTAR_WAREHOUSE_PASSWORD"_s, password);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(NORTHSTAR_BINARY), arguments);
    Cli r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = u"northstar did not finish within 120 s"_s;
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err += QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void setReportingTimeZone(const QString &workspace, const QString &zone)
{
    if (!QFile::exists(workspace))
        QVERIFY(WorkspaceFile::create(workspace).ok());
    auto c = Sqlite::Database::open(workspace, Sqlite::OpenMode::ReadWrite);
    QVERIFY(c.ok());
    auto q = c->prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('timezone', ?)");
    QVERIFY(q.ok());
    QVERIFY(q->bind(1, zone).exec().ok());
}

QList<RawRow> rawRows(const QList<RawEvent> &events)
{
    QList<RawRow> rows;
    rows.reserve(events.size());
    for (const RawEvent &e : events)
        rows.append({e.user, e.utcMs, e.event, e.value ? QString::number(*e.value, 'g', 17) : QString(), e.country, e.plan});
    return rows;
}

// The pull flags for a table of raw events.
QStringList tableFlags(const QString &table, const QString &zone)
{
    return {u"--table"_s, table, u"--user"_s, u"user_id"_s, u"--time"_s, u"time"_s, u"--event"_s, u"event"_s,
            u"--value"_s, u"value"_s, u"--attribute"_s, u"country"_s, u"--attribute"_s, u"plan"_s,
            u"--timezone"_s, zone};
}

} // namespace

class TestPull final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void metricsEqualTheRawImport_data();
    void metricsEqualTheRawImport();
    void sinceEqualsTheRawImportFromThen();
    void dryRunPrintsTheQuery();
    void decimalValuesSum();
    void incrementalPullReplacesTheLastDate();
    void failuresLeaveTheWorkspaceUnchanged_data();
    void failuresLeaveTheWorkspaceUnchanged();
#if PULL_CLICKHOUSE
    void exceptionAfter200Ok();
#endif
    void interruptedPullChangesNothing();
    void serverKilledMidPull(); // last: the server is gone after it

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString rawWorkspace(const QString &zone, const QList<RawEvent> &events, const QString &name);
    QStringList serverFlags() const;
    QStringList serverFlags(const QString &url) const;
    // The workspace's bytes and the folder's listing stay as they were.
    QString unchanged(const QString &workspace, const QByteArray &before, const QStringList &listing) const;

    QTemporaryDir m_dir;
#if PULL_CLICKHOUSE
    ClickHouseServer m_server;
#else
    PostgresServer m_server;
#endif
    QList<RawEvent> m_events;
    QList<RawEvent> m_early; // before kSplit, in `growing` from the start
    QList<RawEvent> m_late;  // arrive between two pulls
    QString m_base;          // a pulled workspace the failures start from
};

namespace {
const qint64 kSplit = QDateTime(QDate(2024, 8, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

QStringList TestPull::serverFlags() const
{
#if PULL_CLICKHOUSE
    return serverFlags(m_server.url());
#else
    return serverFlags(m_server.url());
#endif
}

QStringList TestPull::serverFlags(const QString &url) const
{
    return {PULL_CLICKHOUSE ? u"--clickhouse"_s : u"--postgres"_s, url};
}

QString TestPull::rawWorkspace(const QString &zone, const QList<RawEvent> &events, const QString &name)
{
    const QString csv = path(name + u".csv"_s);
    writeRawCsv(csv, events);
    const QString ws = path(name + u".northstar"_s);
    setReportingTimeZone(ws, zone);
    ImportRequest r;
    r.file = csv;
    r.source = u"events"_s;
    r.attributeColumns = {u"country"_s, u"plan"_s};
    r.timeZone = u"UTC"_s;
    auto s = EventImport::run(ws, r);
    if (!s)
        return u"raw import: "_s + s.error();
    return {};
}

QString TestPull::unchanged(const QString &workspace, const QByteArray &before, const QStringList &listing) const
{
    if (fileBytes(workspace) != before)
        return u"the workspace file changed"_s;
    const QStringList now = QDir(m_dir.path()).entryList(QDir::Files, QDir::Name);
    if (now != listing)
        return u"the folder changed: %1 against %2"_s.arg(now.join(u' '), listing.join(u' '));
    return {};
}

void TestPull::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(NORTHSTAR_BINARY)), "build the northstar target first");
    QVERIFY(m_dir.isValid());
    const QString started = m_server.start(kPassword);
    if (!started.isEmpty())
        QFAIL(qPrintable(started));

    // 30 users from late February to mid November 2024; whole seconds, strictly increasing
    // (ClickHouse's DateTime has no milliseconds, and "latest" must have no ties).
    m_events = generateEvents(30, u"2024-02-20"_s, 270, 11);
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        m_events[i].utcMs -= m_events[i].utcMs % 1000;
        if (i > 0)
            m_events[i].utcMs = std::max(m_events[i].utcMs, m_events[i - 1].utcMs + 1000);
    }
    for (const RawEvent &e : std::as_const(m_events))
        (e.utcMs < kSplit ? m_early : m_late).append(e);
    QVERIFY(m_early.size() > 1000 && m_late.size() > 500);
    QVERIFY(std::any_of(m_events.cbegin(), m_events.cend(), [](const RawEvent &e) { return !e.value; }));
    QVERIFY(std::any_of(m_events.cbegin(), m_events.cend(), [](const RawEvent &e) { return e.plan.isEmpty(); }));

    QString loaded = m_server.loadEvents(u"events"_s, rawRows(m_events));
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    loaded = m_server.loadEvents(u"growing"_s, rawRows(m_early));
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    loaded = m_server.loadEvents(u"nothing"_s, {});
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    // The value column as text, some of it not a number.
    QList<RawRow> texts = rawRows(m_events.mid(0, 200));
    for (RawRow &r : texts)
        r.value = PULL_CLICKHOUSE ? u"12 EUR"_s : u"12"_s; // PostgreSQL: a number until the column is text
#if PULL_CLICKHOUSE
    Run made = m_server.query(u"CREATE TABLE textvalue (user_id String, time DateTime('UTC'), event String, "
                              "value String, country String, plan String) ENGINE = MergeTree ORDER BY time"_s);
    QVERIFY2(made.code == 0, qPrintable(made.err));
    QByteArray csv;
    for (const RawRow &r : texts)
        csv += (u"%1,%2,%3,%4,DE,pro\n"_s.arg(r.user, QDateTime::fromMSecsSinceEpoch(r.utcMs, QTimeZone::utc())
                                                           .toString(u"yyyy-MM-dd HH:mm:ss"_s),
                                               r.event, r.value)).toUtf8();
    made = m_server.query(u"INSERT INTO textvalue FORMAT CSV"_s, csv);
    QVERIFY2(made.code == 0, qPrintable(made.err));
    // A large result for the server's kill and the result limit: 5000 users x 400 days.
    made = m_server.query(u"CREATE TABLE big (user_id String, time DateTime('UTC'), event String, "
                          "value Nullable(Float64), country Nullable(String), plan Nullable(String)) "
                          "ENGINE = MergeTree ORDER BY time"_s);
    QVERIFY2(made.code == 0, qPrintable(made.err));
    made = m_server.query(u"INSERT INTO big SELECT concat('u', toString(number % 5000)), "
                          "toDateTime('2024-01-01 00:00:00', 'UTC') + intDiv(number, 5000) * 86400 + number % 3600, "
                          "'view', 1.5, 'DE', 'pro' FROM system.numbers LIMIT 2000000"_s);
    QVERIFY2(made.code == 0, qPrintable(made.err));
#else
    loaded = m_server.loadEvents(u"textvalue"_s, texts);
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    Run made = m_server.sql(u"ALTER TABLE textvalue ALTER COLUMN value TYPE text;\n"
                            "UPDATE textvalue SET value = '12 EUR';\n"
                            // A large result for the server's kill: 2500 users x 400 days.
                            "CREATE TABLE big AS SELECT 'u' || (i % 2500) AS user_id, "
                            "timestamptz '2024-01-01 00:00:00+00' + (i / 2500) * interval '1 day' "
                            "+ (i % 3600) * interval '1 second' AS time, 'view'::text AS event, "
                            "1.5::double precision AS value, 'DE'::text AS country, 'pro'::text AS plan "
                            "FROM generate_series(0, 999999) i;\n"_s);
    QVERIFY2(made.code == 0, qPrintable(made.err));
#endif

    // The workspace the failures start from: a pull of `events` in Berlin.
    m_base = path(u"base.northstar"_s);
    const Cli pulled = northstar(QStringList{u"pull"_s, m_base} + serverFlags() + tableFlags(u"events"_s, u"Europe/Berlin"_s));
    QVERIFY2(pulled.code == 0, qPrintable(pulled.err));
}

void TestPull::metricsEqualTheRawImport_data()
{
    QTest::addColumn<QString>("zone");
    QTest::newRow("Los Angeles (DST)") << u"America/Los_Angeles"_s;
    QTest::newRow("Kolkata (+05:30)") << u"Asia/Kolkata"_s;
}

void TestPull::metricsEqualTheRawImport()
{
    QFETCH(QString, zone);
    const QString tag = QString(zone).replace(u'/', u'-');
    const QString raw = path(u"raw-"_s + tag);
    const QString made = rawWorkspace(zone, m_events, u"raw-"_s + tag);
    QVERIFY2(made.isEmpty(), qPrintable(made));

    const QString ws = path(u"pulled-"_s + tag + u".northstar"_s);
    const Cli r = northstar(QStringList{u"pull"_s, ws} + serverFlags() + tableFlags(u"events"_s, zone));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"events) from %1 at 127.0.0.1"_s.arg(PULL_CLICKHOUSE ? u"ClickHouse"_s : u"PostgreSQL"_s)),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(u"(%1 events)"_s.arg(m_events.size())), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"(local dates in %1)"_s.arg(zone)), qPrintable(r.out));

    int compared = 0;
    const QString diff = compareEveryMetric(raw + u".northstar"_s, ws, compared);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(compared, everyMetricCombinations());
}

void TestPull::sinceEqualsTheRawImportFromThen()
{
    const QString zone = u"America/Los_Angeles"_s;
    const QList<RawEvent> from = eventsBetween(m_events, zone, u"2024-06-01"_s, QString());
    QVERIFY(!from.isEmpty() && from.size() < m_events.size());
    const QString made = rawWorkspace(zone, from, u"raw-since"_s);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    const QString ws = path(u"since.northstar"_s);
    const Cli r = northstar(QStringList{u"pull"_s, ws} + serverFlags() + tableFlags(u"events"_s, zone)
                            + QStringList{u"--since"_s, u"2024-06-01"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"(%1 events)"_s.arg(from.size())), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Dates: 2024-06-01 to "_s), qPrintable(r.out));
    int compared = 0;
    const QString diff = compareEveryMetric(path(u"raw-since.northstar"_s), ws, compared);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(compared, everyMetricCombinations());
}

void TestPull::dryRunPrintsTheQuery()
{
    const QString ws = path(u"dry.northstar"_s);
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files, QDir::Name);
    const Cli r = northstar(QStringList{u"pull"_s, ws} + serverFlags() + tableFlags(u"events"_s, u"Asia/Kolkata"_s)
                            + QStringList{u"--since"_s, u"2024-09-01"_s, u"--dry-run"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Asia/Kolkata"_s) && r.out.contains(u"2024-09-01"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(PULL_CLICKHOUSE ? u"toTimeZone("_s : u"AT TIME ZONE"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(PULL_CLICKHOUSE ? u"`events`"_s : u"\"events\""_s), qPrintable(r.out));
    QVERIFY(!QFile::exists(ws));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files, QDir::Name), before);
}

void TestPull::decimalValuesSum()
{
    // Prices as people write them: their Float64 sum 12345.67 + 0.1 + 0.2 has no short text.
    QList<RawRow> rows;
    const qint64 noon = QDateTime(QDate(2024, 5, 2), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const QStringList values{u"12345.67"_s, u"0.1"_s, u"0.2"_s, u"0.7"_s};
    for (qsizetype i = 0; i < values.size(); ++i)
        rows.append({u"u1"_s, noon + i * 1000, u"purchase"_s, values[i], u"DE"_s, u"pro"_s});
    const QString loaded = m_server.loadEvents(u"prices"_s, rows);
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    const QString ws = path(u"prices.northstar"_s);
    const Cli r = northstar(QStringList{u"pull"_s, ws} + serverFlags() + tableFlags(u"prices"_s, u"UTC"_s));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Pulled 1 rollup rows (4 events)"_s), qPrintable(r.out));
    const Cli value = northstar({u"metrics"_s, ws, u"--metric"_s, u"depth-value"_s, u"--grain"_s, u"day"_s});
    QVERIFY2(value.code == 0, qPrintable(value.err));
    QVERIFY2(value.out.contains(u"12346.67"_s), qPrintable(value.out));
}

void TestPull::incrementalPullReplacesTheLastDate()
{
    const QString zone = u"Europe/Berlin"_s;
    const QString ws = path(u"incremental.northstar"_s);
    Cli r = northstar(QStringList{u"pull"_s, ws} + serverFlags() + tableFlags(u"growing"_s, zone));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // The split is at midnight UTC, 02:00 in Berlin: 2024-08-01 is pulled part way.
    QVERIFY2(r.out.contains(u"(%1 events)"_s.arg(m_early.size())), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Dates: 2024-02-20 to 2024-08-01"_s), qPrintable(r.out));

    // The saved connection: no password anywhere in the file, and no flags needed.
    QVERIFY(!fileBytes(ws).contains(kPassword.toUtf8()));
    QVERIFY(!fileBytes(ws + u"-wal"_s).contains(kPassword.toUtf8()));
    r = northstar({u"pull"_s, ws, u"--dry-run"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"growing"_s) && r.out.contains(u"'2024-08-01'"_s) && r.out.contains(zone), qPrintable(r.out));
    const QByteArray before = fileBytes(ws);
    r = northstar({u"pull"_s, ws}, u"wrong"_s); // the password is asked for again, not remembered
    QCOMPARE(r.code, 1);
    QCOMPARE(fileBytes(ws), before);

    // Later events arrive; the pull with no flags brings them and replaces 2024-08-01.
#if PULL_CLICKHOUSE
    const QString loaded = m_server.loadEvents(u"late"_s, rawRows(m_late));
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    const Run moved = m_server.query(u"INSERT INTO growing SELECT * FROM late"_s);
    QVERIFY2(moved.code == 0, qPrintable(moved.err));
#else
    const QString loaded = m_server.loadEvents(u"late"_s, rawRows(m_late));
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    const Run moved = m_server.sql(u"INSERT INTO growing SELECT * FROM late;"_s);
    QVERIFY2(moved.code == 0, qPrintable(moved.err));
#endif
    r = northstar({u"pull"_s, ws});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Dates: 2024-08-01 to "_s), qPrintable(r.out));
    const QRegularExpression replaced(u"Replaced earlier rows: (\\d+)\\."_s);
    const auto match = replaced.match(r.out);
    QVERIFY2(match.hasMatch() && match.captured(1).toInt() > 0, qPrintable(r.out));

    const QString made = rawWorkspace(zone, m_events, u"raw-incremental"_s);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    int compared = 0;
    const QString diff = compareEveryMetric(path(u"raw-incremental.northstar"_s), ws, compared);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(compared, everyMetricCombinations());

    // Nothing new: the last date is pulled and replaced again, and the metrics stay.
    r = northstar({u"pull"_s, ws});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const auto again = replaced.match(r.out);
    QVERIFY2(again.hasMatch() && again.captured(1).toInt() > 0, qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Pulled %1 rollup rows"_s.arg(again.captured(1))), qPrintable(r.out));
    compared = 0;
    const QString still = compareEveryMetric(path(u"raw-incremental.northstar"_s), ws, compared);
    QVERIFY2(still.isEmpty(), qPrintable(still));
}

void TestPull::failuresLeaveTheWorkspaceUnchanged_data()
{
    QTest::addColumn<QString>("url");   // empty: the server's
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("messages"); // each must be in the error
    const QString engine = PULL_CLICKHOUSE ? u"ClickHouse"_s : u"PostgreSQL"_s;
    const int closed = freeLoopbackPort();
    const QString closedUrl = PULL_CLICKHOUSE ? u"http://127.0.0.1:%1/?database=default"_s.arg(closed)
                                              : u"postgresql://postgres@127.0.0.1:%1/postgres"_s.arg(closed);
    QTest::newRow("connection refused")
        << closedUrl << u"events"_s << QStringList() << kPassword
        << QStringList{u"Cannot connect to %1 at 127.0.0.1:%2"_s.arg(engine).arg(closed), u"refused"_s};
    QTest::newRow("bad credentials")
        << QString() << u"events"_s << QStringList() << u"not-the-password"_s
        << (PULL_CLICKHOUSE ? QStringList{u"refused the user \"default\""_s, u"password"_s}
                            : QStringList{u"Cannot connect to PostgreSQL"_s, u"password authentication failed"_s});
    QTest::newRow("missing table")
        << QString() << u"no_such_table"_s << QStringList() << kPassword
        << QStringList{u"refused the rollup query"_s, u"no_such_table"_s};
    QTest::newRow("missing column")
        << QString() << u"events"_s << QStringList{u"--value"_s, u"no_such_column"_s} << kPassword
        << QStringList{engine + u" at 127.0.0.1"_s, u"no_such_column"_s};
    QTest::newRow("empty table")
        << QString() << u"nothing"_s << QStringList() << kPassword
        << QStringList{engine + u" at 127.0.0.1"_s, u"returned no rows for nothing"_s, u"nothing to import"_s};
    QTest::newRow("value as text")
        << QString() << u"textvalue"_s << QStringList() << kPassword
        << (PULL_CLICKHOUSE ? QStringList{u"ClickHouse at 127.0.0.1"_s, u"DB::Exception"_s, u"12 EUR"_s}
                            : QStringList{u"PostgreSQL at 127.0.0.1"_s, u"numeric"_s, u"12 EUR"_s});
}

void TestPull::failuresLeaveTheWorkspaceUnchanged()
{
    QFETCH(QString, url);
    QFETCH(QString, table);
    QFETCH(QStringList, extra);
    QFETCH(QString, password);
    QFETCH(QStringList, messages);
    const QString ws = path(u"failure.northstar"_s);
    QFile::remove(ws);
    QVERIFY(QFile::copy(m_base, ws));
    const QByteArray before = fileBytes(ws);
    const QStringList listing = QDir(m_dir.path()).entryList(QDir::Files, QDir::Name);
    // A source of its own: the base's saved pull would otherwise ask only for its last date.
    const Cli r = northstar(QStringList{u"pull"_s, ws} + (url.isEmpty() ? serverFlags() : serverFlags(url))
                                + tableFlags(table, u"Europe/Berlin"_s) + extra + QStringList{u"--source"_s, u"probe"_s},
                            password);
    qInfo("%s", qPrintable(r.err.trimmed()));
    QCOMPARE(r.code, 1);
    for (const QString &message : messages)
        QVERIFY2(r.err.contains(message), qPrintable(u"no \""_s + message + u"\" in: "_s + r.err));
    const QString same = unchanged(ws, before, listing);
    QVERIFY2(same.isEmpty(), qPrintable(same));
}

#if PULL_CLICKHOUSE
void TestPull::exceptionAfter200Ok()
{
    // The user `limited` may receive 200000 rows; the 2,000,000 of `big` start streaming with
    // 200 OK and the server writes its exception into the body part way.
    const QString ws = path(u"limited.northstar"_s);
    QFile::remove(ws);
    QVERIFY(QFile::copy(m_base, ws));
    const QByteArray before = fileBytes(ws);
    const QStringList listing = QDir(m_dir.path()).entryList(QDir::Files, QDir::Name);
    const Cli r = northstar(QStringList{u"pull"_s, ws} + serverFlags(m_server.url(u"limited"_s))
                                + tableFlags(u"big"_s, u"UTC"_s),
                            QString());
    qInfo("%s", qPrintable(r.err.trimmed()));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"stopped the rollup query part way"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Limit for result"_s), qPrintable(r.err));
    const QString same = unchanged(ws, before, listing);
    QVERIFY2(same.isEmpty(), qPrintable(same));
}
#endif

// SIGTERM (a scheduler's stop) or Ctrl+C while rows arrive: the pull cancels itself, says
// so, removes its file, and the workspace is as it was.
void TestPull::interruptedPullChangesNothing()
{
    const QString ws = path(u"interrupted.northstar"_s);
    QFile::remove(ws);
    QVERIFY(QFile::copy(m_base, ws));
    const QByteArray before = fileBytes(ws);
    const QStringList listing = QDir(m_dir.path()).entryList(QDir::Files, QDir::Name);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"PGPASSWORD"_s);
    env.insert(u"NORTHSTAR_WAREHOUSE_PASSWORD"_s, kPassword);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(NORTHSTAR_BINARY), QStringList{u"pull"_s, ws} + serverFlags() + tableFlags(u"big"_s, u"UTC"_s)
                                                  + QStringList{u"--source"_s, u"interrupted"_s});
    QVERIFY(p.waitForStarted(10000));
    // Interrupted once its file is there, that is while rows arrive.
    const auto pulling = [&] {
        return !QDir(m_dir.path()).entryList({u"interrupted.northstar.pull-*"_s}, QDir::Files).isEmpty();
    };
    QElapsedTimer clock;
    clock.start();
    while (!pulling() && p.state() == QProcess::Running && clock.elapsed() < 60000)
        QTest::qWait(2);
    QVERIFY2(pulling(), "the pull never started receiving rows");
    p.terminate(); // SIGTERM
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(u"cancelled; the workspace is unchanged"_s), qPrintable(err));
    const QString same = unchanged(ws, before, listing);
    QVERIFY2(same.isEmpty(), qPrintable(same));
}

void TestPull::serverKilledMidPull()
{
    const QString ws = path(u"killed.northstar"_s);
    QFile::remove(ws);
    QVERIFY(QFile::copy(m_base, ws));
    const QByteArray before = fileBytes(ws);
    const QStringList listing = QDir(m_dir.path()).entryList(QDir::Files, QDir::Name);

    Pull::PullRequest request;
    auto url = PULL_CLICKHOUSE ? Pull::parseClickHouseUrl(m_server.url()) : Pull::parsePostgresUrl(m_server.url());
    QVERIFY(url.ok());
    request.url = *url;
    request.password = kPassword;
    request.query.table = u"big"_s;
    request.query.user = u"user_id"_s;
    request.query.time = u"time"_s;
    request.query.event = u"event"_s;
    request.query.value = u"value"_s;
    request.query.attributes = {u"country"_s, u"plan"_s};
    request.query.timezone = u"UTC"_s;
    qint64 rowsAtKill = -1;
    Pull::PullControl control;
    control.progress = [&](const Pull::PullProgress &p) {
        if (p.phase == Pull::PullProgress::Phase::Fetching && p.rows > 0 && rowsAtKill < 0) {
            rowsAtKill = p.rows;
            m_server.kill();
        }
    };
    const auto pulled = Pull::run(ws, request, control);
    QVERIFY2(rowsAtKill > 0, "no progress came before the end: the result is too small to kill the server mid-way");
    QVERIFY2(!m_server.running(), "the server still runs");
    QVERIFY2(!pulled.ok(), "the pull of a killed server succeeded");
    QVERIFY2(pulled.error().contains(u"stopped after"_s) && pulled.error().contains(u"Nothing was imported"_s),
             qPrintable(pulled.error()));
    qInfo("killed after %lld rows: %s", rowsAtKill, qPrintable(pulled.error()));
    const QString same = unchanged(ws, before, listing);
    QVERIFY2(same.isEmpty(), qPrintable(same));
}

QTEST_GUILESS_MAIN(TestPull)
#include "tst_pull.moc"
