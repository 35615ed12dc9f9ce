#pragma once

// Importing a usage CSV into a workspace file (issue #3): the one entry point for
// `northstar import` and the import dialog.
//
// How the import dialog uses it
// -----------------------------
// 1. Preview, instantly: CsvPreview::read(path, {.rows = 50, .scanTimeColumn = false})
//    (csv module) gives the detected delimiter, encoding, header, the first records as
//    read and the suggested ColumnMapping. Let the user change the mapping, delimiter,
//    encoding, time format and timezone; put the choices in an ImportRequest (set
//    `mapping` to the dialog's ColumnMapping).
// 2. Dry run, before anything is written: EventImport::validate(request, control, workspace)
//    reads the whole file exactly as the import will and writes nothing. Its ImportSummary
//    says how many rows would be imported and rejected (with every rejected row's line,
//    column and reason), the distinct users, the first and last instant, the time format
//    concluded over the whole column (`time`: when Ambiguous, ask the user which reading
//    and validate again with request.timeFormat set; never guess), and, given the
//    workspace, whether the content is already imported (`duplicate`) and how many stored
//    rows it would replace.
// 3. The import, on a worker thread:
//        std::atomic<bool> cancel{false};            // owned by the dialog
//        ImportControl control{onProgress, &cancel}; // onProgress runs on the worker thread:
//                                                    // forward it with QMetaObject::invokeMethod
//        auto future = QtConcurrent::run([=] { return EventImport::run(workspace, request, control); });
//    ImportProgress has rows and bytes done and the file size: rows/s and time left follow.
//    Cancel sets the flag; run() then returns an error within a few thousand rows and the
//    workspace is exactly as before. So do --on-error abort, any error, a crash or kill -9:
//    everything is written in one SQLite transaction with a rollback journal.
// 4. The result: ImportSummary (imported, rejected, replaced, users, first, last, rejected
//    rows; rejectedRowsCsv() for "Save rejected rows"). An error is a message to show.
//
// What is stored is described in eventstore.h; how, in eventchunk.h and activitycodec.h.

#include "common/result.h"
#include "eventstore/importtypes.h"

namespace NorthStar::EventImport {

// Imports request.file into the workspace at `workspacePath` (created when missing).
// Identical content already imported for the same source imports nothing and says so
// (summary.duplicate). Rows of the same source within [first, last] of the file are
// replaced unless request.append.
Result<ImportSummary> run(const QString &workspacePath, const ImportRequest &request,
                          const ImportControl &control = {});

// The dry run: reads and checks everything, writes nothing. `workspacePath` (optional,
// may not exist yet) supplies the default timezone and the duplicate / replaced counts.
Result<ImportSummary> validate(const ImportRequest &request, const ImportControl &control = {},
                               const QString &workspacePath = {});
// True when a CSV header has every column of the daily rollup format (docs/warehouse.md):
// how the import dialog recognises a rollup (then ImportRequest::rollup).
bool isRollupHeader(const QStringList &header);

} // namespace NorthStar::EventImport
