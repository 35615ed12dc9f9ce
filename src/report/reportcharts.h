#pragma once

// The report's pictures, painted with QPainter so the PDF and the HTML's inline SVGs show
// the same thing: a metric over time (usual range, target course, guardrail bound, ship
// dates, annotations), the waterfall of the North Star's change, a work item's input
// around its launch, the tree. Every chart explains its marks in a legend under it, with
// shapes and dashes rather than colours. Internal to the report module.

#include "report/reportcontent.h"
#include "report/reportstyle.h"

#include <QByteArray>
#include <QLocale>
#include <QRectF>

#include <functional>

class QPainter;

namespace NorthStar {

// A metric chart at `width`: `plotHeight` for the plot plus its axis labels and (unless
// `legend` is false: small multiples under a chart that explains the marks) its legend.
double metricChartHeight(const MetricChart &chart, double width, double plotHeight, const ReportStyle &style,
                         const QLocale &locale, bool legend = true);
void paintMetricChart(QPainter &painter, const QRectF &rect, const MetricChart &chart, double plotHeight,
                      const ReportStyle &style, const QLocale &locale, bool legend = true);

// Last period's value, each input's contribution, the rest, this period's value.
void paintWaterfall(QPainter &painter, const QRectF &rect, const ReportContent &content, const ReportStyle &style,
                    const QLocale &locale);

// One work verdict's input: the trend before launch, its expected course after, the actual
// periods after. The legend (the same for every work chart) is painted once, on its own.
void paintWorkChart(QPainter &painter, const QRectF &rect, const WorkChart &chart, Grain grain,
                    const ReportStyle &style, const QLocale &locale);
double workLegendHeight(double width, const ReportStyle &style);
void paintWorkLegend(QPainter &painter, const QRectF &rect, const ReportStyle &style);

// The tree with the reviewed period's numbers, scaled down (never up) to fit `rect`.
QSizeF treeSize(const ReportContent &content);
void paintReportTree(QPainter &painter, const QRectF &rect, const ReportContent &content);

// `paint` into an SVG document of `size` CSS pixels. Deterministic: the same painting gives
// the same bytes.
using PaintFunction = std::function<void(QPainter &, const QRectF &)>;
QByteArray svgDocument(const QSizeF &size, const PaintFunction &paint, const QString &title);

} // namespace NorthStar
