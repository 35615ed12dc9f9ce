#include "eventstore/contenthash.h"

#include <cstring>

namespace NorthStar {

namespace {

constexpr std::uint64_t P1 = 11400714785074694791ULL;
constexpr std::uint64_t P2 = 14029467366897019727ULL;
constexpr std::uint64_t P3 = 1609587929392839161ULL;
constexpr std::uint64_t P4 = 9650029242287828579ULL;
constexpr std::uint64_t P5 = 2870177450012600261ULL;

std::uint64_t rotl(std::uint64_t x, int r)
{
    return (x << r) | (x >> (64 - r));
}

std::uint64_t read64(const unsigned char *p)
{
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v; // little-endian hosts only (x86-64, arm64), like the rest of the file format
}

std::uint32_t read32(const unsigned char *p)
{
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
}

std::uint64_t round(std::uint64_t acc, std::uint64_t input)
{
    acc += input * P2;
    acc = rotl(acc, 31);
    return acc * P1;
}

std::uint64_t mergeRound(std::uint64_t acc, std::uint64_t val)
{
    acc ^= round(0, val);
    return acc * P1 + P4;
}

} // namespace

ContentHash::ContentHash()
    : m_v{P1 + P2, P2, 0, 0ULL - P1}
{
}

void ContentHash::consume(const unsigned char *block)
{
    m_v[0] = round(m_v[0], read64(block));
    m_v[1] = round(m_v[1], read64(block + 8));
    m_v[2] = round(m_v[2], read64(block + 16));
    m_v[3] = round(m_v[3], read64(block + 24));
}

void ContentHash::add(const char *data, qint64 size)
{
    auto p = reinterpret_cast<const unsigned char *>(data);
    m_total += size;
    if (m_buffered > 0) {
        const int take = int(std::min<qint64>(32 - m_buffered, size));
        std::memcpy(m_buffer + m_buffered, p, size_t(take));
        m_buffered += take;
        p += take;
        size -= take;
        if (m_buffered < 32)
            return;
        consume(m_buffer);
        m_buffered = 0;
    }
    while (size >= 32) {
        consume(p);
        p += 32;
        size -= 32;
    }
    std::memcpy(m_buffer, p, size_t(size));
    m_buffered = int(size);
}

QString ContentHash::result() const
{
    std::uint64_t h;
    if (m_total >= 32) {
        h = rotl(m_v[0], 1) + rotl(m_v[1], 7) + rotl(m_v[2], 12) + rotl(m_v[3], 18);
        for (const std::uint64_t v : m_v)
            h = mergeRound(h, v);
    } else {
        h = P5;
    }
    h += std::uint64_t(m_total);
    const unsigned char *p = m_buffer;
    int left = m_buffered;
    while (left >= 8) {
        h ^= round(0, read64(p));
        h = rotl(h, 27) * P1 + P4;
        p += 8;
        left -= 8;
    }
    if (left >= 4) {
        h ^= std::uint64_t(read32(p)) * P1;
        h = rotl(h, 23) * P2 + P3;
        p += 4;
        left -= 4;
    }
    while (left-- > 0) {
        h ^= (*p++) * P5;
        h = rotl(h, 11) * P1;
    }
    h ^= h >> 33;
    h *= P2;
    h ^= h >> 29;
    h *= P3;
    h ^= h >> 32;
    return QStringLiteral("xxh64:%1:%2").arg(h, 16, 16, QLatin1Char('0')).arg(m_total);
}

} // namespace NorthStar
