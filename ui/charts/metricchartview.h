#pragma once

// The time series of one metric (issue #4, section 3). It only draws: the series arrives
// computed (MetricsController, off the UI thread) and setData() maps it to the chart.
// - complete periods: a line with points; partial periods: hollow points on a dashed line,
//   never a drop; empty ratios: gaps;
// - hover: the exact value with the metric's unit and the period;
// - ship dates of the node's work items: labelled vertical markers, styled by status;
// - the metric's target as its dashed course from the baseline, the guardrail's bound as a
//   line, annotations (dated notes) as dotted lines with a flag;
// - drag horizontally to select a range (shaded, caption with change and mean);
//   double-click or Escape clears; zoomToSelection() shows only the range.

#include "analysis/targetline.h"
#include "charts/linelayout.h"
#include "charts/shipmarkers.h"
#include "metrics/metricseries.h"
#include "metrics/periodcalendar.h"
#include "model/entities.h"

#include <QChartView>
#include <QColor>

#include <optional>

QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QLineSeries;
class QScatterSeries;
QT_END_NAMESPACE

namespace NorthStar {

namespace Charts {
class ChartOverlay;
struct LegendEntry;
}

// Everything one time chart shows, computed before it reaches the widget.
struct MetricChartData final
{
    MetricSeries series;
    Grain grain = Grain::Week;
    QString title;   // the metric's name, e.g. "Weekly active bookers"
    QString unit;    // "users", "bookings", "%" ... appended to values
    QList<Charts::ShipMarker> markers;
    std::optional<TargetLine> target;        // the metric's course to its target
    std::optional<GuardrailBound> guardrail; // when the metric is its tree's guardrail
    QList<Annotation> annotations;           // the metric's and the workspace's, by date
};

class MetricChartView final : public QChartView
{
    Q_OBJECT

public:
    explicit MetricChartView(QWidget *parent = nullptr);
    ~MetricChartView() override;

    void setData(const MetricChartData &data);
    const MetricChartData &data() const { return m_data; }
    const Charts::LineLayout &lineLayout() const { return m_layout; }

    // Small multiples: a fixed line colour, a fixed left gutter so plot areas line up,
    // optional time labels, legend and marker labels.
    void setLineColor(const QColor &color);
    void setLeftGutter(qreal pixels);  // 0: fit the y labels
    qreal requiredLeftGutter() const;  // what this chart's y labels need
    // The height around the plot: the header above, the time labels (or half a label) below.
    qreal chromeHeight() const;
    void setTimeLabelsVisible(bool visible);
    void setLegendVisible(bool visible);
    // What the legend names: partial periods, the target, shipped and planned work, notes.
    QList<Charts::LegendEntry> legendEntries() const;
    void setCaptionVisible(bool visible);  // the hint / range caption row under the title
    void setTitleInside(bool inside);      // the title in the plot's corner, no header row
    void setMarkerLabelsVisible(bool visible);  // ship markers' and annotations' labels
    // The x range shown, as dateX() values (for aligning small multiples).
    void setXRange(double minX, double maxX);
    std::pair<double, double> xRange() const { return {m_xMin, m_xMax}; }

    // The read-out for a row: period, exact value, partial note, work shipped in it.
    QString hoverText(int row) const;
    int hoveredRow() const { return m_hoveredRow; }
    void hoverRow(int row);  // -1 clears
    // Range selection in rows (inclusive); the caption shows rangeCaption().
    void selectRows(int firstRow, int lastRow);
    void clearSelection();
    std::optional<Charts::RangeStats> selection() const { return m_selection; }
    QString rangeCaption() const;
    // A picture (export) has no hover: its caption names the latest complete period's
    // value and its change instead of the hint.
    void setForPicture(bool picture);
    QString latestSummary(bool withPeriod = true) const;
    int latestCompleteRow() const;
    // Only the numbers: "change +4 users (+3.9%)  ·  mean 104 users".
    QString rangeSummary() const;
    bool isZoomed() const { return m_zoomed; }
    void zoomToSelection();
    void resetZoom();

    // For the CSV export and for tests.
    Charts::ChartOverlay *overlay() const { return m_overlay; }

    // The annotations dated within the period of `row`.
    QList<Annotation> annotationsInRow(int row) const;
    // The row a context menu opened by keyboard is about: the hovered one, else the latest.
    int contextRow() const;

signals:
    // A context menu for the period of `row` (right click, menu key, Shift+F10).
    void contextMenuRequested(int row, const QPoint &globalPos);
    void hoveredRowChanged(int row);
    void selectionChanged();
    void zoomChanged(bool zoomed);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void rebuildSeries();
    void rebuildAxes();
    void updatePlotArea();
    // Value labels that fit the plot's height, about two and a half label heights apart.
    int valueTickCount() const;
    qreal bottomMargin() const;
    void updateLegend();
    void updateCaption();
    void updateSelectionBand();
    int rowAtPixel(qreal x) const;
    double halfPeriod() const;
    QList<const Charts::ShipMarker *> markersInRow(int row) const;
    bool inRow(int row, QDate date) const;  // whether `date` falls in the period of `row`
    void updateReferenceLines();
    // The target's course and the guardrail's bound as values over the visible x range.
    QList<QPointF> targetPoints() const;

    MetricChartData m_data;
    Charts::LineLayout m_layout;
    Charts::ChartOverlay *m_overlay;
    QCategoryAxis *m_xAxis = nullptr;
    QCategoryAxis *m_yAxis = nullptr;
    QLineSeries *m_targetLine = nullptr;     // owned by the chart
    QLineSeries *m_guardrailLine = nullptr;
    QColor m_color;
    qreal m_fixedGutter = 0;
    qreal m_neededGutter = 40;
    int m_valueTicks = 4;
    bool m_timeLabels = true;
    bool m_legend = true;
    bool m_markerLabels = true;
    bool m_pointsFit = true;  // few enough periods in view to draw their points
    bool m_fixedXRange = false;
    double m_xMin = 0, m_xMax = 1;
    double m_yMin = 0, m_yMax = 1;
    int m_hoveredRow = -1;
    std::optional<Charts::RangeStats> m_selection;
    std::optional<int> m_dragAnchorRow;
    qreal m_dragStartX = 0;
    bool m_dragging = false;
    bool m_zoomed = false;
    bool m_forPicture = false;
};

} // namespace NorthStar
