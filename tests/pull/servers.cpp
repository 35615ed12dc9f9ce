#include "servers.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>
#include <QTimeZone>

#include <algorithm>

#include <csignal>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace NorthStar::PullTest {

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// initdb and pg_ctl live in /usr/lib/postgresql/VERSION/bin on Debian, off the PATH.
QString postgresTool(const QString &name)
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

QString findTool(const QString &name)
{
    const QString found = QStandardPaths::findExecutable(name);
    return found.isEmpty() ? QStandardPaths::findExecutable(name, {u"/usr/sbin"_s, u"/usr/bin"_s}) : found;
}

QString utcText(qint64 ms, const QString &format)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(format);
}

// A process that is gone or a zombie.
bool alive(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close > 0 && text.size() > close + 2 && text.at(close + 2) != 'Z';
}

QList<qint64> childrenOf(qint64 parent)
{
    QList<qint64> children;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        const QList<QByteArray> fields = text.mid(close + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == parent)
            children << pid;
    }
    return children;
}

} // namespace

Run runProcess(const QString &program, const QStringList &arguments, const QStringList &environment,
               const QByteArray &input, int timeoutMs)
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
    if (!process.waitForStarted(30000)) {
        r.err = program + u": "_s + process.errorString();
        return r;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (process.waitForFinished(timeoutMs) && process.exitStatus() == QProcess::NormalExit)
        r.code = process.exitCode();
    else
        r.err = program + u" did not finish: "_s;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
    }
    r.out = process.readAllStandardOutput();
    r.err += QString::fromUtf8(process.readAllStandardError());
    return r;
}

int freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = server.serverPort();
    server.close();
    return port;
}

// PostgreSQL -----------------------------------------------------------------------------

PostgresServer::~PostgresServer()
{
    if (running())
        stop();
    if (running())
        kill();
}

Run PostgresServer::asServerUser(const QString &tool, const QStringList &arguments) const
{
    if (!m_root)
        return runProcess(tool, arguments);
    return runProcess(findTool(u"runuser"_s), QStringList{u"-u"_s, u"postgres"_s, u"--"_s, tool} + arguments);
}

QString PostgresServer::start(const QString &password)
{
    const QString initdb = postgresTool(u"initdb"_s);
    m_pgCtl = postgresTool(u"pg_ctl"_s);
    m_psql = QStandardPaths::findExecutable(u"psql"_s);
    if (initdb.isEmpty() || m_pgCtl.isEmpty() || m_psql.isEmpty())
        return u"PostgreSQL is missing (initdb, pg_ctl, psql): apt-get install postgresql (scripts/install-deps.sh)"_s;
    if (!m_dir.isValid())
        return u"no temporary folder: "_s + m_dir.errorString();
    m_root = geteuid() == 0;
    if (m_root) {
        const passwd *user = getpwnam("postgres");
        if (!user)
            return u"running as root, the cluster needs the user postgres (apt-get install postgresql creates it)"_s;
        if (findTool(u"runuser"_s).isEmpty())
            return u"runuser (util-linux) is missing"_s;
        if (::chown(QFile::encodeName(m_dir.path()).constData(), user->pw_uid, user->pw_gid) != 0)
            return u"cannot hand %1 to the user postgres"_s.arg(m_dir.path());
    }
    m_data = m_dir.filePath(u"data"_s);
    QStringList initArguments{u"-D"_s, m_data, u"-U"_s, u"postgres"_s, u"-E"_s, u"UTF8"_s,
                              u"--locale=C"_s, u"--no-sync"_s, u"--auth-local=trust"_s};
    if (password.isEmpty()) {
        initArguments << u"--auth-host=trust"_s;
    } else {
        const QString pwfile = m_dir.filePath(u"pwfile"_s);
        if (!writeFile(pwfile, password.toUtf8() + '\n'))
            return u"cannot write "_s + pwfile;
        if (m_root) {
            const passwd *user = getpwnam("postgres");
            if (::chown(QFile::encodeName(pwfile).constData(), user->pw_uid, user->pw_gid) != 0)
                return u"cannot hand the password file to postgres"_s;
        }
        initArguments << u"--auth-host=scram-sha-256"_s << u"--pwfile="_s + pwfile;
    }
    const Run made = asServerUser(initdb, initArguments);
    if (made.code != 0)
        return u"initdb failed: "_s + made.err;
    for (int attempt = 0; attempt < 5 && !m_started; ++attempt) {
        m_port = freeLoopbackPort();
        const QStringList startArguments{
            u"-D"_s, m_data, u"-l"_s, m_dir.filePath(u"server.log"_s), u"-w"_s, u"-t"_s, u"30"_s, u"-o"_s,
            u"-p %1 -c listen_addresses=127.0.0.1 -c unix_socket_directories=%2 -c fsync=off "
            "-c full_page_writes=off -c synchronous_commit=off"_s.arg(m_port).arg(m_dir.path()),
            u"start"_s};
        m_started = asServerUser(m_pgCtl, startArguments).code == 0;
    }
    if (!m_started)
        return u"pg_ctl start failed; the log is in "_s + m_dir.path();
    return {};
}

