#include "charts/northstaroverview.h"

#include "charts/chartformat.h"
#include "charts/chartstyle.h"

#include <QLabel>
#include <QVBoxLayout>

namespace NorthStar {

using namespace Charts;

NorthStarOverview::NorthStarOverview(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    const ChartStyle &style = ChartStyle::standard();
    // The North Star's name over its three dimensions.
    QFont headerFont = style.titleFont;
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.2);
    m_header->setFont(headerFont);
    m_header->setContentsMargins(12, 10, 12, 0);
    QPalette headerPalette = m_header->palette();
    headerPalette.setColor(QPalette::WindowText, style.text);
    m_header->setPalette(headerPalette);
    layout->addWidget(m_header);
    const std::array<NorthStar::Dimension, 3> dimensions{NorthStar::Dimension::Breadth, NorthStar::Dimension::Depth,
                                                         NorthStar::Dimension::Frequency};
    for (std::size_t i = 0; i < m_charts.size(); ++i) {
        auto *view = new MetricChartView(this);
        view->setLineColor(style.dimensionColor(dimensions[i]));
        // Only the top chart names the work items and only the bottom one labels time; the
        // marker lines run through all three.
        view->setMarkerLabelsVisible(i == 0);
        view->setTimeLabelsVisible(i + 1 == m_charts.size());
        view->setLegendVisible(i == 0);
        view->setMinimumHeight(120);
        layout->addWidget(view, 1);
        m_charts[i] = view;
    }
    for (MetricChartView *view : m_charts)
        connectSync(view);
    QPalette p = palette();
    p.setColor(QPalette::Window, style.background);
    setPalette(p);
    setAutoFillBackground(true);
}

void NorthStarOverview::setData(const QString &title, const std::array<MetricChartData, 3> &charts)
{
    m_title = title;
    m_header->setText(title);
    // One x range for all three, so a date is at the same pixel in each.
    std::optional<QDate> first, last;
    Grain grain = Grain::Week;
    for (const MetricChartData &chartData : charts) {
        if (chartData.series.rows.empty())
            continue;
        grain = chartData.grain;
        const QDate a = chartData.series.rows.front().periodStart;
        const QDate b = chartData.series.rows.back().periodStart;
        first = first ? std::min(*first, a) : a;
        last = last ? std::max(*last, b) : b;
    }
    const double pad = grain == Grain::Day ? 0.5 : grain == Grain::Week ? 3.5 : 15;
    if (first)
        m_fullRange = {dateX(*first) - pad, dateX(*last) + pad};
    m_syncing = true;
    for (std::size_t i = 0; i < m_charts.size(); ++i) {
        m_charts[i]->setXRange(m_fullRange.first, m_fullRange.second);
        m_charts[i]->setData(charts[i]);
    }
    m_syncing = false;
    alignCharts();
}

void NorthStarOverview::connectSync(MetricChartView *source)
{
    const auto others = [this, source](auto &&apply) {
        if (m_syncing)
            return;
        m_syncing = true;
        for (MetricChartView *view : m_charts) {
            if (view != source)
                apply(view);
        }
        m_syncing = false;
        alignCharts();
    };
    connect(source, &MetricChartView::hoveredRowChanged, this,
            [others](int row) { others([row](MetricChartView *view) { view->hoverRow(row); }); });
    connect(source, &MetricChartView::selectionChanged, this, [source, others] {
        const auto selection = source->selection();
        others([&selection](MetricChartView *view) {
            if (selection)
                view->selectRows(selection->firstRow, selection->lastRow);
            else
                view->clearSelection();
        });
    });
    connect(source, &MetricChartView::zoomChanged, this, [this, source, others](bool zoomed) {
        const auto range = zoomed ? source->xRange() : m_fullRange;
        others([range](MetricChartView *view) { view->setXRange(range.first, range.second); });
    });
}

void NorthStarOverview::alignCharts()
{
    qreal gutter = 0;
    for (MetricChartView *view : m_charts)
        gutter = std::max(gutter, view->requiredLeftGutter());
    for (MetricChartView *view : m_charts)
        view->setLeftGutter(gutter);
}

void NorthStarOverview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    alignCharts();
}

} // namespace NorthStar
