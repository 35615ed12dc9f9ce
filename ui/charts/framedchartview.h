#pragma once

// The frame the bar charts share with MetricChartView's look: a QChartView with the calm
// style, a header drawn by ChartOverlay (title, legend, caption) and a plot area placed by
// hand so the y labels get exactly the room they need.

#include "charts/valueaxis.h"

#include <QChartView>

QT_BEGIN_NAMESPACE
class QCategoryAxis;
QT_END_NAMESPACE

namespace NorthStar {

namespace Charts {
class ChartOverlay;
}

class FramedChartView : public QChartView
{
    Q_OBJECT

public:
    explicit FramedChartView(QWidget *parent = nullptr);
    ~FramedChartView() override;

    Charts::ChartOverlay *overlay() const { return m_overlay; }
    QCategoryAxis *valueAxis() const { return m_valueAxis; }

protected:
    // Relabels the y axis; the left gutter follows the widest label.
    void setValueScale(const Charts::NiceScale &scale, MetricKind kind);
    // The x values at the left and right edges of the plot (for the overlay's mapping).
    void setXValueRange(double minX, double maxX);
    // Called after the plot area moved (resize, new scale) to relabel the x axis.
    virtual void plotAreaChanged(const QRectF &plot);
    void updatePlotArea();
    void resizeEvent(QResizeEvent *event) override;

private:
    Charts::ChartOverlay *m_overlay;
    QCategoryAxis *m_valueAxis;
    Charts::NiceScale m_scale;
    qreal m_gutter = 40;
    double m_xMin = 0, m_xMax = 1;
};

} // namespace NorthStar
