#include "eventstore/eventstore.h"

#include "eventstore/eventtables.h"
#include "eventstore/importtypes.h"
#include "eventstore/rolluptables.h"
#include "storage/schema.h"
#include "sqlite/transaction.h"
#include "storage/workspacefile.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace NorthStar::EventStore {

namespace {

std::optional<qint64> optionalInt(const Sqlite::Statement &q, int column)
{
    return q.isNull(column) ? std::nullopt : std::optional<qint64>(q.int64(column));
}

// The rollup in `zone` from a workspace of schema `version`.
Result<ActivityData> activityIn(Sqlite::Database &db, int version, const QString &zone)
{
    ActivityData data;
    if (version >= 2) { // version 1 files predate imported data
        auto stored = EventTables::readActivity(db);
        if (!stored)
            return fail(stored.error());
        if (stored->has_value() && (*stored)->timeZone == zone) {
            data = std::move(std::move(stored).value().value()); // moved, not copied: tens of MB
        } else {
            ActivityData names;
            if (auto r = EventTables::readNamesAndAttributes(db, names); !r)
                return fail(r.error());
            auto built = EventTables::buildActivity(db, zone, names.userKeys, names.eventNames);
            if (!built)
                return fail(built.error());
            data = std::move(built).value();
        }
        if (auto r = EventTables::readNamesAndAttributes(db, data); !r)
            return fail(r.error());
    }
    data.timeZone = zone;
    return data;
}

Result<ActivityData> loadFrom(const QString &workspacePath, const std::optional<QString> &timeZone)
{
    auto workspace = WorkspaceFile::openForReading(workspacePath);
    if (!workspace)
        return fail(workspace.error());
    QString zone;
    if (timeZone) {
        zone = *timeZone;
    } else {
        auto setting = EventTables::reportingTimeZone(workspace->database);
        if (!setting)
            return fail(setting.error());
        zone = *setting;
    }
    return activityIn(workspace->database, workspace->version, zone);
}

} // namespace

Result<ActivityData> loadActivity(const QString &workspacePath, const QString &timeZone)
{
    return loadFrom(workspacePath, timeZone);
}

Result<ActivityData> loadActivity(const QString &workspacePath)
{
    return loadFrom(workspacePath, std::nullopt);
}

Result<ActivityData> loadActivity(Sqlite::Database &db)
{
    const auto zone = EventTables::reportingTimeZone(db);
    if (!zone)
        return fail(zone.error());
    return activityIn(db, Schema::currentVersion, *zone);
}

Result<void> rebuildActivity(Sqlite::Database &db, const QString &timeZone)
{
    std::optional<Sqlite::Transaction> own;
    if (!db.inTransaction()) {
        auto begun = Sqlite::Transaction::begin(db);
        if (!begun)
            return fail(begun.error());
        own.emplace(std::move(begun).value());
    }
    const auto failed = [&](const QString &message) -> Result<void> {
        return own ? Result<void>(own->abandon(message)) : Result<void>(fail(message));
    };
    ActivityData names;
    if (auto r = EventTables::readNamesAndAttributes(db, names); !r)
        return failed(r.error());
    auto built = EventTables::buildActivity(db, timeZone, names.userKeys, names.eventNames);
    if (!built)
        return failed(built.error());
    if (auto r = EventTables::writeActivity(db, *built); !r)
        return failed(r.error());
    return own ? own->commit() : Result<void>();
}

Result<QString> reportingTimeZone(const QString &workspacePath)
{
    auto workspace = WorkspaceFile::openForReading(workspacePath);
    if (!workspace)
        return fail(workspace.error());
    return EventTables::reportingTimeZone(workspace->database);
}

Result<std::optional<QString>> rollupTimeZone(const QString &workspacePath)
{
    auto workspace = WorkspaceFile::openForReading(workspacePath);
    if (!workspace)
        return fail(workspace.error());
    return RollupTables::timeZone(workspace->database);
}

