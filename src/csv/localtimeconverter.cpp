#include "csv/localtimeconverter.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace NorthStar {

LocalTimeConverter::LocalTimeConverter(const QTimeZone &zone) : m_zone(zone)
{
    const qint64 from = QDateTime(QDate(1800, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2200, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    if (!m_zone.isValid()) {
        m_finalOffset = 0;
        return;
    }
    if (!m_zone.hasTransitions()) {
        m_finalOffset = qint64(m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc()))) * 1000;
        return;
    }
    const QTimeZone::OffsetDataList transitions = m_zone.transitions(
        QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc()),
        QDateTime::fromMSecsSinceEpoch(to, QTimeZone::utc()));
    qint64 before = qint64(m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc()))) * 1000;
    for (const QTimeZone::OffsetData &t : transitions) {
        const qint64 at = t.atUtc.toMSecsSinceEpoch();
        const qint64 after = qint64(t.offsetFromUtc) * 1000;
        if (after == before)
            continue; // a change of name or DST flag only
        // Wall-clock times below at + max(before, after) still read with `before`: that
        // covers the gap (moves forward) and the overlap (earlier instant).
        m_changes.push_back({at + std::max(before, after), before});
        before = after;
    }
    m_finalOffset = before;
}

qint64 LocalTimeConverter::toUtc(qint64 localMsecs) const
{
    if (localMsecs >= m_cacheLow && localMsecs < m_cacheHigh)
        return localMsecs - m_cacheOffset;
    const auto it = std::upper_bound(m_changes.begin(), m_changes.end(), localMsecs,
                                     [](qint64 value, const Change &c) { return value < c.localLimit; });
    qint64 offset;
    if (it == m_changes.end()) {
        offset = m_finalOffset;
        m_cacheHigh = std::numeric_limits<qint64>::max();
    } else {
        offset = it->offsetBefore;
        m_cacheHigh = it->localLimit;
    }
    m_cacheLow = it == m_changes.begin() ? std::numeric_limits<qint64>::min() : (it - 1)->localLimit;
    m_cacheOffset = offset;
    return localMsecs - offset;
}

} // namespace NorthStar
