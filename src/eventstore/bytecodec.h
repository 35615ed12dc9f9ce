#pragma once

// LEB128 varints and zigzag, shared by the event chunk and rollup blob formats. Inline on
// purpose: they run tens of millions of times per import or load.

#include <cstdint>
#include <cstring>
#include <string>

namespace NorthStar::ByteCodec {

inline void putVarint(std::string &out, std::uint64_t v)
{
    char buffer[10];
    int n = 0;
    while (v >= 0x80) {
        buffer[n++] = char((v & 0x7F) | 0x80);
        v >>= 7;
    }
    buffer[n++] = char(v);
    out.append(buffer, std::size_t(n));
}

inline std::uint64_t zigzag(std::int64_t v)
{
    return (std::uint64_t(v) << 1) ^ std::uint64_t(v >> 63);
}

inline std::int64_t unzigzag(std::uint64_t v)
{
    return std::int64_t(v >> 1) ^ -std::int64_t(v & 1);
}

inline void putDouble(std::string &out, double v)
{
    char b[8];
    std::memcpy(b, &v, 8);
    out.append(b, 8);
}

// Reads from [p, end); sets `ok` false (and returns 0) on truncated or overlong input.
class Reader final
{
public:
    Reader(const char *data, std::size_t size)
        : m_p(reinterpret_cast<const unsigned char *>(data)), m_end(m_p + size) {}

    std::uint64_t varint()
    {
        if (m_p != m_end && *m_p < 0x80) [[likely]]
            return *m_p++; // most ids, deltas and counts are one byte
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p == m_end) {
                m_ok = false;
                return 0;
            }
            const unsigned char b = *m_p++;
            v |= std::uint64_t(b & 0x7F) << shift;
            if (!(b & 0x80))
                return v;
        }
        m_ok = false;
        return 0;
    }
    double float64()
    {
        if (m_end - m_p < 8) {
            m_ok = false;
            return 0;
        }
        double v;
        std::memcpy(&v, m_p, 8);
        m_p += 8;
        return v;
    }
    const unsigned char *bytes(std::size_t n)
    {
        if (std::size_t(m_end - m_p) < n) {
            m_ok = false;
            return nullptr;
        }
        const unsigned char *at = m_p;
        m_p += n;
        return at;
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_p == m_end; }

private:
    const unsigned char *m_p;
    const unsigned char *m_end;
    bool m_ok = true;
};

} // namespace NorthStar::ByteCodec
