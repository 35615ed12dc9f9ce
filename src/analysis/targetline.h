#pragma once

// A metric's target as a course over time (REVIEW.md, "Target"): from the baseline B at D0
// to the value T at D. Charts draw it as a dashed line; the review reads the expected value
// at the end of the reviewed period from it. Without an explicit baseline, B and D0 are the
// value and the first day of the first complete period of data with a value.

#include "metrics/metricseries.h"
#include "model/entities.h"

#include <QDate>

#include <optional>

namespace NorthStar {

struct TargetLine final
{
    double baseline = 0.0;  // B
    QDate baselineDate;     // D0
    double value = 0.0;     // T
    QDate date;             // D

    // B + (T - B) * f, f the elapsed fraction of [D0, D] at `at`, clamped to [0, 1]: the
    // baseline before D0, the target from D on.
    double expectedAt(QDate at) const;

    bool operator==(const TargetLine &) const = default;
};

// A period's value and its first day: the default baseline.
struct BaselinePoint final
{
    double value = 0.0;
    QDate date;
};

// The first complete period of `series` with a value (lifecycle: its active users, as the
// review counts them); empty when there is none.
std::optional<BaselinePoint> firstCompletePoint(const MetricSeries &series);

// The target's course, the baseline's missing parts taken from `firstComplete`; empty when
// the metric has no target or no baseline can be found.
std::optional<TargetLine> targetLine(const Target &target, const std::optional<BaselinePoint> &firstComplete);
std::optional<TargetLine> targetLine(const Target &target, const MetricSeries &series);

} // namespace NorthStar
