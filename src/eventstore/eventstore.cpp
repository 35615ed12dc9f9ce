#include "eventstore/eventstore.h"

#include "eventstore/eventtables.h"
#include "eventstore/importtypes.h"
#include "storage/schema.h"
#include "storage/sqliteconnection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace NorthStar::EventStore {

namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(EventStore)
};

// A quick read-only open: the loaders must stay fast on big files, so no integrity scan
// (WorkspaceFile::validate reads every page); the header checks still catch foreign files.
Result<std::unique_ptr<SqliteConnection>> openForReading(const QString &path, int *version)
{
    if (!QFileInfo(path).isFile())
        return fail(Text::tr("%1 does not exist.").arg(path));
    auto c = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
    if (!c)
        return fail(c.error());
    sqlite3 *db = (*c)->handle();
    auto q = SqliteStatement::prepare(db, "SELECT * FROM pragma_application_id, pragma_user_version");
    if (!q)
        return fail(Text::tr("%1 is not a North Star workspace (%2).").arg(QFileInfo(path).fileName(), q.error()));
    auto row = q->step();
    if (!row || !*row || q->int64(0) != Schema::applicationId)
        return fail(Text::tr("%1 is not a North Star workspace.").arg(QFileInfo(path).fileName()));
    *version = int(q->int64(1));
    if (*version > Schema::currentVersion)
        return fail(Text::tr("%1 was saved by a newer version of North Star Studio; update to read it.")
                        .arg(QFileInfo(path).fileName()));
    return c;
}

std::optional<qint64> optionalInt(const SqliteStatement &q, int column)
{
    return q.isNull(column) ? std::nullopt : std::optional<qint64>(q.int64(column));
}

} // namespace

Result<ActivityData> loadActivity(SqliteConnection &connection)
{
    sqlite3 *db = connection.handle();
    const auto zone = EventTables::reportingTimeZone(db);
    if (!zone)
        return fail(zone.error());
    auto stored = EventTables::readActivity(db);
    if (!stored)
        return fail(stored.error());
    ActivityData data;
    if (stored->has_value() && (*stored)->timeZone == *zone) {
        data = std::move(std::move(stored).value().value()); // moved, not copied: tens of MB
    } else {
        ActivityData names;
        if (auto r = EventTables::readNamesAndAttributes(db, names); !r)
            return fail(r.error());
        auto built = EventTables::buildActivity(db, *zone, names.userKeys, names.eventNames);
        if (!built)
            return fail(built.error());
        data = std::move(built).value();
    }
    data.timeZone = *zone;
    if (auto r = EventTables::readNamesAndAttributes(db, data); !r)
        return fail(r.error());
    return data;
}

Result<ActivityData> loadActivity(const QString &workspacePath)
{
    int version = 0;
    auto c = openForReading(workspacePath, &version);
    if (!c)
        return fail(c.error());
    if (version < 2) {
        ActivityData empty; // no imported data yet; the reporting timezone is in the settings
        auto zone = EventTables::reportingTimeZone((*c)->handle());
        if (zone)
            empty.timeZone = *zone;
        return empty;
    }
    return loadActivity(**c);
}

Result<void> rebuildActivity(SqliteConnection &connection, const QString &timeZone)
{
    sqlite3 *db = connection.handle();
    const bool ownTransaction = sqlite3_get_autocommit(db) != 0;
    if (ownTransaction) {
        if (auto r = sqliteExec(db, "BEGIN IMMEDIATE"); !r)
            return r;
    }
    const auto rollback = [&](const QString &message) -> Result<void> {
        if (ownTransaction)
            (void)sqliteExec(db, "ROLLBACK");
        return fail(message);
    };
    ActivityData names;
    if (auto r = EventTables::readNamesAndAttributes(db, names); !r)
        return rollback(r.error());
    auto built = EventTables::buildActivity(db, timeZone, names.userKeys, names.eventNames);
    if (!built)
        return rollback(built.error());
    if (auto r = EventTables::writeActivity(db, *built); !r)
        return rollback(r.error());
    if (ownTransaction) {
        if (auto r = sqliteExec(db, "COMMIT"); !r)
            return rollback(r.error());
    }
    return {};
}

Result<WorkspaceInfo> info(const QString &workspacePath)
{
    int version = 0;
    auto c = openForReading(workspacePath, &version);
    if (!c)
        return fail(c.error());
    sqlite3 *db = (*c)->handle();
    WorkspaceInfo info;
    const auto zone = EventTables::reportingTimeZone(db);
    info.reportingTimeZone = zone ? *zone : u"UTC"_s;
    if (version < 2)
        return info;

    auto totals = SqliteStatement::prepare(db, "SELECT coalesce(sum(events), 0), min(first_ts), max(last_ts) FROM event_chunks");
    auto sources = SqliteStatement::prepare(
        db, "SELECT s.name, coalesce(sum(c.events), 0), min(c.first_ts), max(c.last_ts) FROM sources s "
            "LEFT JOIN event_chunks c ON c.source_id = s.id GROUP BY s.id ORDER BY s.name");
    auto imports = SqliteStatement::prepare(
        db, "SELECT i.id, s.name, i.file_name, i.file_size, i.content_hash, i.imported_at, i.append, "
            "i.rows_imported, i.rows_rejected, i.rows_replaced, i.users, i.first_ts, i.last_ts, "
            "i.time_format, i.time_zone FROM imports i JOIN sources s ON s.id = i.source_id ORDER BY i.id");
    if (!totals || !sources || !imports)
        return fail(!totals ? totals.error() : !sources ? sources.error() : imports.error());
    if (auto row = totals->step(); !row)
        return fail(row.error());
    info.events = totals->int64(0);
    info.firstMs = optionalInt(*totals, 1);
    info.lastMs = optionalInt(*totals, 2);
    for (;;) {
        auto row = sources->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        info.sources.append({sources->text(0), sources->int64(1), optionalInt(*sources, 2), optionalInt(*sources, 3)});
    }
    for (;;) {
        auto row = imports->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        const SqliteStatement &q = *imports;
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
        sourceArray.append(QJsonObject{{u"name"_s, s.name}, {u"events"_s, s.events},
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
