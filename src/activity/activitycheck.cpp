#include "activity/activitycheck.h"

#include <QCoreApplication>

namespace NorthStar {

namespace {

Error broken(const QString &what)
{
    return fail(QCoreApplication::translate("Metrics", "The activity data are inconsistent (%1); re-import the data.").arg(what));
}

} // namespace

Result<void> checkActivityData(const ActivityData &data)
{
    const std::size_t users = data.userCount();
    if (data.userOffsets.empty() || data.userOffsets.front() != 0 || data.userOffsets.back() != data.entries.size())
        return broken(QStringLiteral("user offsets do not span the entries"));
    if (data.firstSeen.size() != users)
        return broken(QStringLiteral("first-seen days: %1 for %2 users").arg(data.firstSeen.size()).arg(users));
    if (!data.isEmpty() && data.firstDay > data.lastDay)
        return broken(QStringLiteral("first day after last day"));
    const auto eventCount = std::size_t(data.eventNames.size());
    for (std::size_t user = 0; user < users; ++user) {
        const std::uint32_t begin = data.userOffsets[user];
        const std::uint32_t end = data.userOffsets[user + 1];
        if (end < begin)
            return broken(QStringLiteral("user offsets decrease at user %1").arg(user));
        if (begin == end)
            continue;
        if (data.firstSeen[user] < data.firstDay || data.firstSeen[user] > data.entries[begin].day)
            return broken(QStringLiteral("first-seen day of user %1 outside first day .. their earliest day").arg(user));
        for (std::uint32_t i = begin; i < end; ++i) {
            const DayActivity &entry = data.entries[i];
            if (entry.event >= eventCount)
                return broken(QStringLiteral("event id %1 without a name").arg(entry.event));
            if (entry.day < data.firstDay || entry.day > data.lastDay)
                return broken(QStringLiteral("day %1 outside first/last day").arg(entry.day));
            if (i > begin) {
                const DayActivity &before = data.entries[i - 1];
                if (entry.day < before.day || (entry.day == before.day && entry.event < before.event))
                    return broken(QStringLiteral("entries of user %1 not sorted by (day, event)").arg(user));
            }
        }
    }
    for (const AttributeColumn &column : data.attributes) {
        if (column.valueOfUser.size() != users)
            return broken(QStringLiteral("attribute '%1' has %2 values for %3 users").arg(column.name).arg(column.valueOfUser.size()).arg(users));
        for (const std::int32_t value : column.valueOfUser) {
            if (value < -1 || value >= column.values.size())
                return broken(QStringLiteral("attribute '%1' refers to value %2").arg(column.name).arg(value));
        }
    }
    return {};
}

} // namespace NorthStar
