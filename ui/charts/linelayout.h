#pragma once

// How a metric series becomes lines on a time chart, as plain data so it can be tested
// without a chart:
// - complete periods with a value are joined by solid lines (one run per stretch without
//   gaps);
// - an empty ratio breaks the line (a gap, never a 0);
// - a partial period is a hollow point joined to its complete neighbour by a dashed line,
//   so a half-observed week never reads as a drop.
// The range statistics behind a selected range live here too.

#include "metrics/metricseries.h"

#include <QList>
#include <QPointF>

#include <optional>

namespace NorthStar::Charts {

struct LineLayout final
{
    QList<QList<QPointF>> solidRuns;   // complete periods, consecutive without gaps
    QList<QList<QPointF>> dashedRuns;  // partial periods and their link to a complete neighbour
    QList<QPointF> completePoints;     // every complete period with a value
    QList<QPointF> partialPoints;      // every partial period with a value
    QList<int> gapRows;                // rows whose value is empty
    std::optional<double> minValue;
    std::optional<double> maxValue;
};

LineLayout buildLineLayout(const MetricSeries &series);

// A selected range of rows firstRow..lastRow (inclusive, in either order). The change runs
// from the first to the last complete period with a value; the mean is over the complete
// periods with a value. Partial periods are counted but left out of both, because a
// half-observed period would bias them; empty ratios are left out too.
struct RangeStats final
{
    int firstRow = -1;
    int lastRow = -1;
    int periods = 0;          // rows in the range
    int usedPeriods = 0;      // complete rows with a value
    int partialPeriods = 0;
    int emptyPeriods = 0;
    std::optional<double> startValue;  // first complete value in the range
    std::optional<double> endValue;    // last complete value in the range
    std::optional<double> mean;
    int startRow = -1;        // rows of startValue / endValue
    int endRow = -1;

    std::optional<double> change() const;
    // Relative change; empty when the start is 0 or missing.
    std::optional<double> relativeChange() const;
};

RangeStats rangeStats(const MetricSeries &series, int firstRow, int lastRow);

// The row whose period start is nearest to x (a dateX()), or -1 for an empty series.
int nearestRow(const MetricSeries &series, double x);

} // namespace NorthStar::Charts
