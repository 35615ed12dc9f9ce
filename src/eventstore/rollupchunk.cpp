#include "eventstore/rollupchunk.h"

#include "eventstore/bytecodec.h"

#include <QCoreApplication>

namespace NorthStar {

using namespace ByteCodec;

namespace {
constexpr unsigned char kVersion = 1;
}

void RollupColumns::clear()
{
    days.clear();
    users.clear();
    names.clear();
    counts.clear();
    valueSums.clear();
}

void RollupColumns::append(LocalDay day, std::uint32_t user, std::uint32_t name, std::uint32_t count, double valueSum)
{
    days.push_back(day);
    users.push_back(user);
    names.push_back(name);
    counts.push_back(count);
    valueSums.push_back(valueSum);
}

void RollupChunk::encode(const RollupColumns &c, std::size_t begin, std::size_t end, std::string &out)
{
    const std::size_t n = end - begin;
    out.clear();
    out.reserve(n * 6 + 16);
    out.push_back(char(kVersion));
    putVarint(out, n);
    std::int64_t previous = 0;
    for (std::size_t i = begin; i < end; ++i) {
        putVarint(out, zigzag(std::int64_t(c.days[i]) - previous));
        previous = c.days[i];
    }
    for (std::size_t i = begin; i < end; ++i)
        putVarint(out, c.users[i]);
    for (std::size_t i = begin; i < end; ++i)
        putVarint(out, c.names[i]);
    for (std::size_t i = begin; i < end; ++i)
        putVarint(out, c.counts[i]);
    // Most rollup rows of count events have no value: a bit instead of 8 bytes each.
    const std::size_t bitmapAt = out.size();
    out.append((n + 7) / 8, '\0');
    for (std::size_t i = begin; i < end; ++i) {
        if (c.valueSums[i] != 0.0) {
            out[bitmapAt + (i - begin) / 8] |= char(1u << ((i - begin) % 8));
            putDouble(out, c.valueSums[i]);
        }
    }
}

Result<void> RollupChunk::decode(const char *data, std::size_t size, RollupColumns &c)
{
    const auto damaged = [] {
        return fail(QCoreApplication::translate("EventStore",
                                                "A stored rollup is damaged (a chunk cannot be read)."));
    };
    Reader r(data, size);
    const unsigned char *version = r.bytes(1);
    if (!version || *version != kVersion)
        return damaged();
    const std::uint64_t n = r.varint();
    // Each row takes at least four bytes of varints.
    if (!r.ok() || n > size / 4)
        return damaged();
    const std::size_t base = c.size();
    c.days.resize(base + n);
    c.users.resize(base + n);
    c.names.resize(base + n);
    c.counts.resize(base + n);
    c.valueSums.resize(base + n);
    std::int64_t day = 0;
    for (std::size_t i = 0; i < n; ++i) {
        day += unzigzag(r.varint());
        c.days[base + i] = LocalDay(day);
    }
    for (std::size_t i = 0; i < n; ++i)
        c.users[base + i] = std::uint32_t(r.varint());
    for (std::size_t i = 0; i < n; ++i)
        c.names[base + i] = std::uint32_t(r.varint());
    for (std::size_t i = 0; i < n; ++i)
        c.counts[base + i] = std::uint32_t(r.varint());
    const unsigned char *bitmap = r.bytes((n + 7) / 8);
    if (!r.ok())
        return damaged();
    for (std::size_t i = 0; i < n; ++i)
        c.valueSums[base + i] = (bitmap[i / 8] >> (i % 8)) & 1 ? r.float64() : 0.0;
    if (!r.ok() || !r.atEnd())
        return damaged();
    return {};
}

} // namespace NorthStar
