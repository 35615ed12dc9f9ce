// `northstar lint WORKSPACE [--tree NAME]`: the workshop lint of each tree, one finding per
// line ("warning: Activation rate: no work under this input (gap)"). Findings are advice,
// not failure: the exit code is 0 whenever the file could be read.

#include "cli/cli.h"
#include "storage/workspacefile.h"
#include "workshop/lint.h"

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

int runLint(const QStringList &arguments)
{
    const QString command = u"lint"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Check the trees of a workspace against the North Star workshop rules (3 to 5 inputs, "
           "definitions, owners, work under every input, dimensions, guardrail, checklist). Prints one "
           "finding per line as 'severity: message'; exits with 0 also when there are findings."));
    const QCommandLineOption treeOption(u"tree"_s, Text::tr("Check only the tree NAME (default: all trees)."),
                                        u"NAME"_s);
    parser.addOption(treeOption);
    parser.addPositionalArgument(u"workspace"_s, Text::tr("The workspace file (*.northstar)."), u"WORKSPACE"_s);
    QString path;
    if (const auto done = parseWorkspaceArguments(parser, command, arguments,
                                                  Text::tr("Missing the WORKSPACE file to check."), path))
        return *done;

    const auto data = WorkspaceFile::read(path);
    if (!data)
        return error(command, data.error());

    QList<Tree> trees = data->treesInOrder();
    if (parser.isSet(treeOption)) {
        const auto tree = treeNamed(*data, path, parser.value(treeOption));
        if (!tree)
            return error(command, tree.error(), Usage);
        trees = {*tree};
    }
    // With several trees, each line says which tree it is about.
    const bool prefixTree = trees.size() > 1;
    for (const Tree &tree : trees) {
        for (const Lint::Finding &f : Lint::lintTree(*data, tree.id)) {
            if (prefixTree)
                out() << tree.name << ": ";
            out() << Lint::toKey(f.severity) << ": " << f.message << '\n';
        }
    }
    out().flush();
    return Success;
}

} // namespace NorthStar::Cli
