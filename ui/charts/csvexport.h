#pragma once

// A chart's data as CSV, safe to open in a spreadsheet.
//
// CSV injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with `=`,
// `+`, `-` or `@` (and, in some, a tab or carriage return) as a formula, so a metric or
// work item named `=HYPERLINK("http://evil","click")` would become a live link. Every TEXT
// cell starting with one of those characters gets a single quote `'` in front, and every
// text cell is quoted per RFC 4180 when it holds a comma, quote or line break (so a formula
// hidden after a separator cannot start a cell of its own).
//
// NUMBER cells are written as plain numbers and never escaped: we produce them from a
// double ourselves (up to 12 significant digits, as METRICS.md's machine output), so they
// cannot carry a formula, and escaping them would turn -3 into the text '-3, which a
// spreadsheet would no longer add up (lifecycle's dormant counts are negative numbers).
// Text that merely looks numeric (a work item titled "-3") is still text and is escaped.
// Dates are written as YYYY-MM-DD text; they start with a digit, so need no escape.

#include "common/result.h"
#include "csv/csvescape.h" // escapeCsvText

#include <QList>
#include <QString>

#include <optional>

namespace NorthStar {
struct LifecycleData;
struct MetricChartData;
struct StickinessData;
}

namespace NorthStar::Charts {

struct CsvCell final
{
    QString text;
    bool number = false;

    static CsvCell fromText(const QString &text) { return {text, false}; }
    static CsvCell fromNumber(double value);
    static CsvCell fromNumber(const std::optional<double> &value);  // empty: empty cell
    static CsvCell fromInteger(qint64 value);
};

struct CsvTable final
{
    QStringList header;
    QList<QList<CsvCell>> rows;
};

QString formatCsvCell(const CsvCell &cell);
// Header and rows, comma separated, CRLF line ends (RFC 4180), no BOM.
QString formatCsv(const CsvTable &table);
// UTF-8, written atomically (QSaveFile); the error names the file and what to do.
Result<void> writeCsv(const CsvTable &table, const QString &path);

// metric,unit,period_start,period,value,partial,work_items (titles shipping that period).
CsvTable metricCsv(const MetricChartData &data);
// period_start,<breadth title>,<depth title>,<frequency title>,partial,work_items.
CsvTable overviewCsv(const QList<MetricChartData> &charts);
// metric,period_start,partial,active_days,users (one row per period and k).
CsvTable stickinessCsv(const StickinessData &data);
// metric,period_start,new,returning,resurrecting,dormant,partial.
CsvTable lifecycleCsv(const LifecycleData &data);

} // namespace NorthStar::Charts
