#pragma once

// What the valid rows of an import add up to (their key range and distinct users) and its
// progress reports, a few a second at most: shared by the raw event import (keyed by UTC
// instant) and the rollup import (keyed by local day). Internal to the event store.

#include "eventstore/importtypes.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

namespace NorthStar::ImportTally {

template<typename Key>
class Tally
{
public:
    qint64 rows = 0;
    std::optional<Key> first, last;
    qint64 users = 0;

    // One valid row (the caller counts `rows`).
    void add(Key key, std::uint32_t user)
    {
        if (!first || key < *first)
            first = key;
        if (!last || key > *last)
            last = key;
        if (user >= m_seen.size())
            m_seen.resize(std::max<std::size_t>(std::size_t(user) + 1, m_seen.size() * 2), 0);
        users += m_seen[user] ? 0 : 1;
        m_seen[user] = 1;
    }

private:
    std::vector<std::uint8_t> m_seen;
};

struct Reporter
{
    static constexpr qint64 kIntervalMs = 100;

    const ImportControl &control;
    ImportProgress progress;
    QElapsedTimer clock;

    void report(qint64 rowsRead, qint64 bytesRead, bool force = false)
    {
        progress.rows = rowsRead;
        progress.bytes = bytesRead;
        if (!control.progress || (!force && clock.isValid() && clock.elapsed() < kIntervalMs))
            return;
        clock.start();
        control.progress(progress);
    }
};

} // namespace NorthStar::ImportTally
