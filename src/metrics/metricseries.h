#pragma once

// The result of one metric: one row per period from the first period holding data to the
// last, periods without activity included.

#include "metrics/metricspec.h"

#include <QDate>

#include <optional>
#include <vector>

namespace NorthStar {

struct SeriesRow final
{
    QDate periodStart;
    std::optional<double> value; // empty: a ratio over nobody (METRICS.md), never 0
    bool partial = false;
};

struct LifecycleCounts final
{
    qint64 newUsers = 0;
    qint64 returning = 0;
    qint64 resurrecting = 0;
    qint64 dormant = 0; // <= 0: users lost since the period before, as a negative number
};

struct MetricSeries final
{
    MetricKind kind = MetricKind::Breadth;
    std::vector<SeriesRow> rows;           // for lifecycle the values are empty ...
    std::vector<LifecycleCounts> lifecycle; // ... and this holds the counts, one per row

    bool isLifecycle() const { return kind == MetricKind::Lifecycle; }
};

} // namespace NorthStar
