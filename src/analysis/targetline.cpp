#include "analysis/targetline.h"

#include <algorithm>

namespace NorthStar {

double TargetLine::expectedAt(QDate at) const
{
    const qint64 span = baselineDate.daysTo(date);
    double f = 0.0;
    if (span <= 0)
        f = at >= date ? 1.0 : 0.0;  // a target dated at (or before) its baseline
    else
        f = std::clamp(double(baselineDate.daysTo(at)) / double(span), 0.0, 1.0);
    return baseline + (value - baseline) * f;
}

std::optional<BaselinePoint> firstCompletePoint(const MetricSeries &series)
{
    for (std::size_t i = 0; i < series.rows.size(); ++i) {
        const SeriesRow &row = series.rows[i];
        if (row.partial)
            continue;
        if (series.isLifecycle() && i < series.lifecycle.size()) {
            const LifecycleCounts &c = series.lifecycle[i];
            return BaselinePoint{double(c.newUsers + c.returning + c.resurrecting), row.periodStart};
        }
        if (row.value)
            return BaselinePoint{*row.value, row.periodStart};
    }
    return std::nullopt;
}

std::optional<TargetLine> targetLine(const Target &target, const std::optional<BaselinePoint> &firstComplete)
{
    if (!target.isSet())
        return std::nullopt;
    std::optional<double> baseline = target.baselineValue;
    QDate baselineDate = target.baselineDate;
    if (firstComplete) {
        if (!baseline)
            baseline = firstComplete->value;
        if (!baselineDate.isValid())
            baselineDate = firstComplete->date;
    }
    if (!baseline || !baselineDate.isValid())
        return std::nullopt;
    return TargetLine{*baseline, baselineDate, *target.value, target.date};
}

std::optional<TargetLine> targetLine(const Target &target, const MetricSeries &series)
{
    return targetLine(target, firstCompletePoint(series));
}

} // namespace NorthStar
