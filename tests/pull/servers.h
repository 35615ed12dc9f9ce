#pragma once

// Throwaway warehouse servers for the pull tests (issue #12 §4): Debian 12's PostgreSQL 15
// (initdb, pg_ctl; as the user postgres when the test runs as root) and clickhouse-server
// 18.16, each with its data in a temporary folder and listening on a free TCP port on
// 127.0.0.1 only. Every wait is bounded. start() returns an empty string or what went
// wrong; a missing binary says what to install, so that the test fails (never skips).

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace NorthStar::PullTest {

struct Run final
{
    int code = -1; // -1: did not finish normally (crashed, timed out, not started)
    QByteArray out;
    QString err;
};

Run runProcess(const QString &program, const QStringList &arguments, const QStringList &environment = {},
               const QByteArray &input = {}, int timeoutMs = 60000);

// A port nothing listens on right now (bound on 127.0.0.1 and released).
int freeLoopbackPort();

// The raw events of a table the tests load: user_id, time (UTC), event, value, country,
// plan; an empty value or attribute is NULL.
struct RawRow final
{
    QString user;
    qint64 utcMs = 0;
    QString event;
    QString value; // empty: NULL
    QString country;
    QString plan;
};

class PostgresServer final
{
public:
    PostgresServer() = default;
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // TCP on 127.0.0.1 only (and a socket in the temporary folder for the test's own psql,
    // trusted). With a password, TCP logins of the user postgres need it (scram-sha-256);
    // without, TCP is trusted.
    QString start(const QString &password = {});
    void stop();  // pg_ctl stop -m fast, bounded
    void kill();  // SIGKILL to the postmaster and every backend: a server gone mid-query
    bool running() const;

    int port() const { return m_port; }
    // postgresql://postgres@127.0.0.1:PORT/postgres
    QString url() const;
    // psql on the test's socket, ON_ERROR_STOP; the statements as a script file.
    Run sql(const QString &statements) const;
    // CREATE TABLE table (user_id text, time timestamptz, event text, value double precision,
    // country text, plan text) and the rows copied in; empty or the error.
    QString loadEvents(const QString &table, const QList<RawRow> &rows) const;
    QString folder() const { return m_dir.path(); }

private:
    Run asServerUser(const QString &tool, const QStringList &arguments) const;
    qint64 postmasterPid() const;

    QTemporaryDir m_dir;
    QString m_pgCtl;
    QString m_psql;
    QString m_data;
    bool m_root = false;
    int m_port = 0;
    bool m_started = false;
};

class ClickHouseServer final
{
public:
    ClickHouseServer() = default;
    ~ClickHouseServer();
    ClickHouseServer(const ClickHouseServer &) = delete;
    ClickHouseServer &operator=(const ClickHouseServer &) = delete;

    // HTTP and native TCP on 127.0.0.1. The user default has `password` (empty: none); the
    // user `limited` (no password) may receive at most 1000 result rows (the server throws
    // part way through a longer result, after 200 OK).
    QString start(const QString &password = {});
    void stop(); // SIGTERM, then SIGKILL after a bounded wait
    void kill(); // SIGKILL
    bool running() const { return m_server.state() == QProcess::Running; }

    int httpPort() const { return m_httpPort; }
    // http://127.0.0.1:HTTPPORT/?database=default
    QString url(const QString &user = {}) const;
    Run query(const QString &sql, const QByteArray &input = {}) const;
    // CREATE TABLE table (user_id String, time DateTime('UTC'), event String, value
    // Nullable(Float64), country Nullable(String), plan Nullable(String)) and the rows.
    QString loadEvents(const QString &table, const QList<RawRow> &rows) const;
    QString folder() const { return m_dir.path(); }

private:
    QString startOn(int tcpPort, int httpPort, const QString &password);

    QTemporaryDir m_dir;
    QString m_client;
    QString m_password;
    mutable QProcess m_server;
    int m_tcpPort = 0;
    int m_httpPort = 0;
};

} // namespace NorthStar::PullTest
