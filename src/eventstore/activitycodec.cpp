#include "eventstore/activitycodec.h"

#include "eventstore/bytecodec.h"

#include <QCoreApplication>

#include <limits>

namespace NorthStar {

using namespace ByteCodec;

namespace {
constexpr unsigned char kVersion = 1;
}

void ActivityCodec::encode(const ActivityData &data, std::size_t firstUser, std::size_t endUser,
                           std::string &out)
{
    out.clear();
    out.push_back(char(kVersion));
    putVarint(out, endUser - firstUser);
    for (std::size_t u = firstUser; u < endUser; ++u) {
        const std::uint32_t begin = data.userOffsets[u];
        const std::uint32_t end = data.userOffsets[u + 1];
        putVarint(out, end - begin);
        LocalDay previous = 0;
        for (std::uint32_t i = begin; i < end; ++i) {
            const DayActivity &e = data.entries[i];
            putVarint(out, zigzag(std::int64_t(e.day) - previous));
            previous = e.day;
            putVarint(out, e.event);
            const bool hasSum = e.valueSum != 0.0;
            putVarint(out, (std::uint64_t(e.count) << 1) | (hasSum ? 1 : 0));
            if (hasSum)
                putDouble(out, e.valueSum);
        }
    }
}

Result<void> ActivityCodec::decode(const char *bytes, std::size_t size, ActivityData &data)
{
    Reader r(bytes, size);
    const unsigned char *version = r.bytes(1);
    const std::uint64_t users = version ? r.varint() : 0;
    if (!version || *version != kVersion || !r.ok() || users > size)
        return fail(QCoreApplication::translate("EventStore", "The stored activity rollup is damaged."));
    for (std::uint64_t u = 0; u < users && r.ok(); ++u) {
        const std::uint64_t n = r.varint();
        if (n > size)
            break;
        LocalDay day = 0;
        for (std::uint64_t i = 0; i < n; ++i) {
            DayActivity e;
            day = LocalDay(day + unzigzag(r.varint()));
            e.day = day;
            e.event = EventId(r.varint());
            const std::uint64_t countAndFlag = r.varint();
            e.count = std::uint32_t(countAndFlag >> 1);
            e.valueSum = (countAndFlag & 1) ? r.float64() : 0.0;
            data.entries.push_back(e);
        }
        data.firstSeen.push_back(n > 0 ? data.entries[data.userOffsets.back()].day
                                       : std::numeric_limits<LocalDay>::max());
        data.userOffsets.push_back(std::uint32_t(data.entries.size()));
    }
    if (!r.ok() || !r.atEnd())
        return fail(QCoreApplication::translate("EventStore", "The stored activity rollup is damaged."));
    return {};
}

void ActivityCodec::finishDecoding(ActivityData &data)
{
    data.firstDay = std::numeric_limits<LocalDay>::max();
    data.lastDay = std::numeric_limits<LocalDay>::min();
    for (std::size_t u = 0; u < data.userCount(); ++u) {
        if (data.userOffsets[u] == data.userOffsets[u + 1])
            continue;
        data.firstDay = std::min(data.firstDay, data.entries[data.userOffsets[u]].day);
        data.lastDay = std::max(data.lastDay, data.entries[data.userOffsets[u + 1] - 1].day);
    }
    if (data.entries.empty()) {
        data.firstDay = 0;
        data.lastDay = 0;
    }
}

} // namespace NorthStar
