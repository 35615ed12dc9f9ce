// `northstar pull WORKSPACE (--postgres URL | --clickhouse URL) --table T --user COL --time COL
// --event COL [--value COL] [--attribute COL]... --timezone TZ [--since DATE] [--source NAME]`:
// runs the daily rollup's query on the server and imports the result (issue #12 §3,
// docs/warehouse.md). A source pulled before needs only `northstar pull WORKSPACE [--source
// NAME]`: its connection is saved in the workspace (without the password) and the pull
// continues from its last date. The password: NORTHSTAR_WAREHOUSE_PASSWORD, else a prompt
// when a terminal is there (PostgreSQL also reads PGPASSWORD and ~/.pgpass).
//
// Exit codes: 0 imported; 1 the server or the import failed (the workspace is unchanged);
// 2 wrong flags.

#include "cli/cli.h"

#include "pull/savedpull.h"
#include "pull/warehousepull.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace NorthStar::Cli {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Cli)
};

// Ctrl+C (or a SIGTERM from a scheduler) cancels the pull like the window's Cancel: it
// stops within a second, removes its file and leaves the workspace as it was.
std::atomic<bool> interrupted{false};

void interrupt(int)
{
    interrupted.store(true);
}

// Asked on the terminal without echo; empty when there is no terminal.
QString promptPassword(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return {};
    err() << prompt << Qt::flush;
    termios before{};
    tcgetattr(STDIN_FILENO, &before);
    termios silent = before;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    char line[1024] = {};
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSANOW, &before);
    err() << Qt::endl;
    if (!read)
        return {};
    QString password = QString::fromLocal8Bit(line);
    if (password.endsWith(u'\n'))
        password.chop(1);
    return password;
}

} // namespace

