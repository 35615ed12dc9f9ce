#include "eventstore/eventchunk.h"

#include "eventstore/bytecodec.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace NorthStar {

using namespace ByteCodec;

namespace {
constexpr unsigned char kVersion = 1;
}

void EventColumns::clear()
{
    instants.clear();
    users.clear();
    names.clear();
    values.clear();
}

void EventColumns::reserve(std::size_t n)
{
    instants.reserve(n);
    users.reserve(n);
    names.reserve(n);
    values.reserve(n);
}

void EventColumns::append(qint64 instant, std::uint32_t user, std::uint32_t name, double value)
{
    instants.push_back(instant);
    users.push_back(user);
    names.push_back(name);
    values.push_back(value);
}

void EventChunk::encode(const EventColumns &c, std::size_t begin, std::size_t end, std::string &out)
{
    const std::size_t n = end - begin;
    out.clear();
    out.reserve(n * 8 + 16);
    out.push_back(char(kVersion));
    putVarint(out, n);
    qint64 previous = 0;
    for (std::size_t i = begin; i < end; ++i) {
        putVarint(out, zigzag(c.instants[i] - previous));
        previous = c.instants[i];
    }
    for (std::size_t i = begin; i < end; ++i)
        putVarint(out, c.users[i]);
    for (std::size_t i = begin; i < end; ++i)
        putVarint(out, c.names[i]);
    const std::size_t bitmapAt = out.size();
    out.append((n + 7) / 8, '\0');
    for (std::size_t i = begin; i < end; ++i) {
        if (!std::isnan(c.values[i])) {
            out[bitmapAt + (i - begin) / 8] |= char(1u << ((i - begin) % 8));
            putDouble(out, c.values[i]);
        }
    }
}

Result<void> EventChunk::decode(const char *data, std::size_t size, EventColumns &c)
{
    const auto damaged = [] {
        return fail(QCoreApplication::translate("EventStore",
                                                "Stored events are damaged (a chunk cannot be read)."));
    };
    Reader r(data, size);
    const unsigned char *version = r.bytes(1);
    if (!version || *version != kVersion)
        return damaged();
    const std::uint64_t n = r.varint();
    if (!r.ok() || n > size * 8)
        return damaged();
    const std::size_t base = c.size();
    c.instants.resize(base + n);
    c.users.resize(base + n);
    c.names.resize(base + n);
    c.values.resize(base + n);
    qint64 instant = 0;
    for (std::size_t i = 0; i < n; ++i) {
        instant += unzigzag(r.varint());
        c.instants[base + i] = instant;
    }
    for (std::size_t i = 0; i < n; ++i)
        c.users[base + i] = std::uint32_t(r.varint());
    for (std::size_t i = 0; i < n; ++i)
        c.names[base + i] = std::uint32_t(r.varint());
    const unsigned char *bitmap = r.bytes((n + 7) / 8);
    if (!r.ok())
        return damaged();
    for (std::size_t i = 0; i < n; ++i) {
        c.values[base + i] = (bitmap[i / 8] >> (i % 8)) & 1 ? r.float64()
                                                            : std::numeric_limits<double>::quiet_NaN();
    }
    if (!r.ok() || !r.atEnd())
        return damaged();
    return {};
}

} // namespace NorthStar
