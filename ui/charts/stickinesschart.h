#pragma once

// Stickiness as a histogram: for one period, how many active users were active on exactly
// k days (k = 1 .. days in the period). The series arrive computed, one per k; the chart
// picks the latest complete period and offers every period in a selector.

#include "charts/framedchartview.h"
#include "metrics/metricseries.h"
#include "metrics/periodcalendar.h"

#include <QWidget>

#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QBarSeries;
class QBarSet;
class QComboBox;
QT_END_NAMESPACE

namespace NorthStar {

struct StickinessData final
{
    QString title;
    Grain grain = Grain::Week;
    // byK[k - 1]: "stickiness k" (exactly k active days), all over the same periods.
    std::vector<MetricSeries> byK;
};

class StickinessView;

class StickinessChart final : public QWidget
{
    Q_OBJECT

public:
    explicit StickinessChart(QWidget *parent = nullptr);

    void setData(const StickinessData &data);
    const StickinessData &data() const { return m_data; }
    // The row of byK's periods shown; defaults to the latest complete period.
    int period() const { return m_period; }
    void setPeriod(int row);
    static int defaultPeriod(const StickinessData &data);
    // Users with exactly k active days in the shown period, k = 1 .. days; an index past
    // the computed k's is left out.
    QList<double> histogram() const;
    QComboBox *periodSelector() const { return m_selector; }
    // Exports show the chart without the selector (the caption names the period).
    void setSelectorVisible(bool visible);
    StickinessView *view() const { return m_view; }

signals:
    void periodChanged(int row);

private:
    void redraw();

    StickinessData m_data;
    int m_period = -1;
    QComboBox *m_selector;
    QWidget *m_selectorRow;
    StickinessView *m_view;
};

// The chart part, separate so the export renders it without the selector.
class StickinessView final : public FramedChartView
{
    Q_OBJECT

public:
    explicit StickinessView(QWidget *parent = nullptr);
    void setHistogram(const QString &title, const QString &caption, const QList<double> &counts, Grain grain);
    QBarSet *barSet() const { return m_set; }

protected:
    // Labels k again: QtCharts lays an axis out anew when its labels change, not when only
    // the fixed plot area moved.
    void plotAreaChanged(const QRectF &plot) override;

private:
    void showHover(bool status, int index);

    QBarSeries *m_series;
    QBarSet *m_set;
    QCategoryAxis *m_categories;  // k at x = k - 1 (the path the lifecycle chart takes too)
    QList<double> m_counts;
    Grain m_grain = Grain::Week;
};

} // namespace NorthStar
