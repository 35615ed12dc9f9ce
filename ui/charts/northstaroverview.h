#pragma once

// The North Star at a glance: breadth, depth and frequency over time.
//
// Why three aligned small multiples and not one chart with three y axes: the three numbers
// have different units and scales (thousands of users, events per user, days per user), so
// one chart would need three axes, and which line looks "higher" would then only reflect
// the arbitrary axis ranges; people read crossing lines as meaning something. Stacked
// charts with the same time axis and the same plot width keep each number honest on its
// own scale, while a ship date is one vertical line running through all three, so "did
// the launch move reach, engagement or habit?" is answered by reading straight down.

#include "charts/metricchartview.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

#include <array>

namespace NorthStar {

class NorthStarOverview final : public QWidget
{
    Q_OBJECT

public:
    enum Dimension { Breadth, Depth, Frequency };

    explicit NorthStarOverview(QWidget *parent = nullptr);

    // Each chart gets its own series; the markers and the grain are shared. A dimension
    // without data shows its title and an empty plot (its chart data's rows are empty).
    void setData(const QString &title, const std::array<MetricChartData, 3> &charts);
    MetricChartView *chart(Dimension dimension) const { return m_charts[std::size_t(dimension)]; }
    QString title() const { return m_title; }
    // The hint, or the selected range with each dimension's change and mean.
    QString caption() const;
    // For an export: the caption gives the latest complete values instead of the hint.
    void setForPicture(bool picture);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void alignCharts();
    // The three charts stacked with plots of one height: the bottom one is taller by its
    // time labels.
    void layoutCharts();
    void updateCaption();
    void updateLegend();
    // Hover, selection and zoom on one chart apply to all three: read straight down.
    void connectSync(MetricChartView *source);

    bool m_syncing = false;
    bool m_forPicture = false;
    std::pair<double, double> m_fullRange{0, 1};
    QString m_title;
    QLabel *m_header;
    QLabel *m_caption;
    QLabel *m_legend;  // the top chart's legend, on the header row: the plots stay clear
    QWidget *m_chartsArea;
    std::array<MetricChartView *, 3> m_charts{};
};

} // namespace NorthStar
