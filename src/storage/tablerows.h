#pragma once

// Reading and writing model rows: what modeltables.cpp and workshoptables.cpp share.

#include "common/result.h"
#include "model/types.h"
#include "sqlite/database.h"

#include <QString>

#include <functional>
#include <optional>

namespace NorthStar::ModelTables::Rows {

// Id 0 means "none"; the column holds NULL then.
Sqlite::Statement &bindIdOrNull(Sqlite::Statement &q, int index, Id id);

QString cannotRead(const QString &detail);

// Calls `row` for every row of `sql`; stops at the first error, the query's or the row's.
Result<void> forEachRow(Sqlite::Database &db, const char *sql,
                        const std::function<Result<void>(const Sqlite::Statement &)> &row);

// Unknown keys (from a hand-edited file) fall back to the default rather than failing the
// whole file: the rest of the workshop is still worth opening.
template<typename Enum>
Enum keyOr(std::optional<Enum> (*parse)(const QString &), const QString &value, Enum fallback)
{
    return parse(value).value_or(fallback);
}

} // namespace NorthStar::ModelTables::Rows
