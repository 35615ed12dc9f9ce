// `northstar export WORKSPACE --image OUT.png|OUT.svg|OUT.pdf [--tree NAME]`: one tree as a
// slide image, for weekly decks built by scripts. Uses the same painter as the canvas, and
// the cards carry the same live numbers as the window's export (the workspace's grain,
// week start, timezone and segment settings).

#include "analysis/analysisrequest.h"
#include "analysis/workspacemetrics.h"
#include "cli/cli.h"
#include "render/treeexporter.h"
#include "render/treenumbers.h"
#include "storage/workspacefile.h"

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
    parser.addOption(imageOption);
    parser.addOption(treeOption);
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
    const auto data = WorkspaceFile::read(path);
    if (!data)
        return error(command, data.error());
    Tree tree;
    if (const auto done = chooseTree(command, *data, path, parser, treeOption,
                                     Text::tr("%1 has no tree to export.").arg(path), tree))
        return *done;
    const auto request = AnalysisRequest::fromSettings(*data);
    if (!request)
        return error(command, request.error());
    const WorkspaceMetrics metrics(path, *data);
    const NodeNumbers numbers = computeTreeNumbers(metrics, tree.id, *request);
    if (const auto exported = exportTree(*data, tree.id, image, numbers); !exported)
        return error(command, exported.error());
    out() << Text::tr("Exported the tree \"%1\" to %2.").arg(tree.name, image) << Qt::endl;
    return Success;
}

} // namespace NorthStar::Cli
