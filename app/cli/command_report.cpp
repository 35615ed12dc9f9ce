// `northstar report WORKSPACE [--tree NAME] [--period DATE] [--grain week|month]
// [--page-size a4|letter] --out FILE.pdf|FILE.html|FILE.md`: the weekly review as a report
// for people (docs/report.md), headless for cron. The generation date printed on it is
// SOURCE_DATE_EPOCH's when that is set, so a rebuilt report is byte-identical (HTML, Markdown).
//
// Exit codes, as `review`: 2 for wrong flags (a missing --out, an unknown suffix, page size,
// grain, tree or date), 1 for a report that cannot be made or written (no data, a period
// outside the data, a path that cannot be written). Nothing is left half-written.

#include "cli/cli.h"

#include "report/report.h"
#include "analysis/workspacemetrics.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace NorthStar::Cli {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Cli)
};

// The locale whose paper the system uses: LC_PAPER's, found as the C library finds it
// (LC_ALL, then LC_PAPER, then LANG; LANGUAGE names only the language of messages).
QLocale paperLocale()
{
    for (const char *variable : {"LC_ALL", "LC_PAPER", "LANG"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return QLocale(value.section(u'.', 0, 0).section(u'@', 0, 0));
    }
    return QLocale::c();
}

// SOURCE_DATE_EPOCH (reproducible builds) when set, else now.
std::optional<QDateTime> generationTime()
{
    const QByteArray epoch = qgetenv("SOURCE_DATE_EPOCH");
    if (epoch.isEmpty())
        return QDateTime::currentDateTimeUtc();
    bool ok = false;
    const qint64 seconds = epoch.trimmed().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

} // namespace

int runReport(const QStringList &arguments)
{
    const QString command = u"report"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Write the review of a tree for one period as a report: a PDF to print, one HTML file for an "
                 "email, or Markdown for a chat or wiki, chosen by the --out file's suffix."));
    parser.addPositionalArgument(u"workspace"_s, Text::tr("The workspace file."), u"WORKSPACE"_s);
    const ReviewFlags flags;
    const QCommandLineOption pageOption(u"page-size"_s,
                                        Text::tr("a4 or letter (default: the paper of your locale's country)."),
                                        u"SIZE"_s);
    const QCommandLineOption outOption(u"out"_s, Text::tr("The report to write: FILE.pdf, FILE.html or FILE.md."),
                                       u"FILE"_s);
    parser.addOptions(flags.all() << pageOption << outOption);
    QString path;
    if (const auto done = parseWorkspaceArguments(parser, command, arguments, Text::tr("Missing the WORKSPACE file."), path))
        return *done;

    if (!parser.isSet(outOption))
        return error(command, Text::tr("Missing --out FILE: the report to write (.pdf, .html or .md)."), Usage);
    const QString outPath = parser.value(outOption);
    if (!reportSuffixes().contains(QFileInfo(outPath).suffix().toLower())) {
        return error(command, Text::tr("Cannot write a report to \"%1\": the file name must end in .pdf, .html or .md.")
                                  .arg(outPath), Usage);
    }
    if (sameFile(outPath, path)) {
        return error(command, Text::tr("The report \"%1\" would overwrite the workspace it is made from; choose "
                                       "another file name.").arg(outPath), Usage);
    }
    ReportOptions reportOptions;
    reportOptions.locale = readingLocale();
    // The paper follows the system's country (a C locale: A4), not the reading locale.
    reportOptions.pageSize = defaultPageSize(paperLocale());
    if (parser.isSet(pageOption)) {
        const QString size = parser.value(pageOption).trimmed().toLower();
        if (size == u"a4"_s)
            reportOptions.pageSize = QPageSize::A4;
        else if (size == u"letter"_s)
            reportOptions.pageSize = QPageSize::Letter;
        else
            return error(command, Text::tr("--page-size must be a4 or letter, not \"%1\".").arg(parser.value(pageOption)),
                         Usage);
    }
    const auto generated = generationTime();
    if (!generated) {
        return error(command, Text::tr("SOURCE_DATE_EPOCH must be a number of seconds since 1970, not \"%1\".")
                                  .arg(QString::fromLocal8Bit(qgetenv("SOURCE_DATE_EPOCH"))), Usage);
    }
    reportOptions.generated = *generated;

    ReviewedWorkspace reviewed;
    if (const auto done = flags.review(command, parser, path, reviewed))
        return *done;
    const Review &review = reviewed.review;
    const auto content = buildReportContent(*reviewed.metrics, reviewed.data, path, review);
    if (!content)
        return error(command, content.error());
    if (const auto written = writeReport(*content, outPath, reportOptions); !written)
        return error(command, written.error());
    out() << Text::tr("Wrote the review of \"%1\" to %2.").arg(reviewed.tree.name, outPath) << Qt::endl;
    return Success;
}

} // namespace NorthStar::Cli
