#include "analysis/workspacereader.h"

#include "eventstore/eventstore.h"
#include "activity/activitybuilder.h"
#include "model/workspacedata.h"
#include "storage/modeltables.h"
#include "storage/schema.h"
#include "storage/workspacefile.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace NorthStar::WorkspaceReader {

namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(Analysis)
};

} // namespace

Result<ActivityData> loadActivity(const QString &workspacePath, const QString &timeZone)
{
    // Checked first so that a wrong --timezone is reported even when nothing is imported.
    if (auto zone = ActivityBuilder::forTimeZone(timeZone); !zone)
        return fail(zone.error());
    return EventStore::loadActivity(workspacePath, timeZone);
}

Result<QMap<QString, QString>> readSettings(const QString &workspacePath)
{
    auto workspace = WorkspaceFile::openForReading(workspacePath);
    if (!workspace)
        return fail(workspace.error());
    const auto cannotRead = [&](const QString &detail) {
        return fail(Text::tr("Cannot read the settings of %1: %2").arg(QFileInfo(workspacePath).fileName(), detail));
    };
    auto q = workspace->database.prepare("SELECT key, value FROM settings");
    if (!q)
        return cannotRead(q.error());
    QMap<QString, QString> settings;
    for (;;) {
        auto row = q->step();
        if (!row)
            return cannotRead(row.error());
        if (!*row)
            break;
        settings.insert(q->text(0), q->text(1));
    }
    return settings;
}

Result<WorkspaceData> readModel(const QString &workspacePath)
{
    auto workspace = WorkspaceFile::openForReading(workspacePath);
    if (!workspace)
        return fail(workspace.error());
    if (workspace->version < Schema::currentVersion) {
        workspace->database = {}; // closed before WorkspaceFile::read migrates the file
        return WorkspaceFile::read(workspacePath);
    }
    return ModelTables::read(workspace->database);
}

} // namespace NorthStar::WorkspaceReader
