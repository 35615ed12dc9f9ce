#pragma once

// The steps of computeReview() (weeklyreview.cpp), one file each, over what they share:
// the engine of the reviewed data, the request, and each reviewed metric's series.
// Internal to the review module.

#include "analysis/workspacemetrics.h"
#include "review/review.h"

#include <QHash>

#include <memory>

namespace NorthStar::ReviewSteps {

struct Context
{
    const WorkspaceData *data = nullptr;
    const Tree *tree = nullptr;
    // All data, or the data through the last day of P when a metric would otherwise read
    // later events (see weeklyreview.cpp).
    std::shared_ptr<const LoadedActivity> activity;
    MetricRequest request;
    MetricLookup lookup;
    PeriodCalendar calendar;
    int period = -1; // P, an index of `calendar`

    const MetricEngine &engine() const { return activity->engine(); }
    // Index of the period containing `day`; days before the data count back from period 0.
    int periodIndexOf(LocalDay day) const;
};

// A reviewed metric with what the other steps read of it.
struct Reviewed
{
    MetricReview *entry = nullptr;
    std::optional<MetricSpec> spec;   // empty: no computation
    int reviewedPeriod = -1;          // P, or a cohort metric's latest complete cohort
};

// The value a period of a series stands for: lifecycle's active users (new + returning +
// resurrecting), else the row's value.
std::optional<double> valueAt(const MetricSeries &series, int row);

void addContributions(const Context &context, const QHash<Id, Reviewed> &byNode, Review &review);
Result<void> addSegments(const Context &context, const Reviewed &northStar, Review &review);
void addWork(const Context &context, const QHash<Id, Reviewed> &byNode, Review &review);
void addDisconnects(const Context &context, Review &review);

} // namespace NorthStar::ReviewSteps
