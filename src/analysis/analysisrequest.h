#pragma once

// What a chart, a node badge or the command line asks for: a grain, a week start, a
// reporting timezone and an optional segment. The workspace keeps its choices in settings:
//   timezone    IANA id of the reporting timezone (METRICS.md), "UTC" when unset
//   week-start  "monday" (default) or "sunday"
//   grain       "day", "week" (default) or "month": the grain the window opens with
//   segment     "attribute = value" applied to every node of the trees; empty: everybody

#include "common/result.h"
#include "metrics/metricengine.h"
#include "metrics/periodcalendar.h"
#include "metrics/segment.h"

#include <QString>

#include <optional>

namespace NorthStar {

class WorkspaceData;

namespace AnalysisSettings {
inline constexpr QLatin1StringView timeZone{"timezone"};
inline constexpr QLatin1StringView weekStart{"week-start"};
inline constexpr QLatin1StringView grain{"grain"};
inline constexpr QLatin1StringView segment{"segment"};
} // namespace AnalysisSettings

struct AnalysisRequest final
{
    Grain grain = Grain::Week;
    WeekStart weekStart = WeekStart::Monday;
    QString timeZone = QStringLiteral("UTC"); // IANA id
    std::optional<Segment> segment;

    // The workspace's choices; a setting that cannot be read is an error naming it.
    static Result<AnalysisRequest> fromSettings(const WorkspaceData &data);

    MetricRequest metricRequest() const { return {grain, weekStart, segment}; }
    // Stable text for cache keys: grain|week start|timezone|segment (attribute U+001F value).
    QString key() const;

    bool operator==(const AnalysisRequest &other) const = default;
};

} // namespace NorthStar
