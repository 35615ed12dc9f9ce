#pragma once

// Schema migrations as qBittorrent does them: PRAGMA user_version is the schema version, and
// one function per version turns a file of version N-1 into version N. All steps from the
// file's version to the target run in one transaction with the new user_version, so a
// failing step leaves the file exactly as it was.

#include "common/result.h"

#include <functional>

namespace NorthStar::Sqlite {

class Database;

// Applies the changes that make a version `toVersion - 1` file a version `toVersion` one;
// its message should say what failed (the runner adds nothing but a failed rollback).
using MigrationStep = std::function<Result<void>(Database &database, int toVersion)>;

// The file's PRAGMA user_version (0 for a new file).
Result<int> userVersion(Database &database);

// Runs `step` for every version after the file's up to `targetVersion`, then sets
// user_version to `targetVersion`, in one transaction. A file already at the target is left
// alone; a newer one is refused.
Result<void> migrate(Database &database, int targetVersion, const MigrationStep &step);

} // namespace NorthStar::Sqlite
