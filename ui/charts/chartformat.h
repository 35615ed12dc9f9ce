#pragma once

// How chart numbers and periods read for people. Values keep the precision of the data (up
// to 12 significant digits, as METRICS.md's machine output) with the locale's separators
// and the metric's unit; periods are named by their first local date.

#include "metrics/metricspec.h"
#include "metrics/periodcalendar.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace NorthStar::Charts {

// "12,345 users", "3.25 events", "41.6%" (activation is a share 0..1 shown as a percent).
QString formatValue(double value, const QString &unit, MetricKind kind, const QLocale &locale = QLocale());
// An empty ratio (nobody to divide by) reads as "no active users", never as 0.
QString formatOptionalValue(const std::optional<double> &value, const QString &unit, MetricKind kind,
                            const QLocale &locale = QLocale());
// Rounded for captions (a mean, a change): whole numbers from 1,000, else 1 to 2 decimals.
QString formatReadable(double value, const QString &unit, MetricKind kind, const QLocale &locale = QLocale());
// Shorter form for axis ticks and captions: up to 4 significant digits, unit-less.
QString formatCompact(double value, MetricKind kind, const QLocale &locale = QLocale());
// Signed change, rounded as formatReadable: "+1,204 users (+12.5%)"; the percent is left
// out when the start is 0.
QString formatChange(double from, double to, const QString &unit, MetricKind kind,
                     const QLocale &locale = QLocale());

// "2026-03-09 (Mon)", "Week of 2026-03-09", "March 2026".
QString periodLabel(QDate periodStart, Grain grain, const QLocale &locale = QLocale());
// The number of days of the period starting at `periodStart` (1, 7, or the month's days).
int periodDays(QDate periodStart, Grain grain);

// The x coordinate of a date on every time chart: its Julian day, so a ship date and a
// period start share one scale.
inline double dateX(QDate date) { return double(date.toJulianDay()); }
inline QDate xDate(double x) { return QDate::fromJulianDay(qint64(x + 0.5)); }

} // namespace NorthStar::Charts
