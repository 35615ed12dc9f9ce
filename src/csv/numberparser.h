#pragma once

// Fast number reading for CSV values. Two conventions, chosen per file (see CsvDialect):
// a decimal point (`12.5`, `-3`, `1e3`, `+0.5`) or, as German Excel writes in `;` files,
// a decimal comma (`12,5`, `-3`, `1.234,56` with `.` grouping thousands in threes).

#include <optional>
#include <string_view>

namespace NorthStar {

enum class DecimalSeparator { Point, Comma };

class NumberParser final
{
public:
    explicit NumberParser(DecimalSeparator separator = DecimalSeparator::Point);

    DecimalSeparator separator() const { return m_separator; }

    // The value, or nothing when the text is not a finite number in this convention.
    // Surrounding spaces are ignored; an empty text is not a number (callers decide
    // whether an empty value means "missing").
    std::optional<double> parse(std::string_view text) const;

    // True when `text` can only be a decimal-comma number (`12,5`, `1.234,5`): used to
    // detect the convention of a file.
    static bool looksLikeDecimalComma(std::string_view text);

private:
    std::optional<double> parseComma(std::string_view text) const;

    DecimalSeparator m_separator;
};

} // namespace NorthStar
