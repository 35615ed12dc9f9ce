#include "charts/chartstyle.h"

#include "render/cardstyle.h"

#include <QApplication>
#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>
#include <QValueAxis>

namespace NorthStar::Charts {

namespace {

QFont appFont(qreal scale, int weight = QFont::Normal)
{
    QFont font = QApplication::font();
    const qreal points = font.pointSizeF() > 0 ? font.pointSizeF() : 10.0;
    font.setPointSizeF(points * scale);
    font.setWeight(QFont::Weight(weight));
    return font;
}

} // namespace

const ChartStyle &ChartStyle::standard()
{
    // Built on first use, after the application chose its font.
    static const ChartStyle style = [] {
        ChartStyle s;
        s.labelFont = appFont(0.95);
        s.captionFont = appFont(1.0);
        s.titleFont = appFont(1.15, QFont::DemiBold);
        s.markerFont = appFont(0.9);
        return s;
    }();
    return style;
}

QColor ChartStyle::dimensionColor(Dimension dimension) const
{
    return CardStyle::standard().dimensionColor(dimension);
}

QColor ChartStyle::statusColor(WorkStatus status) const
{
    return CardStyle::standard().statusColor(status);
}

void applyChartStyle(QChart *chart)
{
    const ChartStyle &style = ChartStyle::standard();
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(style.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setDropShadowEnabled(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 8, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setTitleFont(style.titleFont);
    chart->setTitleBrush(style.text);
    QLegend *legend = chart->legend();
    legend->setAlignment(Qt::AlignBottom);
    legend->setFont(style.captionFont);
    legend->setLabelColor(style.text);
    legend->setBackgroundVisible(false);
    legend->setBorderColor(Qt::transparent);
}

void styleValueAxis(QValueAxis *axis)
{
    const ChartStyle &style = ChartStyle::standard();
    axis->setLabelsFont(style.labelFont);
    axis->setLabelsColor(style.mutedText);
    axis->setLinePen(QPen(style.axisLine, 1));
    axis->setLineVisible(false);
    axis->setGridLinePen(QPen(style.grid, 1));
    axis->setMinorGridLineVisible(false);
    axis->setShadesVisible(false);
    axis->setTitleVisible(false);
}

void styleTimeAxis(QAbstractAxis *axis)
{
    const ChartStyle &style = ChartStyle::standard();
    axis->setLabelsFont(style.labelFont);
    axis->setLabelsColor(style.mutedText);
    axis->setLinePen(QPen(style.axisLine, 1));
    axis->setGridLineVisible(false);
    axis->setMinorGridLineVisible(false);
    axis->setShadesVisible(false);
    axis->setTitleVisible(false);
}

} // namespace NorthStar::Charts