Result<WorkspaceInfo> info(const QString &workspacePath)
{
    auto workspace = WorkspaceFile::openForReading(workspacePath);
    if (!workspace)
        return fail(workspace.error());
    Sqlite::Database &db = workspace->database;
    const int version = workspace->version;
    WorkspaceInfo info;
    const auto zone = EventTables::reportingTimeZone(db);
    info.reportingTimeZone = zone ? *zone : u"UTC"_s;
    if (version < 2)
        return info;

    // Files before version 6 (read without migrating) have no rollups.
    const bool rollups = version >= 6;
    auto sources = db.prepare(rollups
            ? "SELECT s.name, s.kind, "
              "coalesce((SELECT sum(events) FROM event_chunks WHERE source_id = s.id), 0) "
              "+ coalesce((SELECT sum(events) FROM rollup_chunks WHERE source_id = s.id), 0), "
              "(SELECT min(first_ts) FROM event_chunks WHERE source_id = s.id), "
              "(SELECT max(last_ts) FROM event_chunks WHERE source_id = s.id), "
              "(SELECT min(first_day) FROM rollup_chunks WHERE source_id = s.id), "
              "(SELECT max(last_day) FROM rollup_chunks WHERE source_id = s.id) FROM sources s ORDER BY s.name"
            : "SELECT s.name, 'events', coalesce(sum(c.events), 0), min(c.first_ts), max(c.last_ts), NULL, NULL "
              "FROM sources s LEFT JOIN event_chunks c ON c.source_id = s.id GROUP BY s.id ORDER BY s.name");
    auto imports = db.prepare("SELECT i.id, s.name, i.file_name, i.file_size, i.content_hash, i.imported_at, i.append, "
            "i.rows_imported, i.rows_rejected, i.rows_replaced, i.users, i.first_ts, i.last_ts, "
            "i.time_format, i.time_zone FROM imports i JOIN sources s ON s.id = i.source_id ORDER BY i.id");
    if (!sources || !imports)
        return fail(!sources ? sources.error() : imports.error());
    // A rollup's days as instants: from the first day's local midnight to the end of the last.
    const QTimeZone reporting(info.reportingTimeZone.toUtf8());
    const auto dayStart = [&](qint64 day) {
        return QDateTime(QDate(1970, 1, 1).addDays(day), QTime(0, 0), reporting.isValid() ? reporting : QTimeZone::utc())
            .toMSecsSinceEpoch();
    };
    const auto earliest = [](std::optional<qint64> a, std::optional<qint64> b) {
        return !a ? b : !b ? a : std::optional<qint64>(std::min(*a, *b));
    };
    const auto latest = [](std::optional<qint64> a, std::optional<qint64> b) {
        return !a ? b : !b ? a : std::optional<qint64>(std::max(*a, *b));
    };
    for (;;) {
        auto row = sources->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        const Sqlite::Statement &q = *sources;
        SourceInfo source{q.text(0), q.int64(2), optionalInt(q, 3), optionalInt(q, 4), q.text(1)};
        if (!q.isNull(5)) {
            source.firstMs = earliest(source.firstMs, dayStart(q.int64(5)));
            source.lastMs = latest(source.lastMs, dayStart(q.int64(6) + 1) - 1);
        }
        info.events += source.events;
        info.firstMs = earliest(info.firstMs, source.firstMs);
        info.lastMs = latest(info.lastMs, source.lastMs);
        info.sources.append(source);
    }
    for (;;) {
        auto row = imports->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        const Sqlite::Statement &q = *imports;
        info.imports.append({q.int64(0), q.text(1), q.text(2), q.int64(3), q.text(4), q.text(5), q.int64(6) != 0,
                             q.int64(7), q.int64(8), q.int64(9), q.int64(10), optionalInt(q, 11),
                             optionalInt(q, 12), q.text(13), q.text(14)});
    }
    auto stored = EventTables::readActivity(db);
    if (!stored)
        return fail(stored.error());
    if (*stored) {
        const ActivityData &a = **stored;
        for (std::size_t u = 0; u < a.userCount(); ++u)
            info.users += a.userOffsets[u] != a.userOffsets[u + 1] ? 1 : 0;
    }
    ActivityData names;
    if (auto r = EventTables::readNamesAndAttributes(db, names); !r)
        return fail(r.error());
    info.eventNames = names.eventNames;
    return info;
}

} // namespace NorthStar::EventStore

namespace NorthStar {

namespace {
QJsonValue isoOrNull(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(isoUtc(*ms)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject WorkspaceInfo::toJson() const
{
    QJsonArray sourceArray;
    for (const SourceInfo &s : sources) {
        sourceArray.append(QJsonObject{{u"name"_s, s.name}, {u"kind"_s, s.kind}, {u"events"_s, s.events},
                                       {u"first"_s, isoOrNull(s.firstMs)}, {u"last"_s, isoOrNull(s.lastMs)}});
    }
    QJsonArray importArray;
    for (const ImportRecord &i : imports) {
        importArray.append(QJsonObject{
            {u"id"_s, i.id}, {u"source"_s, i.source}, {u"file"_s, i.file}, {u"file_size"_s, i.fileSize},
            {u"content_hash"_s, i.contentHash}, {u"imported_at"_s, i.importedAt}, {u"append"_s, i.append},
            {u"imported"_s, i.imported}, {u"rejected"_s, i.rejected}, {u"replaced"_s, i.replaced},
            {u"users"_s, i.users}, {u"first"_s, isoOrNull(i.firstMs)}, {u"last"_s, isoOrNull(i.lastMs)},
            {u"time_format"_s, i.timeFormat}, {u"timezone"_s, i.timeZone}});
    }
    return QJsonObject{{u"events"_s, events},
                       {u"users"_s, users},
                       {u"first"_s, isoOrNull(firstMs)},
                       {u"last"_s, isoOrNull(lastMs)},
                       {u"timezone"_s, reportingTimeZone},
                       {u"event_names"_s, QJsonArray::fromStringList(eventNames)},
                       {u"sources"_s, sourceArray},
                       {u"imports"_s, importArray}};
}

} // namespace NorthStar
