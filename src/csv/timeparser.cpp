#include "csv/timeparser.h"

#include "csv/fieldtext.h"

#include <QCoreApplication>

namespace NorthStar {

namespace {

constexpr qint64 kMsPerDay = 86400000;

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(TimeParser)
};

using FieldText::isDigit;
using FieldText::trimmed;

// Reads minDigits..maxDigits digits at `pos` (greedy). -1 when there are too few.
int readNumber(std::string_view s, std::size_t &pos, int minDigits, int maxDigits, int *count = nullptr)
{
    int value = 0;
    int n = 0;
    while (n < maxDigits && pos < s.size() && isDigit(s[pos])) {
        value = value * 10 + (s[pos] - '0');
        ++pos;
        ++n;
    }
    if (count)
        *count = n;
    return n < minDigits ? -1 : value;
}

bool validDateTime(int year, int month, int day, int hour, int minute, int second)
{
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
           && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0
           && second <= 59;
}

qint64 toMsecs(int year, int month, int day, int hour, int minute, int second, int msec)
{
    return daysFromCivil(year, month, day) * kMsPerDay
           + ((hour * 60 + minute) * 60 + second) * qint64(1000) + msec;
}

// Fraction digits after the point: milliseconds, further digits ignored (truncated).
int readFraction(std::string_view s, std::size_t &pos)
{
    int ms = 0;
    int n = 0;
    while (pos < s.size() && isDigit(s[pos])) {
        if (n < 3)
            ms = ms * 10 + (s[pos] - '0');
        ++n;
        ++pos;
    }
    if (n == 0)
        return -1;
    for (; n < 3; ++n)
        ms *= 10;
    return ms;
}

bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char c = a[i];
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
        if (c != b[i])
            return false;
    }
    return true;
}

ParsedTime parseIso(std::string_view s)
{
    std::size_t pos = 0;
    int count = 0;
    const int year = readNumber(s, pos, 4, 4, &count);
    if (year < 0 || pos >= s.size() || (s[pos] != '-' && s[pos] != '/'))
        return {};
    const char separator = s[pos++];
    const int month = readNumber(s, pos, 1, 2);
    if (month < 0 || pos >= s.size() || s[pos] != separator)
        return {};
    ++pos;
    const int day = readNumber(s, pos, 1, 2);
    if (day < 0)
        return {};
    int hour = 0, minute = 0, second = 0, msec = 0;
    if (pos < s.size()) {
        if (s[pos] != 'T' && s[pos] != ' ' && s[pos] != 't')
            return {};
        ++pos;
        hour = readNumber(s, pos, 1, 2);
        if (hour < 0 || pos >= s.size() || s[pos] != ':')
            return {};
        ++pos;
        minute = readNumber(s, pos, 2, 2);
        if (minute < 0)
            return {};
        if (pos < s.size() && s[pos] == ':') {
            ++pos;
            second = readNumber(s, pos, 2, 2);
            if (second < 0)
                return {};
            if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
                ++pos;
                msec = readFraction(s, pos);
                if (msec < 0)
                    return {};
            }
        }
    }
    if (!validDateTime(year, month, day, hour, minute, second))
        return {};
    const qint64 wall = toMsecs(year, month, day, hour, minute, second, msec);
    if (pos == s.size())
        return {wall, ParsedTime::Kind::Local};
    // A zone: Z, +HH:MM, +HHMM, +HH, or the word UTC/GMT (after an optional space).
    std::string_view zone = s.substr(pos);
    if (zone.front() == ' ')
        zone.remove_prefix(1);
    if (zone == "Z" || zone == "z" || equalsNoCase(zone, "UTC") || equalsNoCase(zone, "GMT"))
        return {wall, ParsedTime::Kind::Utc};
    if (zone.front() != '+' && zone.front() != '-')
        return {};
    const int sign = zone.front() == '-' ? -1 : 1;
    std::size_t z = 1;
    const int offsetHours = readNumber(zone, z, 2, 2);
    int offsetMinutes = 0;
    if (offsetHours < 0)
        return {};
    if (z < zone.size()) {
        if (zone[z] == ':')
            ++z;
        offsetMinutes = readNumber(zone, z, 2, 2);
        if (offsetMinutes < 0 || offsetMinutes > 59)
            return {};
    }
    if (z != zone.size() || offsetHours > 18)
        return {};
    return {wall - sign * (offsetHours * 60 + offsetMinutes) * qint64(60000), ParsedTime::Kind::Utc};
}

