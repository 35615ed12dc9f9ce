#include "demo/demoworkspace.h"

#include "demo/demoevents.h"
#include "eventstore/eventimport.h"

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
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

// The resource object file is linked through a static library; referencing its initialiser
// keeps the linker from dropping it.
static void initDemoResources()
{
    Q_INIT_RESOURCE(demo_content);
}

namespace NorthStar::DemoWorkspace {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::DemoWorkspace)
};

Result<WorkspaceData> demoTree()
{
    initDemoResources();
    QFile file(u":/demo/demo-tree.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Text::tr("The demo tree is missing from this build."));
    return fragmentFromJson(QJsonDocument::fromJson(file.readAll()).object());
}

// Raised whenever the demo tree or its data change, so a demo made by an older version is
// made again (version 2: numeric targets, impacts and the guardrail's bound).
constexpr int demoVersion = 2;
const QString versionSetting = u"demo-version"_s;

// "Lingo demo (before update).northstar", numbered when that name is taken too.
QString asideName(const QString &path)
{
    const QFileInfo info(path);
    for (int n = 1; n < 1000; ++n) {
        const QString suffix = n == 1 ? Text::tr(" (before update)") : Text::tr(" (before update %1)").arg(n);
        const QString candidate = info.dir().filePath(info.completeBaseName() + suffix + u'.' + info.suffix());
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
    return {};
}

} // namespace

int currentVersion()
{
    return demoVersion;
}

int versionOf(const QString &path)
{
    const auto data = WorkspaceFile::read(path);
    return data ? data->setting(versionSetting).toInt() : 0;
}

QString defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/demo"_s;
    return dir + u"/Lingo demo.northstar"_s;
}

Result<void> create(const QString &path, const ImportControl &control)
{
    auto fragment = demoTree();
    if (!fragment)
        return fail(fragment.error());
    Document document;
    Edit::addTree(document, *fragment, fragment->treesInOrder().value(0).name);
    // The demo team sits in Berlin: its weeks and days are Berlin's, DST included.
    Edit::setSetting(document, u"timezone"_s, u"Europe/Berlin"_s);
    Edit::setSetting(document, versionSetting, QString::number(demoVersion));

    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(Text::tr("Cannot create a temporary folder for the demo: %1").arg(scratch.errorString()));
    // Built beside its name and renamed into place whole (never copied across file
    // systems), so a cancelled demo or a full disk leaves nothing under the name.
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(Text::tr("Cannot write the demo workspace to %1.").arg(path));
    const QString partial = path + u".partial"_s;
    WorkspaceFile::discard(partial);
    const auto failed = [&](const QString &message) -> Result<void> {
        WorkspaceFile::discard(partial);
        return fail(message);
    };
    if (auto r = WorkspaceFile::write(partial, document.data()); !r)
        return failed(r.error());
    const QString csv = scratch.filePath(u"lingo-events.csv"_s);
    if (auto rows = DemoEvents::write(csv); !rows)
        return failed(rows.error());
    ImportRequest request;
    request.file = csv;
    // The CSV lives in a temporary folder that is gone once the demo is written: the history
    // names the data instead. Stored in the file, like the source name, so not translated.
    request.displayName = u"demo events"_s;
    request.source = u"app-events"_s;
    request.timeFormat = u"iso"_s;
    request.userColumn = u"user_id"_s;
    request.timeColumn = u"timestamp"_s;
    request.eventColumn = u"event"_s;
    request.valueColumn = u"value"_s;
    request.attributeColumns = {u"country"_s, u"plan"_s};
    if (auto imported = EventImport::run(partial, request, control); !imported)
        return failed(imported.error());
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
        return failed(Text::tr("Cannot write the demo workspace to %1: %2.")
                          .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    return {};
}

bool isCurrent()
{
    return QFileInfo::exists(defaultPath()) && versionOf(defaultPath()) >= demoVersion;
}

Result<QString> ensure(const ImportControl &control)
{
    const QString path = defaultPath();
    if (QFileInfo::exists(path)) {
        if (versionOf(path) >= demoVersion)
            return path;
        // Made by an older demo: the team may have worked in it, so it is kept, renamed.
        const QString aside = asideName(path);
        if (aside.isEmpty() || !QFile::rename(path, aside))
            return fail(Text::tr("Cannot make room for the new demo: %1 cannot be renamed.").arg(path));
    }
    if (auto r = create(path, control); !r)
        return fail(r.error());
    return path;
}

} // namespace NorthStar::DemoWorkspace
