#pragma once

// Writing one CSV cell that a spreadsheet will open: RFC 4180 quoting, and text that
// starts like a formula (=, +, -, @, tab, carriage return) is prefixed with ' so Excel,
// LibreOffice and Google Sheets show it instead of evaluating it (OWASP "CSV injection").
// Used for every CSV the app writes: chart exports and rejected rows.

#include <QString>

namespace NorthStar {

QString escapeCsvText(const QString &text);

} // namespace NorthStar
