#pragma once

// Why it moved: a waterfall from last period's North Star through each input's contribution
// and the part "not explained by the inputs" to this period's value (QtCharts, one row per
// step, values written at the bars), and beside it the segments that moved it most, up and
// down. When nothing is attributed (no formula, no leverage) it says so and lists the
// inputs' own changes instead.

#include "review/review.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QLabel;
QT_END_NAMESPACE

namespace NorthStar {

class WaterfallChartView;

class ReviewWaterfall final : public QWidget
{
    Q_OBJECT

public:
    struct Step
    {
        QString name;
        double from = 0.0; // where the bar starts and ends, in the North Star's units
        double to = 0.0;
        bool total = false;
        QString label;     // the value (totals) or the signed contribution written at the bar
    };

    explicit ReviewWaterfall(QWidget *parent = nullptr);

    void setReview(const Review &review);
    const QList<Step> &steps() const { return m_steps; }
    QString noteText() const;
    QString moversText() const;

private:
    void buildChart();

    WaterfallChartView *m_view;
    QLabel *m_note;
    QLabel *m_movers;
    QList<Step> m_steps;
};

} // namespace NorthStar
