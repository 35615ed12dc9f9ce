#pragma once

// Dense ids for strings seen millions of times (user ids, event names, attribute values):
// an open-addressing table whose 32-byte slots hold short keys inline, so interning a known
// key costs one hash and one cache line (the profile of a 5M-row import showed four misses
// per lookup with keys only in the arena). Keys are also kept in one arena, for key(id).

#include <QStringList>

#include <cstdint>
#include <string_view>
#include <vector>

namespace NorthStar {

class StringInterner final
{
public:
    StringInterner();

    // The id of `key`, adding it (as the next id) when new.
    std::uint32_t intern(std::string_view key);
    // The id of `key`, or -1 when it was never added.
    std::int64_t find(std::string_view key) const;

    std::string_view key(std::uint32_t id) const;
    std::uint32_t size() const { return std::uint32_t(m_offsets.size() - 1); }
    QStringList keys(std::uint32_t from = 0) const;

private:
    static constexpr std::size_t kInline = 23;
    struct Slot
    {
        std::uint32_t id;      // id + 1, 0 for an empty slot
        std::uint32_t tag;     // high bits of the hash, to skip most compares
        unsigned char text[24]; // length byte, then the key zero-padded (kInline bytes at most)
    };
    // The key as a slot stores it; false when it is too long to be inline.
    static bool packed(std::string_view key, unsigned char (&out)[24]);
    static std::uint64_t hash(std::string_view key);
    bool matches(const Slot &slot, std::uint32_t tag, std::string_view key, const unsigned char (&probe)[24],
                 bool inlineKey) const;
    void place(std::uint32_t id, std::uint64_t h);
    void grow();

    std::vector<char> m_arena;
    std::vector<std::uint64_t> m_offsets{0}; // key i is m_arena[m_offsets[i] .. m_offsets[i+1])
    std::vector<Slot> m_slots;
    std::uint64_t m_mask = 0;
};

} // namespace NorthStar
