#pragma once

// METRICS.md "Output for machines": the CSV the command line prints for a metric.
//   period_start,value,partial            (lifecycle: period_start,new,returning,resurrecting,dormant,partial)
// Values carry up to 12 significant digits without exponent or trailing zeros (2.5, 3,
// 0.333333333333); an empty ratio is an empty field; partial is 0 or 1; lines end in \n.

#include "metrics/metricseries.h"

#include <QString>

namespace NorthStar::CsvSeries {

QString format(const MetricSeries &series);
// One value as written in the CSV; non-finite values are written as empty.
QString formatValue(double value);

} // namespace NorthStar::CsvSeries
