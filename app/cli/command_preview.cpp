// `northstar preview FILE [--rows N] [--json]`: what an import would read, before importing.

#include "cli/cli.h"

#include "csv/csvpreview.h"
#include "csv/dialectdetector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace NorthStar::Cli {

namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Cli)
};

QString columnName(const CsvPreview &p, int column)
{
    if (column < 0)
        return Text::tr("(none)");
    return p.header.isEmpty() ? Text::tr("column %1").arg(column + 1) : p.header.value(column);
}

void printHuman(const CsvPreview &p)
{
    QTextStream &o = out();
    o << Text::tr("Delimiter: %1").arg(DialectDetector::delimiterName(p.dialect.delimiter)) << Qt::endl;
    o << Text::tr("Encoding: %1%2").arg(textEncodingName(p.dialect.encoding),
                                  p.dialect.byteOrderMark ? Text::tr(" (with byte order mark)") : QString())
      << Qt::endl;
    o << Text::tr("Decimal separator: %1").arg(p.dialect.decimalSeparator == DecimalSeparator::Comma ? u","_s : u"."_s)
      << Qt::endl;
    o << Text::tr("Header: %1").arg(p.dialect.hasHeader ? p.header.join(u", "_s) : Text::tr("(none)")) << Qt::endl;
    o << Text::tr("Suggested mapping: user %1, time %2, event %3, value %4")
             .arg(columnName(p, p.mapping.userId), columnName(p, p.mapping.timestamp), columnName(p, p.mapping.event),
                  columnName(p, p.mapping.value))
      << Qt::endl;
    if (p.mapping.timestamp >= 0)
        o << Text::tr("Time: %1").arg(p.time.describe()) << Qt::endl;
    if (!p.readError.isEmpty())
        o << Text::tr("Reading problem: %1").arg(p.readError) << Qt::endl;
    o << Text::tr("First %1 records:").arg(p.rows.size()) << Qt::endl;
    for (qsizetype r = 0; r < p.rows.size(); ++r)
        o << u"  %1: %2"_s.arg(p.rowLines.value(r)).arg(p.rows[r].join(u" | "_s)) << Qt::endl;
}

} // namespace

int runPreview(const QStringList &arguments)
{
    const QString name = u"preview"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Show how a CSV file will be read: dialect, header, mapping, time format, first records."));
    parser.addPositionalArgument(u"file"_s, Text::tr("The CSV file."), u"FILE"_s);
    const QCommandLineOption rows(u"rows"_s, Text::tr("Records to show (default 10)."), u"N"_s, u"10"_s);
    const QCommandLineOption json(u"json"_s, Text::tr("Print {delimiter, encoding, header, rows} as JSON."));
    const QCommandLineOption encoding(u"encoding"_s, Text::tr("utf-8, utf-16, latin-1 or windows-1252 (default: detected)."),
                                      u"E"_s);
    parser.addOptions({rows, json, encoding});
    if (const auto done = parseArguments(parser, name, arguments))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return error(name, Text::tr("expected one FILE."), Usage);
    CsvPreviewOptions options;
    bool ok = false;
    options.rows = parser.value(rows).toInt(&ok);
    if (!ok || options.rows < 0)
        return error(name, Text::tr("--rows must be a number of records (0 or more)."), Usage);
    if (parser.isSet(encoding)) {
        const auto e = textEncodingFromName(parser.value(encoding));
        if (!e)
            return error(name, e.error(), Usage);
        options.encoding = *e;
    }
    // JSON is for scripts that want the records: no need to read the whole time column.
    options.scanTimeColumn = !parser.isSet(json);
    const auto preview = CsvPreview::read(parser.positionalArguments().front(), options);
    if (!preview)
        return error(name, preview.error());
    if (parser.isSet(json))
        out() << QJsonDocument(preview->toJson()).toJson(QJsonDocument::Indented);
    else
        printHuman(*preview);
    out().flush();
    return Success;
}

} // namespace NorthStar::Cli
