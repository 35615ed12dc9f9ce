#include "analysis/latestvalue.h"

#include <algorithm>
#include <cmath>

namespace NorthStar {

LatestValue latestComplete(const MetricSeries &series, int sparklineLength)
{
    LatestValue latest;
    const auto &rows = series.rows;
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        if (!rows[std::size_t(i)].partial) {
            latest.row = i;
            break;
        }
    }
    const int end = latest.row >= 0 ? latest.row + 1 : int(rows.size());
    const int begin = std::max(0, end - std::max(0, sparklineLength));
    latest.sparkline.assign(rows.begin() + begin, rows.begin() + end);
    if (latest.row < 0)
        return latest;

    const SeriesRow &current = rows[std::size_t(latest.row)];
    latest.periodStart = current.periodStart;
    latest.value = current.value;
    if (latest.row > 0 && !rows[std::size_t(latest.row) - 1].partial)
        latest.previous = rows[std::size_t(latest.row) - 1].value;
    if (latest.value && latest.previous && *latest.previous != 0.0)
        latest.changePercent = (*latest.value - *latest.previous) / std::abs(*latest.previous) * 100.0;
    return latest;
}

} // namespace NorthStar
