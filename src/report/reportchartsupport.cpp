#include "report/reportchartsupport.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace NorthStar::ReportCharts {
namespace {

constexpr double sampleWidth = 22.0;
constexpr double sampleGap = 6.0;
constexpr double entryGap = 16.0;

double niceStep(double raw, bool whole)
{
    if (!(raw > 0.0))
        return 1.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10.0 * power;
    for (double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (f * power >= raw) {
            step = f * power;
            break;
        }
    }
    return whole ? std::max(1.0, std::round(step)) : step;
}

} // namespace

std::vector<double> Axis::ticks() const
{
    std::vector<double> values;
    for (int i = 0; low + i * step <= high + step * 1e-6 && i < 100; ++i)
        values.push_back(low + i * step);
    return values;
}

double Axis::y(double value, const QRectF &plot) const
{
    const double span = high > low ? high - low : 1.0;
    return plot.bottom() - (value - low) / span * plot.height();
}

Axis niceAxis(double low, double high, int ticks, ValueStyle style)
{
    if (!std::isfinite(low) || !std::isfinite(high))
        low = high = 0.0;
    if (high < low)
        std::swap(low, high);
    // Values that cannot be negative keep the axis at or above zero.
    const bool nonNegative = low >= 0.0;
    if (high - low < 1e-12) {
        const double pad = std::max(std::abs(high) * 0.1, style == ValueStyle::Share ? 0.01 : 1.0);
        low -= pad;
        high += pad;
    }
    const double pad = (high - low) * 0.06;
    low -= pad;
    high += pad;
    if (nonNegative)
        low = std::max(0.0, low);
    (void)style;
    Axis axis;
    axis.step = niceStep((high - low) / std::max(1, ticks), style == ValueStyle::Count);
    axis.low = std::floor(low / axis.step) * axis.step;
    axis.high = std::ceil(high / axis.step) * axis.step;
    return axis;
}

double labelWidth(const Axis &axis, ValueStyle style, const QLocale &locale, const QFont &font)
{
    const QFontMetricsF metrics(font);
    double width = 0.0;
    for (double tick : axis.ticks())
        width = std::max(width, metrics.horizontalAdvance(formatMetricValue(tick, style, locale)));
    return width;
}

void paintValueAxis(QPainter &painter, const QRectF &plot, const Axis &axis, ValueStyle style,
                    const QLocale &locale, const ReportStyle &s)
{
    painter.save();
    painter.setFont(s.smallFont);
    const QFontMetricsF metrics(s.smallFont);
    for (double tick : axis.ticks()) {
        const double y = axis.y(tick, plot);
        painter.setPen(QPen(s.grid, 1.0));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(s.mutedText);
        const QRectF label(plot.left() - 200.0 - 6.0, y - metrics.height() / 2, 200.0, metrics.height());
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, formatMetricValue(tick, style, locale));
    }
    painter.setPen(QPen(s.rule, 1.0));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.restore();
}

