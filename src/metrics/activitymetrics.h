#pragma once

// breadth, depth, depth-value, frequency, stickiness (exact and cumulative) and threshold:
// the metrics that look at what each user did inside each period. One pass over the
// entries fills every per-period total; the kind only picks the ratio.

#include "metrics/metriccontext.h"
#include "metrics/metricspec.h"

namespace NorthStar {

// `spec.kind` must be one of the kinds above; frequency on grain day is an error.
Result<MetricSeries> computeActivityMetric(const MetricContext &context, const MetricSpec &spec,
                                           const std::vector<std::uint8_t> &coreAction);

} // namespace NorthStar
