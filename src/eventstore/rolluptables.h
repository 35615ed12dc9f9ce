#pragma once

// SQL on the rollup tables (schema step 6, src/storage/schema_rollup.cpp): imported daily
// rollups in chunks (rollupchunk.h), the kind of each source, and the checks that keep
// rollups and raw events apart. Internal to the event store, like eventtables.h.

#include "common/result.h"
#include "eventstore/rollupchunk.h"
#include "sqlite/database.h"

#include <QString>

#include <functional>
#include <optional>

namespace NorthStar::RollupTables {

enum class SourceKind { Events, Rollup };

// The kind of the source with id `sourceId`, fixed by its first import; nothing when the
// source holds no data yet (then `setKind` fixes it).
Result<std::optional<SourceKind>> kind(Sqlite::Database &db, std::int64_t sourceId);
Result<void> setKind(Sqlite::Database &db, std::int64_t sourceId, SourceKind kind);
QString kindName(SourceKind kind);

// The timezone the stored rollup rows' dates were made in; nothing without rollup rows.
Result<std::optional<QString>> timeZone(Sqlite::Database &db);

// Appends chunks of one rollup import.
class ChunkWriter final
{
public:
    static Result<ChunkWriter> create(Sqlite::Database &db, std::int64_t sourceId, std::int64_t importId);
    Result<void> write(const RollupColumns &rows, std::size_t begin, std::size_t end);

private:
    explicit ChunkWriter(Sqlite::Statement insert) : m_insert(std::move(insert)) {}
    Sqlite::Statement m_insert;
    std::int64_t m_sourceId = 0;
    std::int64_t m_importId = 0;
    std::string m_blob;
};

// Deletes the rows of `sourceId` from other imports than `importId` whose days lie in
// [first, last]; returns how many rows.
Result<std::int64_t> replaceRange(Sqlite::Database &db, std::int64_t sourceId, std::int64_t importId, LocalDay first,
                                  LocalDay last);
// Rows of `sourceId` in [first, last] (what replaceRange would delete).
Result<std::int64_t> countRange(Sqlite::Database &db, std::int64_t sourceId, LocalDay first, LocalDay last);
// Calls `visit` with every stored rollup chunk's rows (all sources).
Result<void> forEachChunk(Sqlite::Database &db, const std::function<Result<void>(const RollupColumns &)> &visit);

// The local days in [first, last] (in `zone`) on which stored raw events exist, as the first
// and last such day; nothing when there are none. A rollup must not cover them.
struct DayRange
{
    LocalDay first = 0;
    LocalDay last = 0;
};
Result<std::optional<DayRange>> eventDaysWithin(Sqlite::Database &db, const QString &zone, LocalDay first,
                                                LocalDay last);
// The days in [first, last] that stored rollup rows cover; nothing when none. Raw events
// must not fall on them.
Result<std::optional<DayRange>> rollupDaysWithin(Sqlite::Database &db, LocalDay first, LocalDay last);

// "2024-03-31" for a local day.
QString dayText(LocalDay day);

} // namespace NorthStar::RollupTables
