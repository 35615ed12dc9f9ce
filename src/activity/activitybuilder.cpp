#include "activity/activitybuilder.h"

#include <QCoreApplication>

#include <algorithm>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <limits>

using namespace Qt::StringLiterals;

namespace NorthStar {

namespace {

// Below this a user's rows are never merged early: small vectors are cheap either way.
constexpr std::size_t kCompactFrom = 32;
// How far back addEvent looks for the same (day, event): covers a user switching between
// a few actions within a day in a time-ordered export.
constexpr std::size_t kLookBack = 4;
// finish() hands freed staging memory back to the system every this many users.
constexpr std::size_t kTrimEveryUsers = 8192;
constexpr std::uint32_t kMaxStagedCount = std::numeric_limits<std::uint16_t>::max();
constexpr EventId kWideEvent = std::numeric_limits<std::uint16_t>::max();

template<typename Row>
bool rowLess(const Row &a, const Row &b)
{
    return a.day != b.day ? a.day < b.day : a.event < b.event;
}

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(Metrics)
};

} // namespace

ActivityBuilder::ActivityBuilder(const QTimeZone &zone)
    : m_converter(zone), m_zoneId(QString::fromUtf8(zone.id()))
{
}

Result<ActivityBuilder> ActivityBuilder::forTimeZone(const QString &ianaId)
{
    const QTimeZone zone(ianaId.toUtf8());
    if (!zone.isValid())
        return fail(Text::tr("Unknown timezone '%1': use an IANA name such as UTC, Europe/Berlin or America/New_York.").arg(ianaId));
    ActivityBuilder builder(zone);
    builder.m_zoneId = ianaId;
    return builder;
}

void ActivityBuilder::reserveUsers(std::size_t userCount)
{
    if (m_rowsOfUser.size() < userCount)
        m_rowsOfUser.resize(userCount);
}

void ActivityBuilder::addEvent(UserIndex user, qint64 utcMs, EventId event, std::optional<double> value)
{
    stage(user, m_converter.localDay(utcMs), event, value.value_or(0.0));
}

void ActivityBuilder::addEvents(const RawActivityEvent *events, std::size_t count)
{
    // Distances tuned on the issue #4 benchmark (50k users): the row vector header first,
    // then the last row it points to once the header is likely in cache.
    constexpr std::size_t kHeaderAhead = 16;
    constexpr std::size_t kRowAhead = 8;
    for (std::size_t i = 0; i < count; ++i) {
        if (i + kHeaderAhead < count && events[i + kHeaderAhead].user < m_rowsOfUser.size())
            __builtin_prefetch(&m_rowsOfUser[events[i + kHeaderAhead].user]);
        if (i + kRowAhead < count && events[i + kRowAhead].user < m_rowsOfUser.size()) {
            const std::vector<StagedRow> &ahead = m_rowsOfUser[events[i + kRowAhead].user];
            if (!ahead.empty())
                __builtin_prefetch(ahead.data() + ahead.size() - 1, 1);
        }
        const RawActivityEvent &event = events[i];
        stage(event.user, m_converter.localDay(event.utcMs), event.event, event.hasValue ? event.value : 0.0);
    }
}

void ActivityBuilder::addDayRow(UserIndex user, LocalDay day, EventId event, std::uint32_t count, double valueSum)
{
    if (count > 0)
        stage(user, day, event, valueSum, count);
}

void ActivityBuilder::stage(UserIndex user, LocalDay day, EventId event, double amount, std::uint32_t count)
{
    m_eventCount += count;
    m_maxEvent = std::max(m_maxEvent, event);
    if (event >= kWideEvent || count > kMaxStagedCount) {
        m_wideRows.push_back(WideRow{user, DayActivity{day, event, count, amount}});
        return;
    }
    if (user >= m_rowsOfUser.size())
        m_rowsOfUser.resize(std::size_t(user) + 1);
    std::vector<StagedRow> &rows = m_rowsOfUser[user];
    // Exports are mostly in time order: the same event of the same day is usually among
    // the last few rows, and folds into it without growing anything.
    const std::size_t stop = rows.size() > kLookBack ? rows.size() - kLookBack : 0;
    for (std::size_t i = rows.size(); i > stop && rows[i - 1].day == day; --i) {
        StagedRow &row = rows[i - 1];
        if (row.event == event && row.count + count <= kMaxStagedCount) {
            row.count = std::uint16_t(row.count + count);
            row.valueSum += amount;
            return;
        }
    }
    if (rows.size() == rows.capacity() && rows.size() >= kCompactFrom) {
        compact(rows);
        // Grow only when merging did not free at least half: amortised O(log n) per event.
        if (rows.size() * 2 > rows.capacity())
            rows.reserve(rows.capacity() * 2);
    }
    rows.push_back(StagedRow{day, std::uint16_t(event), std::uint16_t(count), amount});
}

void ActivityBuilder::compact(std::vector<StagedRow> &rows)
{
    if (!std::is_sorted(rows.begin(), rows.end(), rowLess<StagedRow>))
        std::sort(rows.begin(), rows.end(), rowLess<StagedRow>);
    std::size_t out = 0;
    for (std::size_t in = 1; in < rows.size(); ++in) {
        StagedRow &kept = rows[out];
        if (rows[in].day == kept.day && rows[in].event == kept.event
            && std::uint32_t(kept.count) + rows[in].count <= kMaxStagedCount) {
            kept.count = std::uint16_t(kept.count + rows[in].count);
            kept.valueSum += rows[in].valueSum;
        } else {
            rows[++out] = rows[in];
        }
    }
    if (!rows.empty())
        rows.resize(out + 1);
}

