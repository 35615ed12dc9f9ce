#include "charts/framedchartview.h"

#include "charts/chartoverlay.h"
#include "charts/chartstyle.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>

namespace NorthStar {

using namespace Charts;

// Given its chart at construction: QChartView(parent) makes a default chart that setChart()
// would release without deleting (a leak the sanitized tests report).
FramedChartView::FramedChartView(QWidget *parent)
    : QChartView(new QChart, parent)
{
    QChart *chart = this->chart();
    applyChartStyle(chart);
    chart->legend()->setVisible(false);
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(ChartStyle::standard().background);
    setRubberBand(QChartView::NoRubberBand);
    setMouseTracking(true);
    setMinimumSize(320, 200);
    m_valueAxis = makeValueAxis(m_scale, MetricKind::Breadth);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_overlay = new ChartOverlay(chart);
}

FramedChartView::~FramedChartView() = default;

void FramedChartView::setValueScale(const NiceScale &scale, MetricKind kind)
{
    m_scale = scale;
    relabelValueAxis(m_valueAxis, scale, kind);
    m_gutter = valueAxisLabelWidth(scale, kind) + 18;
    updatePlotArea();
}

void FramedChartView::setXValueRange(double minX, double maxX)
{
    m_xMin = minX;
    m_xMax = maxX;
    updatePlotArea();
}

void FramedChartView::plotAreaChanged(const QRectF &) {}

void FramedChartView::updatePlotArea()
{
    const QSizeF size = chart()->size();
    const qreal top = m_overlay->headerHeight();
    const qreal bottom = QFontMetricsF(ChartStyle::standard().labelFont).height() + 14;
    const QRectF plot(m_gutter, top, std::max(10.0, size.width() - m_gutter - 18),
                      std::max(10.0, size.height() - top - bottom));
    chart()->setPlotArea(plot);
    m_overlay->setPlot(plot, m_xMin, m_xMax, m_scale.min, m_scale.max);
    plotAreaChanged(plot);
}

void FramedChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updatePlotArea();
}

} // namespace NorthStar