QPen pen(Sample sample, const ReportStyle &s)
{
    QPen p(s.line, s.lineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (sample) {
    case Sample::Target:
        p = QPen(s.target, 1.6, Qt::CustomDashLine, Qt::FlatCap);
        p.setDashPattern({5.0, 3.0});
        break;
    case Sample::Bound:
        p = QPen(s.bound, 1.6, Qt::CustomDashLine, Qt::FlatCap);
        p.setDashPattern({7.0, 2.5, 1.5, 2.5});
        break;
    case Sample::Ship:
        p = QPen(s.marker, 1.0, Qt::CustomDashLine, Qt::FlatCap);
        p.setDashPattern({1.5, 2.5});
        break;
    case Sample::Trend:
        p = QPen(s.expected, 1.4);
        break;
    case Sample::Expected:
        p = QPen(s.expected, 1.4, Qt::CustomDashLine, Qt::FlatCap);
        p.setDashPattern({4.0, 3.0});
        break;
    case Sample::Band:
        p = QPen(s.bandEdge, 1.0, Qt::CustomDashLine, Qt::FlatCap);
        p.setDashPattern({3.0, 2.0});
        break;
    case Sample::Rest:
        p = QPen(s.text, 1.2, Qt::CustomDashLine, Qt::FlatCap);
        p.setDashPattern({1.5, 2.0});
        break;
    case Sample::Rise:
    case Sample::Fall:
    case Sample::Total:
        p = QPen(s.text, 1.2);
        break;
    default:
        break;
    }
    return p;
}

QBrush barFill(Sample sample, const ReportStyle &s)
{
    switch (sample) {
    case Sample::Total: return s.line;
    case Sample::Fall: return QBrush(s.text, Qt::BDiagPattern); // hatched: a fall reads without colour
    case Sample::Rest: return s.band;
    default: return Qt::white;
    }
}

void paintTag(QPainter &painter, const QPointF &centre, Sample sample, const QString &tag, const ReportStyle &s)
{
    painter.save();
    QFont font = s.smallFont;
    font.setWeight(QFont::DemiBold);
    painter.setFont(font);
    const double w = std::max(13.0, QFontMetricsF(font).horizontalAdvance(tag) + 6.0);
    const QRectF box(centre.x() - w / 2, centre.y() - 6.5, w, 13.0);
    painter.setPen(QPen(sample == Sample::Annotation ? s.annotation : s.marker, 1.0));
    painter.setBrush(Qt::white);
    if (sample == Sample::Annotation)
        painter.drawRoundedRect(box, 6.5, 6.5);
    else
        painter.drawRect(box);
    painter.setPen(sample == Sample::Annotation ? s.annotation : s.text);
    painter.drawText(box, Qt::AlignCenter, tag);
    painter.restore();
}

void paintSample(QPainter &painter, const QRectF &box, Sample sample, const QString &tag, const ReportStyle &s)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF c = box.center();
    const QLineF across(box.left(), c.y(), box.right(), c.y());
    switch (sample) {
    case Sample::Line:
        painter.setPen(pen(sample, s));
        painter.drawLine(across);
        painter.setBrush(s.line);
        painter.drawEllipse(c, 2.2, 2.2);
        break;
    case Sample::Point:
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(s.line);
        painter.drawEllipse(c, 4.5, 4.5);
        break;
    case Sample::Band:
        painter.setPen(pen(sample, s));
        painter.setBrush(s.band);
        painter.drawRect(QRectF(c.x() - 6, box.top(), 12, box.height()));
        break;
    case Sample::Ship:
    case Sample::Annotation:
        paintTag(painter, c, sample, tag, s);
        break;
    case Sample::Before:
        painter.setPen(QPen(s.line, 1.3));
        painter.setBrush(Qt::white);
        painter.drawEllipse(c, 3.0, 3.0);
        break;
    case Sample::After:
        painter.setPen(Qt::NoPen);
        painter.setBrush(s.line);
        painter.drawRect(QRectF(c.x() - 3.2, c.y() - 3.2, 6.4, 6.4));
        break;
    case Sample::Rise:
    case Sample::Fall:
    case Sample::Rest:
    case Sample::Total: {
        const QRectF bar(c.x() - 7, box.top() + 1, 14, box.height() - 2);
        painter.setPen(pen(sample, s));
        painter.setBrush(barFill(sample, s));
        painter.drawRect(bar);
        break;
    }
    default:
        painter.setPen(pen(sample, s));
        painter.drawLine(across);
        break;
    }
    painter.restore();
}

double layoutLegend(QPainter *painter, const QRectF &rect, const std::vector<LegendEntry> &entries,
                    const ReportStyle &s)
{
    if (entries.empty())
        return 0.0;
    const QFontMetricsF metrics(s.smallFont);
    const double lineHeight = std::max(14.0, metrics.height() + 3.0);
    const double textWidth = rect.width() - sampleWidth - sampleGap;
    double x = 0.0, y = 0.0;
    if (painter) {
        painter->save();
        painter->setFont(s.smallFont);
    }
    for (const LegendEntry &entry : entries) {
        const double natural = metrics.horizontalAdvance(entry.text);
        const bool wraps = natural > textWidth;
        const double width = sampleWidth + sampleGap + (wraps ? textWidth : natural);
        if (x > 0 && (wraps || x + width > rect.width())) {
            x = 0;
            y += lineHeight;
        }
        const QRectF textRect(rect.left() + x + sampleWidth + sampleGap, rect.top() + y, wraps ? textWidth : natural + 1,
                              rect.height());
        const double height = wraps ? metrics.boundingRect(QRectF(0, 0, textWidth, 1e6), Qt::TextWordWrap, entry.text).height()
                                    : metrics.height();
        if (painter) {
            paintSample(*painter, QRectF(rect.left() + x, rect.top() + y + (metrics.height() - 12.0) / 2, sampleWidth, 12.0),
                        entry.sample, entry.tag, s);
            painter->setPen(s.mutedText);
            painter->drawText(textRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, entry.text);
        }
        if (wraps) {
            x = 0;
            y += height + 3.0;
        } else {
            x += width + entryGap;
        }
    }
    if (painter)
        painter->restore();
    return (x > 0 ? y + lineHeight : y);
}

QString letterTag(int index)
{
    QString tag;
    for (int i = index; i >= 0; i = i / 26 - 1)
        tag.prepend(QChar(u'A' + i % 26));
    return tag;
}

} // namespace NorthStar::ReportCharts
