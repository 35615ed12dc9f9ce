// A metric over time in the report: its complete periods up to the reviewed one, the usual
// range around the reviewed period, the target's course, the guardrail's bound, ship dates
// and annotations, each explained in the legend under the plot.

#include "report/reportcharts.h"

#include "report/reportchartsupport.h"
#include "report/reporttext.h"
#include "review/reviewtext.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

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

constexpr double axisLabelGap = 6.0;
constexpr double tagRow = 15.0;   // room above the plot for ship tags
constexpr double legendGap = 10.0;

// x of the periods: period i spans [i, i + 1]; its value is drawn at the centre.
class TimeScale final
{
public:
    TimeScale(const std::vector<ReviewPoint> &points, Grain grain, const QRectF &plot)
        : m_points(points), m_grain(grain), m_plot(plot)
    {
    }

    double periods() const { return double(std::max<std::size_t>(1, m_points.size())); }
    double x(double index) const { return m_plot.left() + index / periods() * m_plot.width(); }
    double centre(std::size_t i) const { return x(double(i) + 0.5); }
    // A day's position: its period's slot plus the fraction of the period gone by.
    std::optional<double> ofDate(QDate date) const
    {
        if (m_points.empty() || date < m_points.front().periodStart)
            return std::nullopt;
        for (std::size_t i = 0; i < m_points.size(); ++i) {
            const QDate start = m_points[i].periodStart;
            const QDate next = i + 1 < m_points.size() ? m_points[i + 1].periodStart : periodAfter(start);
            if (date < next)
                return x(double(i) + double(start.daysTo(date)) / double(std::max<qint64>(1, start.daysTo(next))));
        }
        return std::nullopt;
    }
    QDate end() const { return m_points.empty() ? QDate() : periodAfter(m_points.back().periodStart).addDays(-1); }

private:
    QDate periodAfter(QDate start) const { return m_grain == Grain::Month ? start.addMonths(1) : start.addDays(7); }

    const std::vector<ReviewPoint> &m_points;
    Grain m_grain;
    QRectF m_plot;
};

// The values the axis must show: the points, the usual range, the target's course within
// the charted dates, the bound.
Axis chartAxis(const MetricChart &chart, QDate end)
{
    double low = INFINITY, high = -INFINITY;
    const auto take = [&](double v) {
        low = std::min(low, v);
        high = std::max(high, v);
    };
    for (const ReviewPoint &p : chart.points) {
        if (p.value)
            take(*p.value);
    }
    if (chart.usualLow && chart.usualHigh) {
        take(*chart.usualLow);
        take(*chart.usualHigh);
    }
    if (chart.target && !chart.points.empty()) {
        take(chart.target->valueAt(std::max(chart.target->baselineDate, chart.points.front().periodStart)));
        take(chart.target->valueAt(std::min(chart.target->date, end)));
    }
    if (chart.bound)
        take(chart.bound->value);
    if (!std::isfinite(low))
        low = high = 0.0;
    return niceAxis(low, high, 4, chart.style);
}

// The legend: what each mark means, then the tags of ship dates and annotations in the range.
std::vector<LegendEntry> legendOf(const MetricChart &chart, const QLocale &locale)
{
    std::vector<LegendEntry> entries;
    entries.push_back({Sample::Line, chart.grain == Grain::Month ? Text::tr("complete months") : Text::tr("complete weeks"), {}});
    entries.push_back({Sample::Point, Text::tr("the reviewed period"), {}});
    if (chart.usualLow && chart.usualHigh)
        entries.push_back({Sample::Band, Text::tr("its usual range"), {}});
    if (chart.target)
        entries.push_back({Sample::Target, targetLegend(chart, locale), {}});
    if (chart.bound)
        entries.push_back({Sample::Bound, boundLegend(chart, locale), {}});
    const QDate first = chart.points.empty() ? QDate() : chart.points.front().periodStart;
    int ship = 0;
    for (const ChartMark &mark : chart.ships) {
        if (first.isValid() && mark.date >= first)
            entries.push_back({Sample::Ship, Text::tr("%1, shipped %2").arg(mark.text, reviewDateText(mark.date, locale)),
                               letterTag(ship++)});
    }
    int note = 0;
    for (const ChartMark &mark : chart.annotations)
        entries.push_back({Sample::Annotation, Text::tr("%1: %2").arg(reviewDateText(mark.date, locale), mark.text),
                           QString::number(++note)});
    return entries;
}

double reviewedLabelWidth(const MetricChart &chart, const ReportStyle &s, const QLocale &locale)
{
    const auto reviewed = std::find_if(chart.points.cbegin(), chart.points.cend(),
                                       [&](const ReviewPoint &p) { return p.periodStart == chart.reviewed && p.value; });
    if (reviewed == chart.points.cend())
        return 0.0;
    return QFontMetricsF(s.boldFont).horizontalAdvance(chartValueText(*reviewed->value, chart.style, locale)) + 4.0;
}

