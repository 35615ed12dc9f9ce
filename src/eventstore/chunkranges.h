#pragma once

// The bookkeeping raw event chunks (eventchunk.h) and rollup chunks (rollupchunk.h) share:
// every chunk row holds a BLOB of columns, the source and import it came from, its key range
// [first, last] (UTC instants or local days) and its row count. Replacing a range deletes the
// chunks wholly inside it unread and rewrites only the few that straddle its ends. Internal
// to the event store.
//
// Traits name the table's statements and how to read, write and key a chunk's columns:
//   using Columns;                                   EventColumns or RollupColumns
//   static constexpr const char *overlapping, *remove, *update, *inRange, *all;
//   static const auto &keys(const Columns &);       the instants or days, one per row
//   static Result<void> decode(const char *, std::size_t, Columns &);
//   static void encode(const Columns &, std::size_t, std::size_t, std::string &);
//   static void bindUpdate(Sqlite::Statement &, std::int64_t lo, std::int64_t hi,
//                          const Columns &kept, const std::string &blob, std::int64_t id);

#include "common/result.h"
#include "sqlite/database.h"

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

namespace NorthStar::ChunkRanges {

// Deletes the rows of `source` from other imports than `importId` whose keys lie in
// [first, last]; returns how many.
template<typename Traits>
Result<std::int64_t> replace(Sqlite::Database &db, std::int64_t source, std::int64_t importId, std::int64_t first,
                             std::int64_t last)
{
    using Columns = typename Traits::Columns;
    auto q = db.prepare(Traits::overlapping);
    auto remove = db.prepare(Traits::remove);
    auto update = db.prepare(Traits::update);
    if (!q || !remove || !update)
        return fail(!q ? q.error() : !remove ? remove.error() : update.error());
    q->bind(1, source).bind(2, importId).bind(3, last).bind(4, first);
    // Collect first: changing the table while stepping over it is undefined.
    struct Change { std::int64_t id; std::int64_t removed; Columns kept; };
    std::vector<Change> changes;
    std::int64_t replaced = 0;
    for (;;) {
        auto row = q->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        Change change{q->int64(0), 0, {}};
        if (q->int64(1) >= first && q->int64(2) <= last) {
            change.removed = q->int64(3); // wholly inside: no need to read it
        } else {
            const std::string_view blob = q->blob(4);
            if (auto r = Traits::decode(blob.data(), blob.size(), change.kept); !r)
                return fail(r.error());
            const std::size_t before = change.kept.size();
            const auto &keys = Traits::keys(change.kept);
            change.kept.filter([&](std::size_t i) { return keys[i] < first || keys[i] > last; });
            change.removed = std::int64_t(before - change.kept.size());
        }
        replaced += change.removed;
        changes.push_back(std::move(change));
    }
    q->reset();
    std::string blob;
    for (const Change &change : changes) {
        if (change.kept.size() == 0) {
            remove->bind(1, change.id);
            if (auto r = remove->exec(); !r)
                return fail(r.error());
        } else if (change.removed > 0) {
            const auto [lo, hi] = std::minmax_element(Traits::keys(change.kept).begin(), Traits::keys(change.kept).end());
            Traits::encode(change.kept, 0, change.kept.size(), blob);
            Traits::bindUpdate(*update, std::int64_t(*lo), std::int64_t(*hi), change.kept, blob, change.id);
            if (auto r = update->exec(); !r)
                return fail(r.error());
        }
    }
    return replaced;
}

// Rows of `source` whose keys lie in [first, last] (what replace() would delete).
template<typename Traits>
Result<std::int64_t> count(Sqlite::Database &db, std::int64_t source, std::int64_t first, std::int64_t last)
{
    auto q = db.prepare(Traits::inRange);
    if (!q)
        return fail(q.error());
    q->bind(1, source).bind(2, last).bind(3, first);
    std::int64_t n = 0;
    typename Traits::Columns rows;
    for (;;) {
        auto row = q->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return n;
        if (q->int64(0) >= first && q->int64(1) <= last) {
            n += q->int64(2);
            continue;
        }
        rows.clear();
        const std::string_view blob = q->blob(3);
        if (auto r = Traits::decode(blob.data(), blob.size(), rows); !r)
            return fail(r.error());
        const auto &keys = Traits::keys(rows);
        n += std::count_if(keys.begin(), keys.end(), [&](auto k) { return k >= first && k <= last; });
    }
}

// Calls `visit` with every stored chunk's rows (all sources), in insertion order.
template<typename Traits>
Result<void> forEach(Sqlite::Database &db, const std::function<Result<void>(const typename Traits::Columns &)> &visit)
{
    auto q = db.prepare(Traits::all);
    if (!q)
        return fail(q.error());
    typename Traits::Columns rows;
    for (;;) {
        auto row = q->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return {};
        rows.clear();
        const std::string_view blob = q->blob(0);
        if (auto r = Traits::decode(blob.data(), blob.size(), rows); !r)
            return fail(r.error());
        if (auto r = visit(rows); !r)
            return fail(r.error());
    }
}

} // namespace NorthStar::ChunkRanges
