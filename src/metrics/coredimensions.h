#pragma once

// A core action measured three ways (METRICS.md's dimensions): how many users do it
// (breadth), how much each of them does (depth) and on how many days (frequency). What a
// North Star's overview charts show, in the window and in the review's report.

#include "metrics/metricspec.h"

#include <array>

namespace NorthStar {

// Breadth, depth and frequency of `spec`'s events, within its segment (in that order).
std::array<MetricSpec, 3> coreActionDimensions(const MetricSpec &spec);

} // namespace NorthStar
