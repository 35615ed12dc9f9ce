#pragma once

// What a pull is asked to do and what it reports (issue #12 §3). See warehousepull.h.

#include "eventstore/importtypes.h"
#include "pull/warehouseurl.h"
#include "warehouse/rollupquery.h"

#include <atomic>
#include <functional>

namespace NorthStar::Pull {

struct PullRequest final
{
    WarehouseUrl url;
    // The raw events table and its columns, the timezone and --since; `engine` is set from
    // the URL. An empty `since` continues from the last pull of the source (its last date
    // again: that day may have been pulled while it was still going on).
    Warehouse::RollupRequest query;
    QString source = QStringLiteral("warehouse");
    QString password; // from the environment or a prompt; never stored
};

struct PullProgress final
{
    enum class Phase { Connecting, Fetching, Importing };
    Phase phase = Phase::Connecting;
    qint64 rows = 0;  // rollup rows received (Fetching) or imported so far (Importing)
    qint64 bytes = 0; // bytes received (Fetching) or read (Importing)
    qint64 totalBytes = 0; // Importing: the file's size
};

// `progress` is called on the pulling thread, a few times a second at most; `cancel` is
// polled between batches: the pull then stops within a second and the workspace is as before.
struct PullControl final
{
    std::function<void(const PullProgress &)> progress;
    const std::atomic<bool> *cancel = nullptr;
};

struct PullSummary final
{
    QString since;        // the first date asked for, empty for everything
    qint64 fetchedRows = 0;
    qint64 fetchedBytes = 0;
    qint64 fetchMs = 0;
    ImportSummary import; // what the rollup import did with them
};

} // namespace NorthStar::Pull
