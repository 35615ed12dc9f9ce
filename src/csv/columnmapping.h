#pragma once

// Which columns hold the user id, the time, the event name and the value. Detected from
// common header names (case-insensitive, ignoring `_`, `-` and spaces); the caller may
// change any field before importing.

#include <QList>
#include <QString>
#include <QStringList>

namespace NorthStar {

struct ColumnMapping final
{
    int userId = -1;    // 0-based column index, -1 for none
    int timestamp = -1;
    int event = -1;     // -1: every row gets constantEvent
    int value = -1;     // -1: no value (counts as 0 in sums)
    QString constantEvent;
    QList<int> attributes; // other columns, candidate user attributes (country, plan, ...)

    // The mapping a header suggests; for the value column a total (TotalPrice, revenue)
    // wins over a unit price.
    static ColumnMapping fromHeader(const QStringList &header);

    // Lower-case, without `_`, `-`, `.` and spaces: "Customer ID" -> "customerid".
    static QString normalizedName(const QString &name);

    bool operator==(const ColumnMapping &other) const = default;
};

} // namespace NorthStar
