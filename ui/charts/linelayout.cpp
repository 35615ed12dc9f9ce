#include "charts/linelayout.h"

#include "charts/chartformat.h"

#include <algorithm>
#include <cmath>

namespace NorthStar::Charts {

LineLayout buildLineLayout(const MetricSeries &series)
{
    LineLayout layout;
    QList<QPointF> solid;
    QList<QPointF> dashed;
    const auto flushSolid = [&] {
        if (!solid.isEmpty())
            layout.solidRuns.append(std::exchange(solid, {}));
    };
    const auto flushDashed = [&] {
        // A dashed run of one point draws nothing; the hollow marker carries it.
        if (dashed.size() > 1)
            layout.dashedRuns.append(dashed);
        dashed.clear();
    };

    std::optional<QPointF> previous;  // the point of the row before, if it had a value
    bool previousPartial = false;
    for (int row = 0; row < int(series.rows.size()); ++row) {
        const SeriesRow &r = series.rows[std::size_t(row)];
        if (!r.value) {
            layout.gapRows.append(row);
            flushSolid();
            flushDashed();
            previous.reset();
            continue;
        }
        const QPointF point(dateX(r.periodStart), *r.value);
        layout.minValue = layout.minValue ? std::min(*layout.minValue, *r.value) : *r.value;
        layout.maxValue = layout.maxValue ? std::max(*layout.maxValue, *r.value) : *r.value;
        if (r.partial) {
            layout.partialPoints.append(point);
            flushSolid();
            if (dashed.isEmpty() && previous)
                dashed.append(*previous);  // link from the complete neighbour before
            dashed.append(point);
        } else {
            layout.completePoints.append(point);
            if (previousPartial && previous) {
                dashed.append(point);  // link into the first complete period after
                flushDashed();
            }
            dashed.clear();
            solid.append(point);
        }
        previous = point;
        previousPartial = r.partial;
    }
    flushSolid();
    flushDashed();
    return layout;
}

std::optional<double> RangeStats::change() const
{
    if (!startValue || !endValue)
        return std::nullopt;
    return *endValue - *startValue;
}

std::optional<double> RangeStats::relativeChange() const
{
    if (!startValue || !endValue || *startValue == 0.0)
        return std::nullopt;
    return (*endValue - *startValue) / std::abs(*startValue);
}

RangeStats rangeStats(const MetricSeries &series, int firstRow, int lastRow)
{
    RangeStats stats;
    const int count = int(series.rows.size());
    if (count == 0)
        return stats;
    if (firstRow > lastRow)
        std::swap(firstRow, lastRow);
    firstRow = std::clamp(firstRow, 0, count - 1);
    lastRow = std::clamp(lastRow, 0, count - 1);
    stats.firstRow = firstRow;
    stats.lastRow = lastRow;
    double sum = 0.0;
    for (int row = firstRow; row <= lastRow; ++row) {
        const SeriesRow &r = series.rows[std::size_t(row)];
        ++stats.periods;
        if (r.partial) {
            ++stats.partialPeriods;
            continue;
        }
        if (!r.value) {
            ++stats.emptyPeriods;
            continue;
        }
        ++stats.usedPeriods;
        sum += *r.value;
        if (!stats.startValue) {
            stats.startValue = r.value;
            stats.startRow = row;
        }
        stats.endValue = r.value;
        stats.endRow = row;
    }
    if (stats.usedPeriods > 0)
        stats.mean = sum / stats.usedPeriods;
    return stats;
}

int nearestRow(const MetricSeries &series, double x)
{
    if (series.rows.empty())
        return -1;
    // Rows are in period order, so a binary search finds the neighbours of x.
    const auto it = std::lower_bound(series.rows.begin(), series.rows.end(), x,
                                     [](const SeriesRow &row, double value) { return dateX(row.periodStart) < value; });
    if (it == series.rows.begin())
        return 0;
    if (it == series.rows.end())
        return int(series.rows.size()) - 1;
    const int after = int(it - series.rows.begin());
    const int before = after - 1;
    const double toBefore = x - dateX(series.rows[std::size_t(before)].periodStart);
    const double toAfter = dateX(series.rows[std::size_t(after)].periodStart) - x;
    return toBefore <= toAfter ? before : after;
}

} // namespace NorthStar::Charts
