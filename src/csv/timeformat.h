#pragma once

// How a timestamp column is written: ISO 8601, epoch seconds or milliseconds, or a Qt
// date-time pattern (`M/d/yy H:mm`, `dd-MM-yyyy`, `d.M.yyyy HH:mm:ss`). This is what the
// user passes as `--time-format`; TimeParser compiles it.

#include "common/result.h"

#include <QString>

namespace NorthStar {

class TimeFormat final
{
public:
    enum class Kind { Iso, EpochSeconds, EpochMilliseconds, Pattern };

    TimeFormat() = default; // ISO 8601
    static TimeFormat iso();
    static TimeFormat epochSeconds();
    static TimeFormat epochMilliseconds();

    // `iso`, `epoch-s`, `epoch-ms` or a pattern with the tokens d dd M MM yy yyyy H HH h hh
    // m mm s ss z zzz AP ap, other characters literal, 'quoted text' literal. A pattern
    // needs a day, a month and a year; anything else is an error naming the problem.
    static Result<TimeFormat> fromString(const QString &text);

    Kind kind() const { return m_kind; }
    QString pattern() const { return m_pattern; }
    // The text fromString() reads back.
    QString toString() const;

    bool operator==(const TimeFormat &other) const = default;

private:
    TimeFormat(Kind kind, QString pattern);

    Kind m_kind = Kind::Iso;
    QString m_pattern;
};

} // namespace NorthStar
