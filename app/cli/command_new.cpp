// `northstar new WORKSPACE [--template KEY|FILE.json]`: a new workspace file with one tree,
// either a blank North Star, one of the bundled templates or the tree of a tree file. Never
// overwrites an existing file.

#include "cli/cli.h"
#include "model/document.h"
#include "model/edits.h"
#include "storage/workspacefile.h"
#include "workshop/templates.h"
#include "workshop/treefile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace NorthStar::Cli {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Cli)
};

// Template keys are plain words; a value with a folder or a .json suffix is a tree file.
bool isTreeFile(const QString &value)
{
    return value.contains(u'/') || value.endsWith(u'.' + TreeFile::suffix, Qt::CaseInsensitive);
}

// The workspace a tree file starts: its tree added as a template is, with fresh ids.
Result<WorkspaceData> fromTreeFile(const QString &file)
{
    auto fragment = TreeFile::read(file);
    if (!fragment)
        return fail(fragment.error());
    Document doc;
    Edit::addTree(doc, *fragment, TreeFile::treeName(*fragment, file));
    return doc.data();
}

} // namespace

int runNew(const QStringList &arguments)
{
    const QString command = u"new"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Create a workspace file with one tree: a blank North Star, a template "
           "(see 'northstar templates') or the tree of a tree file (see 'northstar tree export'). "
           "An existing file is never overwritten."));
    const QCommandLineOption templateOption(
        u"template"_s, Text::tr("Start from the template KEY, or from the tree file FILE.json."), u"KEY|FILE.json"_s);
    parser.addOption(templateOption);
    parser.addPositionalArgument(u"workspace"_s, Text::tr("The workspace file to create (*.northstar)."),
                                 u"WORKSPACE"_s);
    QString path;
    if (const auto done = parseWorkspaceArguments(parser, command, arguments,
                                                  Text::tr("Missing the WORKSPACE file to create."), path))
        return *done;

    const QString templateKey = parser.value(templateOption);
    const bool treeFile = isTreeFile(templateKey);
    if (parser.isSet(templateOption) && !treeFile && !Templates::keys().contains(templateKey)) {
        return error(command,
                     Text::tr("Unknown template \"%1\". Templates: %2.")
                         .arg(templateKey, Templates::keys().join(u", "_s)),
                     Usage);
    }
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink()) {
        return error(command, Text::tr("%1 already exists; it was left unchanged. Choose another file name, "
                                 "or delete the file first.")
                                  .arg(path));
    }

    WorkspaceData data;
    if (parser.isSet(templateOption)) {
        auto loaded = treeFile ? fromTreeFile(templateKey) : Templates::load(templateKey);
        if (!loaded)
            return error(command, loaded.error());
        data = std::move(loaded).value();
    } else {
        const QString name = info.completeBaseName();
        data = Templates::emptyWorkspace(name.isEmpty() ? Text::tr("North Star") : name);
    }

    // Built beside its name and renamed into place when complete: a failed or killed `new`
    // leaves nothing the next attempt trips over.
    if (const auto written = WorkspaceFile::write(path, data); !written)
        return error(command, written.error());
    const Tree &tree = data.trees.first();
    out() << Text::tr("Created %1 with the tree \"%2\".").arg(path, tree.name) << Qt::endl;
    return Success;
}

} // namespace NorthStar::Cli
