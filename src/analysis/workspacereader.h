#pragma once

// Fast reads of a workspace file for analysis: the imported data in any reporting timezone,
// the settings, the model.
//
// EventStore::loadActivity() serves the rollup in the workspace's own `timezone` setting.
// Analysis also needs it in a timezone that is not (yet) the stored one: the window after
// the setting changed but before the file was saved, `northstar metrics --timezone`. When
// the stored rollup is in the requested timezone it is decoded (tens of ms for 5M events);
// otherwise the rollup is rebuilt in memory from the stored raw events (seconds for 5M).
//
// Files are opened with WorkspaceFile::openForReading, read-only, without an integrity scan
// (WorkspaceFile::validate reads every page: seconds on a large file), so that
// `northstar metrics` starts in milliseconds; the header checks still refuse files that are
// not workspaces or come from a newer version. The rollup comes from EventStore::loadActivity.

#include "common/result.h"
#include "activity/activity.h"

#include <QMap>
#include <QString>

namespace NorthStar {

class WorkspaceData;

namespace WorkspaceReader {

// `timeZone` is an IANA id; an unknown one is an error saying how to fix it. A workspace
// without imported data gives empty data (ActivityData::isEmpty()).
Result<ActivityData> loadActivity(const QString &workspacePath, const QString &timeZone);

// The workspace settings (key -> value), e.g. `timezone`.
Result<QMap<QString, QString>> readSettings(const QString &workspacePath);

// Trees, catalog and settings. A file of an older schema goes through WorkspaceFile::read
// (which migrates it); a current one is read without the integrity scan.
Result<WorkspaceData> readModel(const QString &workspacePath);

} // namespace WorkspaceReader
} // namespace NorthStar
