#include "eventstore/rolluptables.h"

#include "activity/localdayconverter.h"
#include "eventstore/chunkranges.h"
#include "eventstore/eventchunk.h"

#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace NorthStar::RollupTables {

namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(EventStore)
};

constexpr qint64 kDayMs = 86400000;
// No zone is further than 14 hours from UTC: the UTC span that can hold a local day.
constexpr qint64 kMaxOffsetMs = 15 * 3600 * 1000;

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

// Files before schema version 6, read without migrating them, have no rollup tables.
Result<bool> hasRollupTable(Sqlite::Database &db)
{
    auto q = prepare(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'rollup_chunks'");
    if (!q)
        return fail(q.error());
    return q->step();
}

void widen(std::optional<DayRange> &range, LocalDay day)
{
    if (!range)
        range = DayRange{day, day};
    range->first = std::min(range->first, day);
    range->last = std::max(range->last, day);
}

} // namespace

QString kindName(SourceKind kind)
{
    return kind == SourceKind::Rollup ? u"rollup"_s : u"events"_s;
}

QString dayText(LocalDay day)
{
    return QDate(1970, 1, 1).addDays(day).toString(Qt::ISODate);
}

Result<std::optional<SourceKind>> kind(Sqlite::Database &db, std::int64_t sourceId)
{
    // A source's kind counts once it holds data: a source whose imports were all replaced
    // away is free again.
    auto q = prepare(db, "SELECT s.kind, EXISTS (SELECT 1 FROM event_chunks WHERE source_id = s.id) "
                         "OR EXISTS (SELECT 1 FROM rollup_chunks WHERE source_id = s.id) FROM sources s WHERE s.id = ?");
    if (!q)
        return fail(q.error());
    q->bind(1, sourceId);
    auto row = q->step();
    if (!row)
        return fail(row.error());
    if (!*row || q->int64(1) == 0)
        return std::optional<SourceKind>();
    return std::optional<SourceKind>(q->text(0) == u"rollup"_s ? SourceKind::Rollup : SourceKind::Events);
}

Result<void> setKind(Sqlite::Database &db, std::int64_t sourceId, SourceKind kind)
{
    auto q = prepare(db, "UPDATE sources SET kind = ? WHERE id = ?");
    if (!q)
        return fail(q.error());
    q->bind(1, kindName(kind)).bind(2, sourceId);
    return q->exec();
}

Result<std::optional<QString>> timeZone(Sqlite::Database &db)
{
    auto exists = hasRollupTable(db);
    if (!exists)
        return fail(exists.error());
    if (!*exists)
        return std::optional<QString>();
    auto q = prepare(db, "SELECT i.time_zone FROM imports i WHERE EXISTS "
                         "(SELECT 1 FROM rollup_chunks c WHERE c.import_id = i.id) ORDER BY i.id DESC LIMIT 1");
    if (!q)
        return fail(q.error());
    auto row = q->step();
    if (!row)
        return fail(row.error());
    return *row ? std::optional<QString>(q->text(0)) : std::optional<QString>();
}

