#pragma once

// Small helpers on a field's raw UTF-8 bytes, shared by the parsers of the csv module and
// the event store's row scanner.

#include <string_view>

namespace NorthStar::FieldText {

// Without the spaces and tabs exports pad columns with.
inline std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace NorthStar::FieldText
