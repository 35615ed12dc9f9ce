#pragma once

// Inside the sqlite module only: turning SQLite's return codes into messages, and running a
// script. Other modules use Database, Statement, Transaction and migrate().

#include "common/result.h"

#include <QString>

#include <string_view>

struct sqlite3;

namespace NorthStar::Sqlite::Detail {

// The message for return code `rc` of the last call on `db`: SQLite's own text, and for a
// busy, locked or read-only file one that names the file and says what to do.
QString errorMessage(sqlite3 *db, int rc);

// Prepares and steps each statement of a UTF-8 script in turn, stopping at the first error.
Result<void> execScript(sqlite3 *db, std::string_view sql);

} // namespace NorthStar::Sqlite::Detail
