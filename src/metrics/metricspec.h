#pragma once

// What to compute: one metric of METRICS.md over a core action. The workspace stores it as
// JSON on a catalog metric; the command line names kinds with the stable strings of
// metricKindName() (breadth depth depth-value frequency stickiness stickiness-cumulative
// threshold activation time-to-value lifecycle formula).

#include "common/result.h"
#include "metrics/segment.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace NorthStar {

enum class MetricKind {
    Breadth,
    Depth,
    DepthValue,
    Frequency,
    Stickiness,
    StickinessCumulative,
    Threshold,
    Activation,
    TimeToValue,
    Lifecycle,
    Formula,
};

QString metricKindName(MetricKind kind);
Result<MetricKind> metricKindFromName(const QString &name);
QStringList metricKindNames();

struct MetricSpec final
{
    MetricKind kind = MetricKind::Breadth;
    QStringList events;  // core action A: event names, matched exactly; empty = every event
    int k = 1;           // stickiness: active dates in the period (>= 1)
    int window = 7;      // activation: W days from first seen (>= 1)
    int threshold = 1;   // threshold: at least n events in the period (>= 1)
    QString formula;     // formula: expression over named metrics, e.g. "bookings / breadth"
    // Only these users, on top of the request's segment (both must hold). On a formula it
    // applies to every operand, so "DE bookers / bookers" can be two catalog metrics.
    std::optional<Segment> segment;

    // Only the fields the kind uses are written, so stored JSON stays readable.
    QJsonObject toJson() const;
    // Validates everything (kind, ranges, formula syntax); the error names the field.
    static Result<MetricSpec> fromJson(const QJsonObject &json);

    bool operator==(const MetricSpec &other) const = default;
};

} // namespace NorthStar
