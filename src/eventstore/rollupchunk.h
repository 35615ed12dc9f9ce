#pragma once

// Imported daily rollups (issue #12) are stored like raw events, in columnar chunks of up
// to kChunkRows rows, one BLOB each (table rollup_chunks, with the chunk's source, import
// and day range beside it): one row per user, local date and event name, already counted
// by the warehouse that built it. Overlap replacement works on the day ranges as the event
// chunks' does on instants.
//
// Blob layout (version 1, little-endian):
//   u8 version, varint n,
//   n x zigzag varint day delta (from the previous row; the first from 0),
//   n x varint user id, n x varint event name id, n x varint event count,
//   ceil(n/8) bytes "value sum is not 0" (bit i of byte i/8), then one double per such row.

#include "common/result.h"
#include "activity/activity.h"

#include <cstdint>
#include <string>
#include <vector>

namespace NorthStar {

struct RollupColumns final
{
    std::vector<LocalDay> days;
    std::vector<std::uint32_t> users;
    std::vector<std::uint32_t> names;
    std::vector<std::uint32_t> counts;
    std::vector<double> valueSums;

    std::size_t size() const { return days.size(); }
    void clear();
    void append(LocalDay day, std::uint32_t user, std::uint32_t name, std::uint32_t count, double valueSum);
    // Keeps the rows for which keep(i) is true, in order.
    template<typename Keep>
    void filter(Keep keep);
};

namespace RollupChunk {
inline constexpr std::size_t kChunkRows = 65536;
// Encodes rows [begin, end) of `columns` into `out` (cleared first).
void encode(const RollupColumns &columns, std::size_t begin, std::size_t end, std::string &out);
// Appends the rows of a blob to `columns`.
Result<void> decode(const char *data, std::size_t size, RollupColumns &columns);
} // namespace RollupChunk

template<typename Keep>
void RollupColumns::filter(Keep keep)
{
    std::size_t out = 0;
    for (std::size_t i = 0; i < size(); ++i) {
        if (!keep(i))
            continue;
        days[out] = days[i];
        users[out] = users[i];
        names[out] = names[i];
        counts[out] = counts[i];
        valueSums[out] = valueSums[i];
        ++out;
    }
    days.resize(out);
    users.resize(out);
    names.resize(out);
    counts.resize(out);
    valueSums.resize(out);
}

} // namespace NorthStar