qint64 PostgresServer::postmasterPid() const
{
    QFile pidFile(m_data + u"/postmaster.pid"_s);
    if (!pidFile.open(QIODevice::ReadOnly))
        return 0;
    return pidFile.readLine().trimmed().toLongLong();
}

bool PostgresServer::running() const
{
    const qint64 pid = postmasterPid();
    return m_started && pid > 0 && alive(pid);
}

void PostgresServer::stop()
{
    if (!running())
        return;
    asServerUser(m_pgCtl, {u"-D"_s, m_data, u"-m"_s, u"fast"_s, u"-w"_s, u"-t"_s, u"20"_s, u"stop"_s});
}

void PostgresServer::kill()
{
    const qint64 pid = postmasterPid();
    if (pid <= 0)
        return;
    ::kill(pid_t(pid), SIGKILL);
    for (const qint64 child : childrenOf(pid))
        ::kill(pid_t(child), SIGKILL);
    for (int i = 0; i < 100 && alive(pid); ++i)
        QThread::msleep(50);
    m_started = false;
}

QString PostgresServer::url() const
{
    return u"postgresql://postgres@127.0.0.1:%1/postgres"_s.arg(m_port);
}

Run PostgresServer::sql(const QString &statements) const
{
    static int counter = 0;
    const QString file = m_dir.filePath(u"script-%1.sql"_s.arg(++counter));
    if (!writeFile(file, statements.toUtf8()))
        return {-1, {}, u"cannot write "_s + file};
    return runProcess(m_psql,
                      {u"-h"_s, m_dir.path(), u"-p"_s, QString::number(m_port), u"-U"_s, u"postgres"_s, u"-X"_s, u"-q"_s,
                       u"-At"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, u"postgres"_s, u"-f"_s, file},
                      {u"PGTZ=UTC"_s}, {}, 120000);
}

QString PostgresServer::loadEvents(const QString &table, const QList<RawRow> &rows) const
{
    QByteArray csv;
    csv.reserve(rows.size() * 64);
    for (const RawRow &r : rows) {
        csv += r.user.toUtf8() + ',' + utcText(r.utcMs, u"yyyy-MM-dd HH:mm:ss.zzz'+00'"_s).toUtf8() + ','
               + r.event.toUtf8() + ',' + r.value.toUtf8() + ',' + r.country.toUtf8() + ',' + r.plan.toUtf8() + '\n';
    }
    const QString file = m_dir.filePath(table + u".csv"_s);
    if (!writeFile(file, csv))
        return u"cannot write "_s + file;
    const Run r = sql(u"CREATE TABLE %1 (user_id text, time timestamptz, event text, value double precision, "
                      "country text, plan text);\n\\copy %1 FROM '%2' WITH (FORMAT csv)\n"_s.arg(table, file));
    return r.code == 0 ? QString() : table + u": "_s + r.err;
}

// ClickHouse -----------------------------------------------------------------------------

ClickHouseServer::~ClickHouseServer()
{
    stop();
}

QString ClickHouseServer::start(const QString &password)
{
    m_client = findTool(u"clickhouse-client"_s);
    if (findTool(u"clickhouse-server"_s).isEmpty() || m_client.isEmpty())
        return u"clickhouse-server or clickhouse-client is missing: apt-get install clickhouse-server "
               "clickhouse-client (scripts/install-deps.sh)"_s;
    if (!m_dir.isValid())
        return u"no temporary folder: "_s + m_dir.errorString();
    m_password = password;
    QString why;
    for (int attempt = 0; attempt < 5; ++attempt) {
        const int tcp = freeLoopbackPort();
        int http = freeLoopbackPort();
        while (http == tcp)
            http = freeLoopbackPort();
        why = startOn(tcp, http, password);
        if (why.isEmpty())
            return {};
        stop();
    }
    return why;
}

