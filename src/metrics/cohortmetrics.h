#pragma once

// activation W and time-to-value: efficiency metrics that belong to the period in which the
// users were first seen (their cohort), not to the period of the events.

#include "metrics/metriccontext.h"
#include "metrics/metricspec.h"

namespace NorthStar {

// `spec.kind` is Activation or TimeToValue.
MetricSeries computeCohortMetric(const MetricContext &context, const MetricSpec &spec,
                                 const std::vector<std::uint8_t> &coreAction);

// The median of an even count is the mean of the two middle values; empty for no values.
// Reorders `values`.
std::optional<double> medianOf(std::vector<int> &values);

} // namespace NorthStar
