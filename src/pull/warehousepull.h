#pragma once

// `northstar pull` and File ▸ Pull from Warehouse (issue #12 §3): the rollup query of
// src/warehouse run on the server, its rows streamed into a file beside the workspace, and
// that file imported as a rollup (eventimport.h: one transaction, overlaps of the source
// replaced by date, the same checks as any rollup). The connection is saved with the data,
// in the same transaction, without its password.
//
// Incremental: without query.since, a source pulled before continues from its last date
// (pulled again: that day may not have been over). Any failure (connection, credentials,
// the query on the server, the link lost mid-way, a cancel) leaves the workspace as it was.

#include "pull/pullrequest.h"
#include "pull/savedpull.h"

namespace NorthStar::Pull {

// The workspace is created when missing. Runs on the calling thread (the window runs it on
// a worker: it blocks for as long as the server takes).
Result<PullSummary> run(const QString &workspacePath, PullRequest request, const PullControl &control = {});

// The query `run` would send for `request` (after the incremental since), for --dry-run
// and the dialog's preview.
Result<QString> queryFor(const QString &workspacePath, PullRequest &request);
// The same with the workspace's saved pulls already read (the dialog's preview, as it types).
Result<QString> queryFor(const QList<SavedPull> &saved, PullRequest &request);

} // namespace NorthStar::Pull
