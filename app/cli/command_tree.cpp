// `northstar tree export|import`: trees as files (docs/tree-format.md), so a team can keep its
// tree in version control and move it between workspaces. `tree export` is here, `tree
// import` in command_tree_import.cpp.

#include "cli/cli.h"
#include "storage/workspacefile.h"
#include "workshop/treefile.h"

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

int runTreeExport(const QStringList &arguments)
{
    const QString command = u"tree export"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Write one tree of a workspace as a tree file (JSON, see docs/tree-format.md): to standard "
                 "output, or to FILE with --out. The same tree always gives the same file, so it diffs well "
                 "in version control; 'northstar tree import' reads it back."));
    const QCommandLineOption treeOption(u"tree"_s, Text::tr("Export the tree NAME (default: the first tree)."),
                                        u"NAME"_s);
    const QCommandLineOption outOption(u"out"_s, Text::tr("Write the tree file FILE instead of standard output."),
                                       u"FILE"_s);
    parser.addOption(treeOption);
    parser.addOption(outOption);
    parser.addPositionalArgument(u"workspace"_s, Text::tr("The workspace file (*.northstar)."), u"WORKSPACE"_s);
    QString path;
    if (const auto done = parseWorkspaceArguments(parser, command, arguments,
                                                  Text::tr("Missing the WORKSPACE file to export from."), path))
        return *done;
    const QString outFile = parser.value(outOption);
    if (parser.isSet(outOption) && sameFile(outFile, path)) {
        return error(command, Text::tr("The tree file \"%1\" would overwrite the workspace it is made from; "
                                       "choose another file name.")
                                  .arg(outFile),
                     Usage);
    }

    const auto data = WorkspaceFile::read(path);
    if (!data)
        return error(command, data.error());
    Tree tree;
    if (const auto done = chooseTree(command, *data, path, parser, treeOption,
                                     Text::tr("%1 has no tree to export.").arg(path), tree))
        return *done;
    if (!parser.isSet(outOption)) {
        out() << QString::fromUtf8(TreeFile::serialize(*data, tree.id));
        return Success;
    }
    if (const auto written = TreeFile::write(outFile, *data, tree.id); !written)
        return error(command, written.error());
    out() << Text::tr("Exported the tree \"%1\" to %2.").arg(tree.name, outFile) << Qt::endl;
    return Success;
}

int runTree(const QStringList &arguments)
{
    const QString first = arguments.value(0);
    if (first == u"export"_s)
        return runTreeExport(arguments.mid(1));
    if (first == u"import"_s)
        return runTreeImport(arguments.mid(1));

    const QString command = u"tree"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Trees as files (JSON, see docs/tree-format.md), to keep in version control or move "
                 "between workspaces.\n"
                 "  export  Write one tree of a workspace as a tree file\n"
                 "  import  Add the tree of a tree file to a workspace, or replace a tree with it\n"
                 "Run 'northstar tree COMMAND --help' for a command's options."));
    parser.addPositionalArgument(u"command"_s, Text::tr("export or import."), u"export|import"_s);
    if (const auto done = parseArguments(parser, command, arguments))
        return *done;
    if (first.isEmpty())
        return error(command, Text::tr("Missing the command: export or import."), Usage);
    return error(command, Text::tr("Unknown command \"%1\": use export or import.").arg(first), Usage);
}

} // namespace NorthStar::Cli
