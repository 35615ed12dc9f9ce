#include "metrics/cohortmetrics.h"

#include <algorithm>

namespace NorthStar {

std::optional<double> medianOf(std::vector<int> &values)
{
    if (values.empty())
        return std::nullopt;
    const std::size_t middle = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(middle), values.end());
    const double upper = values[middle];
    if (values.size() % 2 == 1)
        return upper;
    // After nth_element everything before `middle` is <= it: the lower middle is their max.
    const double lower = *std::max_element(values.begin(), values.begin() + std::ptrdiff_t(middle));
    return (lower + upper) / 2.0;
}

MetricSeries computeCohortMetric(const MetricContext &context, const MetricSpec &spec,
                                 const std::vector<std::uint8_t> &coreAction)
{
    const ActivityData &data = *context.data;
    const PeriodCalendar &calendar = context.calendar;
    const auto periods = std::size_t(calendar.periodCount());
    const bool activation = spec.kind == MetricKind::Activation;
    std::vector<qint64> cohortSize(periods);
    std::vector<qint64> activated(periods);
    std::vector<std::vector<int>> daysToValue(activation ? 0 : periods);

    const std::size_t userCount = data.userCount();
    for (std::size_t user = 0; user < userCount; ++user) {
        const std::uint32_t begin = data.userOffsets[user];
        const std::uint32_t end = data.userOffsets[user + 1];
        if (begin == end || !context.includesUser(user))
            continue;
        const LocalDay firstSeen = data.firstSeen[user];
        const auto cohort = std::size_t(calendar.periodOf(firstSeen));
        ++cohortSize[cohort];
        // Entries are sorted by day: the first one in A is the user's first value moment.
        for (std::uint32_t i = begin; i < end; ++i) {
            const DayActivity &entry = data.entries[i];
            if (!coreAction[entry.event])
                continue;
            const int days = entry.day - firstSeen;
            if (activation) {
                if (days <= spec.window - 1)
                    ++activated[cohort];
            } else {
                daysToValue[cohort].push_back(days);
            }
            break;
        }
    }

    MetricSeries series = context.emptySeries(spec.kind);
    for (std::size_t p = 0; p < periods; ++p) {
        SeriesRow &row = series.rows[p];
        if (activation) {
            if (cohortSize[p] > 0)
                row.value = double(activated[p]) / double(cohortSize[p]);
            // A user first seen on the period's last day needs W days of data after it.
            if (calendar.periodEnd(int(p)) + (spec.window - 1) > calendar.lastDay())
                row.partial = true;
        } else {
            row.value = medianOf(daysToValue[p]);
        }
    }
    return series;
}

} // namespace NorthStar
