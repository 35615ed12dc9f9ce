// `northstar import WORKSPACE FILE [options]`: issue #3, section 8.

#include "cli/cli.h"

#include "eventstore/eventimport.h"
#include "csv/textdecoder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace NorthStar::Cli {

namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Cli)
};

// ",", ";", "|", a tab, or their names.
std::optional<char> parseDelimiter(const QString &text)
{
    const QString t = text.toLower();
    if (t == u"," || t == u"comma")
        return ',';
    if (t == u";" || t == u"semicolon")
        return ';';
    if (t == u"|" || t == u"pipe")
        return '|';
    if (t == u"\t" || t == u"\\t" || t == u"tab")
        return '\t';
    return std::nullopt;
}

void printHuman(const ImportSummary &s, const QString &workspace)
{
    QTextStream &o = out();
    const QString file = QFileInfo(s.file).fileName();
    if (s.duplicate) {
        o << Text::tr("%1 was already imported into source \"%2\" (identical content): 0 rows imported, "
                "the workspace is unchanged.").arg(file, s.source)
          << Qt::endl;
        return;
    }
    if (s.rollup) {
        o << Text::tr("Imported %1 rollup rows (%2 events) from %3 into %4 (source \"%5\").")
                 .arg(s.imported).arg(s.events).arg(file, QFileInfo(workspace).fileName(), s.source)
          << Qt::endl;
    } else {
        o << Text::tr("Imported %1 rows from %2 into %3 (source \"%4\").")
                 .arg(s.imported).arg(file, QFileInfo(workspace).fileName(), s.source)
          << Qt::endl;
    }
    o << Text::tr("Rejected: %1. Replaced earlier rows: %2. Users: %3.").arg(s.rejected).arg(s.replaced).arg(s.users)
      << Qt::endl;
    if (s.rollup && s.firstDay)
        o << Text::tr("Dates: %1 to %2 (local dates in %3).").arg(*s.firstDay, *s.lastDay, s.timeZone) << Qt::endl;
    else if (s.firstMs)
        o << Text::tr("Range: %1 to %2.").arg(isoUtc(*s.firstMs), isoUtc(*s.lastMs)) << Qt::endl;
    if (s.reportingTimeZoneSet)
        o << Text::tr("The workspace's reporting timezone is now %1, the rollup's.").arg(s.timeZone) << Qt::endl;
    const QString delimiter = s.dialect.delimiter == '\t' ? u"\\t"_s : QString(QChar::fromLatin1(s.dialect.delimiter));
    if (s.rollup) {
        o << Text::tr("Read as: delimiter '%1', encoding %2, a daily rollup.")
                 .arg(delimiter, textEncodingName(s.dialect.encoding))
          << Qt::endl;
    } else {
        o << Text::tr("Read as: delimiter '%1', encoding %2, time format %3, timezone %4.")
                 .arg(delimiter, textEncodingName(s.dialect.encoding), s.timeFormat, s.timeZone)
          << Qt::endl;
    }
    if (s.rejected == 0)
        return;
    constexpr int kShown = 10;
    o << (s.rejected > kShown ? Text::tr("First %1 rejected rows:").arg(kShown) : Text::tr("Rejected rows:")) << Qt::endl;
    for (qsizetype i = 0; i < s.rejectedRows.size() && i < kShown; ++i) {
        const RowError &e = s.rejectedRows[i];
        const QString message = e.message();
        const qsizetype colon = message.indexOf(u": "_s);
        QString what = colon >= 0 ? message.mid(colon + 2) : message;
        if (!e.columnName.isEmpty())
            what = e.columnName + u": "_s + what;
        o << u"  %1:%2:%3: %4"_s.arg(s.file).arg(e.line).arg(e.column).arg(what) << Qt::endl;
    }
}

} // namespace

