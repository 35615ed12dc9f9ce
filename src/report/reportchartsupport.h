#pragma once

// What the report's charts share: a value axis with round steps, the pens of each kind of
// line, and legends whose entries show the mark they explain (a dash pattern, a shape, a
// tag) next to its words, wrapped to the chart's width. Internal to the report module.

#include "analysis/valueformat.h"
#include "report/reportstyle.h"

#include <QLocale>
#include <QPen>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace NorthStar::ReportCharts {

// A value axis from `low` to `high` in steps of `step` (1, 2, 2.5 or 5 times a power of ten).
struct Axis final
{
    double low = 0.0;
    double high = 1.0;
    double step = 1.0;

    std::vector<double> ticks() const;
    // y in `plot` of `value` (high at the top).
    double y(double value, const QRectF &plot) const;
};
Axis niceAxis(double low, double high, int ticks, ValueStyle style);

// The widest of the axis's labels.
double labelWidth(const Axis &axis, ValueStyle style, const QLocale &locale, const QFont &font);
// Grid lines and labels left of `plot`.
void paintValueAxis(QPainter &painter, const QRectF &plot, const Axis &axis, ValueStyle style,
                    const QLocale &locale, const ReportStyle &s);

enum class Sample {
    Line,        // the metric: a solid line with a dot
    Point,       // the reviewed period: a large dot
    Band,        // the usual range: a shaded box with a dashed edge
    Target,      // dashed
    Bound,       // dash-dot
    Ship,        // a dotted vertical line with a letter tag
    Annotation,  // a numbered circle
    Before,      // a work chart's periods before launch: open circles
    After,       // after launch: filled squares
    Trend,       // the fitted trend: thin solid
    Expected,    // its course after launch: dashed
    Rise,        // a waterfall step up: an open bar
    Fall,        // a step down: a hatched bar
    Rest,        // the unexplained rest: a dotted bar
    Total,       // a waterfall total: a dark bar
};

struct LegendEntry final
{
    Sample sample = Sample::Line;
    QString text;
    QString tag;  // the letter or number of a ship or annotation tag
};

QPen pen(Sample sample, const ReportStyle &s);
// The fill of a waterfall bar of `sample`'s kind (Rise, Fall, Rest, Total).
QBrush barFill(Sample sample, const ReportStyle &s);
// Paints the sample of `sample` in `box` (about 22 x 12 pixels).
void paintSample(QPainter &painter, const QRectF &box, Sample sample, const QString &tag, const ReportStyle &s);
// A ship or annotation tag: a small box (ship) or circle (annotation) with its letter.
void paintTag(QPainter &painter, const QPointF &centre, Sample sample, const QString &tag, const ReportStyle &s);

// The legend's entries flow left to right and wrap; each entry's text wraps on its own line
// when it is longer than the width. Returns the height; paints only when `painter` is set.
double layoutLegend(QPainter *painter, const QRectF &rect, const std::vector<LegendEntry> &entries,
                    const ReportStyle &s);

// "A", "B", ... "Z", "AA", ...
QString letterTag(int index);

} // namespace NorthStar::ReportCharts
