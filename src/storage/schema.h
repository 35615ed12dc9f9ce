#pragma once

// The workspace file's schema: SQLite as the application file format. PRAGMA application_id
// marks a file as ours, PRAGMA user_version is the schema version; migrate() brings an older
// file up to date in one transaction (qBittorrent's approach).

#include "common/result.h"

namespace NorthStar {

class SqliteConnection;

namespace Schema {

// 'NSTR': tells a workspace from any other SQLite file.
inline constexpr int applicationId = 0x4e535452;
inline constexpr int currentVersion = 2;

// Creates the tables of a new, empty file at the current version.
Result<void> create(SqliteConnection &connection);
// Upgrades a file of an older version; the caller has checked it is ours and not newer.
Result<void> migrate(SqliteConnection &connection, int fromVersion);

// Version 1: the trees and the metric catalog. Version 2: imported usage data.
QString modelTablesV1();
QString eventTablesV2();

} // namespace Schema
} // namespace NorthStar
