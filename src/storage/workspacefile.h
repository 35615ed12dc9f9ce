#pragma once

// Reading and writing the model part of a workspace file (*.northstar). Bad files (not
// SQLite, not a workspace, truncated, corrupt, from a newer version) are refused with a
// message a person can act on, and are never modified: every check runs on a read-only
// connection before anything writes.

#include "common/result.h"
#include "model/workspacedata.h"
#include "sqlite/database.h"

#include <QString>

namespace NorthStar::WorkspaceFile {

inline constexpr QLatin1StringView suffix{"northstar"};

// Checks that `path` is a readable workspace this version can open. Returns its schema
// version (older ones are migrated when opened for writing).
Result<int> validate(const QString &path);

// Reads the trees, catalog and settings. Migrates an older (valid) file first.
Result<WorkspaceData> read(const QString &path);

// Writes the trees, catalog and settings in one transaction; creates the file with the
// current schema when it does not exist (built beside it and renamed into place when
// complete). Imported data already in the file is kept.
Result<void> write(const QString &path, const WorkspaceData &data);

// Save As: copies everything the file at `from` holds (imported data included) to `to`,
// replacing `to`, then writes `data` there. An empty `from` (an untitled workspace) makes a
// fresh file. The target is replaced only once the copy is complete.
Result<void> saveCopy(const QString &from, const QString &to, const WorkspaceData &data);

// Removes a workspace file that was being built, with the journal files SQLite keeps
// beside it (FILE-journal, -wal, -shm).
void discard(const QString &path);

// Creates an empty workspace file at the current schema version (nothing to replace).
Result<void> create(const QString &path);

// A write that was cut off (kill -9, a full disk, a crash) leaves a hot rollback journal
// (FILE-journal) beside the file. The workspace is intact, as it was before that write, but
// only a connection that may write can roll the journal back: until then every read-only
// open calls the file unreadable. Rolls it back; true when there was one (say so to the
// user). A journal that another program is still writing is left alone. validate() and
// openForReading() call this first.
Result<bool> recoverInterruptedWrite(const QString &path);

// A workspace opened read-only for a quick read (`northstar info`, `metrics`, the loaders of
// the event store): the header is checked (an SQLite file, our application id, a schema
// version this build reads) but there is no integrity scan, which reads every page and takes
// seconds on a large file. `version` may be older than current: nothing is migrated.
struct ReadableWorkspace final
{
    Sqlite::Database database;
    int version = 0;
};
Result<ReadableWorkspace> openForReading(const QString &path);

} // namespace NorthStar::WorkspaceFile
