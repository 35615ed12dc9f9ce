#pragma once

// Turns wall-clock readings (ParsedTime::Kind::Local) into UTC instants in one timezone,
// fast enough for millions of rows: the zone's transitions are loaded once and the offset
// interval of the last lookup is cached, so sorted or nearly sorted data costs a comparison
// per row.
//
// Rule at daylight-saving changes (deterministic, independent of the platform):
// - a time in a gap (clocks jump forward, e.g. 02:30 on a spring-forward night) moves
//   forward by the gap: it is read with the offset in effect before the jump;
// - an ambiguous time (clocks fall back, it happens twice) takes the first, earlier
//   instant: the offset in effect before the change.
// Outside 1800-2200 the nearest known offset is used.

#include <QTimeZone>

#include <vector>

namespace NorthStar {

class LocalTimeConverter final
{
public:
    explicit LocalTimeConverter(const QTimeZone &zone);

    const QTimeZone &zone() const { return m_zone; }

    // Wall-clock milliseconds (as if UTC) to UTC milliseconds since the epoch.
    qint64 toUtc(qint64 localMsecs) const;

private:
    struct Change
    {
        qint64 localLimit;   // wall-clock times below this use offsetBefore
        qint64 offsetBefore; // milliseconds east of UTC
    };

    QTimeZone m_zone;
    std::vector<Change> m_changes;
    qint64 m_finalOffset = 0;
    // Cache: [m_cacheLow, m_cacheHigh) of wall-clock time maps to m_cacheOffset.
    mutable qint64 m_cacheLow = 1;
    mutable qint64 m_cacheHigh = 0;
    mutable qint64 m_cacheOffset = 0;
};

} // namespace NorthStar
