// The report's other pictures: the waterfall of the North Star's change, a work item's
// input around its launch, the tree, and the SVG document they go into for the HTML.

#include "report/reportcharts.h"

#include "render/cardstyle.h"
#include "render/treepainter.h"
#include "report/reportchartsupport.h"
#include "report/reporttext.h"
#include "review/reviewtext.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

using namespace ReportCharts;

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Report)
};

// Where each waterfall bar starts and ends, in the North Star's units.
struct Bar final
{
    const WaterfallStep *step = nullptr;
    double from = 0.0;
    double to = 0.0;
};

std::vector<Bar> barsOf(const Waterfall &waterfall, double floor)
{
    std::vector<Bar> bars;
    double running = 0.0;
    for (const WaterfallStep &step : waterfall.steps) {
        switch (step.kind) {
        case WaterfallStep::Kind::Start:
        case WaterfallStep::Kind::End:
            bars.push_back({&step, floor, step.amount});
            running = step.amount;
            break;
        case WaterfallStep::Kind::Part:
        case WaterfallStep::Kind::Rest:
            bars.push_back({&step, running, running + step.amount});
            running += step.amount;
            break;
        }
    }
    return bars;
}

Sample sampleOf(const Bar &bar)
{
    switch (bar.step->kind) {
    case WaterfallStep::Kind::Start:
    case WaterfallStep::Kind::End: return Sample::Total;
    case WaterfallStep::Kind::Rest: return Sample::Rest;
    case WaterfallStep::Kind::Part: break;
    }
    return bar.to >= bar.from ? Sample::Rise : Sample::Fall;
}

void paintBar(QPainter &painter, const QRectF &box, Sample sample, const ReportStyle &s)
{
    painter.setPen(pen(sample, s));
    painter.setBrush(barFill(sample, s));
    painter.drawRect(box);
}

} // namespace

void paintWaterfall(QPainter &painter, const QRectF &rect, const ReportContent &content, const ReportStyle &style,
                    const QLocale &locale)
{
    const Waterfall &waterfall = content.waterfall;
    const MetricReview *northStar = content.review.northStar();
    if (waterfall.steps.empty() || !northStar)
        return;
    const ValueStyle valueStyle = content.charts.empty() ? ValueStyle::Count : content.charts.front().style;
    double low = INFINITY, high = -INFINITY;
    for (const Bar &bar : barsOf(waterfall, 0.0)) {
        if (bar.step->kind == WaterfallStep::Kind::Start || bar.step->kind == WaterfallStep::Kind::End) {
            low = std::min(low, bar.to);
            high = std::max(high, bar.to);
        } else {
            low = std::min({low, bar.from, bar.to});
            high = std::max({high, bar.from, bar.to});
        }
    }
    // The totals dwarf the steps from zero: the axis starts near the lowest total instead,
    // and says so.
    const double spread = std::max(high - low, std::abs(high) * 0.02);
    const Axis axis = niceAxis(std::max(0.0, low - spread * 0.6), high + spread * 0.15, 4, valueStyle);
    const std::vector<Bar> bars = barsOf(waterfall, axis.low);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF small(style.smallFont);
    const QFontMetricsF bold(style.boldFont);
    const double labels = labelWidth(axis, valueStyle, locale, style.smallFont) + 6.0;
    const double nameHeight = small.height() * 2 + 4;
    const double noteHeight = axis.low > 0 ? small.height() + 6 : 0.0;
    const QRectF plot(rect.left() + labels, rect.top() + bold.height() + 4, rect.width() - labels,
                      rect.height() - bold.height() - 4 - nameHeight - 6 - noteHeight);
    paintValueAxis(painter, plot, axis, valueStyle, locale, style);
    const double column = plot.width() / double(bars.size());
    const double barWidth = std::min(64.0, column * 0.56);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars[i];
        const double centre = plot.left() + column * (double(i) + 0.5);
        const double top = axis.y(std::max(bar.from, bar.to), plot);
        const double bottom = axis.y(std::min(bar.from, bar.to), plot);
        const QRectF box(centre - barWidth / 2, top, barWidth, std::max(1.0, bottom - top));
        paintBar(painter, box, sampleOf(bar), style);
        // The step joins the next one at its end value.
        if (i + 1 < bars.size()) {
            painter.setPen(QPen(style.rule, 1.0, Qt::DashLine));
            const double y = axis.y(bar.to, plot);
            painter.drawLine(QPointF(box.right(), y), QPointF(centre + column - barWidth / 2, y));
        }
        const bool total = bar.step->kind == WaterfallStep::Kind::Start || bar.step->kind == WaterfallStep::Kind::End;
        const QString value = total ? metricValueText(*northStar, bar.step->amount, locale)
                                    : signedAmountText(northStar, bar.step->amount, locale);
        painter.setFont(total ? style.boldFont : style.bodyFont);
        painter.setPen(style.text);
        painter.drawText(QRectF(centre - column / 2, top - bold.height() - 2, column, bold.height()), Qt::AlignCenter, value);
        painter.setFont(style.smallFont);
        painter.setPen(style.mutedText);
        const QRectF name(centre - column / 2 + 2, plot.bottom() + 4, column - 4, nameHeight);
        const QString elided = small.elidedText(bar.step->label, Qt::ElideRight, (column - 4) * 2 - 8);
        painter.drawText(name, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, elided);
    }
    if (axis.low > 0) {
        painter.setFont(style.smallFont);
        painter.setPen(style.mutedText);
        painter.drawText(QRectF(rect.left(), rect.bottom() - small.height(), rect.width(), small.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         Text::tr("The scale starts at %1, not at zero: the bars show the steps, not the totals' sizes.")
                             .arg(chartValueText(axis.low, valueStyle, locale)));
    }
    painter.restore();
}