ParsedTime parseEpoch(std::string_view s, bool milliseconds)
{
    std::size_t pos = 0;
    const bool negative = !s.empty() && s[0] == '-';
    if (negative)
        ++pos;
    int digits = 0;
    qint64 value = 0;
    while (pos < s.size() && isDigit(s[pos])) {
        value = value * 10 + (s[pos] - '0');
        ++pos;
        if (++digits > 15)
            return {}; // beyond any plausible time, and safe from overflow
    }
    if (digits == 0)
        return {};
    qint64 ms = milliseconds ? value : value * 1000;
    if (!milliseconds && pos < s.size() && s[pos] == '.') {
        ++pos;
        const int fraction = readFraction(s, pos);
        if (fraction < 0)
            return {};
        ms += fraction;
    }
    if (pos != s.size())
        return {};
    return {negative ? -ms : ms, ParsedTime::Kind::Utc};
}

// Compiles a Qt date-time pattern; an empty error means success.
std::vector<TimeParser::Item> compilePattern(const QString &pattern, QString *error, bool *twelveHour)
{
    using Token = TimeParser::Token;
    std::vector<TimeParser::Item> items;
    const QByteArray utf8 = pattern.toUtf8();
    const std::string_view p(utf8.constData(), size_t(utf8.size()));
    bool day = false, month = false, year = false, ampm = false, hour12 = false;
    const auto addLiteral = [&](char c) {
        if (c == ' ') {
            if (items.empty() || items.back().token != Token::Space)
                items.push_back({Token::Space, 0, 0, {}});
            return;
        }
        if (items.empty() || items.back().token != Token::Literal)
            items.push_back({Token::Literal, 0, 0, {}});
        items.back().literal.push_back(c);
    };
    for (std::size_t i = 0; i < p.size();) {
        const char c = p[i];
        std::size_t run = 1;
        while (i + run < p.size() && p[i + run] == c)
            ++run;
        if (c == '\'') {
            if (run >= 2) { // '' is a literal quote
                addLiteral('\'');
                i += 2;
                continue;
            }
            const std::size_t close = p.find('\'', i + 1);
            if (close == std::string_view::npos) {
                *error = Text::tr("a quote (') is never closed.");
                return {};
            }
            for (std::size_t k = i + 1; k < close; ++k)
                addLiteral(p[k]);
            i = close + 1;
            continue;
        }
        const auto add = [&](Token token, std::size_t allowedRun1, quint8 min1, quint8 max1,
                             std::size_t allowedRun2, quint8 min2, quint8 max2) {
            if (run == allowedRun1)
                items.push_back({token, min1, max1, {}});
            else if (run == allowedRun2)
                items.push_back({token, min2, max2, {}});
            else
                return false;
            return true;
        };
        bool ok = true;
        switch (c) {
        case 'd': ok = add(Token::Day, 1, 1, 2, 2, 2, 2); day = true; break;
        case 'M': ok = add(Token::Month, 1, 1, 2, 2, 2, 2); month = true; break;
        case 'y':
            ok = add(Token::Year2, 2, 2, 2, 0, 0, 0) || add(Token::Year4, 4, 4, 4, 0, 0, 0);
            year = true;
            break;
        case 'H': ok = add(Token::Hour, 1, 1, 2, 2, 2, 2); break;
        case 'h': ok = add(Token::Hour, 1, 1, 2, 2, 2, 2); hour12 = true; break;
        case 'm': ok = add(Token::Minute, 1, 1, 2, 2, 2, 2); break;
        case 's': ok = add(Token::Second, 1, 1, 2, 2, 2, 2); break;
        case 'z': ok = add(Token::Fraction, 1, 1, 9, 3, 3, 3); break;
        case 'A':
        case 'a':
            if (i + 1 < p.size() && (p[i + 1] == 'P' || p[i + 1] == 'p')) {
                items.push_back({Token::AmPm, 0, 0, {}});
                ampm = true;
                i += 2;
                continue;
            }
            items.push_back({Token::AmPm, 0, 0, {}});
            ampm = true;
            run = 1;
            break;
        case 't':
            *error = Text::tr("time zone names (t) are not supported; use iso for values with an offset.");
            return {};
        default:
            for (std::size_t k = 0; k < run; ++k)
                addLiteral(c);
            break;
        }
        if (!ok) {
            *error = Text::tr("\"%1\" is not a supported token (use d, dd, M, MM, yy, yyyy, H, HH, h, "
                        "hh, m, mm, s, ss, z, zzz, AP).")
                         .arg(QString::fromUtf8(p.substr(i, run)));
            return {};
        }
        i += run;
    }
    if (!day || !month || !year) {
        *error = Text::tr("a pattern needs a day (d), a month (M) and a year (yy or yyyy).");
        return {};
    }
    *twelveHour = hour12 && ampm;
    return items;
}

} // namespace

