#pragma once

// What every metric pass shares for one request: the data, the calendar, the core action as
// a per-event-id mask and the segment as a per-user test, so the passes do no string work.

#include "eventstore/activity.h"
#include "metrics/metricseries.h"
#include "metrics/periodcalendar.h"

#include <cstdint>
#include <vector>

namespace NorthStar {

struct MetricContext final
{
    const ActivityData *data = nullptr;
    PeriodCalendar calendar;
    const std::vector<std::int32_t> *segmentColumn = nullptr; // null: every user
    std::int32_t segmentValue = -1;

    bool includesUser(std::size_t user) const
    {
        return segmentColumn == nullptr || (*segmentColumn)[user] == segmentValue;
    }
    // Rows with period starts and partial flags, values empty.
    MetricSeries emptySeries(MetricKind kind) const;
};

// Per event id: 1 when the event is in the core action (all when `events` is empty). An
// event name the data does not know is an error listing the known ones: names match
// exactly, so a wrong case or a typo would otherwise silently give zeros.
Result<std::vector<std::uint8_t>> coreActionMask(const ActivityData &data, const QStringList &events);

} // namespace NorthStar
