// `northstar diff WORKSPACE A B [--tree NAME]`: the changes from version A of a tree to
// version B, one per line in words; `now` is the tree as it is (docs/versions.md).

#include "cli/cli.h"
#include "model/treeversion.h"
#include "workshop/treediff.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace NorthStar::Cli {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Cli)
};

// One side of the comparison: a version's tree in a workspace of its own, or the tree now.
struct Side final
{
    WorkspaceData data;
    Id treeId = 0;
};

} // namespace

int runDiff(const QStringList &arguments)
{
    const QString command = u"diff"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Print the changes from version A of a tree to version B, one per line: items added, "
                 "removed, renamed, moved, re-weighted, and changed kinds, dimensions, work status, ship "
                 "dates and targets. 'now' is the tree as it is. Prints nothing when nothing changed."));
    const QCommandLineOption treeOption(u"tree"_s, Text::tr("The tree NAME (default: the first tree)."), u"NAME"_s);
    parser.addOption(treeOption);
    parser.addPositionalArgument(u"workspace"_s, Text::tr("The workspace file (*.northstar)."), u"WORKSPACE"_s);
    parser.addPositionalArgument(u"a"_s, Text::tr("The version to compare from, or now."), u"A"_s);
    parser.addPositionalArgument(u"b"_s, Text::tr("The version to compare to, or now."), u"B"_s);
    if (const auto done = parseArguments(parser, command, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 3)
        return error(command, Text::tr("Give the WORKSPACE file and the two versions A and B to compare (now is the "
                                       "tree as it is)."),
                     Usage);
    if (positional.size() > 3)
        return error(command, Text::tr("Unexpected argument \"%1\".").arg(positional.at(3)), Usage);
    const QString path = positional.at(0);
    if (const auto failed = recoverWorkspace(command, path))
        return *failed;
    WorkspaceData workspace;
    Tree tree;
    if (const auto done = readTree(command, path, parser, treeOption, Text::tr("%1 has no tree.").arg(path),
                                   workspace, tree))
        return *done;

    QList<Side> sides;
    for (const QString &name : {positional.at(1), positional.at(2)}) {
        if (name.compare(u"now"_s, Qt::CaseInsensitive) == 0) {
            sides.append(Side{workspace, tree.id});
            continue;
        }
        const auto version = versionNamed(workspace, tree, name);
        if (!version)
            return error(command, version.error(), Usage);
        auto content = TreeVersions::content(*version);
        if (!content)
            return error(command, content.error());
        const Id treeId = TreeVersions::treeOf(*content);
        sides.append(Side{std::move(*content), treeId});
    }
    const TreeDiff diff = diffTrees(sides.at(0).data, sides.at(0).treeId, sides.at(1).data, sides.at(1).treeId);
    for (const TreeChange &change : diff.changes)
        out() << change.text << '\n';
    return finishOutput(Success);
}

} // namespace NorthStar::Cli
