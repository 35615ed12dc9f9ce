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
    const QCommandLineOption pageOption = pageSizeOption();
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
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    if (const auto done = readPageSize(command, parser, pageOption, pageSize))
        return *done;
    reportOptions.pageSize = pageSize;
    if (const auto done = readGenerationTime(command, reportOptions.generated))
        return *done;

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