int runImport(const QStringList &arguments)
{
    const QString name = u"import"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Import a usage CSV into a workspace (created when missing)."));
    parser.addPositionalArgument(u"workspace"_s, Text::tr("The workspace file."), u"WORKSPACE"_s);
    parser.addPositionalArgument(u"file"_s, Text::tr("The CSV file."), u"FILE"_s);
    const QCommandLineOption source(u"source"_s, Text::tr("Source the rows belong to (default: events, or warehouse with --rollup)."),
                                    u"NAME"_s);
    const QCommandLineOption rollup(u"rollup"_s, Text::tr("FILE is a daily rollup (user_id, date, event, events, value_sum "
                                                          "and attributes; docs/warehouse.md); needs --timezone."));
    const QCommandLineOption count(u"count"_s, Text::tr("With --rollup: the event count column (default: events)."), u"COL"_s);
    const QCommandLineOption user(u"user"_s, Text::tr("User id column (name or 1-based number)."), u"COL"_s);
    const QCommandLineOption time(u"time"_s, Text::tr("Timestamp column."), u"COL"_s);
    const QCommandLineOption event(u"event"_s, Text::tr("Event name column."), u"COL"_s);
    const QCommandLineOption eventName(u"event-name"_s, Text::tr("One event name for every row."), u"NAME"_s);
    const QCommandLineOption value(u"value"_s, Text::tr("Numeric value column."), u"COL"_s);
    const QCommandLineOption attribute(u"attribute"_s, Text::tr("User attribute column (repeatable)."), u"COL"_s);
    const QCommandLineOption timeFormat(u"time-format"_s,
                                        Text::tr("iso, epoch-s, epoch-ms or a Qt pattern such as 'M/d/yy H:mm'."), u"FMT"_s);
    const QCommandLineOption timeZone(u"timezone"_s,
                                      Text::tr("IANA timezone of timestamps without an offset (default: the workspace's); "
                                               "with --rollup, the zone its dates were made in."),
                                      u"TZ"_s);
    const QCommandLineOption delimiter(u"delimiter"_s, Text::tr("Field delimiter: , ; | or tab (default: detected)."), u"D"_s);
    const QCommandLineOption encoding(u"encoding"_s, Text::tr("utf-8, utf-16, latin-1 or windows-1252 (default: detected)."),
                                      u"E"_s);
    const QCommandLineOption onError(u"on-error"_s, Text::tr("skip (default) or abort at the first bad row."), u"MODE"_s,
                                     u"skip"_s);
    const QCommandLineOption append(u"append"_s, Text::tr("Add to overlapping data of the source instead of replacing it."));
    const QCommandLineOption json(u"json"_s, Text::tr("Print the summary as one JSON object."));
    parser.addOptions({source, rollup, user, time, event, eventName, value, count, attribute, timeFormat, timeZone,
                       delimiter, encoding, onError, append, json});
    if (const auto done = parseArguments(parser, name, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return error(name, Text::tr("expected WORKSPACE and FILE."), Usage);
    if (parser.isSet(event) && parser.isSet(eventName))
        return error(name, Text::tr("give either --event or --event-name, not both."), Usage);

    const bool isRollup = parser.isSet(rollup);
    if (isRollup && !parser.isSet(timeZone))
        return error(name, Text::tr("--rollup needs --timezone TZ: the zone the rollup's dates were made in."), Usage);
    if (isRollup && (parser.isSet(eventName) || parser.isSet(timeFormat)))
        return error(name, Text::tr("--event-name and --time-format are for raw events, not for a --rollup."), Usage);
    if (!isRollup && parser.isSet(count))
        return error(name, Text::tr("--count is for a --rollup."), Usage);

    ImportRequest request;
    request.file = positional[1];
    request.rollup = isRollup;
    request.countColumn = parser.value(count);
    request.source = parser.isSet(source) ? parser.value(source) : isRollup ? u"warehouse"_s : u"events"_s;
    request.userColumn = parser.value(user);
    request.timeColumn = parser.value(time);
    request.eventColumn = parser.value(event);
    request.eventName = parser.value(eventName);
    request.valueColumn = parser.value(value);
    request.attributeColumns = parser.values(attribute);
    request.timeFormat = parser.value(timeFormat);
    request.timeZone = parser.value(timeZone);
    request.append = parser.isSet(append);
    if (request.source.trimmed().isEmpty())
        return error(name, Text::tr("--source needs a name."), Usage);
    if (parser.isSet(delimiter)) {
        request.delimiter = parseDelimiter(parser.value(delimiter));
        if (!request.delimiter)
            return error(name, Text::tr("--delimiter must be , ; | or tab."), Usage);
    }
    if (parser.isSet(encoding)) {
        const auto e = textEncodingFromName(parser.value(encoding));
        if (!e)
            return error(name, e.error(), Usage);
        request.encoding = *e;
    }
    const QString mode = parser.value(onError);
    if (mode != u"skip" && mode != u"abort")
        return error(name, Text::tr("--on-error must be skip or abort."), Usage);
    request.onError = mode == u"abort" ? ImportRequest::OnError::Abort : ImportRequest::OnError::Skip;

    if (const auto failed = recoverWorkspace(name, positional[0]))
        return *failed;
    const auto summary = EventImport::run(positional[0], request);
    if (!summary)
        return error(name, summary.error());
    if (parser.isSet(json))
        out() << QJsonDocument(summary->toJson()).toJson(QJsonDocument::Indented);
    else
        printHuman(*summary, positional[0]);
    out().flush();
    return Success;
}

} // namespace NorthStar::Cli
