// `northstar export WORKSPACE --image OUT.png|OUT.svg|OUT.pdf [--tree NAME]`: one tree as a
// slide image, for weekly decks built by scripts. Uses the same painter as the canvas.

#include "cli/cli.h"
#include "render/treeexporter.h"
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
    parser.addHelpOption();
    const QCommandLineOption imageOption(u"image"_s, Text::tr("The image file to write (.png, .svg or .pdf)."),
                                         u"OUT"_s);
    const QCommandLineOption treeOption(u"tree"_s, Text::tr("Export the tree NAME (default: the first tree)."),
                                        u"NAME"_s);
    parser.addOption(imageOption);
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
        return error(command, Text::tr("Missing the WORKSPACE file to export from."), Usage);
    if (positional.size() > 1)
        return error(command, Text::tr("Unexpected argument \"%1\": give one WORKSPACE file.").arg(positional.at(1)),
                     Usage);
    if (!parser.isSet(imageOption))
        return error(command, Text::tr("Missing --image OUT: the file to write (%1).").arg(suffixList()), Usage);
    const QString image = parser.value(imageOption);
    const QString suffix = QFileInfo(image).suffix().toLower();
    if (!exportSuffixes().contains(suffix)) {
        return error(command,
                     Text::tr("Cannot export to \"%1\": the file name must end in %2.").arg(image, suffixList()),
                     Usage);
    }

    const QString path = positional.constFirst();
    const auto data = WorkspaceFile::read(path);
    if (!data)
        return error(command, data.error());
    const QList<Tree> trees = data->treesInOrder();
    if (trees.isEmpty())
        return error(command, Text::tr("%1 has no tree to export.").arg(path));
    Tree tree = trees.constFirst();
    if (parser.isSet(treeOption)) {
        const Tree *named = data->treeNamed(parser.value(treeOption));
        if (!named) {
            return error(command,
                         Text::tr("%1 has no tree \"%2\". Trees: %3.")
                             .arg(path, parser.value(treeOption), treeNames(*data)),
                         Usage);
        }
        tree = *named;
    }
    if (const auto exported = exportTree(*data, tree.id, image); !exported)
        return error(command, exported.error());
    out() << Text::tr("Exported the tree \"%1\" to %2.").arg(tree.name, image) << Qt::endl;
    return Success;
}

} // namespace NorthStar::Cli