double xLabelsHeight(const ReportStyle &s)
{
    return QFontMetricsF(s.smallFont).height() + 4.0;
}

void paintTimeLabels(QPainter &painter, const QRectF &plot, const MetricChart &chart, const TimeScale &scale,
                     const ReportStyle &s, const QLocale &locale)
{
    const QFontMetricsF metrics(s.smallFont);
    double widest = 0.0;
    for (const ReviewPoint &p : chart.points)
        widest = std::max(widest, metrics.horizontalAdvance(chartDateText(p.periodStart, chart.grain, locale)));
    const double slot = plot.width() / scale.periods();
    const std::size_t every = std::max<std::size_t>(1, std::size_t(std::ceil((widest + 14.0) / slot)));
    painter.save();
    painter.setFont(s.smallFont);
    painter.setPen(s.mutedText);
    // Counted back from the reviewed period, so it always has its label.
    const std::size_t n = chart.points.size();
    for (std::size_t k = 0; k < n; k += every) {
        const std::size_t i = n - 1 - k;
        const double x = scale.centre(i);
        QRectF label(x - widest / 2 - 4, plot.bottom() + 3, widest + 8, metrics.height());
        if (label.left() < plot.left() - 4 || label.right() > plot.right() + 40)
            continue;
        painter.setPen(QPen(s.rule, 1.0));
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3));
        painter.setPen(s.mutedText);
        painter.drawText(label, Qt::AlignHCenter | Qt::AlignTop, chartDateText(chart.points[i].periodStart, chart.grain, locale));
    }
    painter.restore();
}

void paintBand(QPainter &painter, const QRectF &plot, const MetricChart &chart, const TimeScale &scale, const Axis &axis,
               const ReportStyle &s)
{
    if (!chart.usualLow || !chart.usualHigh)
        return;
    const auto reviewed = std::find_if(chart.points.cbegin(), chart.points.cend(),
                                       [&](const ReviewPoint &p) { return p.periodStart == chart.reviewed; });
    if (reviewed == chart.points.cend())
        return;
    const double x = scale.centre(std::size_t(reviewed - chart.points.cbegin()));
    const double half = std::max(6.0, plot.width() / scale.periods() * 0.8);
    const QRectF band(QPointF(x - half, axis.y(*chart.usualHigh, plot)), QPointF(x + half, axis.y(*chart.usualLow, plot)));
    painter.save();
    painter.setPen(pen(Sample::Band, s));
    painter.setBrush(s.band);
    painter.drawRect(band);
    painter.restore();
}

void paintTarget(QPainter &painter, const QRectF &plot, const MetricChart &chart, const TimeScale &scale, const Axis &axis,
                 const ReportStyle &s)
{
    if (!chart.target || chart.points.empty())
        return;
    const QDate from = std::max(chart.target->baselineDate, chart.points.front().periodStart);
    const QDate to = std::min(chart.target->date, scale.end());
    const auto x0 = scale.ofDate(from);
    const auto x1 = scale.ofDate(to);
    if (!x0 || !x1 || to < from)
        return;
    painter.save();
    painter.setPen(pen(Sample::Target, s));
    painter.drawLine(QPointF(*x0, axis.y(chart.target->valueAt(from), plot)),
                     QPointF(std::max(*x1, *x0 + 1), axis.y(chart.target->valueAt(to), plot)));
    painter.restore();
}

void paintBound(QPainter &painter, const QRectF &plot, const MetricChart &chart, const Axis &axis, const ReportStyle &s)
{
    if (!chart.bound)
        return;
    const double y = axis.y(chart.bound->value, plot);
    painter.save();
    painter.setPen(pen(Sample::Bound, s));
    painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    painter.restore();
}

void paintSeries(QPainter &painter, const QRectF &plot, const MetricChart &chart, const TimeScale &scale,
                 const Axis &axis, const ReportStyle &s, const QLocale &locale)
{
    painter.save();
    QPainterPath path;
    bool open = false;
    for (std::size_t i = 0; i < chart.points.size(); ++i) {
        const ReviewPoint &p = chart.points[i];
        if (!p.value) {
            open = false;
            continue;
        }
        const QPointF at(scale.centre(i), axis.y(*p.value, plot));
        open ? path.lineTo(at) : path.moveTo(at);
        open = true;
    }
    painter.setPen(pen(Sample::Line, s));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    // Dots only where they stay apart; the reviewed period always gets its mark and value.
    const bool dots = plot.width() / scale.periods() >= 7.0;
    for (std::size_t i = 0; i < chart.points.size(); ++i) {
        const ReviewPoint &p = chart.points[i];
        if (!p.value)
            continue;
        const QPointF at(scale.centre(i), axis.y(*p.value, plot));
        if (p.periodStart == chart.reviewed) {
            painter.setPen(QPen(Qt::white, 1.5));
            painter.setBrush(s.line);
            painter.drawEllipse(at, 4.5, 4.5);
            // The value right of the plot, level with its point.
            painter.setFont(s.boldFont);
            painter.setPen(s.text);
            const QFontMetricsF metrics(s.boldFont);
            painter.drawText(QRectF(plot.right() + 8, at.y() - metrics.height() / 2, 200, metrics.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, chartValueText(*p.value, chart.style, locale));
        } else if (dots) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(s.line);
            painter.drawEllipse(at, 2.0, 2.0);
        }
    }
    painter.restore();
}

