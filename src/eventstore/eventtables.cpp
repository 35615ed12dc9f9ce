#include "eventstore/eventtables.h"

#include "eventstore/activitycodec.h"
#include "eventstore/rowscanner.h"
#include "eventstore/stringinterner.h"
#include "storage/schema.h"
#include "storage/workspacefile.h"

#include <QDateTime>
#include <QFileInfo>

#include <QCoreApplication>

#include <algorithm>

namespace NorthStar::EventTables {

namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(EventStore)
};

Result<Sqlite::Statement> prepare(Sqlite::Database &db, const char *sql)
{
    auto s = db.prepare(sql);
    if (!s)
        return fail(Text::tr("Workspace query failed: %1").arg(s.error()));
    return s;
}

#define TRY(expr)                     \
    if (auto &&r_ = (expr); !r_)        \
        return fail(r_.error())

} // namespace

Result<Sqlite::Database> open(const QString &path, bool writable)
{
    const auto version = WorkspaceFile::validate(path);
    if (!version)
        return fail(version.error());
    if (*version < Schema::currentVersion) {
        auto c = Sqlite::Database::open(path, Sqlite::OpenMode::ReadWrite);
        if (!c)
            return fail(c.error());
        TRY(Schema::migrate(*c));
    }
    return Sqlite::Database::open(path, writable ? Sqlite::OpenMode::ReadWrite : Sqlite::OpenMode::ReadOnly);
}

Result<QString> reportingTimeZone(Sqlite::Database &db)
{
    auto q = prepare(db, "SELECT value FROM settings WHERE key = 'timezone'");
    if (!q)
        return fail(q.error());
    auto row = q->step();
    if (!row)
        return fail(row.error());
    const QString zone = *row ? q->text(0).trimmed() : QString();
    return zone.isEmpty() ? QStringLiteral("UTC") : zone;
}

Result<std::int64_t> sourceId(Sqlite::Database &db, const QString &name, bool create)
{
    auto q = prepare(db, "SELECT id FROM sources WHERE name = ?");
    if (!q)
        return fail(q.error());
    q->bind(1, name);
    auto row = q->step();
    if (!row)
        return fail(row.error());
    if (*row)
        return q->int64(0);
    if (!create)
        return std::int64_t(-1);
    auto insert = prepare(db, "INSERT INTO sources (name) VALUES (?)");
    if (!insert)
        return fail(insert.error());
    insert->bind(1, name);
    TRY(insert->exec());
    return db.lastInsertRowId();
}

Result<bool> hasImport(Sqlite::Database &db, std::int64_t source, const QString &contentHash)
{
    // An import that imported nothing (every row rejected) is no reason to refuse the same
    // file read with corrected options; older files may still hold such records.
    auto q = prepare(db, "SELECT 1 FROM imports WHERE source_id = ? AND content_hash = ? AND rows_imported > 0 LIMIT 1");
    if (!q)
        return fail(q.error());
    q->bind(1, source).bind(2, contentHash);
    return q->step();
}

Result<bool> hasData(Sqlite::Database &db)
{
    auto q = prepare(db, "SELECT 1 WHERE EXISTS (SELECT 1 FROM event_chunks) OR EXISTS (SELECT 1 FROM rollup_chunks)");
    if (!q)
        return fail(q.error());
    return q->step();
}

static Result<void> loadInterner(Sqlite::Database &db, const char *sql, StringInterner &interner)
{
    auto q = prepare(db, sql);
    if (!q)
        return fail(q.error());
    for (;;) {
        auto row = q->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return {};
        const std::string_view key = q->blob(1);
        if (q->int64(0) != std::int64_t(interner.size()) || interner.intern(key) != q->int64(0))
            return fail(Text::tr("The workspace's user or event name table is damaged (ids are not dense)."));
    }
}

Result<void> loadUsers(Sqlite::Database &db, StringInterner &users)
{
    return loadInterner(db, "SELECT id, CAST(key AS BLOB) FROM users ORDER BY id", users);
}

