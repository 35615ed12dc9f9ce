#pragma once

// Runs the rollup query on ClickHouse over its HTTP interface (FORMAT CSVWithNames) and
// writes the body into the file as it arrives: memory holds one network read at a time.

#include "pull/pullrequest.h"
#include "pull/rollupfile.h"

namespace NorthStar::Pull {

// Returns the rows written. A message naming what failed: the connection, the credentials,
// the query on the server (its exception), the link lost mid-way.
Result<qint64> fetchFromClickHouse(const PullRequest &request, const QString &sql, RollupFile &out,
                                   const PullControl &control);

} // namespace NorthStar::Pull
