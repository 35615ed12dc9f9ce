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
inline constexpr int currentVersion = 1;

// Creates the tables of a new, empty file at the current version.
Result<void> create(SqliteConnection &connection);
// Upgrades a file of an older version; the caller has checked it is ours and not newer.
Result<void> migrate(SqliteConnection &connection, int fromVersion);

// The statements of one version step: the model's tables and the event store's.
QString modelTablesV1();
QString eventTablesV1();

} // namespace Schema
} // namespace NorthStar
