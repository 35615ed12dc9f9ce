// `northstar warehouse-sql --engine NAME --table T --user COL --time COL --event COL
// [--value COL] [--attribute COL]... --timezone TZ [--since DATE]`: prints the SQL that builds
// the daily rollup inside a warehouse (docs/warehouse.md), the engine's shipped template
// filled in, for the data engineer to run there and import with `northstar import --rollup`.
//
// Exit codes: 0 printed; 2 for wrong flags (a missing or unknown engine, a missing column,
// a table name with an empty part, an unknown timezone, a --since that is not a date).

#include "cli/cli.h"

#include "warehouse/rollupquery.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace NorthStar::Cli {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Cli)
};

} // namespace

int runWarehouseSql(const QStringList &arguments)
{
    const QString command = u"warehouse-sql"_s;
    const QString engines = Warehouse::engineNames().join(u", "_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Print the SQL that builds the daily rollup (one row per user, local date and event) "
                 "from a raw events table in your warehouse. Run it there, write its result as CSV and "
                 "import that with 'northstar import --rollup'. docs/warehouse.md says how, per engine."));
    const QCommandLineOption engineOption(u"engine"_s, Text::tr("The warehouse: %1.").arg(engines), u"NAME"_s);
    const QCommandLineOption tableOption(
        u"table"_s, Text::tr("The raw events table, with its schema or dataset: analytics.events."), u"TABLE"_s);
    const QCommandLineOption userOption(u"user"_s, Text::tr("The user id column."), u"COLUMN"_s);
    const QCommandLineOption timeOption(
        u"time"_s, Text::tr("The event time column: a timestamp with time zone, or one without that holds UTC."),
        u"COLUMN"_s);
    const QCommandLineOption eventOption(u"event"_s, Text::tr("The event name column."), u"COLUMN"_s);
    const QCommandLineOption valueOption(
        u"value"_s, Text::tr("The value column summed into value_sum (default: none, value_sum is 0)."), u"COLUMN"_s);
    const QCommandLineOption attributeOption(
        u"attribute"_s,
        Text::tr("A user attribute column (repeat for more): each user's value at their latest event that has one."),
        u"COLUMN"_s);
    const QCommandLineOption timezoneOption(
        u"timezone"_s, Text::tr("The reporting timezone of the local dates, an IANA id: Europe/Berlin."), u"TZ"_s);
    const QCommandLineOption sinceOption(
        u"since"_s, Text::tr("Only the local dates from DATE (YYYY-MM-DD) on, for incremental runs."), u"DATE"_s);
    parser.addOptions({engineOption, tableOption, userOption, timeOption, eventOption, valueOption, attributeOption,
                       timezoneOption, sinceOption});
    if (const auto done = parseArguments(parser, command, arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        return error(command,
                     Text::tr("Unexpected argument \"%1\": every input is a flag.")
                         .arg(parser.positionalArguments().constFirst()),
                     Usage);
    }
    const std::pair<const QCommandLineOption *, QString> required[] = {
        {&engineOption, Text::tr("Missing --engine NAME (%1).").arg(engines)},
        {&tableOption, Text::tr("Missing --table TABLE: the raw events table.")},
        {&userOption, Text::tr("Missing --user COLUMN: the user id column.")},
        {&timeOption, Text::tr("Missing --time COLUMN: the event time column.")},
        {&eventOption, Text::tr("Missing --event COLUMN: the event name column.")},
        {&timezoneOption, Text::tr("Missing --timezone TZ: the reporting timezone, e.g. UTC or Europe/Berlin.")},
    };
    for (const auto &[option, message] : required) {
        if (!parser.isSet(*option))
            return error(command, message, Usage);
    }
    for (const QCommandLineOption *single : {&engineOption, &tableOption, &userOption, &timeOption, &eventOption,
                                             &valueOption, &timezoneOption, &sinceOption}) {
        if (parser.values(*single).size() > 1) {
            return error(command, Text::tr("--%1 is given more than once.").arg(single->names().constFirst()),
                         Usage);
        }
    }

    Warehouse::RollupRequest request;
    request.engine = parser.value(engineOption);
    request.table = parser.value(tableOption);
    request.user = parser.value(userOption);
    request.time = parser.value(timeOption);
    request.event = parser.value(eventOption);
    if (parser.isSet(valueOption))
        request.value = parser.value(valueOption);
    request.attributes = parser.values(attributeOption);
    request.timezone = parser.value(timezoneOption);
    request.since = parser.value(sinceOption);
    const auto query = Warehouse::rollupQuery(request);
    if (!query)
        return error(command, query.error(), Usage);
    out() << *query;
    return finishOutput(Success);
}

} // namespace NorthStar::Cli
