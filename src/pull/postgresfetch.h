#pragma once

// Runs the rollup query on PostgreSQL through Qt's driver, inside a read-only transaction
// with a server-side cursor fetched a batch at a time: neither libpq nor we hold more than
// one batch, whatever the result's size.

#include "pull/pullrequest.h"
#include "pull/rollupfile.h"

namespace NorthStar::Pull {

// Writes the header and every row into `out`; returns the rows. A message naming what
// failed (connection, credentials, the query on the server, the link lost mid-way).
Result<qint64> fetchFromPostgres(const PullRequest &request, const QString &sql, RollupFile &out,
                                 const PullControl &control);

} // namespace NorthStar::Pull
