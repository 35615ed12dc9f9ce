// The rollup's tables: the activity parts, and the names and attributes that go with them.

#include "activity/activitybuilder.h"
#include "eventstore/activitycodec.h"
#include "eventstore/eventtables.h"
#include "eventstore/rolluptables.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace NorthStar::EventTables {

namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(EventStore)
};

QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// The rollup of a large workspace is tens of MB filled in one pass: with transparent huge
// pages the kernel maps it in 2 MB steps instead of 4 kB page faults (about 40% of a
// `northstar metrics` run). Only a hint; nothing changes where it is not supported.
void adviseHugePages(const std::vector<DayActivity> &entries)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    const std::size_t bytes = entries.capacity() * sizeof(DayActivity);
    constexpr std::uintptr_t page = 4096;
    const auto begin = (reinterpret_cast<std::uintptr_t>(entries.data()) + page - 1) & ~(page - 1);
    const auto end = reinterpret_cast<std::uintptr_t>(entries.data()) + bytes;
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#else
    Q_UNUSED(entries);
#endif
}

} // namespace

Result<std::optional<ActivityData>> readActivity(Sqlite::Database &db)
{
    auto q = db.prepare("SELECT time_zone, first_user, users, entries, data "
                                          "FROM activity ORDER BY part");
    auto total = db.prepare("SELECT coalesce(sum(entries), 0), coalesce(sum(users), 0), "
                            "coalesce(sum(length(data)), 0) FROM activity");
    if (!q || !total)
        return fail(!q ? q.error() : total.error());
    if (auto r = total->step(); !r)
        return fail(r.error());
    // The stored counts size the vectors up front, but a damaged count must not ask for
    // terabytes: an entry takes at least 3 bytes of the BLOBs and a user at least 1, so the
    // BLOBs' length bounds both (decoding then checks every entry).
    const auto bounded = [](std::int64_t stored, std::int64_t limit) {
        return std::size_t(std::clamp<std::int64_t>(stored, 0, limit));
    };
    const std::int64_t bytes = total->int64(2);
    ActivityData data;
    data.entries.reserve(bounded(total->int64(0), bytes / 3));
    adviseHugePages(data.entries);
    data.userOffsets.reserve(bounded(total->int64(1), bytes) + 1);
    data.firstSeen.reserve(bounded(total->int64(1), bytes));
    bool any = false;
    for (;;) {
        auto row = q->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        any = true;
        data.timeZone = q->text(0);
        if (q->int64(1) != std::int64_t(data.userCount()))
            return fail(Text::tr("The stored activity rollup is damaged (a part is missing)."));
        const std::string_view blob = q->blob(4);
        if (auto r = ActivityCodec::decode(blob.data(), blob.size(), data); !r)
            return fail(r.error());
    }
    if (!any)
        return std::optional<ActivityData>();
    ActivityCodec::finishDecoding(data);
    return std::optional<ActivityData>(std::move(data));
}

Result<void> writeActivity(Sqlite::Database &db, const ActivityData &data)
{
    if (auto r = db.exec("DELETE FROM activity"); !r)
        return r;
    auto q = db.prepare("INSERT INTO activity (part, time_zone, first_user, users, entries, data) "
                                          "VALUES (?, ?, ?, ?, ?, ?)");
    if (!q)
        return fail(q.error());
    std::string blob;
    const std::size_t users = data.userCount();
    std::int64_t part = 0;
    // At least one part, so an empty workspace still records the rollup's timezone.
    for (std::size_t first = 0; first < users || part == 0; first += ActivityCodec::kUsersPerPart) {
        const std::size_t end = std::min(users, first + ActivityCodec::kUsersPerPart);
        ActivityCodec::encode(data, first, end, blob);
        q->bind(1, part++).bind(2, data.timeZone).bind(3, std::int64_t(first)).bind(4, std::int64_t(end - first))
            .bind(5, std::int64_t(data.userOffsets[end] - data.userOffsets[first]))
            .bindBlob(6, blob.data(), blob.size());
        if (auto r = q->exec(); !r)
            return r;
        if (end == users)
            break;
    }
    return {};
}