// Ship dates: dotted lines with letter tags above the plot; annotations: numbered circles
// along its bottom. Tags that would touch step down a row.
void paintMarks(QPainter &painter, const QRectF &plot, const MetricChart &chart, const TimeScale &scale,
                const ReportStyle &s)
{
    painter.save();
    std::vector<double> lastInRow;
    const auto row = [&](double x) {
        for (std::size_t r = 0; r < lastInRow.size(); ++r) {
            if (x - lastInRow[r] >= 16.0) {
                lastInRow[r] = x;
                return int(r);
            }
        }
        lastInRow.push_back(x);
        return int(lastInRow.size()) - 1;
    };
    int ship = 0;
    for (const ChartMark &mark : chart.ships) {
        if (chart.points.empty() || mark.date < chart.points.front().periodStart)
            continue;
        const auto x = scale.ofDate(mark.date);
        const QString tag = letterTag(ship++);
        if (!x)
            continue;
        painter.setPen(pen(Sample::Ship, s));
        painter.drawLine(QPointF(*x, plot.top() - 2), QPointF(*x, plot.bottom()));
        paintTag(painter, QPointF(*x, plot.top() - tagRow / 2 - 2 + row(*x) * 14.0), Sample::Ship, tag, s);
    }
    lastInRow.clear();
    int note = 0;
    for (const ChartMark &mark : chart.annotations) {
        const QString tag = QString::number(++note);
        if (const auto x = scale.ofDate(mark.date))
            paintTag(painter, QPointF(*x, plot.bottom() - 9 - row(*x) * 14.0), Sample::Annotation, tag, s);
    }
    painter.restore();
}

} // namespace

double metricChartHeight(const MetricChart &chart, double width, double plotHeight, const ReportStyle &style,
                         const QLocale &locale, bool legend)
{
    if (!chart.error.isEmpty() || chart.points.empty())
        return QFontMetricsF(style.bodyFont).height() * 2;
    const double height = tagRow + plotHeight + xLabelsHeight(style);
    if (!legend)
        return height;
    return height + legendGap + layoutLegend(nullptr, QRectF(0, 0, width, 1e6), legendOf(chart, locale), style);
}

void paintMetricChart(QPainter &painter, const QRectF &rect, const MetricChart &chart, double plotHeight,
                      const ReportStyle &style, const QLocale &locale, bool legend)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (!chart.error.isEmpty() || chart.points.empty()) {
        painter.setFont(style.bodyFont);
        painter.setPen(style.mutedText);
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         chart.error.isEmpty() ? Text::tr("No complete period to chart yet.") : chart.error);
        painter.restore();
        return;
    }
    const Axis axis = chartAxis(chart, TimeScale(chart.points, chart.grain, QRectF()).end());
    const double labels = labelWidth(axis, chart.style, locale, style.smallFont) + axisLabelGap;
    // Room on the right for the reviewed value's label.
    const QRectF plot(rect.left() + labels, rect.top() + tagRow,
                      rect.width() - labels - reviewedLabelWidth(chart, style, locale) - 10.0, plotHeight);
    const TimeScale scale(chart.points, chart.grain, plot);
    paintValueAxis(painter, plot, axis, chart.style, locale, style);
    paintTimeLabels(painter, plot, chart, scale, style, locale);
    painter.save();
    painter.setClipRect(plot.adjusted(-2, -tagRow - 2, rect.right() - plot.right(), 2));
    paintBand(painter, plot, chart, scale, axis, style);
    paintBound(painter, plot, chart, axis, style);
    paintTarget(painter, plot, chart, scale, axis, style);
    paintMarks(painter, plot, chart, scale, style);
    paintSeries(painter, plot, chart, scale, axis, style, locale);
    painter.restore();
    const double legendTop = plot.bottom() + xLabelsHeight(style) + legendGap;
    if (legend)
        layoutLegend(&painter, QRectF(rect.left(), legendTop, rect.width(), rect.bottom() - legendTop),
                     legendOf(chart, locale), style);
    painter.restore();
}

} // namespace NorthStar
