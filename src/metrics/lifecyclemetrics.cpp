#include "metrics/lifecyclemetrics.h"

namespace NorthStar {

MetricSeries computeLifecycle(const MetricContext &context, const std::vector<std::uint8_t> &coreAction)
{
    const ActivityData &data = *context.data;
    const PeriodCalendar &calendar = context.calendar;
    MetricSeries series = context.emptySeries(MetricKind::Lifecycle);
    std::vector<LifecycleCounts> &counts = series.lifecycle;
    counts.resize(series.rows.size());
    const int periods = calendar.periodCount();

    const std::size_t userCount = data.userCount();
    for (std::size_t user = 0; user < userCount; ++user) {
        const std::uint32_t begin = data.userOffsets[user];
        const std::uint32_t end = data.userOffsets[user + 1];
        if (begin == end || !context.includesUser(user))
            continue;
        const int newIn = calendar.periodOf(data.firstSeen[user]);
        int previous = -1; // the user's last active period so far
        for (std::uint32_t i = begin; i < end; ++i) {
            const DayActivity &entry = data.entries[i];
            if (!coreAction[entry.event])
                continue;
            const int period = calendar.periodOf(entry.day);
            if (period == previous)
                continue;
            LifecycleCounts &here = counts[std::size_t(period)];
            if (period == newIn)
                ++here.newUsers;
            else if (previous == period - 1)
                ++here.returning;
            else
                ++here.resurrecting;
            // Active in `previous` but not in the period right after it: dormant there.
            if (previous >= 0 && previous + 1 < period)
                --counts[std::size_t(previous) + 1].dormant;
            previous = period;
        }
        if (previous >= 0 && previous + 1 < periods)
            --counts[std::size_t(previous) + 1].dormant;
    }
    return series;
}

} // namespace NorthStar
