#include "activity/activityslice.h"

namespace NorthStar {

ActivityData activityThrough(const ActivityData &data, LocalDay lastDay)
{
    ActivityData slice;
    slice.timeZone = data.timeZone;
    slice.eventNames = data.eventNames;
    slice.userKeys = data.userKeys;
    slice.firstSeen = data.firstSeen;
    slice.attributes = data.attributes;
    slice.firstDay = data.firstDay;
    slice.lastDay = lastDay;
    slice.userOffsets.reserve(data.userOffsets.size());
    slice.entries.reserve(data.entries.size());
    for (std::size_t user = 0; user < data.userCount(); ++user) {
        // Entries are sorted by day within a user: keep the prefix up to lastDay.
        for (std::uint32_t i = data.userOffsets[user]; i < data.userOffsets[user + 1]; ++i) {
            if (data.entries[i].day > lastDay)
                break;
            slice.entries.push_back(data.entries[i]);
        }
        slice.userOffsets.push_back(std::uint32_t(slice.entries.size()));
    }
    return slice;
}

} // namespace NorthStar
