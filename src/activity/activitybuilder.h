#pragma once

// Builds ActivityData (the per-user, per-local-day rollup) from a stream of raw events in a
// reporting timezone. Made for millions of events: one cached offset lookup per event (no
// QDateTime), and per-user vectors of (day, event) rows that are merged as they fill up, so
// memory follows the number of distinct (user, day, event) rows, not the number of events.

#include "common/result.h"
#include "activity/activity.h"
#include "activity/localdayconverter.h"

#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace NorthStar {

// One raw event for ActivityBuilder::addEvents.
struct RawActivityEvent final
{
    UserIndex user = 0;
    EventId event = 0;
    qint64 utcMs = 0;
    double value = 0.0;
    bool hasValue = false;
};

class ActivityBuilder final
{
public:
    explicit ActivityBuilder(const QTimeZone &zone);
    // An IANA id; an unknown id is an error that says how to fix it.
    static Result<ActivityBuilder> forTimeZone(const QString &ianaId);

    // Users are dense indexes assigned by the caller (0, 1, 2, ...).
    void reserveUsers(std::size_t userCount);
    void addEvent(UserIndex user, qint64 utcMs, EventId event, std::optional<double> value = std::nullopt);
    // The same for a block of events (e.g. a parsed chunk of CSV), faster: with users
    // interleaved every event lands in another user's rows, a cache miss; a block lets
    // the builder prefetch those rows a few events ahead.
    void addEvents(const RawActivityEvent *events, std::size_t count);
    // One row of a daily rollup made elsewhere (a warehouse): `count` events of `event` by
    // `user` on the local `day`, with values summing to `valueSum`. The day must already be
    // in this builder's zone: a rollup cannot be moved to another one.
    void addDayRow(UserIndex user, LocalDay day, EventId event, std::uint32_t count, double valueSum);
    std::size_t eventCount() const { return m_eventCount; }

    // Hands over the data (the builder is empty afterwards). Every user index and event id
    // added must be below userKeys.size() and eventNames.size(). Users without events get
    // firstSeen = std::numeric_limits<LocalDay>::max() (never seen).
    Result<ActivityData> finish(const QStringList &eventNames, const QStringList &userKeys);

private:
    // 16 bytes instead of DayActivity's 24: staging is the builder's whole memory. Event
    // ids that do not fit 16 bits go to m_wideRows; a count that would overflow 16 bits
    // starts a new row (finish() adds them up in 32 bits).
    struct StagedRow
    {
        LocalDay day;
        std::uint16_t event;
        std::uint16_t count;
        double valueSum;
    };
    struct WideRow
    {
        UserIndex user;
        DayActivity row;
    };
    static void compact(std::vector<StagedRow> &rows);
    void stage(UserIndex user, LocalDay day, EventId event, double amount, std::uint32_t count = 1);
    void appendUser(std::vector<StagedRow> &rows, std::size_t &wideIndex, UserIndex user, ActivityData &data);

    LocalDayConverter m_converter;
    QString m_zoneId;
    std::vector<std::vector<StagedRow>> m_rowsOfUser;
    std::vector<WideRow> m_wideRows;
    std::size_t m_eventCount = 0;
    EventId m_maxEvent = 0;
};

} // namespace NorthStar
