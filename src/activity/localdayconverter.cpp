#include "activity/localdayconverter.h"

#include <QDateTime>

#include <algorithm>

namespace NorthStar {

namespace {

constexpr qint64 kMsPerDay = 86'400'000;
// Coverage grows in steps of a year on each side, so scattered data rebuild the table
// only a handful of times.
constexpr qint64 kCoverStep = 366 * kMsPerDay;

LocalDay floorDay(qint64 localMs)
{
    qint64 day = localMs / kMsPerDay;
    if (localMs % kMsPerDay < 0)
        --day;
    return LocalDay(day);
}

} // namespace

LocalDayConverter::LocalDayConverter(const QTimeZone &zone) : m_zone(zone) {}

LocalDay LocalDayConverter::localDay(qint64 utcMs)
{
    if (utcMs >= m_segmentStart && utcMs < m_segmentEnd)
        return floorDay(utcMs + m_segmentOffset);
    return lookUp(utcMs);
}

LocalDay LocalDayConverter::lookUp(qint64 utcMs)
{
    if (m_starts.empty() || utcMs < m_coveredStart || utcMs >= m_coveredEnd)
        cover(utcMs);
    const auto next = std::upper_bound(m_starts.begin(), m_starts.end(), utcMs);
    const std::size_t segment = std::size_t(next - m_starts.begin()) - 1;
    m_segmentStart = m_starts[segment];
    m_segmentEnd = next == m_starts.end() ? m_coveredEnd : *next;
    m_segmentOffset = m_offsets[segment];
    return floorDay(utcMs + m_segmentOffset);
}

void LocalDayConverter::cover(qint64 utcMs)
{
    qint64 start = utcMs - kCoverStep;
    qint64 end = utcMs + kCoverStep;
    if (!m_starts.empty()) {
        start = std::min(start, m_coveredStart);
        end = std::max(end, m_coveredEnd);
    }
    m_starts.clear();
    m_offsets.clear();
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC);
    m_starts.push_back(start);
    m_offsets.push_back(qint64(m_zone.offsetFromUtc(from)) * 1000);
    if (m_zone.hasTransitions()) {
        const QDateTime to = QDateTime::fromMSecsSinceEpoch(end, Qt::UTC);
        for (const QTimeZone::OffsetData &transition : m_zone.transitions(from, to)) {
            const qint64 at = transition.atUtc.toMSecsSinceEpoch();
            if (at <= m_starts.back() || at >= end)
                continue;
            m_starts.push_back(at);
            m_offsets.push_back(qint64(transition.offsetFromUtc) * 1000);
        }
    }
    m_coveredStart = start;
    m_coveredEnd = end;
}

} // namespace NorthStar