qint64 daysFromCivil(int year, int month, int day)
{
    // Howard Hinnant's days_from_civil: exact for every proleptic Gregorian date.
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = unsigned(year - era * 400);
    const unsigned doy = (153 * unsigned(month > 2 ? month - 3 : month + 9) + 2) / 5 + unsigned(day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)))
        return 29;
    return days[(month - 1) % 12];
}

TimeParser::TimeParser(const TimeFormat &format) : m_format(format)
{
    if (format.kind() == TimeFormat::Kind::Pattern) {
        QString error;
        m_items = compilePattern(format.pattern(), &error, &m_twelveHour);
    }
}

QString TimeParser::patternError(const QString &pattern)
{
    QString error;
    bool twelveHour = false;
    compilePattern(pattern, &error, &twelveHour);
    return error;
}

ParsedTime TimeParser::parse(std::string_view text) const
{
    text = trimmed(text);
    ParsedTime parsed;
    switch (m_format.kind()) {
    case TimeFormat::Kind::Iso: parsed = parseIso(text); break;
    case TimeFormat::Kind::EpochSeconds: parsed = parseEpoch(text, false); break;
    case TimeFormat::Kind::EpochMilliseconds: parsed = parseEpoch(text, true); break;
    case TimeFormat::Kind::Pattern: parsed = parsePattern(text); break;
    }
    // Dates are shown and stored as yyyy-MM-dd: an instant outside the years 1 to 9999
    // (a day's margin for any UTC offset) cannot be a period, so it is no readable time.
    static const qint64 earliest = (daysFromCivil(1, 1, 1) + 1) * 86'400'000;
    static const qint64 latest = daysFromCivil(9999, 12, 31) * 86'400'000 - 1;
    if (parsed.ok() && (parsed.msecs < earliest || parsed.msecs > latest))
        return {};
    return parsed;
}

ParsedTime TimeParser::parsePattern(std::string_view s) const
{
    if (m_items.empty())
        return {};
    int year = -1, month = -1, day = -1, hour = 0, minute = 0, second = 0, msec = 0;
    int pm = -1;
    bool timeStarted = false;
    std::size_t pos = 0;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items[i];
        if (pos == s.size() && !timeStarted && year >= 0 && month >= 0 && day >= 0)
            break; // date only: midnight
        switch (item.token) {
        case Token::Literal:
            if (s.substr(pos, item.literal.size()) != item.literal)
                return {};
            pos += item.literal.size();
            break;
        case Token::Space:
            if (pos >= s.size() || s[pos] != ' ')
                return {};
            while (pos < s.size() && s[pos] == ' ')
                ++pos;
            break;
        case Token::AmPm: {
            timeStarted = true;
            if (pos + 2 > s.size())
                return {};
            const char a = char(s[pos] & ~0x20), b = char(s[pos + 1] & ~0x20);
            if ((a != 'A' && a != 'P') || b != 'M')
                return {};
            pm = a == 'P';
            pos += 2;
            break;
        }
        case Token::Fraction: {
            timeStarted = true;
            const std::size_t start = pos;
            int count = 0;
            readNumber(s, pos, 0, item.maxDigits, &count);
            if (count < item.minDigits)
                return {};
            pos = start;
            msec = readFraction(s.substr(0, start + std::size_t(count)), pos);
            break;
        }
        default: {
            const int value = readNumber(s, pos, item.minDigits, item.maxDigits);
            if (value < 0)
                return {};
            switch (item.token) {
            case Token::Day: day = value; break;
            case Token::Month: month = value; break;
            case Token::Year2: year = value + (value <= 68 ? 2000 : 1900); break;
            case Token::Year4: year = value; break;
            case Token::Hour: hour = value; timeStarted = true; break;
            case Token::Minute: minute = value; timeStarted = true; break;
            case Token::Second: second = value; timeStarted = true; break;
            default: break;
            }
        }
        }
    }
    if (pos != s.size() || year < 0 || month < 0 || day < 0)
        return {};
    if (m_twelveHour && timeStarted) {
        if (pm < 0 || hour < 1 || hour > 12)
            return {};
        hour = hour % 12 + (pm ? 12 : 0);
    }
    if (!validDateTime(year, month, day, hour, minute, second))
        return {};
    return {toMsecs(year, month, day, hour, minute, second, msec), ParsedTime::Kind::Local};
}

} // namespace NorthStar
