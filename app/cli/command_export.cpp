// `northstar export WORKSPACE --image OUT.png|OUT.svg|OUT.pdf [--tree NAME]`: one tree as a
// slide image, for weekly decks built by scripts. Uses the same painter as the canvas, and
// the cards carry the same live numbers as the window's export (the workspace's grain,
// week start, timezone and segment settings).

#include "analysis/analysisrequest.h"
#include "analysis/workspacemetrics.h"
#include "cli/cli.h"
#include "model/treeversion.h"
#include "render/treeexporter.h"
#include "render/treenumbers.h"

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

QString suffixList()
{
    QStringList suffixes;
    for (const QString &s : exportSuffixes())
        suffixes.append(u'.' + s);
    return suffixes.join(u", "_s);
}

} // namespace

int runExport(const QStringList &arguments)
{
    const QString command = u"export"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Export one tree of a workspace as an image for slides: PNG, SVG or PDF, chosen by the "
           "file name's suffix."));
    const QCommandLineOption imageOption(u"image"_s, Text::tr("The image file to write (.png, .svg or .pdf)."),
                                         u"OUT"_s);
    const QCommandLineOption treeOption(u"tree"_s, Text::tr("Export the tree NAME (default: the first tree)."),
                                        u"NAME"_s);
    const QCommandLineOption versionOption(
        u"version"_s, Text::tr("Export the tree's saved version NAME (see 'northstar versions')."), u"NAME"_s);
    parser.addOption(imageOption);
    parser.addOption(treeOption);
    parser.addOption(versionOption);
    parser.addPositionalArgument(u"workspace"_s, Text::tr("The workspace file (*.northstar)."), u"WORKSPACE"_s);
    QString path;
    if (const auto done = parseWorkspaceArguments(parser, command, arguments,
                                                  Text::tr("Missing the WORKSPACE file to export from."), path))
        return *done;
    if (!parser.isSet(imageOption))
        return error(command, Text::tr("Missing --image OUT: the file to write (%1).").arg(suffixList()), Usage);
    const QString image = parser.value(imageOption);
    const QString suffix = QFileInfo(image).suffix().toLower();
    if (!exportSuffixes().contains(suffix)) {
        return error(command,
                     Text::tr("Cannot export to \"%1\": the file name must end in %2.").arg(image, suffixList()),
                     Usage);
    }

    if (sameFile(image, path)) {
        return error(command, Text::tr("The image \"%1\" would overwrite the workspace it is made from; "
                                       "choose another file name.")
                                  .arg(image),
                     Usage);
    }
    WorkspaceData workspace;
    Tree tree;
    if (const auto done = readTree(command, path, parser, treeOption,
                                   Text::tr("%1 has no tree to export.").arg(path), workspace, tree))
        return *done;
    QString message = Text::tr("Exported the tree \"%1\" to %2.").arg(tree.name, image);
    Id treeId = tree.id;
    if (parser.isSet(versionOption)) {
        // The version's tree in a scratch workspace, with the workspace's settings (grain,
        // week start, timezone) for its numbers.
        const auto version = versionNamed(workspace, tree, parser.value(versionOption));
        if (!version)
            return error(command, version.error(), Usage);
        auto content = TreeVersions::content(*version);
        if (!content)
            return error(command, content.error());
        content->settings = workspace.settings;
        treeId = TreeVersions::treeOf(*content);
        message = Text::tr("Exported the version \"%1\" of the tree \"%2\" to %3.").arg(version->name, tree.name, image);
        workspace = std::move(*content);
    }
    const auto request = AnalysisRequest::fromSettings(workspace);
    if (!request)
        return error(command, request.error());
    const WorkspaceMetrics metrics(path, workspace);
    const NodeNumbers numbers = computeTreeNumbers(metrics, treeId, *request);
    if (const auto written = exportTree(workspace, treeId, image, numbers); !written)
        return error(command, written.error());
    out() << message << Qt::endl;
    return Success;
}

} // namespace NorthStar::Cli