Result<void> loadEventNames(Sqlite::Database &db, StringInterner &names)
{
    return loadInterner(db, "SELECT id, CAST(name AS BLOB) FROM event_names ORDER BY id", names);
}

static Result<void> insertKeys(Sqlite::Database &db, const char *sql, const StringInterner &keys, std::uint32_t from)
{
    auto q = prepare(db, sql);
    if (!q)
        return fail(q.error());
    for (std::uint32_t id = from; id < keys.size(); ++id) {
        q->bind(1, std::int64_t(id)).bind(2, keys.key(id));
        TRY(q->exec());
    }
    return {};
}

Result<void> insertUsers(Sqlite::Database &db, const StringInterner &users, std::uint32_t from)
{
    return insertKeys(db, "INSERT INTO users (id, key) VALUES (?, ?)", users, from);
}

Result<void> insertEventNames(Sqlite::Database &db, const StringInterner &names, std::uint32_t from)
{
    return insertKeys(db, "INSERT INTO event_names (id, name) VALUES (?, ?)", names, from);
}

Result<void> writeAttributes(Sqlite::Database &db, const std::vector<AttributeValues> &attributes)
{
    auto q = prepare(db, "INSERT INTO user_attributes (user_id, name, value) VALUES (?, ?, ?) "
                         "ON CONFLICT (user_id, name) DO UPDATE SET value = excluded.value");
    if (!q)
        return fail(q.error());
    for (const AttributeValues &a : attributes) {
        const QByteArray name = a.name.toUtf8();
        for (std::size_t user = 0; user < a.valueOfUser.size(); ++user) {
            if (a.valueOfUser[user] == 0)
                continue;
            q->bind(1, std::int64_t(user))
                .bind(2, std::string_view(name.constData(), std::size_t(name.size())))
                .bind(3, a.values.key(a.valueOfUser[user] - 1));
            TRY(q->exec());
        }
    }
    return {};
}

