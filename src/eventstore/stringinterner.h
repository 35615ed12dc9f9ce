#pragma once

// Dense ids for strings seen millions of times (user ids, event names, attribute values):
// an open-addressing table over one character arena, so interning a known key costs one
// hash and one comparison and no allocation.

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
    static std::uint64_t hash(std::string_view key);
    void grow();

    std::vector<char> m_arena;
    std::vector<std::uint64_t> m_offsets{0}; // key i is m_arena[m_offsets[i] .. m_offsets[i+1])
    std::vector<std::uint32_t> m_slots;      // id + 1, 0 for empty
    std::vector<std::uint32_t> m_slotHash;   // high bits of the hash, to skip most compares
    std::uint64_t m_mask = 0;
};

} // namespace NorthStar