Result<ChunkWriter> ChunkWriter::create(Sqlite::Database &db, std::int64_t source, std::int64_t importId)
{
    auto q = prepare(db, "INSERT INTO rollup_chunks (source_id, import_id, first_day, last_day, rows, events, data) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!q)
        return fail(q.error());
    ChunkWriter writer(std::move(q).value());
    writer.m_sourceId = source;
    writer.m_importId = importId;
    return writer;
}

Result<void> ChunkWriter::write(const RollupColumns &rows, std::size_t begin, std::size_t end)
{
    if (begin == end)
        return {};
    const auto [lo, hi] = std::minmax_element(rows.days.begin() + qsizetype(begin), rows.days.begin() + qsizetype(end));
    std::int64_t events = 0;
    for (std::size_t i = begin; i < end; ++i)
        events += rows.counts[i];
    RollupChunk::encode(rows, begin, end, m_blob);
    m_insert.bind(1, m_sourceId).bind(2, m_importId).bind(3, std::int64_t(*lo)).bind(4, std::int64_t(*hi))
        .bind(5, std::int64_t(end - begin)).bind(6, events).bindBlob(7, m_blob.data(), m_blob.size());
    return m_insert.exec();
}

namespace {

// rollup_chunks for ChunkRanges (chunkranges.h): keyed by local day; a chunk also records
// the events its rows count.
struct RollupChunkTraits
{
    using Columns = RollupColumns;
    static constexpr const char *overlapping = "SELECT id, first_day, last_day, rows, data FROM rollup_chunks "
                                               "WHERE source_id = ? AND import_id <> ? AND first_day <= ? AND last_day >= ?";
    static constexpr const char *remove = "DELETE FROM rollup_chunks WHERE id = ?";
    static constexpr const char *update = "UPDATE rollup_chunks SET first_day = ?, last_day = ?, rows = ?, data = ?, "
                                          "events = ? WHERE id = ?";
    static constexpr const char *inRange = "SELECT first_day, last_day, rows, data FROM rollup_chunks "
                                           "WHERE source_id = ? AND first_day <= ? AND last_day >= ?";
    static constexpr const char *all = "SELECT data FROM rollup_chunks ORDER BY id";
    static const std::vector<LocalDay> &keys(const Columns &c) { return c.days; }
    static Result<void> decode(const char *data, std::size_t size, Columns &c) { return RollupChunk::decode(data, size, c); }
    static void encode(const Columns &c, std::size_t begin, std::size_t end, std::string &out)
    {
        RollupChunk::encode(c, begin, end, out);
    }
    static void bindUpdate(Sqlite::Statement &q, std::int64_t lo, std::int64_t hi, const Columns &kept,
                           const std::string &blob, std::int64_t id)
    {
        std::int64_t events = 0;
        for (const std::uint32_t n : kept.counts)
            events += n;
        q.bind(1, lo).bind(2, hi).bind(3, std::int64_t(kept.size())).bindBlob(4, blob.data(), blob.size())
            .bind(5, events).bind(6, id);
    }
};

} // namespace

Result<std::int64_t> replaceRange(Sqlite::Database &db, std::int64_t source, std::int64_t importId, LocalDay first,
                                  LocalDay last)
{
    return ChunkRanges::replace<RollupChunkTraits>(db, source, importId, first, last);
}

Result<std::int64_t> countRange(Sqlite::Database &db, std::int64_t source, LocalDay first, LocalDay last)
{
    return ChunkRanges::count<RollupChunkTraits>(db, source, first, last);
}

Result<void> forEachChunk(Sqlite::Database &db, const std::function<Result<void>(const RollupColumns &)> &visit)
{
    auto exists = hasRollupTable(db);
    if (!exists)
        return fail(exists.error());
    if (!*exists)
        return {};
    return ChunkRanges::forEach<RollupChunkTraits>(db, visit);
}

Result<std::optional<DayRange>> eventDaysWithin(Sqlite::Database &db, const QString &zone, LocalDay first,
                                                LocalDay last)
{
    const QTimeZone timeZone(zone.toUtf8());
    if (!timeZone.isValid())
        return fail(Text::tr("Unknown timezone \"%1\": use an IANA name such as UTC, Europe/Berlin or America/New_York.").arg(zone));
    LocalDayConverter days(timeZone);
    auto q = prepare(db, "SELECT first_ts, last_ts, data FROM event_chunks WHERE first_ts <= ? AND last_ts >= ?");
    if (!q)
        return fail(q.error());
    q->bind(1, std::int64_t((last + 1) * kDayMs + kMaxOffsetMs)).bind(2, std::int64_t(first * kDayMs - kMaxOffsetMs));
    std::optional<DayRange> found;
    EventColumns events;
    for (;;) {
        auto row = q->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return found;
        const LocalDay from = days.localDay(q->int64(0));
        const LocalDay to = days.localDay(q->int64(1));
        if (from > last || to < first)
            continue;
        if (from >= first && to <= last) { // wholly inside: its ends are its extremes
            widen(found, from);
            widen(found, to);
            continue;
        }
        events.clear();
        const std::string_view blob = q->blob(2);
        TRY(EventChunk::decode(blob.data(), blob.size(), events));
        for (const qint64 instant : events.instants) {
            const LocalDay day = days.localDay(instant);
            if (day >= first && day <= last)
                widen(found, day);
        }
    }
}

Result<std::optional<DayRange>> rollupDaysWithin(Sqlite::Database &db, LocalDay first, LocalDay last)
{
    auto q = prepare(db, "SELECT first_day, last_day, data FROM rollup_chunks WHERE first_day <= ? AND last_day >= ?");
    if (!q)
        return fail(q.error());
    q->bind(1, std::int64_t(last)).bind(2, std::int64_t(first));
    std::optional<DayRange> found;
    RollupColumns rows;
    for (;;) {
        auto row = q->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return found;
        if (q->int64(0) >= first && q->int64(1) <= last) {
            widen(found, LocalDay(q->int64(0)));
            widen(found, LocalDay(q->int64(1)));
            continue;
        }
        rows.clear();
        const std::string_view blob = q->blob(2);
        TRY(RollupChunk::decode(blob.data(), blob.size(), rows));
        for (const LocalDay day : rows.days) {
            if (day >= first && day <= last)
                widen(found, day);
        }
    }
}

} // namespace NorthStar::RollupTables
