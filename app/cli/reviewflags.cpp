// What `review` and `report` share: the flags choosing the review, and the locale numbers
// are read in.

#include "cli/cli.h"

#include "review/weeklyreview.h"
#include "storage/workspacefile.h"

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

ReviewFlags::ReviewFlags()
    : tree(u"tree"_s, Text::tr("The tree to review (default: the first)."), u"NAME"_s),
      period(u"period"_s, Text::tr("Any date inside the period to review, YYYY-MM-DD (default: the latest complete period)."),
             u"DATE"_s),
      grain(u"grain"_s, Text::tr("week or month (default: week)."), u"GRAIN"_s, u"week"_s)
{
}

std::optional<int> ReviewFlags::read(const QString &subcommand, const QCommandLineParser &parser,
                                     ReviewOptions &options) const
{
    const QString name = parser.value(grain).trimmed();
    if (name == u"week"_s)
        options.grain = Grain::Week;
    else if (name == u"month"_s)
        options.grain = Grain::Month;
    else
        return error(subcommand, Text::tr("--grain must be week or month, not \"%1\".").arg(name), Usage);
    if (parser.isSet(period)) {
        const QDate date = QDate::fromString(parser.value(period).trimmed(), Qt::ISODate);
        if (!date.isValid()) {
            return error(subcommand, Text::tr("--period must be a date written YYYY-MM-DD, not \"%1\".")
                                         .arg(parser.value(period)), Usage);
        }
        options.periodDate = date;
    }
    return std::nullopt;
}

std::optional<int> ReviewFlags::review(const QString &subcommand, const QCommandLineParser &parser, const QString &path,
                                       ReviewedWorkspace &reviewed) const
{
    ReviewOptions options;
    if (const auto wrong = read(subcommand, parser, options))
        return wrong;
    auto data = WorkspaceFile::read(path);
    if (!data)
        return error(subcommand, data.error());
    reviewed.data = std::move(*data);
    if (const auto done = chooseTree(subcommand, reviewed.data, path, parser, tree,
                                     Text::tr("%1 has no tree to review.").arg(path), reviewed.tree))
        return done;
    options.treeId = reviewed.tree.id;
    reviewed.metrics = std::make_shared<const WorkspaceMetrics>(path, reviewed.data);
    auto review = computeReview(*reviewed.metrics, options);
    if (!review)
        return error(subcommand, review.error());
    reviewed.review = std::move(*review);
    return std::nullopt;
}

QLocale readingLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

} // namespace NorthStar::Cli
