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
    parser.addHelpOption();
    const QCommandLineOption treeOption(u"tree"_s, Text::tr("Check only the tree NAME (default: all trees)."),
                                        u"NAME"_s);
    parser.addOption(treeOption);
    parser.addPositionalArgument(u"workspace"_s, Text::tr("The workspace file (*.northstar)."), u"WORKSPACE"_s);
    if (!parser.parse(QStringList{u"northstar"_s} + arguments))
        return error(command, parser.errorText(), Usage);
    if (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s)) {
        out() << helpText(parser, command) << Qt::flush;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return error(command, Text::tr("Missing the WORKSPACE file to check."), Usage);
    if (positional.size() > 1)
        return error(command, Text::tr("Unexpected argument \"%1\": give one WORKSPACE file.").arg(positional.at(1)),
                     Usage);

    const QString path = positional.constFirst();
    const auto data = WorkspaceFile::read(path);
    if (!data)
        return error(command, data.error());

    QList<Tree> trees = data->treesInOrder();
    if (parser.isSet(treeOption)) {
        const Tree *tree = data->treeNamed(parser.value(treeOption));
        if (!tree) {
            return error(command,
                         Text::tr("%1 has no tree \"%2\". Trees: %3.")
                             .arg(path, parser.value(treeOption), treeNames(*data)),
                         Usage);
        }
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
