#pragma once

// The model's rows in a workspace file: trees, nodes, edges, candidates, the metric catalog,
// annotations, review notes, tree versions, workshops and settings, at the current schema version. Callers own the
// transaction.

#include "common/result.h"
#include "model/workspacedata.h"

namespace NorthStar {

namespace Sqlite {
class Database;
}

namespace ModelTables {

Result<WorkspaceData> read(Sqlite::Database &database);
// Replaces all model rows with `data`.
Result<void> replace(Sqlite::Database &database, const WorkspaceData &data);

// The workshop tables (workshoptables.cpp): workshops with their steps, votes, the parking lot.
Result<void> readWorkshops(Sqlite::Database &database, WorkspaceData &data);
Result<void> replaceWorkshops(Sqlite::Database &database, const WorkspaceData &data);

} // namespace ModelTables
} // namespace NorthStar
