#pragma once

// UTC instant -> local date in the reporting timezone, for millions of events. Building a
// QDateTime per event costs microseconds; instead the converter keeps the zone's offset
// segments (from QTimeZone::transitions) over the range seen so far and answers from the
// last segment used, falling back to a binary search. DST changes are segment boundaries,
// so the answer is exact for every instant.

#include "activity/activity.h"

#include <QTimeZone>

#include <vector>

namespace NorthStar {

class LocalDayConverter final
{
public:
    explicit LocalDayConverter(const QTimeZone &zone);

    LocalDay localDay(qint64 utcMs);
    const QTimeZone &zone() const { return m_zone; }

private:
    LocalDay lookUp(qint64 utcMs);
    void cover(qint64 utcMs);

    QTimeZone m_zone;
    // Segment i starts at m_starts[i] (UTC ms) with offset m_offsets[i] (ms); the last one
    // ends at m_coveredEnd.
    std::vector<qint64> m_starts;
    std::vector<qint64> m_offsets;
    qint64 m_coveredStart = 0;
    qint64 m_coveredEnd = 0;
    // The segment of the previous lookup: consecutive events nearly always share it.
    qint64 m_segmentStart = 0;
    qint64 m_segmentEnd = 0;
    qint64 m_segmentOffset = 0;
};

} // namespace NorthStar
