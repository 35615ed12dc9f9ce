#include "metrics/activitybuilder.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace NorthStar {

namespace {

// Below this a user's rows are never merged early: small vectors are cheap either way.
constexpr std::size_t kCompactFrom = 32;

bool rowLess(const DayActivity &a, const DayActivity &b)
{
    return a.day != b.day ? a.day < b.day : a.event < b.event;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Metrics", text);
}

} // namespace

ActivityBuilder::ActivityBuilder(const QTimeZone &zone)
    : m_converter(zone), m_zoneId(QString::fromUtf8(zone.id()))
{
}

Result<ActivityBuilder> ActivityBuilder::forTimeZone(const QString &ianaId)
{
    const QTimeZone zone(ianaId.toUtf8());
    if (!zone.isValid())
        return fail(tr("Unknown timezone '%1': use an IANA name such as UTC, Europe/Berlin or America/New_York.").arg(ianaId));
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
    const LocalDay day = m_converter.localDay(utcMs);
    const double amount = value.value_or(0.0);
    ++m_eventCount;
    m_maxEvent = std::max(m_maxEvent, event);
    if (user >= m_rowsOfUser.size())
        m_rowsOfUser.resize(std::size_t(user) + 1);
    std::vector<DayActivity> &rows = m_rowsOfUser[user];
    // Exports are mostly in time order: the same user and event again on the same day
    // folds into the last row without growing anything.
    if (!rows.empty() && rows.back().day == day && rows.back().event == event) {
        ++rows.back().count;
        rows.back().valueSum += amount;
        return;
    }
    if (rows.size() == rows.capacity() && rows.size() >= kCompactFrom) {
        compact(rows);
        // Grow only when merging did not free at least half: amortised O(log n) per event.
        if (rows.size() * 2 > rows.capacity())
            rows.reserve(rows.capacity() * 2);
    }
    rows.push_back(DayActivity{day, event, 1, amount});
}

void ActivityBuilder::compact(std::vector<DayActivity> &rows)
{
    if (!std::is_sorted(rows.begin(), rows.end(), rowLess))
        std::sort(rows.begin(), rows.end(), rowLess);
    std::size_t out = 0;
    for (std::size_t in = 1; in < rows.size(); ++in) {
        if (rows[in].day == rows[out].day && rows[in].event == rows[out].event) {
            rows[out].count += rows[in].count;
            rows[out].valueSum += rows[in].valueSum;
        } else {
            rows[++out] = rows[in];
        }
    }
    if (!rows.empty())
        rows.resize(out + 1);
}

Result<ActivityData> ActivityBuilder::finish(const QStringList &eventNames, const QStringList &userKeys)
{
    if (m_rowsOfUser.size() > std::size_t(userKeys.size())) {
        for (std::size_t user = std::size_t(userKeys.size()); user < m_rowsOfUser.size(); ++user) {
            if (!m_rowsOfUser[user].empty())
                return fail(tr("Activity refers to user %1 but only %2 user keys were given.").arg(user).arg(userKeys.size()));
        }
    }
    if (m_eventCount > 0 && m_maxEvent >= EventId(eventNames.size()))
        return fail(tr("Activity refers to event %1 but only %2 event names were given.").arg(m_maxEvent).arg(eventNames.size()));

    ActivityData data;
    data.timeZone = m_zoneId;
    data.eventNames = eventNames;
    data.userKeys = userKeys;
    const std::size_t userCount = std::size_t(userKeys.size());
    m_rowsOfUser.resize(userCount);

    std::size_t total = 0;
    for (std::vector<DayActivity> &rows : m_rowsOfUser) {
        compact(rows);
        total += rows.size();
    }
    data.entries.reserve(total);
    data.userOffsets.reserve(userCount + 1);
    data.firstSeen.reserve(userCount);
    data.firstDay = std::numeric_limits<LocalDay>::max();
    data.lastDay = std::numeric_limits<LocalDay>::min();
    for (std::vector<DayActivity> &rows : m_rowsOfUser) {
        if (rows.empty()) {
            data.firstSeen.push_back(std::numeric_limits<LocalDay>::max());
        } else {
            data.firstSeen.push_back(rows.front().day);
            data.firstDay = std::min(data.firstDay, rows.front().day);
            data.lastDay = std::max(data.lastDay, rows.back().day);
            data.entries.insert(data.entries.end(), rows.begin(), rows.end());
        }
        data.userOffsets.push_back(std::uint32_t(data.entries.size()));
        // Free as we go so the staging rows and the final table do not both peak.
        std::vector<DayActivity>().swap(rows);
    }
    if (data.entries.empty()) {
        data.firstDay = 0;
        data.lastDay = 0;
    }
    m_rowsOfUser.clear();
    m_rowsOfUser.shrink_to_fit();
    m_eventCount = 0;
    m_maxEvent = 0;
    return data;
}

} // namespace NorthStar