Result<void> readNamesAndAttributes(Sqlite::Database &db, ActivityData &data)
{
    auto users = db.prepare("SELECT CAST(key AS BLOB) FROM users ORDER BY id");
    auto names = db.prepare("SELECT CAST(name AS BLOB) FROM event_names ORDER BY id");
    // In the table's key order (user_id, name): a sort of every row by name would take longer
    // than the reading (seconds for 200 attributes of 100k users).
    auto attributes = db.prepare("SELECT CAST(name AS BLOB), user_id, CAST(value AS BLOB) FROM user_attributes");
    if (!users || !names || !attributes)
        return fail(!users ? users.error() : !names ? names.error() : attributes.error());
    data.userKeys.clear();
    data.eventNames.clear();
    data.attributes.clear();
    for (;;) {
        auto row = users->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        data.userKeys.append(fromUtf8(users->blob(0)));
    }
    for (;;) {
        auto row = names->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        data.eventNames.append(fromUtf8(names->blob(0)));
    }
    // Users without a stored rollup entry (none in a consistent file) count as never seen.
    while (data.userCount() < std::size_t(data.userKeys.size())) {
        data.firstSeen.push_back(std::numeric_limits<LocalDay>::max());
        data.userOffsets.push_back(data.userOffsets.back());
    }
    QHash<QByteArray, std::size_t> columnOf;           // name (UTF-8) -> index in data.attributes
    std::vector<QHash<QByteArray, int>> valueIndexOf;   // per column: value (UTF-8) -> index in values
    for (;;) {
        auto row = attributes->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        const std::string_view name = attributes->blob(0);
        const QByteArray nameKey = QByteArray::fromRawData(name.data(), qsizetype(name.size()));
        auto column = columnOf.constFind(nameKey);
        if (column == columnOf.cend()) {
            AttributeColumn added;
            added.name = fromUtf8(name);
            added.valueOfUser.assign(data.userCount(), -1);
            data.attributes.push_back(std::move(added));
            valueIndexOf.emplace_back();
            column = columnOf.insert(QByteArray(name.data(), qsizetype(name.size())), data.attributes.size() - 1);
        }
        AttributeColumn &target = data.attributes[*column];
        QHash<QByteArray, int> &valueIndex = valueIndexOf[*column];
        const std::string_view value = attributes->blob(2);
        auto it = valueIndex.constFind(QByteArray::fromRawData(value.data(), qsizetype(value.size())));
        if (it == valueIndex.cend()) {
            it = valueIndex.insert(QByteArray(value.data(), qsizetype(value.size())), int(target.values.size()));
            target.values.append(fromUtf8(value));
        }
        const std::int64_t user = attributes->int64(1);
        if (user >= 0 && std::size_t(user) < target.valueOfUser.size())
            target.valueOfUser[std::size_t(user)] = *it;
    }
    // By name, as SQLite orders text (its bytes), as before.
    std::sort(data.attributes.begin(), data.attributes.end(),
              [](const AttributeColumn &a, const AttributeColumn &b) { return a.name.toUtf8() < b.name.toUtf8(); });
    return {};
}


Result<std::optional<ActivityBuilder>> builderForFirstImport(bool hadData, const QString &zone)
{
    if (hadData)
        return std::optional<ActivityBuilder>();
    auto builder = ActivityBuilder::forTimeZone(zone);
    if (!builder)
        return fail(builder.error());
    return std::optional<ActivityBuilder>(std::move(builder).value());
}

QString rollupZoneFixed(const QString &rollupZone, const QString &wanted)
{
    return Text::tr("This workspace holds daily rollups whose dates were made in %1, so its numbers cannot be "
                    "counted in %2: a rollup has no times of day to move to another zone. Keep the reporting "
                    "timezone %1, or build the rollup again in %2 and import it into a new workspace.")
        .arg(rollupZone, wanted);
}

void toRawEvents(const EventColumns &events, std::vector<RawActivityEvent> &raw)
{
    raw.resize(events.size());
    for (std::size_t i = 0; i < events.size(); ++i) {
        const double v = events.values[i];
        raw[i] = RawActivityEvent{events.users[i], events.names[i], events.instants[i], std::isnan(v) ? 0.0 : v,
                                  !std::isnan(v)};
    }
}

Result<ActivityData> buildActivity(Sqlite::Database &db, const QString &timeZone, const QStringList &userKeys,
                                   const QStringList &eventNames)
{
    auto rollupZone = RollupTables::timeZone(db);
    if (!rollupZone)
        return fail(rollupZone.error());
    if (*rollupZone && **rollupZone != timeZone)
        return fail(rollupZoneFixed(**rollupZone, timeZone));
    auto builder = ActivityBuilder::forTimeZone(timeZone);
    if (!builder)
        return fail(builder.error());
    builder->reserveUsers(std::size_t(userKeys.size()));
    auto rolledUp = RollupTables::forEachChunk(db, [&](const RollupColumns &rows) -> Result<void> {
        for (std::size_t i = 0; i < rows.size(); ++i)
            builder->addDayRow(rows.users[i], rows.days[i], rows.names[i], rows.counts[i], rows.valueSums[i]);
        return {};
    });
    if (!rolledUp)
        return fail(rolledUp.error());
    std::vector<RawActivityEvent> raw;
    auto visited = forEachChunk(db, [&](const EventColumns &events) -> Result<void> {
        toRawEvents(events, raw);
        builder->addEvents(raw.data(), raw.size());
        return {};
    });
    if (!visited)
        return fail(visited.error());
    return builder->finish(eventNames, userKeys);
}

} // namespace NorthStar::EventTables
