#pragma once

// Leverage estimation (issue #4 §4). METRICS.md models an input's contribution to its
// parent as `input value * leverage`, so parent = sum(l_i * input_i) + rest. Differencing
// period over period removes the constant rest:
//     parent(t) - parent(t-1) = sum_i l_i * (input_i(t) - input_i(t-1)) + noise,
// and l is the least-squares solution without intercept (Eigen, column-pivoting QR).
// A change is used only when both of its periods are complete (not partial) and every
// series has a value in both; it needs more changes than inputs.

#include "common/result.h"
#include "metrics/metricseries.h"

#include <optional>
#include <vector>

namespace NorthStar {

struct LeverageFit final
{
    std::vector<double> coefficients; // one per input, in input order
    // 1 - SS_residual / SS_total (SS_total around the mean change): 1 is a perfect fit,
    // 0 no better than a constant, negative worse. Empty when the parent never changed.
    std::optional<double> rSquared;
    int periodsUsed = 0; // period-over-period changes in the fit
};

// All series come from the same calendar (rows line up by period); otherwise an error.
// "Not enough history" and inputs that cannot be told apart are errors with advice.
Result<LeverageFit> fitLeverage(const std::vector<SeriesRow> &parent,
                                const std::vector<std::vector<SeriesRow>> &inputs);

} // namespace NorthStar
