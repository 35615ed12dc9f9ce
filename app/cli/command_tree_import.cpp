// `northstar tree import WORKSPACE FILE.json [--replace NAME] [--name NAME]`: adds the tree
// of a tree file to a workspace, or puts it in the place of one of its trees, as the window
// adds a template (Edit::addTree): fresh ids, and a metric whose name the catalog has shares
// that record. The workspace is written in one transaction, so a bad file, a name clash or a
// failed write leaves it as it was.

#include "cli/cli.h"
#include "model/document.h"
#include "model/edits.h"
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

// How many of the file's metrics the catalog has by name: the tree shares those records and
// the file's definitions of them are not taken, so a different one is worth a warning.
int sharedMetrics(const WorkspaceData &workspace, const WorkspaceData &fragment, const QString &command,
                  const QString &path)
{
    int shared = 0;
    for (const Metric &m : fragment.metrics) {
        const Metric *existing = workspace.metricNamed(m.name);
        if (!existing)
            continue;
        ++shared;
        if (existing->definition == m.definition && existing->computation == m.computation)
            continue;
        err() << "northstar " << command << ": "
              << Text::tr("warning: the metric \"%1\" is already in %2 with another definition or computation; "
                          "the tree uses that record, not the file's.")
                     .arg(m.name, path)
              << Qt::endl;
        if (existing->definition != m.definition) {
            err() << "  " << Text::tr("In the workspace: %1").arg(existing->definition) << Qt::endl
                  << "  " << Text::tr("In the file: %1").arg(m.definition) << Qt::endl;
        }
    }
    return shared;
}

} // namespace

int runTreeImport(const QStringList &arguments)
{
    const QString command = u"tree import"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Add the tree of a tree file (see 'northstar tree export') to a workspace, or replace one of "
                 "its trees with it. A metric whose name is in the workspace's catalog already uses that "
                 "record; a warning says when its definition differs from the file's. A file that cannot be "
                 "read leaves the workspace unchanged."));
    const QCommandLineOption replaceOption(
        u"replace"_s, Text::tr("Replace the tree NAME, which keeps its name and place among the trees."), u"NAME"_s);
    const QCommandLineOption nameOption(
        u"name"_s, Text::tr("Call the imported tree NAME (default: the file's tree name)."), u"NAME"_s);
    parser.addOption(replaceOption);
    parser.addOption(nameOption);
    parser.addPositionalArgument(u"workspace"_s, Text::tr("The workspace file (*.northstar)."), u"WORKSPACE"_s);
    parser.addPositionalArgument(u"file"_s, Text::tr("The tree file to import (*.json)."), u"FILE.json"_s);
    if (const auto done = parseArguments(parser, command, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        return error(command,
                     positional.isEmpty() ? Text::tr("Missing the WORKSPACE file and the tree FILE.json to import.")
                                          : Text::tr("Missing the tree FILE.json to import."),
                     Usage);
    }
    if (positional.size() > 2)
        return error(command, Text::tr("Unexpected argument \"%1\".").arg(positional.at(2)), Usage);
    if (parser.isSet(nameOption) && parser.value(nameOption).trimmed().isEmpty())
        return error(command, Text::tr("The --name of a tree cannot be empty."), Usage);
    const QString path = positional.at(0);
    const QString file = positional.at(1);
    if (const auto failed = recoverWorkspace(command, path))
        return *failed;

    const auto fragment = TreeFile::read(file);
    if (!fragment)
        return error(command, fragment.error());
    const auto data = WorkspaceFile::read(path);
    if (!data)
        return error(command, data.error());
    std::optional<Tree> replaced;
    if (parser.isSet(replaceOption)) {
        auto named = treeNamed(*data, path, parser.value(replaceOption));
        if (!named)
            return error(command, named.error(), Usage);
        replaced = *named;
    }
    const QString name = parser.isSet(nameOption) ? parser.value(nameOption).trimmed()
                         : replaced               ? replaced->name
                                                  : TreeFile::treeName(*fragment, file);
    // Two trees of one name could not be told apart by --tree and --replace.
    if (const Tree *clash = data->treeNamed(name); clash && (!replaced || clash->id != replaced->id)) {
        return error(command, Text::tr("%1 already has a tree \"%2\"; it was left unchanged. Replace that tree "
                                       "with --replace \"%2\", or name the imported one with --name.")
                                  .arg(path, clash->name));
    }

    Document doc;
    doc.load(*data, path);
    if (replaced)
        Edit::removeTree(doc, replaced->id);
    const int shared = sharedMetrics(doc.data(), *fragment, command, path);
    const Id treeId = Edit::addTree(doc, *fragment, name);
    if (replaced) {
        Tree placed = *doc.data().tree(treeId);
        placed.order = replaced->order;
        Edit::updateTree(doc, placed);
    }
    if (const auto written = WorkspaceFile::write(path, doc.data()); !written)
        return error(command, written.error());

    const QString counts = Text::tr("%1 nodes, %2 metrics of which %3 were in the catalog already")
                               .arg(doc.data().nodesOfTree(treeId).size())
                               .arg(fragment->metrics.size())
                               .arg(shared);
    out() << (replaced ? Text::tr("Replaced the tree \"%1\" of %2 with the tree of %3 (%4).")
                       : Text::tr("Added the tree \"%1\" of %3 to %2 (%4)."))
                 .arg(name, path, file, counts)
          << Qt::endl;
    return Success;
}

} // namespace NorthStar::Cli