int runPull(const QStringList &arguments)
{
    const QString command = u"pull"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Pull the daily rollup straight from PostgreSQL or ClickHouse into a workspace: the query of "
                 "'northstar warehouse-sql' runs on the server and its rows are imported as a rollup. Again "
                 "later, 'northstar pull WORKSPACE' continues from the last date pulled."));
    parser.addPositionalArgument(u"workspace"_s, Text::tr("The workspace file (created when missing)."), u"WORKSPACE"_s);
    const QCommandLineOption postgres(u"postgres"_s, Text::tr("A PostgreSQL URL: postgresql://user@host:5432/db."), u"URL"_s);
    const QCommandLineOption clickhouse(u"clickhouse"_s, Text::tr("A ClickHouse HTTP URL: http://host:8123/?database=db."),
                                        u"URL"_s);
    const QCommandLineOption table(u"table"_s, Text::tr("The raw events table, with its schema: analytics.events."), u"TABLE"_s);
    const QCommandLineOption user(u"user"_s, Text::tr("The user id column."), u"COLUMN"_s);
    const QCommandLineOption time(u"time"_s, Text::tr("The event time column."), u"COLUMN"_s);
    const QCommandLineOption event(u"event"_s, Text::tr("The event name column."), u"COLUMN"_s);
    const QCommandLineOption value(u"value"_s, Text::tr("The value column summed into value_sum."), u"COLUMN"_s);
    const QCommandLineOption attribute(u"attribute"_s, Text::tr("A user attribute column (repeatable)."), u"COLUMN"_s);
    const QCommandLineOption timezone(u"timezone"_s, Text::tr("The reporting timezone, an IANA id."), u"TZ"_s);
    const QCommandLineOption since(u"since"_s, Text::tr("Only local dates from DATE on (default: the last date pulled)."),
                                   u"DATE"_s);
    const QCommandLineOption source(u"source"_s, Text::tr("The source the rows belong to (default: warehouse)."), u"NAME"_s,
                                    u"warehouse"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, Text::tr("Print the query the pull would run, and stop."));
    const QCommandLineOption json(u"json"_s, Text::tr("Print the summary as one JSON object."));
    parser.addOptions({postgres, clickhouse, table, user, time, event, value, attribute, timezone, since, source, dryRun, json});
    if (const auto done = parseArguments(parser, command, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return error(command, Text::tr("expected WORKSPACE."), Usage);
    const QString workspace = positional[0];
    if (parser.isSet(postgres) && parser.isSet(clickhouse))
        return error(command, Text::tr("give --postgres or --clickhouse, not both."), Usage);

    // The saved pull of the source, then the flags over it.
    auto saved = Pull::loadSavedPull(workspace, parser.value(source));
    if (!saved)
        return error(command, saved.error());
    Pull::PullRequest request = *saved ? (*saved)->request : Pull::PullRequest{};
    request.source = parser.value(source);
    if (parser.isSet(postgres) || parser.isSet(clickhouse)) {
        auto url = parser.isSet(postgres) ? Pull::parsePostgresUrl(parser.value(postgres))
                                          : Pull::parseClickHouseUrl(parser.value(clickhouse));
        if (!url)
            return error(command, url.error(), Usage);
        request.url = *url;
    } else if (!*saved) {
        return error(command,
                     Text::tr("give the server with --postgres URL or --clickhouse URL (the source \"%1\" was never "
                              "pulled into %2).").arg(request.source, QFileInfo(workspace).fileName()),
                     Usage);
    }
    const std::pair<const QCommandLineOption *, QString *> flags[] = {
        {&table, &request.query.table}, {&user, &request.query.user}, {&time, &request.query.time},
        {&event, &request.query.event}, {&timezone, &request.query.timezone}, {&since, &request.query.since}};
    for (const auto &[option, field] : flags) {
        if (parser.isSet(*option))
            *field = parser.value(*option);
    }
    if (parser.isSet(value))
        request.query.value = parser.value(value);
    if (parser.isSet(attribute))
        request.query.attributes = parser.values(attribute);
    const std::pair<QString, QString> required[] = {
        {request.query.table, u"--table TABLE"_s}, {request.query.user, u"--user COLUMN"_s},
        {request.query.time, u"--time COLUMN"_s}, {request.query.event, u"--event COLUMN"_s},
        {request.query.timezone, u"--timezone TZ"_s}};
    for (const auto &[field, flag] : required) {
        if (field.trimmed().isEmpty())
            return error(command, Text::tr("missing %1.").arg(flag), Usage);
    }

    if (parser.isSet(dryRun)) {
        auto sql = Pull::queryFor(workspace, request);
        if (!sql)
            return error(command, sql.error(), Usage);
        out() << *sql << Qt::endl;
        return Success;
    }
    if (const auto failed = recoverWorkspace(command, workspace))
        return *failed;
    request.password = qEnvironmentVariable("NORTHSTAR_WAREHOUSE_PASSWORD");
    if (request.password.isEmpty() && request.url.server == Pull::Server::ClickHouse) {
        request.password = promptPassword(Text::tr("Password for %1 at %2: ")
                                              .arg(request.url.user.isEmpty() ? u"default"_s : request.url.user,
                                                   request.url.host));
    }
    if (request.password.isEmpty() && request.url.server == Pull::Server::PostgreSql
        && qEnvironmentVariable("PGPASSWORD").isEmpty() && isatty(STDIN_FILENO)) {
        request.password = promptPassword(Text::tr("Password for %1 at %2 (Enter for none): ")
                                              .arg(request.url.user, request.url.host));
    }

    std::signal(SIGINT, interrupt);
    std::signal(SIGTERM, interrupt);
    Pull::PullControl control;
    control.cancel = &interrupted;
    auto summary = Pull::run(workspace, request, control);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!summary)
        return error(command, summary.error());
    const ImportSummary &s = summary->import;
    if (parser.isSet(json)) {
        QJsonObject o = s.toJson();
        o.insert(u"since"_s, summary->since);
        o.insert(u"fetched_rows"_s, summary->fetchedRows);
        o.insert(u"fetched_bytes"_s, summary->fetchedBytes);
        o.insert(u"fetch_ms"_s, summary->fetchMs);
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (s.duplicate) {
        out() << Text::tr("%1 sent the same rows as the last pull: the workspace is unchanged.")
                     .arg(request.url.describe())
              << Qt::endl;
        return Success;
    }
    out() << Text::tr("Pulled %1 rollup rows (%2 events) from %3 into %4 (source \"%5\") in %6 s.")
                 .arg(s.imported)
                 .arg(s.events)
                 .arg(request.url.describe(), QFileInfo(workspace).fileName(), request.source)
                 .arg(double(summary->fetchMs) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    if (s.firstDay)
        out() << Text::tr("Dates: %1 to %2 (local dates in %3). Replaced earlier rows: %4. Users: %5.")
                     .arg(*s.firstDay, *s.lastDay, s.timeZone)
                     .arg(s.replaced)
                     .arg(s.users)
              << Qt::endl;
    if (s.reportingTimeZoneSet)
        out() << Text::tr("The workspace's reporting timezone is now %1, the rollup's.").arg(s.timeZone) << Qt::endl;
    return Success;
}

} // namespace NorthStar::Cli