QString ClickHouseServer::startOn(int tcpPort, int httpPort, const QString &password)
{
    const QString root = m_dir.filePath(u"server-%1"_s.arg(tcpPort));
    const QString config = uR"(<yandex>
    <logger><level>warning</level><log>%1/server.log</log><errorlog>%1/server.err.log</errorlog></logger>
    <tcp_port>%2</tcp_port>
    <http_port>%3</http_port>
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
)"_s.arg(root).arg(tcpPort).arg(httpPort);
    QString escaped = password.toHtmlEscaped();
    const QString users = uR"(<yandex>
    <profiles>
        <default><max_memory_usage>2000000000</max_memory_usage></default>
        <limited><max_memory_usage>2000000000</max_memory_usage><max_block_size>1000</max_block_size>
            <max_result_rows>200000</max_result_rows><result_overflow_mode>throw</result_overflow_mode></limited>
    </profiles>
    <users>
        <default><password>%1</password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
            <profile>default</profile><quota>default</quota></default>
        <limited><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
            <profile>limited</profile><quota>default</quota></limited>
    </users>
    <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors>
        <result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time>
    </interval></default></quotas>
</yandex>
)"_s.arg(escaped);
    if (!QDir().mkpath(root) || !writeFile(root + u"/config.xml"_s, config.toUtf8())
        || !writeFile(root + u"/users.xml"_s, users.toUtf8()))
        return u"cannot write the configuration in "_s + root;
    m_tcpPort = tcpPort;
    m_httpPort = httpPort;
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.setStandardOutputFile(root + u"/stdout.log"_s);
    m_server.start(findTool(u"clickhouse-server"_s), {u"--config-file="_s + root + u"/config.xml"_s});
    if (!m_server.waitForStarted(30000))
        return u"clickhouse-server did not start: "_s + m_server.errorString();
    // Ready when it answers; gone when a port was taken.
    for (int i = 0; i < 150; ++i) {
        if (m_server.state() != QProcess::Running)
            return u"clickhouse-server exited; its logs are in "_s + root;
        if (query(u"SELECT 1"_s).code == 0)
            return {};
        QThread::msleep(200);
    }
    return u"clickhouse-server did not answer within 30 s; its logs are in "_s + root;
}

void ClickHouseServer::stop()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
    m_server.terminate();
    if (!m_server.waitForFinished(20000)) {
        m_server.kill();
        m_server.waitForFinished(10000);
    }
}

void ClickHouseServer::kill()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
    m_server.kill();
    m_server.waitForFinished(10000);
}

QString ClickHouseServer::url(const QString &user) const
{
    const QString who = user.isEmpty() ? QString() : user + u'@';
    return u"http://"_s + who + u"127.0.0.1:%1/?database=default"_s.arg(m_httpPort);
}

Run ClickHouseServer::query(const QString &sql, const QByteArray &input) const
{
    QStringList arguments{u"--host"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(m_tcpPort), u"--query"_s, sql};
    if (!m_password.isEmpty())
        arguments << u"--password"_s << m_password;
    return runProcess(m_client, arguments, {}, input, 120000);
}

QString ClickHouseServer::loadEvents(const QString &table, const QList<RawRow> &rows) const
{
    const Run created = query(u"CREATE TABLE %1 (user_id String, time DateTime('UTC'), event String, "
                              "value Nullable(Float64), country Nullable(String), plan Nullable(String)) "
                              "ENGINE = MergeTree PARTITION BY toYYYYMM(time) ORDER BY time"_s.arg(table));
    if (created.code != 0)
        return table + u": "_s + created.err;
    if (rows.isEmpty())
        return {};
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QByteArray("\\N") : s.toUtf8(); };
    QByteArray csv;
    csv.reserve(rows.size() * 64);
    for (const RawRow &r : rows) {
        csv += r.user.toUtf8() + ',' + utcText(r.utcMs, u"yyyy-MM-dd HH:mm:ss"_s).toUtf8() + ',' + r.event.toUtf8()
               + ',' + orNull(r.value) + ',' + orNull(r.country) + ',' + orNull(r.plan) + '\n';
    }
    const Run inserted = query(u"INSERT INTO %1 FORMAT CSV"_s.arg(table), csv);
    return inserted.code == 0 ? QString() : table + u": "_s + inserted.err;
}

} // namespace NorthStar::PullTest
