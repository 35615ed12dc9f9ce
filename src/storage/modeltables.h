#pragma once

// The model's rows in a workspace file: trees, nodes, edges, candidates, the metric catalog
// and settings. Callers own the transaction.

#include "common/result.h"
#include "model/workspacedata.h"

namespace NorthStar {

class SqliteConnection;

namespace ModelTables {

Result<WorkspaceData> read(SqliteConnection &connection);
// Replaces all model rows with `data`.
Result<void> replace(SqliteConnection &connection, const WorkspaceData &data);

} // namespace ModelTables
} // namespace NorthStar
