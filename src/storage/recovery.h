#pragma once

// Autosave with recovery: while a workspace has unsaved edits, its model is written every few
// seconds to a recovery file of its own (never to the workspace itself). After a crash or a
// kill, the next start finds the recovery file and offers the edits back.

#include "common/result.h"
#include "model/workspacedata.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace NorthStar::Recovery {

struct Entry final
{
    QString recoveryPath;
    QString originalPath;  // empty for a workspace that was never saved
    QDateTime savedAt;
};

// Where recovery files live: $NORTHSTAR_RECOVERY_DIR when set (tests), else the app's
// local data folder.
QString directory();

// The recovery file of a saved workspace, or of an untitled one identified by `untitledKey`.
QString pathFor(const QString &workspacePath, const QString &untitledKey);

// Replaces the recovery file atomically.
Result<void> write(const QString &recoveryPath, const WorkspaceData &data,
                   const QString &originalPath);
Result<WorkspaceData> read(const QString &recoveryPath);

QList<Entry> list();
std::optional<Entry> findFor(const QString &workspacePath);
void discard(const QString &recoveryPath);

} // namespace NorthStar::Recovery
