#include "eventstore/eventtables.h"

#include "eventstore/activitycodec.h"
#include "eventstore/chunkranges.h"
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

Result<ImportTarget> beginImport(Sqlite::Database &db, StringInterner &users, StringInterner &names)
{
    TRY(loadUsers(db, users));
    TRY(loadEventNames(db, names));
    auto next = prepare(db, "SELECT coalesce(max(id), 0) + 1 FROM imports");
    TRY(next);
    TRY(next->step());
    return ImportTarget{&users, &names, users.size(), names.size(), next->int64(0)};
}

Result<void> storeNewNames(Sqlite::Database &db, const ImportTarget &target)
{
    TRY(insertUsers(db, *target.users, target.usersBefore));
    return insertEventNames(db, *target.names, target.namesBefore);
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
    // In the table's key order, (user_id, name): every row lands after the one before, so
    // the B-tree grows at its end instead of splitting pages all over (200 attributes for
    // 100k users: seconds instead of a minute and a half).
    std::vector<QByteArray> names;
    std::vector<std::size_t> order;
    std::size_t users = 0;
    for (std::size_t i = 0; i < attributes.size(); ++i) {
        names.push_back(attributes[i].name.toUtf8());
        order.push_back(i);
        users = std::max(users, attributes[i].valueOfUser.size());
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return names[a] < names[b]; });
    for (std::size_t user = 0; user < users; ++user) {
        for (const std::size_t i : order) {
            const AttributeValues &a = attributes[i];
            if (user >= a.valueOfUser.size() || a.valueOfUser[user] == 0)
                continue;
            q->bind(1, std::int64_t(user))
                .bind(2, std::string_view(names[i].constData(), std::size_t(names[i].size())))
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

namespace {

// event_chunks for ChunkRanges (chunkranges.h): keyed by UTC instant.
struct EventChunkTraits
{
    using Columns = EventColumns;
    static constexpr const char *overlapping = "SELECT id, first_ts, last_ts, events, data FROM event_chunks "
                                               "WHERE source_id = ? AND import_id <> ? AND first_ts <= ? AND last_ts >= ?";
    static constexpr const char *remove = "DELETE FROM event_chunks WHERE id = ?";
    static constexpr const char *update = "UPDATE event_chunks SET first_ts = ?, last_ts = ?, events = ?, data = ? WHERE id = ?";
    static constexpr const char *inRange = "SELECT first_ts, last_ts, events, data FROM event_chunks "
                                           "WHERE source_id = ? AND first_ts <= ? AND last_ts >= ?";
    static constexpr const char *all = "SELECT data FROM event_chunks ORDER BY id";
    static const std::vector<qint64> &keys(const Columns &c) { return c.instants; }
    static Result<void> decode(const char *data, std::size_t size, Columns &c) { return EventChunk::decode(data, size, c); }
    static void encode(const Columns &c, std::size_t begin, std::size_t end, std::string &out)
    {
        EventChunk::encode(c, begin, end, out);
    }
    static void bindUpdate(Sqlite::Statement &q, std::int64_t lo, std::int64_t hi, const Columns &kept,
                           const std::string &blob, std::int64_t id)
    {
        q.bind(1, lo).bind(2, hi).bind(3, std::int64_t(kept.size())).bindBlob(4, blob.data(), blob.size()).bind(5, id);
    }
};

} // namespace

Result<std::int64_t> replaceRange(Sqlite::Database &db, std::int64_t source, std::int64_t importId, qint64 first,
                                  qint64 last)
{
    return ChunkRanges::replace<EventChunkTraits>(db, source, importId, first, last);
}

Result<std::int64_t> countRange(Sqlite::Database &db, std::int64_t source, qint64 first, qint64 last)
{
    return ChunkRanges::count<EventChunkTraits>(db, source, first, last);
}

Result<void> forEachChunk(Sqlite::Database &db, const std::function<Result<void>(const EventColumns &)> &visit)
{
    return ChunkRanges::forEach<EventChunkTraits>(db, visit);
}

} // namespace NorthStar::EventTables
