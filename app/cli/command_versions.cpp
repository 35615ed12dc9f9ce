// `northstar versions WORKSPACE [--tree NAME] [--save NAME]`: a tree's saved versions
// (docs/versions.md), listed with when they were saved and how many items they hold, or the
// tree saved as a new one.

#include "cli/cli.h"
#include "model/document.h"
#include "model/edits.h"
#include "model/treeversion.h"
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

QString nodeCount(const TreeVersion &version)
{
    const auto content = TreeVersions::content(version);
    if (!content)
        return Text::tr("cannot be read");
    return Text::tr("%1 nodes").arg(content->nodes.size());
}

int list(const WorkspaceData &data, const Tree &tree)
{
    const QList<TreeVersion> versions = data.versionsOfTree(tree.id);
    if (versions.isEmpty()) {
        out() << Text::tr("The tree \"%1\" has no saved versions yet; save one with --save NAME.").arg(tree.name)
              << Qt::endl;
        return Success;
    }
    qsizetype width = 0;
    for (const TreeVersion &v : versions)
        width = std::max(width, v.name.size());
    for (const TreeVersion &v : versions) {
        const QString saved = v.saved.isValid() ? v.saved.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s)
                                                : Text::tr("unknown date");
        out() << v.name.leftJustified(width) << "  " << saved << "  " << nodeCount(v) << '\n';
    }
    return finishOutput(Success);
}

} // namespace

int runVersions(const QStringList &arguments)
{
    const QString command = u"versions"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("List the saved versions of a tree (name, when it was saved, how many items it holds), or "
                 "save the tree as it is now as a version with --save. 'northstar diff' compares versions, "
                 "'northstar export --version' exports one."));
    const QCommandLineOption treeOption(u"tree"_s, Text::tr("The tree NAME (default: the first tree)."), u"NAME"_s);
    const QCommandLineOption saveOption(u"save"_s, Text::tr("Save the tree as the version NAME."), u"NAME"_s);
    parser.addOption(treeOption);
    parser.addOption(saveOption);
    parser.addPositionalArgument(u"workspace"_s, Text::tr("The workspace file (*.northstar)."), u"WORKSPACE"_s);
    QString path;
    if (const auto done = parseWorkspaceArguments(parser, command, arguments,
                                                  Text::tr("Missing the WORKSPACE file."), path))
        return *done;
    WorkspaceData workspace;
    Tree tree;
    if (const auto done = readTree(command, path, parser, treeOption, Text::tr("%1 has no tree.").arg(path),
                                   workspace, tree))
        return *done;
    if (!parser.isSet(saveOption))
        return list(workspace, tree);

    Document doc;
    doc.load(workspace, path);
    const auto saved = Edit::saveVersion(doc, tree.id, parser.value(saveOption));
    if (!saved)
        return error(command, saved.error() + u' ' + Text::tr("%1 was left unchanged.").arg(path));
    if (const auto written = WorkspaceFile::write(path, doc.data()); !written)
        return error(command, written.error());
    const TreeVersion &version = doc.data().versions.value(*saved);
    out() << Text::tr("Saved the tree \"%1\" as the version \"%2\" (%3).").arg(tree.name, version.name, nodeCount(version))
          << Qt::endl;
    return Success;
}

} // namespace NorthStar::Cli
