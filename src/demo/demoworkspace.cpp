#include "demo/demoworkspace.h"

#include "model/document.h"
#include "model/edits.h"
#include "model/fragmentjson.h"
#include "storage/workspacefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace NorthStar::DemoWorkspace {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NorthStar::DemoWorkspace", text);
}

Result<WorkspaceData> demoTree()
{
    QFile file(u":/demo/demo-tree.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The demo tree is missing from this build."));
    return fragmentFromJson(QJsonDocument::fromJson(file.readAll()).object());
}

} // namespace

QString defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/demo"_s;
    return dir + u"/Lingo demo.northstar"_s;
}

Result<void> create(const QString &path)
{
    auto fragment = demoTree();
    if (!fragment)
        return fail(fragment.error());
    Document document;
    Edit::addTree(document, *fragment, fragment->treesInOrder().value(0).name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Built beside the target and moved in whole, like every save.
    return WorkspaceFile::saveCopy({}, path, document.data());
}

Result<QString> ensure()
{
    const QString path = defaultPath();
    if (!QFileInfo::exists(path)) {
        if (auto r = create(path); !r)
            return fail(r.error());
    }
    return path;
}

} // namespace NorthStar::DemoWorkspace
