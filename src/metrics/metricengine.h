#pragma once

// Computes any metric of METRICS.md from ActivityData for a grain, week start and optional
// segment. Formulas resolve their operands by name through a caller-supplied lookup, so
// catalog metrics can reference each other; cycles and unknown names are errors.
//
// Every series runs from the first period holding data of the workspace (ActivityData's
// firstDay) to the last (lastDay), whatever the core action or segment, so that the series
// of one workspace line up period by period (formulas, leverage fits, charts).

#include "common/result.h"
#include "activity/activity.h"
#include "metrics/metricseries.h"
#include "metrics/metricspec.h"
#include "metrics/periodcalendar.h"
#include "metrics/segment.h"

#include <functional>
#include <optional>

namespace NorthStar {

struct MetricContext;

struct MetricRequest final
{
    Grain grain = Grain::Week;
    WeekStart weekStart = WeekStart::Monday;
    std::optional<Segment> segment;
};

// Name -> definition of a catalog metric; std::nullopt when there is no such metric.
using MetricLookup = std::function<std::optional<MetricSpec>(const QString &name)>;

class MetricEngine final
{
public:
    // Keeps a reference: `data` must outlive the engine. Checks the data's invariants once
    // (O(entries)), so a malformed rollup is an error instead of a crash.
    explicit MetricEngine(const ActivityData &data);

    Result<MetricSeries> compute(const MetricSpec &spec, const MetricRequest &request,
                                 const MetricLookup &lookup = {}) const;
    PeriodCalendar calendar(const MetricRequest &request) const;
    // The metric once per value of one user attribute (on top of the request's segment):
    // element i is for the attribute's values[i], the last one for the users without a
    // value. What the review's split by segment reads (REVIEW.md).
    Result<std::vector<MetricSeries>> computeBySegment(const MetricSpec &spec, const MetricRequest &request,
                                                       const QString &attribute,
                                                       const MetricLookup &lookup = {}) const;

private:
    struct Evaluation;
    Result<MetricSeries> evaluate(const MetricSpec &spec, const MetricContext &context, Evaluation &evaluation) const;
    Result<MetricSeries> evaluateFormula(const MetricSpec &spec, const MetricContext &context,
                                         Evaluation &evaluation) const;
    Result<MetricContext> context(const MetricRequest &request) const;
    Result<MetricContext> withSegment(MetricContext context, const Segment &segment) const;

    const ActivityData &m_data;
    QString m_dataError;
};

} // namespace NorthStar
