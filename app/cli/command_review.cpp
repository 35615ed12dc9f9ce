// `northstar review WORKSPACE [--tree NAME] [--period DATE] [--grain week|month] [--json]`:
// the weekly review of REVIEW.md for one tree and one period (by default the first tree
// and the latest complete week), as text for a person or as REVIEW.md's JSON object.
//
// Exit codes: 2 for wrong flags (an unknown tree, grain or date), 1 for a review that cannot
// be made (no North Star computation, no data, a period outside the data or not complete).

#include "cli/cli.h"

#include "review/reviewjson.h"
#include "review/reviewtext.h"

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

} // namespace

int runReview(const QStringList &arguments)
{
    const QString command = u"review"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Review a tree for one period: are we winning, why did it move, and "
                                              "did our work move it."));
    parser.addPositionalArgument(u"workspace"_s, Text::tr("The workspace file."), u"WORKSPACE"_s);
    const ReviewFlags flags;
    const QCommandLineOption jsonOption(u"json"_s,
                                        Text::tr("Print the review as one JSON object (its keys: docs/review.md)."));
    parser.addOptions(flags.all() << jsonOption);
    QString path;
    if (const auto done = parseWorkspaceArguments(parser, command, arguments, Text::tr("Missing the WORKSPACE file."), path))
        return *done;

    ReviewedWorkspace reviewed;
    if (const auto done = flags.review(command, parser, path, reviewed))
        return *done;
    const Review &review = reviewed.review;
    if (parser.isSet(jsonOption)) {
        const QByteArray json = reviewJsonText(review);
        std::fwrite(json.constData(), 1, std::size_t(json.size()), stdout);
    } else {
        out() << reviewText(review, readingLocale());
    }
    return finishOutput(Success);
}

} // namespace NorthStar::Cli
