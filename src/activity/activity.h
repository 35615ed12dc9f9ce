#pragma once

// The contract between the event store (which imports and persists usage data) and the
// metrics engine (which computes METRICS.md from it).
//
// Every metric of METRICS.md is a function of, per user, which core-action events happened
// on which *local date* (in the reporting timezone), how many, and the sum of their values;
// plus each user's first-seen date and attributes. ActivityData is exactly that, in a
// compact, cache-friendly layout: the per-user, per-day rollup of the raw events. It is
// rebuilt from the raw events whenever the reporting timezone changes.

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace NorthStar {

// Days since 1970-01-01 of a calendar date, in the reporting timezone.
using LocalDay = std::int32_t;
// Dense index of a user, 0 .. userCount()-1.
using UserIndex = std::uint32_t;
// Interned event name, an index into ActivityData::eventNames.
using EventId = std::uint32_t;

struct DayActivity final
{
    LocalDay day = 0;
    EventId event = 0;
    std::uint32_t count = 0;  // events of this name by this user on this day
    double valueSum = 0.0;    // sum of their values (a missing value counts as 0)
};

struct AttributeColumn final
{
    QString name;                          // e.g. "country"
    QStringList values;                    // distinct values
    std::vector<std::int32_t> valueOfUser; // per user: index into values, -1 when unknown
};

struct ActivityData final
{
    QString timeZone = QStringLiteral("UTC"); // IANA id the local days are counted in
    QStringList eventNames;                    // EventId -> name
    QStringList userKeys;                      // UserIndex -> external user id

    // Compressed rows: user u owns entries[userOffsets[u] .. userOffsets[u+1]), sorted by
    // (day, event). userOffsets.size() == userCount() + 1.
    std::vector<std::uint32_t> userOffsets{0};
    std::vector<DayActivity> entries;

    // Per user: local day of the earliest event of any name (METRICS.md's f(u)).
    std::vector<LocalDay> firstSeen;

    std::vector<AttributeColumn> attributes;

    // Local days of the earliest and latest event of the whole workspace; only meaningful
    // when !isEmpty().
    LocalDay firstDay = 0;
    LocalDay lastDay = 0;

    std::size_t userCount() const { return userOffsets.size() - 1; }
    bool isEmpty() const { return entries.empty(); }
};

} // namespace NorthStar
