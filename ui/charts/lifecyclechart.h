#pragma once

// Lifecycle as stacked bars per period: new, returning and resurrecting users above zero,
// dormant users (lost since the period before) below zero, so growth and churn read as
// one picture. Partial periods are drawn in lighter tints.

#include "charts/framedchartview.h"
#include "metrics/metricseries.h"
#include "metrics/periodcalendar.h"

#include <array>

QT_BEGIN_NAMESPACE
class QBarSet;
class QCategoryAxis;
class QStackedBarSeries;
QT_END_NAMESPACE

namespace NorthStar {

struct LifecycleData final
{
    QString title;
    Grain grain = Grain::Week;
    MetricSeries series;  // kind Lifecycle: rows + lifecycle counts
};

class LifecycleChart final : public FramedChartView
{
    Q_OBJECT

public:
    enum Part { New, Returning, Resurrecting, Dormant };

    explicit LifecycleChart(QWidget *parent = nullptr);

    void setData(const LifecycleData &data);
    const LifecycleData &data() const { return m_data; }
    QBarSet *barSet(Part part) const { return m_sets[std::size_t(part)]; }
    QString hoverText(int row) const;

protected:
    void plotAreaChanged(const QRectF &plot) override;

private:
    LifecycleData m_data;
    QStackedBarSeries *m_series;
    std::array<QBarSet *, 4> m_sets{};
    QCategoryAxis *m_timeAxis;
};

} // namespace NorthStar
