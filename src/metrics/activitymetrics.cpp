#include "metrics/activitymetrics.h"

#include <QCoreApplication>

#include <limits>

namespace NorthStar {

namespace {

struct PeriodTotals
{
    explicit PeriodTotals(std::size_t periods)
        : users(periods), events(periods), activeDays(periods), matches(periods), values(periods)
    {
    }
    std::vector<qint64> users;      // active users
    std::vector<qint64> events;     // events in A
    std::vector<qint64> activeDays; // sum over users of their active dates
    std::vector<qint64> matches;    // users meeting the stickiness / threshold condition
    std::vector<double> values;     // sum of values of events in A
};

// Whether one user's period counts for stickiness k / threshold n.
bool matches(const MetricSpec &spec, qint64 days, qint64 events)
{
    switch (spec.kind) {
    case MetricKind::Stickiness:
        return days == spec.k;
    case MetricKind::StickinessCumulative:
        return days >= spec.k;
    case MetricKind::Threshold:
        return events >= spec.threshold;
    default:
        return false;
    }
}

std::optional<double> ratio(double numerator, qint64 denominator)
{
    if (denominator == 0)
        return std::nullopt;
    return numerator / double(denominator);
}

} // namespace

Result<MetricSeries> computeActivityMetric(const MetricContext &context, const MetricSpec &spec,
                                           const std::vector<std::uint8_t> &coreAction)
{
    if (spec.kind == MetricKind::Frequency && context.calendar.grain() == Grain::Day) {
        return fail(QCoreApplication::translate("Metrics", "Frequency is not offered for grain day (it would always be 1): "
                                                           "choose week or month."));
    }
    const ActivityData &data = *context.data;
    const PeriodCalendar &calendar = context.calendar;
    PeriodTotals totals(std::size_t(calendar.periodCount()));

    const std::size_t userCount = data.userCount();
    for (std::size_t user = 0; user < userCount; ++user) {
        if (!context.includesUser(user))
            continue;
        int current = -1;
        qint64 events = 0;
        qint64 days = 0;
        double values = 0.0;
        LocalDay lastDay = std::numeric_limits<LocalDay>::min();
        const auto flush = [&] {
            const auto p = std::size_t(current);
            ++totals.users[p];
            totals.events[p] += events;
            totals.activeDays[p] += days;
            totals.values[p] += values;
            totals.matches[p] += matches(spec, days, events) ? 1 : 0;
        };
        const DayActivity *entry = data.entries.data() + data.userOffsets[user];
        const DayActivity *end = data.entries.data() + data.userOffsets[user + 1];
        for (; entry != end; ++entry) {
            if (!coreAction[entry->event])
                continue;
            const int period = calendar.periodOf(entry->day);
            if (period != current) {
                if (current >= 0)
                    flush();
                current = period;
                events = 0;
                days = 0;
                values = 0.0;
            }
            events += entry->count;
            values += entry->valueSum;
            if (entry->day != lastDay) {
                ++days;
                lastDay = entry->day;
            }
        }
        if (current >= 0)
            flush();
    }

    MetricSeries series = context.emptySeries(spec.kind);
    for (std::size_t p = 0; p < series.rows.size(); ++p) {
        std::optional<double> &value = series.rows[p].value;
        switch (spec.kind) {
        case MetricKind::Breadth:
            value = double(totals.users[p]);
            break;
        case MetricKind::Depth:
            value = ratio(double(totals.events[p]), totals.users[p]);
            break;
        case MetricKind::DepthValue:
            value = ratio(totals.values[p], totals.users[p]);
            break;
        case MetricKind::Frequency:
            value = ratio(double(totals.activeDays[p]), totals.users[p]);
            break;
        default:
            value = double(totals.matches[p]);
            break;
        }
    }
    return series;
}

} // namespace NorthStar