// Appends one user's rows (staged plus wide, sorted and merged) to data.entries.
void ActivityBuilder::appendUser(std::vector<StagedRow> &rows, std::size_t &wideIndex, UserIndex user, ActivityData &data)
{
    const std::size_t begin = data.entries.size();
    for (const StagedRow &row : rows)
        data.entries.push_back(DayActivity{row.day, row.event, row.count, row.valueSum});
    bool sorted = true;
    for (; wideIndex < m_wideRows.size() && m_wideRows[wideIndex].user == user; ++wideIndex) {
        data.entries.push_back(m_wideRows[wideIndex].row);
        sorted = false;
    }
    const auto first = data.entries.begin() + std::ptrdiff_t(begin);
    if (!sorted)
        std::sort(first, data.entries.end(), rowLess<DayActivity>);
    // Rows split by the 16-bit count (or staged and wide twins) are merged here.
    std::size_t out = begin;
    for (std::size_t in = begin + 1; in < data.entries.size(); ++in) {
        DayActivity &kept = data.entries[out];
        if (data.entries[in].day == kept.day && data.entries[in].event == kept.event) {
            kept.count += data.entries[in].count;
            kept.valueSum += data.entries[in].valueSum;
        } else {
            data.entries[++out] = data.entries[in];
        }
    }
    if (data.entries.size() > begin)
        data.entries.resize(out + 1);
}

Result<ActivityData> ActivityBuilder::finish(const QStringList &eventNames, const QStringList &userKeys)
{
    const std::size_t userCount = std::size_t(userKeys.size());
    for (std::size_t user = userCount; user < m_rowsOfUser.size(); ++user) {
        if (!m_rowsOfUser[user].empty())
            return fail(Text::tr("Activity refers to user %1 but only %2 user keys were given.").arg(user).arg(userKeys.size()));
    }
    for (const WideRow &wide : m_wideRows) {
        if (wide.user >= userCount)
            return fail(Text::tr("Activity refers to user %1 but only %2 user keys were given.").arg(wide.user).arg(userKeys.size()));
    }
    if (m_eventCount > 0 && m_maxEvent >= EventId(eventNames.size()))
        return fail(Text::tr("Activity refers to event %1 but only %2 event names were given.").arg(m_maxEvent).arg(eventNames.size()));

    ActivityData data;
    data.timeZone = m_zoneId;
    data.eventNames = eventNames;
    data.userKeys = userKeys;
    m_rowsOfUser.resize(userCount);
    std::stable_sort(m_wideRows.begin(), m_wideRows.end(), [](const WideRow &a, const WideRow &b) { return a.user < b.user; });

    std::size_t total = m_wideRows.size();
    for (std::vector<StagedRow> &rows : m_rowsOfUser) {
        compact(rows);
        total += rows.size();
    }
    // userOffsets index entries in 32 bits: past that a workspace cannot hold the data
    // (about 30M users over a year, docs/scaling.md). Said, not wrapped around.
    if (total > std::numeric_limits<std::uint32_t>::max()) {
        return fail(Text::tr("The data hold %L1 rows of a user's day and event, more than one workspace can hold "
                             "(%L2): import a shorter period, fewer event names or a segment of the users "
                             "(docs/scaling.md).")
                        .arg(qulonglong(total))
                        .arg(qulonglong(std::numeric_limits<std::uint32_t>::max())));
    }
    data.entries.reserve(total);
    data.userOffsets.reserve(userCount + 1);
    data.firstSeen.reserve(userCount);
    data.firstDay = std::numeric_limits<LocalDay>::max();
    data.lastDay = std::numeric_limits<LocalDay>::min();
    std::size_t wideIndex = 0;
    for (std::size_t user = 0; user < userCount; ++user) {
        const std::size_t begin = data.entries.size();
        appendUser(m_rowsOfUser[user], wideIndex, UserIndex(user), data);
        // Free as we go: the staging rows are the builder's memory.
        std::vector<StagedRow>().swap(m_rowsOfUser[user]);
#ifdef __GLIBC__
        // Freed small blocks stay resident until trimmed; without this the peak is staging
        // plus the final table (158 MB instead of 105 MB on the issue #4 benchmark).
        if (user % kTrimEveryUsers == kTrimEveryUsers - 1)
            malloc_trim(0);
#endif
        if (data.entries.size() == begin) {
            data.firstSeen.push_back(std::numeric_limits<LocalDay>::max());
        } else {
            data.firstSeen.push_back(data.entries[begin].day);
            data.firstDay = std::min(data.firstDay, data.entries[begin].day);
            data.lastDay = std::max(data.lastDay, data.entries.back().day);
        }
        data.userOffsets.push_back(std::uint32_t(data.entries.size()));
    }
    if (data.entries.empty()) {
        data.firstDay = 0;
        data.lastDay = 0;
    }
    m_rowsOfUser.clear();
    m_rowsOfUser.shrink_to_fit();
    std::vector<WideRow>().swap(m_wideRows);
    m_eventCount = 0;
    m_maxEvent = 0;
    return data;
}

} // namespace NorthStar
