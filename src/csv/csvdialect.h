#pragma once

#include "csv/numberparser.h"
#include "csv/textdecoder.h"

namespace NorthStar {

// How a CSV file is written: what the reader and the number parser need to know.
struct CsvDialect final
{
    char delimiter = ',';
    TextEncoding encoding = TextEncoding::Utf8; // resolved (never Auto)
    bool byteOrderMark = false;
    bool hasHeader = true;
    DecimalSeparator decimalSeparator = DecimalSeparator::Point;

    bool operator==(const CsvDialect &other) const = default;
};

} // namespace NorthStar
