#include "review/reviewworkchart.h"

#include "charts/chartstyle.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

struct Point
{
    double t;
    double value;
};

std::vector<Point> pointsOf(const std::vector<ReviewPoint> &points, int firstIndex)
{
    std::vector<Point> out;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (points[i].value)
            out.push_back({double(firstIndex) + double(i), *points[i].value});
    }
    return out;
}

} // namespace

ReviewWorkChart::ReviewWorkChart(const WorkReview &work, QWidget *parent) : QWidget(parent), m_work(work)
{
    setMinimumSize(260, 120);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ReviewWorkChart::paintEvent(QPaintEvent *)
{
    const Charts::ChartStyle &style = Charts::ChartStyle::standard();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), style.background);
    painter.setFont(style.labelFont);
    const int first = m_work.firstBeforeIndex;
    const std::vector<Point> before = pointsOf(m_work.before, first);
    const std::vector<Point> after = pointsOf(m_work.after, first + 9);
    const bool fit = m_work.interceptA && m_work.slopeB;
    const auto trend = [&](double t) { return *m_work.interceptA + *m_work.slopeB * t; };
    if (before.empty() && after.empty()) {
        painter.setPen(style.mutedText);
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No periods to show yet"));
        return;
    }
    double low = INFINITY, high = -INFINITY;
    for (const auto *list : {&before, &after}) {
        for (const Point &p : *list) {
            low = std::min(low, p.value);
            high = std::max(high, p.value);
        }
    }
    const double tStart = first, tEnd = first + 12;
    if (fit) {
        for (double t : {tStart, tEnd}) {
            low = std::min(low, trend(t));
            high = std::max(high, trend(t));
        }
    }
    if (high - low < 1e-12) {
        low -= 1;
        high += 1;
    }
    const double pad = (high - low) * 0.08;
    low -= pad;
    high += pad;
    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -22);
    const auto x = [&](double t) { return area.left() + area.width() * (t - tStart) / (tEnd - tStart); };
    const auto y = [&](double v) { return area.bottom() - area.height() * (v - low) / (high - low); };

    // The launch period, and the baseline.
    painter.setPen(QPen(style.axisLine, 1));
    painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));
    const double ship = x(first + 8);
    painter.setPen(QPen(style.mutedText, 1, Qt::DotLine));
    painter.drawLine(QPointF(ship, area.top()), QPointF(ship, area.bottom()));
    painter.setPen(style.mutedText);
    painter.drawText(QRectF(ship - 60, area.bottom() + 2, 120, 18), Qt::AlignHCenter | Qt::AlignTop, tr("launch"));

    if (fit) {
        const QColor trendColor = style.mutedText;
        painter.setPen(QPen(trendColor, 1.5));
        painter.drawLine(QPointF(x(tStart), y(trend(tStart))), QPointF(x(first + 7), y(trend(first + 7))));
        painter.setPen(QPen(trendColor, 1.5, Qt::DashLine));
        painter.drawLine(QPointF(x(first + 7), y(trend(first + 7))), QPointF(x(tEnd), y(trend(tEnd))));
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.mutedText);
    for (const Point &p : before)
        painter.drawEllipse(QPointF(x(p.t), y(p.value)), 3, 3);
    painter.setBrush(style.line);
    for (const Point &p : after)
        painter.drawEllipse(QPointF(x(p.t), y(p.value)), 4, 4);
}

} // namespace NorthStar
