#pragma once

// How a metric's numbers read, decided from its kind (METRICS.md), shared by the cards,
// the charts' captions and the review's text so every view writes a value the same way:
// - counts (breadth, threshold, stickiness, lifecycle): whole numbers with thousands
//   separators, millions as "1.23M";
// - per-user ratios (depth, depth-value, frequency) and formulas: 2 decimals under 10,
//   1 under 100, none above;
// - shares (activation; a formula whose unit is "%"): percent with one decimal, and their
//   change in percentage points ("+2.1 pt") because a relative change of a share misleads;
// - time-to-value: days, one decimal under 10.

#include "metrics/metricspec.h"

#include <QLocale>
#include <QString>

namespace NorthStar {

enum class ValueStyle { Count, Ratio, Share, Days };

ValueStyle valueStyle(MetricKind kind, const QString &unit);
// A rise is bad news for these kinds (time-to-value).
bool lowerIsBetter(MetricKind kind);
QString formatMetricValue(double value, ValueStyle style, const QLocale &locale = QLocale());
// Relative change in percent ("+4.2%"), or in points for shares (`change` then in points).
QString formatChange(double change, ValueStyle style, const QLocale &locale = QLocale());
// "+" before a positive number's text, a real minus sign (U+2212) before a negative one.
QString signedText(double value, const QString &body);

} // namespace NorthStar
