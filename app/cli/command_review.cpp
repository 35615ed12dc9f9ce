// `northstar review WORKSPACE [--tree NAME] [--period DATE] [--grain week|month] [--json]`:
// the weekly review of REVIEW.md for one tree and one period (by default the first tree
// and the latest complete week), as text for a person or as REVIEW.md's JSON object.
//
// Exit codes: 2 for wrong flags (an unknown tree, grain or date), 1 for a review that cannot
// be made (no North Star computation, no data, a period outside the data or not complete).

#include "cli/cli.h"

#include "review/reviewjson.h"
#include "review/reviewtext.h"
#include "review/weeklyreview.h"
#include "storage/workspacefile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace NorthStar::Cli {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Cli)
};

// The C locale writes 1522 without a separator; a person reads "1,522" more easily.
QLocale readingLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

} // namespace

int runReview(const QStringList &arguments)
{
    const QString command = u"review"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Review a tree for one period: are we winning, why did it move, and "
                                              "did our work move it."));
    parser.addPositionalArgument(u"workspace"_s, Text::tr("The workspace file."), u"WORKSPACE"_s);
    const QCommandLineOption treeOption(u"tree"_s, Text::tr("The tree to review (default: the first)."), u"NAME"_s);
    const QCommandLineOption periodOption(u"period"_s, Text::tr("Any date inside the period to review, YYYY-MM-DD "
                                                                "(default: the latest complete period)."),
                                          u"DATE"_s);
    const QCommandLineOption grainOption(u"grain"_s, Text::tr("week or month (default: week)."), u"GRAIN"_s, u"week"_s);
    const QCommandLineOption jsonOption(u"json"_s,
                                        Text::tr("Print the review as one JSON object (its keys: docs/review.md)."));
    parser.addOptions({treeOption, periodOption, grainOption, jsonOption});
    QString path;
    if (const auto done = parseWorkspaceArguments(parser, command, arguments, Text::tr("Missing the WORKSPACE file."), path))
        return *done;

    ReviewOptions options;
    const QString grain = parser.value(grainOption).trimmed();
    if (grain == u"week"_s)
        options.grain = Grain::Week;
    else if (grain == u"month"_s)
        options.grain = Grain::Month;
    else
        return error(command, Text::tr("--grain must be week or month, not \"%1\".").arg(grain), Usage);
    if (parser.isSet(periodOption)) {
        const QDate date = QDate::fromString(parser.value(periodOption).trimmed(), Qt::ISODate);
        if (!date.isValid()) {
            return error(command, Text::tr("--period must be a date written YYYY-MM-DD, not \"%1\".")
                                      .arg(parser.value(periodOption)), Usage);
        }
        options.periodDate = date;
    }

    const auto data = WorkspaceFile::read(path);
    if (!data)
        return error(command, data.error());
    Tree tree;
    if (const auto done = chooseTree(command, *data, path, parser, treeOption,
                                     Text::tr("%1 has no tree to review.").arg(path), tree))
        return *done;
    options.treeId = tree.id;

    const WorkspaceMetrics metrics(path, *data);
    const auto review = computeReview(metrics, options);
    if (!review)
        return error(command, review.error());
    if (parser.isSet(jsonOption)) {
        const QByteArray json = reviewJsonText(*review);
        std::fwrite(json.constData(), 1, std::size_t(json.size()), stdout);
    } else {
        out() << reviewText(*review, readingLocale());
    }
    return finishOutput(Success);
}

} // namespace NorthStar::Cli
