#pragma once

// Runs a RowScanner on its own thread (the producer) and hands its batches to `consume` on
// the calling thread: parsing and storing overlap on two cores. The queue holds a few
// batches, so memory stays flat whatever the file size.

#include "eventstore/rowscanner.h"

#include <functional>

namespace NorthStar::EventPipeline {

// `consume` returns false to stop (e.g. a write failed or the user cancelled); the scanner
// then stops at its next batch.
Result<RowScanner::Outcome> run(RowScanner &scanner, const std::function<bool(EventBatch &)> &consume,
                                const std::atomic<bool> *cancel);

} // namespace NorthStar::EventPipeline
