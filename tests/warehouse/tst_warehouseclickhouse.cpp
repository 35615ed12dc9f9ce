// The shipped ClickHouse query's results (issue #12 §2) on Debian 12's clickhouse-server
// (18.16: no window functions, the oldest the template is written for), started for the
// test on a free port with its data in a temporary folder, in Asia/Tokyo (the server's own
// timezone must not matter). The rollup clickhouse-client writes with FORMAT CSVWithNames
// equals the rollup computed here with QTimeZone, for UTC, America/Los_Angeles, Asia/Kolkata
// and Europe/Berlin, with and without --since. Without the server the test fails, saying
// what to install (scripts/install-deps.sh installs it).

#include "warehouse/rollupquery.h"

#include "rollupfixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace NorthStar;
using namespace NorthStar::WarehouseTest;
using namespace Qt::StringLiterals;

namespace {

QString findTool(const QString &name)
{
    const QString found = QStandardPaths::findExecutable(name);
    return found.isEmpty() ? QStandardPaths::findExecutable(name, {u"/usr/sbin"_s, u"/usr/bin"_s}) : found;
}

struct Run final
{
    int code = -1;
    QByteArray out;
    QString err;
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// The raw table, with names that need quoting: a database and a table with spaces, a
// column with a space, one with a backquote. The time column is read as UTC whatever the
// server's timezone.
const QStringList setup{
    u"CREATE DATABASE `north star`"_s,
    u"CREATE TABLE `north star`.`raw events` (`user id` UInt64, ts DateTime('UTC'), `event name` String, "
    "value Nullable(Float64), plan Nullable(String), `co\\`untry` Nullable(String)) "
    "ENGINE = MergeTree PARTITION BY toYYYYMM(ts) ORDER BY ts"_s,
};

} // namespace

class TstWarehouseClickHouse final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rollup_data();
    void rollup();

private:
    Run client(const QString &query, const QByteArray &input = {});
    bool startServer(int port);

    QTemporaryDir m_dir;
    QString m_client;
    QProcess m_server;
    int m_port = 0;
    QList<RawEvent> m_events;
};

bool TstWarehouseClickHouse::startServer(int port)
{
    const QString root = m_dir.filePath(u"server-%1"_s.arg(port));
    const QString config = uR"(<yandex>
    <logger><level>warning</level><log>%1/server.log</log><errorlog>%1/server.err.log</errorlog></logger>
    <tcp_port>%2</tcp_port>
    <listen_host>127.0.0.1</listen_host>
    <path>%1/data/</path>
    <tmp_path>%1/tmp/</tmp_path>
    <user_files_path>%1/user_files/</user_files_path>
    <format_schema_path>%1/format_schemas/</format_schema_path>
    <users_config>%1/users.xml</users_config>
    <default_profile>default</default_profile>
    <default_database>default</default_database>
    <mark_cache_size>5368709</mark_cache_size>
    <timezone>Asia/Tokyo</timezone>
</yandex>
)"_s.arg(root).arg(port);
    const QByteArray users = R"(<yandex>
    <profiles><default><max_memory_usage>2000000000</max_memory_usage></default></profiles>
    <users><default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
        <profile>default</profile><quota>default</quota></default></users>
    <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors>
        <result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time>
    </interval></default></quotas>
</yandex>
)";
    if (!QDir().mkpath(root) || !writeFile(root + u"/config.xml"_s, config.toUtf8())
        || !writeFile(root + u"/users.xml"_s, users))
        return false;
    m_port = port;
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.setStandardOutputFile(root + u"/stdout.log"_s);
    m_server.start(findTool(u"clickhouse-server"_s), {u"--config-file="_s + root + u"/config.xml"_s});
    if (!m_server.waitForStarted(30000))
        return false;
    // Ready when it answers; gone when the port was taken.
    for (int i = 0; i < 150; ++i) {
        if (m_server.state() != QProcess::Running)
            return false;
        if (client(u"SELECT 1"_s).code == 0)
            return true;
        QThread::msleep(200);
    }
    return false;
}

