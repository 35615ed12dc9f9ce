#pragma once

// The workspace file's schema: SQLite as the application file format. PRAGMA application_id
// marks a file as ours, PRAGMA user_version is the schema version; migrate() brings an older
// file up to date in one transaction (qBittorrent's approach, with Sqlite::migrate()).

#include "common/result.h"

namespace NorthStar {

namespace Sqlite {
class Database;
}

namespace Schema {

// 'NSTR': tells a workspace from any other SQLite file.
inline constexpr int applicationId = 0x4e535452;
inline constexpr int currentVersion = 6;

// Creates the tables of a new, empty file at the current version.
Result<void> create(Sqlite::Database &database);
// Upgrades a file of an older version (its user_version); the caller has checked it is ours.
Result<void> migrate(Sqlite::Database &database);

// Version 1: the trees and the metric catalog. Version 2: imported usage data. Version 3:
// the weekly review's fields (numeric targets, guardrail bounds, numeric impacts) and its
// tables (annotations, review notes). Version 4: saved versions of trees. Version 5: workshops (agenda,
// votes, parking lot) and confidence on links and work items. Version 6: daily rollups
// imported from a warehouse (rollup_chunks, sources.kind). Released steps never change: tests build old files
// with them.
QString modelTablesV1();
QString eventTablesV2();
QString reviewTablesV3();
// The data part of step 3: moves each metric's free-text target into the numeric columns
// (or into its notes) and drops the text column. Runs after reviewTablesV3().
Result<void> migrateTargetsV3(Sqlite::Database &database);
QString versionTablesV4();
QString workshopTablesV5();
QString rollupTablesV6();

} // namespace Schema
} // namespace NorthStar
