#pragma once

// lifecycle: per period the new, returning, resurrecting and (negative) dormant users.

#include "metrics/metriccontext.h"

namespace NorthStar {

MetricSeries computeLifecycle(const MetricContext &context, const std::vector<std::uint8_t> &coreAction);

} // namespace NorthStar
