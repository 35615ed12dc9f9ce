#pragma once

// A TimeFormat compiled once, then applied to millions of values: no QDateTime, no regular
// expressions, no allocation per value.
//
// Leniency, documented so nobody is surprised: surrounding spaces are ignored; a space in a
// pattern matches one or more spaces; a value that ends right after the date part of a
// pattern reads as midnight (columns that write `1/2/20` for midnight and `1/2/20 8:15`
// otherwise). Two-digit years follow POSIX %y: 00-68 are 2000-2068, 69-99 are 1969-1999.

#include "csv/parsedtime.h"
#include "csv/timeformat.h"

#include <string>
#include <string_view>
#include <vector>

namespace NorthStar {

class TimeParser final
{
public:
    explicit TimeParser(const TimeFormat &format);

    const TimeFormat &format() const { return m_format; }
    ParsedTime parse(std::string_view text) const;

    // Empty when `pattern` compiles, else what is wrong with it.
    static QString patternError(const QString &pattern);

    enum class Token : quint8 { Day, Month, Year2, Year4, Hour, Minute, Second, Fraction,
                                AmPm, Space, Literal };
    struct Item
    {
        Token token;
        quint8 minDigits;
        quint8 maxDigits;
        std::string literal;
    };

private:
    ParsedTime parsePattern(std::string_view text) const;

    TimeFormat m_format;
    std::vector<Item> m_items;
    bool m_twelveHour = false;
};

} // namespace NorthStar
