#pragma once

// SQL on the event tables (schema in src/storage/schema_events.cpp), through the sqlite layer.
// Internal to the event store: the importer and the loaders share these steps.

#include "common/result.h"
#include "activity/activity.h"
#include "eventstore/eventchunk.h"
#include "sqlite/database.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace NorthStar {

class ActivityBuilder;
class StringInterner;
struct AttributeValues;
struct ImportRequest;
struct ImportSummary;

namespace EventTables {

// Opens a workspace that exists: checked (WorkspaceFile::validate) and migrated when older.
Result<Sqlite::Database> open(const QString &path, bool writable);

// The `timezone` setting, "UTC" when unset.
Result<QString> reportingTimeZone(Sqlite::Database &db);

Result<std::int64_t> sourceId(Sqlite::Database &db, const QString &name, bool create);
Result<bool> hasImport(Sqlite::Database &db, std::int64_t sourceId, const QString &contentHash);
// Raw events or rollup rows stored (any source).
Result<bool> hasData(Sqlite::Database &db);

// Loads users or event names into an interner (ids must be dense from 0).
Result<void> loadUsers(Sqlite::Database &db, StringInterner &users);
Result<void> loadEventNames(Sqlite::Database &db, StringInterner &names);
Result<void> insertUsers(Sqlite::Database &db, const StringInterner &users, std::uint32_t from);
Result<void> insertEventNames(Sqlite::Database &db, const StringInterner &names, std::uint32_t from);
Result<void> writeAttributes(Sqlite::Database &db, const std::vector<AttributeValues> &attributes);
// What every import (raw events or a rollup) writes against: the workspace's users and event
// names, to which it appends, and the id its import record and chunks get.
struct ImportTarget final
{
    StringInterner *users = nullptr;
    StringInterner *names = nullptr;
    std::uint32_t usersBefore = 0;
    std::uint32_t namesBefore = 0;
    std::int64_t importId = 0;
};
// Loads the users and names into the interners and takes the next import id.
Result<ImportTarget> beginImport(Sqlite::Database &db, StringInterner &users, StringInterner &names);
// Into a workspace without data the activity is built as the rows go by (a builder in
// `zone`); otherwise (nothing) it is rebuilt from everything stored once replacements are done.
Result<std::optional<ActivityBuilder>> builderForFirstImport(bool hadData, const QString &zone);
// Stores the users and names the import added.
Result<void> storeNewNames(Sqlite::Database &db, const ImportTarget &target);
// The import history's row for an import (raw events or a rollup).
Result<void> insertImport(Sqlite::Database &db, std::int64_t importId, std::int64_t sourceId,
                          const ImportRequest &request, const ImportSummary &summary);

// Appends chunks of one import.
class ChunkWriter final
{
public:
    static Result<ChunkWriter> create(Sqlite::Database &db, std::int64_t sourceId, std::int64_t importId);
    Result<void> write(const EventColumns &events, std::size_t begin, std::size_t end);

private:
    explicit ChunkWriter(Sqlite::Statement insert) : m_insert(std::move(insert)) {}
    Sqlite::Statement m_insert;
    std::int64_t m_sourceId = 0;
    std::int64_t m_importId = 0;
    std::string m_blob;
};

// Deletes the events of `sourceId` from other imports than `importId` whose instants lie in
// [first, last]; returns how many.
Result<std::int64_t> replaceRange(Sqlite::Database &db, std::int64_t sourceId, std::int64_t importId,
                                  qint64 first, qint64 last);
// Events of `sourceId` in [first, last] (what replaceRange would delete).
Result<std::int64_t> countRange(Sqlite::Database &db, std::int64_t sourceId, qint64 first, qint64 last);

// Calls `visit` with every stored chunk's events (all sources).
Result<void> forEachChunk(Sqlite::Database &db, const std::function<Result<void>(const EventColumns &)> &visit);

// The rollup as stored, or nothing when none is stored.
Result<std::optional<ActivityData>> readActivity(Sqlite::Database &db);
Result<void> writeActivity(Sqlite::Database &db, const ActivityData &data);
// User keys, event names and attributes of ActivityData, from their tables.
Result<void> readNamesAndAttributes(Sqlite::Database &db, ActivityData &data);

} // namespace EventTables
} // namespace NorthStar

namespace NorthStar {
struct RawActivityEvent;
}

namespace NorthStar::EventTables {
// The events of a chunk as ActivityBuilder::addEvents takes them.
void toRawEvents(const EventColumns &events, std::vector<RawActivityEvent> &raw);
// Why a workspace holding rollups made in `rollupZone` cannot report in `wanted`.
QString rollupZoneFixed(const QString &rollupZone, const QString &wanted);
// The rollup of every stored event and imported rollup row in `timeZone` (an error when
// rollup rows were made in another zone), built with the metrics module's
// ActivityBuilder (names and attributes are left to readNamesAndAttributes()).
Result<ActivityData> buildActivity(Sqlite::Database &db, const QString &timeZone, const QStringList &userKeys,
                                   const QStringList &eventNames);
} // namespace NorthStar::EventTables
