#include "eventstore/stringinterner.h"

#include <cstring>

namespace NorthStar {

StringInterner::StringInterner()
{
    m_slots.assign(1024, 0);
    m_slotHash.assign(1024, 0);
    m_mask = 1023;
}

std::uint64_t StringInterner::hash(std::string_view key)
{
    // FNV-1a over 8-byte words, then a final mix: user ids are short, so this is a few
    // multiplications per key.
    std::uint64_t h = 0xcbf29ce484222325ULL ^ key.size();
    const char *p = key.data();
    std::size_t n = key.size();
    while (n >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * 0x100000001b3ULL;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, p, n);
    h = (h ^ tail) * 0x9E3779B97F4A7C15ULL;
    h ^= h >> 32;
    h *= 0xD6E8FEB86659FD93ULL;
    h ^= h >> 32;
    return h;
}

std::string_view StringInterner::key(std::uint32_t id) const
{
    const std::uint64_t begin = m_offsets[id];
    return {m_arena.data() + begin, std::size_t(m_offsets[id + 1] - begin)};
}

std::int64_t StringInterner::find(std::string_view key) const
{
    const std::uint64_t h = hash(key);
    const auto tag = std::uint32_t(h >> 32);
    for (std::uint64_t i = h & m_mask;; i = (i + 1) & m_mask) {
        const std::uint32_t slot = m_slots[i];
        if (slot == 0)
            return -1;
        if (m_slotHash[i] == tag && this->key(slot - 1) == key)
            return slot - 1;
    }
}

std::uint32_t StringInterner::intern(std::string_view key)
{
    const std::uint64_t h = hash(key);
    const auto tag = std::uint32_t(h >> 32);
    std::uint64_t i = h & m_mask;
    for (;; i = (i + 1) & m_mask) {
        const std::uint32_t slot = m_slots[i];
        if (slot == 0)
            break;
        if (m_slotHash[i] == tag && this->key(slot - 1) == key)
            return slot - 1;
    }
    const std::uint32_t id = size();
    m_arena.insert(m_arena.end(), key.begin(), key.end());
    m_offsets.push_back(m_arena.size());
    m_slots[i] = id + 1;
    m_slotHash[i] = tag;
    if (std::uint64_t(size()) * 2 > m_mask)
        grow();
    return id;
}

void StringInterner::grow()
{
    const std::size_t capacity = m_slots.size() * 2;
    m_slots.assign(capacity, 0);
    m_slotHash.assign(capacity, 0);
    m_mask = capacity - 1;
    for (std::uint32_t id = 0; id < size(); ++id) {
        const std::uint64_t h = hash(key(id));
        std::uint64_t i = h & m_mask;
        while (m_slots[i] != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = id + 1;
        m_slotHash[i] = std::uint32_t(h >> 32);
    }
}

QStringList StringInterner::keys(std::uint32_t from) const
{
    QStringList list;
    list.reserve(qsizetype(size() - std::min(from, size())));
    for (std::uint32_t id = from; id < size(); ++id) {
        const std::string_view k = key(id);
        list.append(QString::fromUtf8(k.data(), qsizetype(k.size())));
    }
    return list;
}

} // namespace NorthStar
