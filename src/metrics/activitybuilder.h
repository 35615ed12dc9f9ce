#pragma once

// Builds ActivityData (the per-user, per-local-day rollup) from a stream of raw events in a
// reporting timezone. Made for millions of events: one cached offset lookup per event (no
// QDateTime), and per-user vectors of (day, event) rows that are merged as they fill up, so
// memory follows the number of distinct (user, day, event) rows, not the number of events.

#include "common/result.h"
#include "eventstore/activity.h"
#include "metrics/localdayconverter.h"

#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace NorthStar {

class ActivityBuilder final
{
public:
    explicit ActivityBuilder(const QTimeZone &zone);
    // An IANA id; an unknown id is an error that says how to fix it.
    static Result<ActivityBuilder> forTimeZone(const QString &ianaId);

    // Users are dense indexes assigned by the caller (0, 1, 2, ...).
    void reserveUsers(std::size_t userCount);
    void addEvent(UserIndex user, qint64 utcMs, EventId event, std::optional<double> value = std::nullopt);
    std::size_t eventCount() const { return m_eventCount; }

    // Hands over the data (the builder is empty afterwards). Every user index and event id
    // added must be below userKeys.size() and eventNames.size(). Users without events get
    // firstSeen = std::numeric_limits<LocalDay>::max() (never seen).
    Result<ActivityData> finish(const QStringList &eventNames, const QStringList &userKeys);

private:
    static void compact(std::vector<DayActivity> &rows);

    LocalDayConverter m_converter;
    QString m_zoneId;
    std::vector<std::vector<DayActivity>> m_rowsOfUser;
    std::size_t m_eventCount = 0;
    EventId m_maxEvent = 0;
};

} // namespace NorthStar
