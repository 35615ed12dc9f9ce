#pragma once

// Small raw event data for checking the warehouse queries' results, and the daily rollup
// computed from it independently of any SQL (with QTimeZone), as docs/warehouse.md defines it.
//
// The events sit on the day boundaries of UTC, America/Los_Angeles, Asia/Kolkata and
// Europe/Berlin (a second before, at and half an hour after each local midnight), on days
// around the changes of daylight saving time in March (US and EU) and November (US), with
// NULL values, plans that change over time, a user whose country is never known, and ties
// (two events at a user's latest instant).

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace NorthStar::WarehouseTest {

struct RawEvent final
{
    qint64 user = 0;
    QDateTime instant;  // UTC, whole seconds
    QString event;
    std::optional<double> value;
    QString plan;     // empty: NULL
    QString country;  // empty: NULL
};

QList<RawEvent> generateEvents();

struct RollupRow final
{
    qint64 events = 0;
    double valueSum = 0;
    QStringList attributes;  // empty string: NULL
};

// Keyed by "user|date|event".
using Rollup = QMap<QString, RollupRow>;

struct RollupOptions final
{
    QTimeZone timezone;
    std::optional<QDate> since;
    bool value = true;         // sum the values (else value_sum is 0)
    QStringList attributes;    // "plan", "country": the order of the columns
};

Rollup expectedRollup(const QList<RawEvent> &events, const RollupOptions &options);

// The rollup CSV at `path` (RFC 4180: quoted fields may hold commas and quotes), which must
// have the header user_id,date,event,events,value_sum plus `attributeHeader`, a whole
// number >= 1 in events, a plain decimal number in value_sum (no exponent), a YYYY-MM-DD
// date. Empty and a message on failure.
Rollup readRollupCsv(const QString &path, const QStringList &attributeHeader, QString &error);

// The differences between two rollups, a line each (at most `limit`), empty when equal.
QString differences(const Rollup &expected, const Rollup &actual, int limit = 8);

// The events as CSV with a header: user,ts (with +00),ts_utc (naive UTC),event,value,plan,
// country; NULL as an empty field (`nullText` instead when given).
QString eventsCsv(const QList<RawEvent> &events, bool header = true, const QString &nullText = {});

} // namespace NorthStar::WarehouseTest
