#pragma once

// Raw events are stored in columnar chunks of up to kChunkEvents events, one BLOB each
// (table event_chunks, with the chunk's source, import and time range beside it). Inserting
// 5M events as 80 BLOBs instead of 5M rows is what makes the import fast (one prepared
// INSERT of 5M rows alone takes 3.7 s here, more than the whole budget), and the file stays
// small: instants are delta-encoded varints, ids varints, values a presence bitmap plus
// doubles. Overlap replacement reads the chunk ranges, deletes chunks wholly inside the new
// file's range and rewrites only the few that straddle its ends.
//
// Blob layout (version 1, little-endian):
//   u8 version, varint n,
//   n x zigzag varint instant delta (ms, from the previous event; the first from 0),
//   n x varint user id, n x varint event name id,
//   ceil(n/8) bytes value presence (bit i of byte i/8), then one double per present value.

#include "common/result.h"

#include <QByteArray>

#include <cstdint>
#include <string>
#include <vector>

namespace NorthStar {

struct EventColumns final
{
    std::vector<qint64> instants; // UTC ms
    std::vector<std::uint32_t> users;
    std::vector<std::uint32_t> names;
    std::vector<double> values;   // NaN for "no value" (valid values are always finite)

    std::size_t size() const { return instants.size(); }
    void clear();
    void reserve(std::size_t n);
    void append(qint64 instant, std::uint32_t user, std::uint32_t name, double value);
    // Keeps the events for which keep(i) is true, in order.
    template<typename Keep>
    void filter(Keep keep);
};

namespace EventChunk {

inline constexpr std::size_t kChunkEvents = 65536;

// Encodes events [begin, end) of `columns` into `out` (cleared first).
void encode(const EventColumns &columns, std::size_t begin, std::size_t end, std::string &out);
// Appends the events of a blob to `columns`.
Result<void> decode(const char *data, std::size_t size, EventColumns &columns);

} // namespace EventChunk

template<typename Keep>
void EventColumns::filter(Keep keep)
{
    std::size_t out = 0;
    for (std::size_t i = 0; i < size(); ++i) {
        if (!keep(i))
            continue;
        instants[out] = instants[i];
        users[out] = users[i];
        names[out] = names[i];
        values[out] = values[i];
        ++out;
    }
    instants.resize(out);
    users.resize(out);
    names.resize(out);
    values.resize(out);
}

} // namespace NorthStar
