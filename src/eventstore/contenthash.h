#pragma once

// The fingerprint of an imported file's bytes, for "identical content imports 0 rows".
// XXH64 (Yann Collet's public algorithm) runs at memory speed, where SHA-256 in
// QCryptographicHash reads 45 MB/s here: for a 200 MB export that is the difference between
// nothing and four seconds. Collisions matter only between imports of the same source and
// the byte count is part of the fingerprint, so a 64-bit non-cryptographic hash is enough.

#include <QString>

#include <cstdint>

namespace NorthStar {

class ContentHash final
{
public:
    ContentHash();

    void add(const char *data, qint64 size);
    // "xxh64:<16 hex digits>:<byte count>"
    QString result() const;
    qint64 size() const { return m_total; }

private:
    void consume(const unsigned char *block);

    std::uint64_t m_v[4];
    unsigned char m_buffer[32];
    int m_buffered = 0;
    qint64 m_total = 0;
};

} // namespace NorthStar
