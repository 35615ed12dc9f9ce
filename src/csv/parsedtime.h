#pragma once

#include <QtGlobal>

namespace NorthStar {

// A parsed timestamp: an exact instant (it carried Z, an offset or ` UTC`, or it was an
// epoch number) or a wall-clock reading that still needs a timezone (LocalTimeConverter).
// Both are milliseconds since 1970-01-01T00:00; for Local they count wall-clock time as if
// it were UTC.
struct ParsedTime final
{
    enum class Kind : quint8 { Invalid, Utc, Local };

    qint64 msecs = 0;
    Kind kind = Kind::Invalid;

    bool ok() const { return kind != Kind::Invalid; }
};

// Days since 1970-01-01 of a proleptic Gregorian date (valid or not; callers check).
qint64 daysFromCivil(int year, int month, int day);
int daysInMonth(int year, int month);

} // namespace NorthStar