Run TstWarehouseClickHouse::client(const QString &query, const QByteArray &input)
{
    QProcess process;
    process.start(m_client, {u"--host"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(m_port), u"--query"_s, query});
    Run r;
    if (!process.waitForStarted(30000)) {
        r.err = process.errorString();
        return r;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit)
        r.code = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

void TstWarehouseClickHouse::initTestCase()
{
    m_client = findTool(u"clickhouse-client"_s);
    if (findTool(u"clickhouse-server"_s).isEmpty() || m_client.isEmpty())
        QFAIL("clickhouse-server or clickhouse-client is missing: apt-get install clickhouse-server clickhouse-client "
              "(scripts/install-deps.sh)");
    QVERIFY(m_dir.isValid());
    bool started = false;
    for (int attempt = 0; attempt < 5 && !started; ++attempt) {
        started = startServer(20000 + int((getpid() * 7 + attempt * 997) % 30000));
        if (!started && m_server.state() == QProcess::Running) {
            m_server.kill();
            m_server.waitForFinished(10000);
        }
    }
    QVERIFY2(started, qPrintable(u"clickhouse-server did not start; its logs are in "_s + m_dir.path()));
    const Run version = client(u"SELECT version()"_s);
    qInfo("ClickHouse %s", version.out.trimmed().constData());

    for (const QString &statement : setup) {
        const Run r = client(statement);
        QVERIFY2(r.code == 0, qPrintable(statement + u": "_s + r.err));
    }
    m_events = generateEvents();
    QByteArray csv;
    for (const RawEvent &e : m_events) {
        const auto orNull = [](const QString &s) { return s.isEmpty() ? QByteArray("\\N") : s.toUtf8(); };
        csv += QByteArray::number(e.user) + ',' + e.instant.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s).toUtf8() + ','
               + e.event.toUtf8() + ',' + (e.value ? QByteArray::number(*e.value) : QByteArray("\\N")) + ','
               + orNull(e.plan) + ',' + orNull(e.country) + '\n';
    }
    const Run insert = client(u"INSERT INTO `north star`.`raw events` FORMAT CSV"_s, csv);
    QVERIFY2(insert.code == 0, qPrintable(insert.err));
    const Run count = client(u"SELECT count() FROM `north star`.`raw events`"_s);
    QCOMPARE(count.out.trimmed().toLongLong(), qint64(m_events.size()));
}

void TstWarehouseClickHouse::cleanupTestCase()
{
    if (m_server.state() == QProcess::Running) {
        m_server.terminate();
        if (!m_server.waitForFinished(20000)) {
            m_server.kill();
            m_server.waitForFinished(10000);
        }
    }
}

void TstWarehouseClickHouse::rollup_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("since");
    QTest::addColumn<bool>("full");
    for (const QString &zone : {u"UTC"_s, u"America/Los_Angeles"_s, u"Asia/Kolkata"_s, u"Europe/Berlin"_s}) {
        for (const QString &since : {QString(), u"2026-03-08"_s, u"2026-11-01"_s})
            QTest::newRow(qPrintable(zone + u" since "_s + (since.isEmpty() ? u"-"_s : since))) << zone << since << true;
        QTest::newRow(qPrintable(zone + u" bare"_s)) << zone << QString() << false;
    }
}

void TstWarehouseClickHouse::rollup()
{
    QFETCH(QString, zone);
    QFETCH(QString, since);
    QFETCH(bool, full);
    Warehouse::RollupRequest request;
    request.engine = u"clickhouse"_s;
    request.table = u"north star.raw events"_s;
    request.user = u"user id"_s;
    request.time = u"ts"_s;
    request.event = u"event name"_s;
    if (full) {
        request.value = u"value"_s;
        request.attributes = {u"plan"_s, u"co`untry"_s};
    }
    request.timezone = zone;
    request.since = since;
    const auto query = Warehouse::rollupQuery(request);
    QVERIFY2(query.ok(), qPrintable(query ? QString() : query.error()));
    // As the template's comment runs it: the file, then FORMAT.
    const Run run = client(*query + u" FORMAT CSVWithNames"_s);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QString output = m_dir.filePath(u"rollup.csv"_s);
    QVERIFY(writeFile(output, run.out));

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
    const Rollup actual = readRollupCsv(output, full ? QStringList{u"plan"_s, u"co`untry"_s} : QStringList(), error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString diff = differences(expected, actual);
    QVERIFY2(diff.isEmpty(), qPrintable(u"\n"_s + diff));
}

QTEST_GUILESS_MAIN(TstWarehouseClickHouse)
#include "tst_warehouseclickhouse.moc"