Result<void> insertImport(Sqlite::Database &db, std::int64_t importId, std::int64_t source, const ImportRequest &request,
                          const ImportSummary &s)
{
    auto q = db.prepare("INSERT INTO imports (id, source_id, file_name, file_size, content_hash, imported_at, append, "
            "rows_imported, rows_rejected, rows_replaced, users, first_ts, last_ts, time_format, time_zone) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!q)
        return fail(q.error());
    // The history names what was imported: the file, or what the caller calls it instead.
    const QString name = request.displayName.isEmpty() ? QFileInfo(request.file).absoluteFilePath() : request.displayName;
    q->bind(1, importId).bind(2, source).bind(3, name)
        .bind(4, std::int64_t(QFileInfo(request.file).size())).bind(5, s.contentHash)
        .bind(6, isoUtc(QDateTime::currentMSecsSinceEpoch())).bind(7, std::int64_t(request.append))
        .bind(8, std::int64_t(s.imported)).bind(9, std::int64_t(s.rejected)).bind(10, std::int64_t(s.replaced))
        .bind(11, std::int64_t(s.users)).bind(14, s.timeFormat).bind(15, s.timeZone);
    if (s.firstMs) {
        q->bind(12, std::int64_t(*s.firstMs)).bind(13, std::int64_t(*s.lastMs));
    } else {
        q->bindNull(12).bindNull(13);
    }
    return q->exec();
}

Result<ChunkWriter> ChunkWriter::create(Sqlite::Database &db, std::int64_t source, std::int64_t importId)
{
    auto q = prepare(db, "INSERT INTO event_chunks (source_id, import_id, first_ts, last_ts, events, data) "
                         "VALUES (?, ?, ?, ?, ?, ?)");
    if (!q)
        return fail(q.error());
    ChunkWriter writer(std::move(q).value());
    writer.m_sourceId = source;
    writer.m_importId = importId;
    return writer;
}

Result<void> ChunkWriter::write(const EventColumns &events, std::size_t begin, std::size_t end)
{
    if (begin == end)
        return {};
    const auto [lo, hi] = std::minmax_element(events.instants.begin() + qsizetype(begin),
                                              events.instants.begin() + qsizetype(end));
    EventChunk::encode(events, begin, end, m_blob);
    m_insert.bind(1, m_sourceId).bind(2, m_importId).bind(3, std::int64_t(*lo)).bind(4, std::int64_t(*hi))
        .bind(5, std::int64_t(end - begin)).bindBlob(6, m_blob.data(), m_blob.size());
    return m_insert.exec();
}

Result<std::int64_t> replaceRange(Sqlite::Database &db, std::int64_t source, std::int64_t importId, qint64 first,
                                  qint64 last)
{
    auto q = prepare(db, "SELECT id, first_ts, last_ts, events, data FROM event_chunks "
                         "WHERE source_id = ? AND import_id <> ? AND first_ts <= ? AND last_ts >= ?");
    auto remove = prepare(db, "DELETE FROM event_chunks WHERE id = ?");
    auto update = prepare(db, "UPDATE event_chunks SET first_ts = ?, last_ts = ?, events = ?, data = ? WHERE id = ?");
    if (!q || !remove || !update)
        return fail(!q ? q.error() : !remove ? remove.error() : update.error());
    q->bind(1, source).bind(2, importId).bind(3, std::int64_t(last)).bind(4, std::int64_t(first));
    // Collect first: changing the table while stepping over it is undefined.
    struct Change { std::int64_t id; std::int64_t removed; EventColumns kept; };
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
            TRY(EventChunk::decode(blob.data(), blob.size(), change.kept));
            const std::size_t before = change.kept.size();
            change.kept.filter([&](std::size_t i) {
                return change.kept.instants[i] < first || change.kept.instants[i] > last;
            });
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
            TRY(remove->exec());
        } else if (change.removed > 0) {
            const auto [lo, hi] = std::minmax_element(change.kept.instants.begin(), change.kept.instants.end());
            EventChunk::encode(change.kept, 0, change.kept.size(), blob);
            update->bind(1, std::int64_t(*lo)).bind(2, std::int64_t(*hi)).bind(3, std::int64_t(change.kept.size()))
                .bindBlob(4, blob.data(), blob.size()).bind(5, change.id);
            TRY(update->exec());
        }
    }
    return replaced;
}

Result<std::int64_t> countRange(Sqlite::Database &db, std::int64_t source, qint64 first, qint64 last)
{
    auto q = prepare(db, "SELECT first_ts, last_ts, events, data FROM event_chunks "
                         "WHERE source_id = ? AND first_ts <= ? AND last_ts >= ?");
    if (!q)
        return fail(q.error());
    q->bind(1, source).bind(2, std::int64_t(last)).bind(3, std::int64_t(first));
    std::int64_t count = 0;
    EventColumns events;
    for (;;) {
        auto row = q->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return count;
        if (q->int64(0) >= first && q->int64(1) <= last) {
            count += q->int64(2);
            continue;
        }
        events.clear();
        const std::string_view blob = q->blob(3);
        TRY(EventChunk::decode(blob.data(), blob.size(), events));
        count += std::count_if(events.instants.begin(), events.instants.end(),
                               [&](qint64 t) { return t >= first && t <= last; });
    }
}

Result<void> forEachChunk(Sqlite::Database &db, const std::function<Result<void>(const EventColumns &)> &visit)
{
    auto q = prepare(db, "SELECT data FROM event_chunks ORDER BY id");
    if (!q)
        return fail(q.error());
    EventColumns events;
    for (;;) {
        auto row = q->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return {};
        events.clear();
        const std::string_view blob = q->blob(0);
        TRY(EventChunk::decode(blob.data(), blob.size(), events));
        TRY(visit(events));
    }
}

} // namespace NorthStar::EventTables
