#include "eventstore/stringinterner.h"

#include <cstring>

namespace NorthStar {

namespace {
constexpr unsigned char kLongKey = 0xFF;
}

StringInterner::StringInterner()
{
    m_slots.assign(1024, Slot{});
    m_mask = 1023;
}

std::uint64_t StringInterner::hash(std::string_view key)
{
    // Multiply-xorshift over 8-byte words: user ids are short, so a few multiplications.
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

bool StringInterner::packed(std::string_view key, unsigned char (&out)[24])
{
    std::memset(out, 0, sizeof out);
    if (key.size() > kInline) {
        out[0] = kLongKey;
        return false;
    }
    out[0] = static_cast<unsigned char>(key.size());
    std::memcpy(out + 1, key.data(), key.size());
    return true;
}

bool StringInterner::matches(const Slot &slot, std::uint32_t tag, std::string_view key,
                             const unsigned char (&probe)[24], bool inlineKey) const
{
    if (slot.tag != tag)
        return false;
    if (inlineKey)
        return std::memcmp(slot.text, probe, sizeof probe) == 0; // fixed size: three word compares
    return slot.text[0] == kLongKey && this->key(slot.id - 1) == key;
}

std::string_view StringInterner::key(std::uint32_t id) const
{
    const std::uint64_t begin = m_offsets[id];
    return {m_arena.data() + begin, std::size_t(m_offsets[id + 1] - begin)};
}

std::int64_t StringInterner::find(std::string_view key) const
{
    unsigned char probe[24];
    const bool inlineKey = packed(key, probe);
    const std::uint64_t h = hash(key);
    const auto tag = std::uint32_t(h >> 32);
    for (std::uint64_t i = h & m_mask;; i = (i + 1) & m_mask) {
        const Slot &slot = m_slots[i];
        if (slot.id == 0)
            return -1;
        if (matches(slot, tag, key, probe, inlineKey))
            return slot.id - 1;
    }
}

std::uint32_t StringInterner::intern(std::string_view key)
{
    unsigned char probe[24];
    const bool inlineKey = packed(key, probe);
    const std::uint64_t h = hash(key);
    const auto tag = std::uint32_t(h >> 32);
    std::uint64_t i = h & m_mask;
    for (;; i = (i + 1) & m_mask) {
        const Slot &slot = m_slots[i];
        if (slot.id == 0)
            break;
        if (matches(slot, tag, key, probe, inlineKey))
            return slot.id - 1;
    }
    const std::uint32_t id = size();
    m_arena.insert(m_arena.end(), key.begin(), key.end());
    m_offsets.push_back(m_arena.size());
    Slot &slot = m_slots[i];
    slot.id = id + 1;
    slot.tag = tag;
    std::memcpy(slot.text, probe, sizeof probe);
    // Grow at 70% full: linear probing stays short and the table small.
    if (std::uint64_t(size()) * 10 > (m_mask + 1) * 7)
        grow();
    return id;
}

void StringInterner::place(std::uint32_t id, std::uint64_t h)
{
    std::uint64_t i = h & m_mask;
    while (m_slots[i].id != 0)
        i = (i + 1) & m_mask;
    Slot &slot = m_slots[i];
    slot.id = id + 1;
    slot.tag = std::uint32_t(h >> 32);
    packed(key(id), slot.text);
}

void StringInterner::grow()
{
    const std::size_t capacity = m_slots.size() * 2;
    m_slots.assign(capacity, Slot{});
    m_mask = capacity - 1;
    for (std::uint32_t id = 0; id < size(); ++id)
        place(id, hash(key(id)));
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
