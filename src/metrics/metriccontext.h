#pragma once

// What every metric pass shares for one request: the data, the calendar, the core action as
// a per-event-id mask and the segment as a per-user test, so the passes do no string work.

#include "activity/activity.h"
#include "metrics/metricseries.h"
#include "metrics/periodcalendar.h"

#include <cstdint>
#include <vector>

namespace NorthStar {

struct MetricContext final
{
    const ActivityData *data = nullptr;
    PeriodCalendar calendar;
    // Segments in force (the request's, a metric's own): a user must match all of them.
    struct UserFilter
    {
        const std::vector<std::int32_t> *column = nullptr; // AttributeColumn::valueOfUser
        std::int32_t value = -1;
    };
    std::vector<UserFilter> filters;

    // Checked once per user (not per entry), so a loop is cheap enough.
    bool includesUser(std::size_t user) const
    {
        for (const UserFilter &filter : filters) {
            if ((*filter.column)[user] != filter.value)
                return false;
        }
        return true;
    }
    // Rows with period starts and partial flags, values empty.
    MetricSeries emptySeries(MetricKind kind) const;
};

// Per event id: 1 when the event is in the core action (all when `events` is empty). An
// event name the data does not know is an error listing the known ones: names match
// exactly, so a wrong case or a typo would otherwise silently give zeros.
Result<std::vector<std::uint8_t>> coreActionMask(const ActivityData &data, const QStringList &events);

} // namespace NorthStar
