#pragma once

// Reading what imports stored in a workspace (issue #3, section 6).
//
// Stored per workspace, enough to recompute every METRICS.md metric under another
// reporting timezone or week start without the original files:
// - the raw events: source, UTC instant (ms), user id and event name interned as integers,
//   value or none; in columnar chunks (eventchunk.h);
// - users (external key), event names, user attributes (the latest imported value wins);
// - the per-user daily rollup (ActivityData) in the reporting timezone, as a few BLOBs
//   (activitycodec.h), so loading it for 5M events / 50k users takes tens of milliseconds;
// - the import history: file, content hash, rows, range, date.
//
// The importer is in importer.h.

#include "common/result.h"
#include "activity/activity.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace NorthStar {

namespace Sqlite {
class Database;
}

struct ImportRecord final
{
    qint64 id = 0;
    QString source;
    QString file;
    qint64 fileSize = 0;
    QString contentHash;
    QString importedAt;   // ISO 8601 UTC
    bool append = false;
    qint64 imported = 0;
    qint64 rejected = 0;
    qint64 replaced = 0;
    qint64 users = 0;
    std::optional<qint64> firstMs, lastMs;
    QString timeFormat;
    QString timeZone;
};

struct SourceInfo final
{
    QString name;
    qint64 events = 0;    // for a rollup source, the events its rows count
    std::optional<qint64> firstMs, lastMs;
    QString kind = QStringLiteral("events"); // or "rollup" (issue #12)
};

struct WorkspaceInfo final
{
    qint64 events = 0;
    qint64 users = 0;      // users with at least one stored event
    std::optional<qint64> firstMs, lastMs;
    QString reportingTimeZone;
    QStringList eventNames;
    QList<SourceInfo> sources;
    QList<ImportRecord> imports; // oldest first

    QJsonObject toJson() const;
};

namespace EventStore {

// The rollup for the metrics engine, with user keys, event names and attributes, in
// `timeZone` (an IANA id): the stored rollup when it was built in that zone, else one rebuilt
// in memory from the stored events (the setting changed and rebuildActivity() was not called
// yet, or analysis asks for another zone). An empty workspace gives empty data. The file is
// opened with WorkspaceFile::openForReading (header checks, no integrity scan).
Result<ActivityData> loadActivity(const QString &workspacePath, const QString &timeZone);
// The same in the workspace's reporting timezone (the `timezone` setting).
Result<ActivityData> loadActivity(const QString &workspacePath);
// The same on an open workspace of the current schema version.
Result<ActivityData> loadActivity(Sqlite::Database &database);

// Rebuilds and stores the rollup in `timeZone` (an IANA id), for when the reporting
// timezone changes. Runs in the caller's transaction when one is open, else in its own.
Result<void> rebuildActivity(Sqlite::Database &database, const QString &timeZone);

// The `timezone` setting as the file holds it ("UTC" when unset), and the zone its stored
// daily rollups were made in (nothing without rollups): one small query each, for the
// window's settings and after an import, where info() would read the whole rollup.
Result<QString> reportingTimeZone(const QString &workspacePath);
Result<std::optional<QString>> rollupTimeZone(const QString &workspacePath);

// Counts, range, sources and import history, for `northstar info`.
Result<WorkspaceInfo> info(const QString &workspacePath);

} // namespace EventStore
} // namespace NorthStar
