#pragma once

// Importing a daily rollup built in a warehouse (issue #12, docs/warehouse.md): the half of
// EventImport::run and validate() for ImportRequest::rollup. Internal to the event store;
// callers use eventimport.h, whose contract (one transaction, idempotent, overlaps of the
// same source replaced, cancel within a few thousand rows) holds here too. Beyond it:
// - request.timeZone names the zone the rollup's dates were made in; it must be the
//   workspace's reporting timezone, which a workspace without any data takes from it;
// - a source holds rollups or raw events, never both, and a rollup must not cover days
//   on which raw events are stored (nor raw events days a rollup covers).

#include "common/result.h"
#include "eventstore/importtypes.h"
#include "sqlite/database.h"

namespace NorthStar::RollupImport {

Result<ImportSummary> importInto(Sqlite::Database &db, const ImportRequest &request, const ImportControl &control);
// `workspace` may be null (no workspace yet).
Result<ImportSummary> validate(const ImportRequest &request, const ImportControl &control, Sqlite::Database *workspace);

} // namespace NorthStar::RollupImport
