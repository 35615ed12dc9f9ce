#include "csv/numberparser.h"

#include "csv/fieldtext.h"

#include <charconv>
#include <cmath>
#include <cstdint>

namespace NorthStar {

namespace {

using FieldText::trimmed;
using FieldText::isDigit;

// Clinger's fast path: up to 15 significant digits and no exponent; the mantissa and the
// power of ten are exact doubles, so one division gives the correctly rounded value.
// Almost every value in a usage export takes this path.
std::optional<double> parseSimple(std::string_view s, bool *handled)
{
    static constexpr double kPowers[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
                                         1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    *handled = false;
    std::size_t i = 0;
    const bool negative = !s.empty() && s[0] == '-';
    if (negative || (!s.empty() && s[0] == '+'))
        ++i;
    std::uint64_t mantissa = 0;
    int digits = 0;
    int fractionDigits = -1;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (isDigit(c)) {
            mantissa = mantissa * 10 + std::uint64_t(c - '0');
            ++digits;
            if (fractionDigits >= 0)
                ++fractionDigits;
        } else if (c == '.' && fractionDigits < 0) {
            fractionDigits = 0;
        } else {
            return std::nullopt; // exponent or anything else: the general path decides
        }
    }
    if (digits == 0 || digits > 15)
        return std::nullopt;
    *handled = true;
    double value = double(mantissa);
    if (fractionDigits > 0)
        value /= kPowers[fractionDigits];
    return negative ? -value : value;
}

// std::from_chars accepts "inf", "nan" and hex digits in some modes; we want plain decimals.
std::optional<double> parsePlain(std::string_view s)
{
    bool handled = false;
    const std::optional<double> simple = parseSimple(s, &handled);
    if (handled)
        return simple;
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    if (s.empty())
        return std::nullopt;
    bool digits = false;
    for (const char c : s) {
        if (isDigit(c))
            digits = true;
        else if (c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E')
            return std::nullopt;
    }
    if (!digits)
        return std::nullopt;
    double value = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

NumberParser::NumberParser(DecimalSeparator separator) : m_separator(separator) {}

std::optional<double> NumberParser::parse(std::string_view text) const
{
    text = trimmed(text);
    if (m_separator == DecimalSeparator::Comma)
        return parseComma(text);
    return parsePlain(text);
}

std::optional<double> NumberParser::parseComma(std::string_view s) const
{
    // Rewrite into the plain form: drop thousands dots, the comma becomes the point.
    char buffer[64];
    if (s.size() >= sizeof(buffer))
        return std::nullopt;
    std::size_t out = 0;
    std::size_t i = 0;
    if (!s.empty() && (s[0] == '-' || s[0] == '+'))
        buffer[out++] = s[i++];
    // Integer part: digits, optionally grouped by dots in threes (1.234.567).
    const std::size_t intStart = i;
    std::size_t lastDot = std::string_view::npos;
    bool grouped = false;
    for (; i < s.size() && (isDigit(s[i]) || s[i] == '.'); ++i) {
        if (s[i] == '.') {
            // The first group has 1-3 digits, every later one exactly 3.
            const std::size_t groupLength = i - (lastDot == std::string_view::npos ? intStart : lastDot + 1);
            if (groupLength == 0 || groupLength > 3 || (grouped && groupLength != 3))
                return std::nullopt;
            grouped = true;
            lastDot = i;
            continue;
        }
        buffer[out++] = s[i];
    }
    if (grouped && i - lastDot - 1 != 3)
        return std::nullopt;
    if (i < s.size() && s[i] == ',') {
        buffer[out++] = '.';
        ++i;
    }
    // Fraction and exponent as written.
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (!isDigit(c) && c != 'e' && c != 'E' && c != '-' && c != '+')
            return std::nullopt;
        buffer[out++] = c;
    }
    return parsePlain(std::string_view(buffer, out));
}

bool NumberParser::looksLikeDecimalComma(std::string_view text)
{
    text = trimmed(text);
    const std::size_t comma = text.find(',');
    if (comma == std::string_view::npos || comma == 0 || comma + 1 >= text.size())
        return false;
    if (text.find(',', comma + 1) != std::string_view::npos)
        return false;
    const NumberParser parser(DecimalSeparator::Comma);
    return parser.parse(text).has_value();
}

} // namespace NorthStar
