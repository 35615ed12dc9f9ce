#pragma once

// The arithmetic of REVIEW.md, free of metrics and models so each rule is tested alone:
// the usual range, the target's expected course, the Shapley split and the work fit.

#include "review/review.h"

#include <QDate>

#include <functional>
#include <optional>
#include <vector>

namespace NorthStar::ReviewMath {

double median(std::vector<double> values); // values must not be empty

// From the period-over-period changes d_i of the window (at least 6 of them, else
// nothing): m = median, s = 1.4826 * median |d_i - m|, w = max(3s, 0.01 |previous|).
struct UsualChange
{
    double median = 0.0;
    double width = 0.0;
};
std::optional<UsualChange> usualChange(const std::vector<double> &changes, double previous);

// B + (T - B) * f with f the elapsed fraction of [D0, D] at `at`, clamped to [0, 1].
double expectedByTarget(double baseline, QDate baselineDate, double target, QDate date, QDate at);
// Reached, on track or behind, "past" meaning in the direction from B to T (up when T = B).
TargetStatus targetStatus(double value, double baseline, double target, double expected);

// Shapley values of n operands moving from old to new values: `f(takesNew)` evaluates the
// formula with the new value for the operands flagged, the old one for the rest. Empty when
// f is empty for any mix (a division by zero on the way). At most 16 operands.
std::optional<std::vector<double>> shapley(int n, const std::function<std::optional<double>(unsigned mask)> &f);

// Ordinary least squares y = a + b t.
struct LineFit
{
    double a = 0.0;
    double b = 0.0;
    double residualSquares = 0.0;
};
LineFit fitLine(const std::vector<double> &t, const std::vector<double> &y);

// The verdict on a clear or unclear effect (REVIEW.md "Did our work move it"); `measured`
// is the relative effect for a relative impact, the effect for an absolute one (empty when
// it cannot be measured, e.g. a relative effect over an expected course of 0).
WorkVerdict verdictOf(bool clear, double effect, const std::optional<ExpectedImpact> &impact,
                      const std::optional<double> &measured);

} // namespace NorthStar::ReviewMath