void paintWorkChart(QPainter &painter, const QRectF &rect, const WorkChart &chart, Grain grain,
                    const ReportStyle &style, const QLocale &locale)
{
    if (chart.before.empty() && chart.after.empty())
        return;
    const auto fit = [&](double t) { return *chart.interceptA + *chart.slopeB * t; };
    double low = INFINITY, high = -INFINITY, first = chart.shipT;
    for (const auto *values : {&chart.before, &chart.after}) {
        for (const IndexedValue &v : *values) {
            low = std::min(low, v.value);
            high = std::max(high, v.value);
            first = std::min(first, v.t);
        }
    }
    const bool fitted = chart.interceptA && chart.slopeB;
    if (fitted) {
        for (double t : {first, chart.lastT}) {
            low = std::min(low, fit(t));
            high = std::max(high, fit(t));
        }
    }
    const Axis axis = niceAxis(low, high, 2, chart.style);
    const QFontMetricsF small(style.smallFont);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const double labels = labelWidth(axis, chart.style, locale, style.smallFont) + 6.0;
    const QRectF plot(rect.left() + labels, rect.top() + small.height() + 2, rect.width() - labels - 6,
                      rect.height() - 2 * small.height() - 6);
    paintValueAxis(painter, plot, axis, chart.style, locale, style);
    const double span = std::max(1.0, chart.lastT - first + 1.0);
    const auto x = [&](double t) { return plot.left() + (t - first + 0.5) / span * plot.width(); };
    const auto at = [&](double t, double v) { return QPointF(x(t), axis.y(v, plot)); };

    const double ship = x(chart.shipT);
    painter.setPen(pen(Sample::Ship, style));
    painter.drawLine(QPointF(ship, plot.top()), QPointF(ship, plot.bottom()));
    painter.setFont(style.smallFont);
    painter.setPen(style.mutedText);
    painter.drawText(QRectF(ship - 60, rect.top(), 120, small.height()), Qt::AlignCenter, Text::tr("launch"));
    if (fitted) {
        painter.setPen(pen(Sample::Trend, style));
        painter.drawLine(at(first, fit(first)), at(chart.shipT, fit(chart.shipT)));
        painter.setPen(pen(Sample::Expected, style));
        painter.drawLine(at(chart.shipT, fit(chart.shipT)), at(chart.lastT, fit(chart.lastT)));
    }
    painter.setPen(QPen(style.line, 1.3));
    painter.setBrush(Qt::white);
    for (const IndexedValue &v : chart.before)
        painter.drawEllipse(at(v.t, v.value), 2.8, 2.8);
    QPainterPath after;
    for (std::size_t i = 0; i < chart.after.size(); ++i)
        i == 0 ? after.moveTo(at(chart.after[i].t, chart.after[i].value)) : after.lineTo(at(chart.after[i].t, chart.after[i].value));
    painter.setPen(QPen(style.line, 1.6));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(after);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.line);
    for (const IndexedValue &v : chart.after) {
        const QPointF p = at(v.t, v.value);
        painter.drawRect(QRectF(p.x() - 3.2, p.y() - 3.2, 6.4, 6.4));
    }
    if (chart.firstDate.isValid()) {
        painter.setPen(style.mutedText);
        painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), small.height()), Qt::AlignLeft | Qt::AlignTop,
                         Text::tr("from %1").arg(chartDateText(chart.firstDate, grain, locale)));
    }
    painter.restore();
}

namespace {

std::vector<LegendEntry> workLegend()
{
    return {{Sample::Before, Text::tr("the 8 periods before launch"), {}},
            {Sample::Trend, Text::tr("their trend"), {}},
            {Sample::Expected, Text::tr("the trend continued: the course expected without the work"), {}},
            {Sample::After, Text::tr("the periods after launch"), {}}};
}

} // namespace

double workLegendHeight(double width, const ReportStyle &style)
{
    return layoutLegend(nullptr, QRectF(0, 0, width, 1e6), workLegend(), style);
}

void paintWorkLegend(QPainter &painter, const QRectF &rect, const ReportStyle &style)
{
    layoutLegend(&painter, rect, workLegend(), style);
}

namespace {

// Cards paint their shadow and outline a little outside their rectangles.
constexpr double treeMargin = 12.0;

} // namespace

QSizeF treeSize(const ReportContent &content)
{
    return content.treeGeometry.boundingRect().adjusted(-treeMargin, -treeMargin, treeMargin, treeMargin).size();
}

void paintReportTree(QPainter &painter, const QRectF &rect, const ReportContent &content)
{
    const QRectF bounds = content.treeGeometry.boundingRect().adjusted(-treeMargin, -treeMargin, treeMargin, treeMargin);
    if (bounds.isEmpty())
        return;
    const double scale = std::min({1.0, rect.width() / bounds.width(), rect.height() / bounds.height()});
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(rect.center());
    painter.scale(scale, scale);
    painter.translate(-bounds.center());
    paintTree(painter, content.data, content.treeGeometry, CardStyle::standard(), content.treeNumbers);
    painter.restore();
}

QByteArray svgDocument(const QSizeF &size, const PaintFunction &paint, const QString &title)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setResolution(96);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(), size));
    svg.setTitle(title);
    QPainter painter;
    if (!painter.begin(&svg))
        return {};
    paint(painter, QRectF(QPointF(), size));
    painter.end();
    return buffer.data();
}

} // namespace NorthStar
