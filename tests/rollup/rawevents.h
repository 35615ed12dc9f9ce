#pragma once

// Generated raw events for the rollup tests (issue #12), and the daily rollup computed from
// them here, independently of the importer: what a warehouse query must produce. Users
// cross local midnights, daylight saving changes and attribute changes; values are
// multiples of 0.25 so that sums are exact in any order.

#include <QList>
#include <QString>

#include <optional>

namespace NorthStar::RollupTestSupport {

struct RawEvent
{
    QString user;
    qint64 utcMs = 0;
    QString event;
    std::optional<double> value;
    QString country; // empty: no value in this row
    QString plan;
};

// Strictly increasing instants; deterministic for a seed.
QList<RawEvent> generateEvents(int users, const QString &firstDay, int days, unsigned seed = 7);

// user_id,time,event,value,country,plan with ISO UTC times.
void writeRawCsv(const QString &path, const QList<RawEvent> &events);

// user_id,date,event,events,value_sum,country,plan: one row per user, local date in `zone`
// and event, in a shuffled order; each attribute the user's value at their latest event
// that has one. Only rows whose date is in [fromDate, toDate] (ISO, empty: no bound).
void writeRollupCsv(const QString &path, const QList<RawEvent> &events, const QString &zone,
                    const QString &fromDate = {}, const QString &toDate = {});

// The events whose local date in `zone` lies in [fromDate, toDate].
QList<RawEvent> eventsBetween(const QList<RawEvent> &events, const QString &zone, const QString &fromDate,
                              const QString &toDate);

} // namespace NorthStar::RollupTestSupport
