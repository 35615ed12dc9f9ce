#pragma once

// What a node shows (issue #4 §2): the value of the latest complete period, its change
// against the period before, and a sparkline of recent periods. A partial period never
// drives the headline: a half-finished week is not a drop.

#include "metrics/metricseries.h"

#include <QDate>

#include <optional>
#include <vector>

namespace NorthStar {

struct LatestValue final
{
    int row = -1;                        // row of the latest complete period; -1: none
    QDate periodStart;                   // its first local date
    std::optional<double> value;         // empty: no complete period, or an empty ratio
    std::optional<double> previous;      // the period before it, when that one is complete
    // (value - previous) / |previous| * 100; empty when either is empty, previous is 0 or
    // the period before is partial (a partial period is not a baseline either).
    std::optional<double> changePercent;
    // Up to N rows ending at `row` (oldest first), partial flags kept for drawing; when
    // there is no complete period, the last N rows.
    std::vector<SeriesRow> sparkline;
};

// Lifecycle series have four counts and no single value: their LatestValue has a row, a
// period start and a sparkline of empty values.
LatestValue latestComplete(const MetricSeries &series, int sparklineLength = 12);

} // namespace NorthStar
