#pragma once

// The chart dock: the history of the selected node (issue #4, section 3), drawn from series
// the MetricsController computes off the UI thread. The panel only asks and draws:
// - a cached series is drawn at once (switching node or grain redraws well within 100 ms);
// - otherwise it asks the controller and draws when the answer arrives, showing
//   "Computing…" only when that takes long enough to notice;
// - what it needs per node: the metric's series; for the North Star's overview breadth,
//   depth and frequency of its core action; for a stickiness metric the histogram of
//   k = 1 .. days; for lifecycle the four counts;
// - with nothing selected it shows the current tree's North Star; from the North Star the
//   tree's guardrail metric can be shown too, with its bound;
// - a chart's context menu adds, edits and deletes annotations (one undo step each).
// A compact toolbar chooses grain, week start and the view, zooms to a selected range and
// exports (PNG, SVG, CSV).

#include "analysis/analysisrequest.h"
#include "charts/lifecyclechart.h"
#include "charts/metricchartview.h"
#include "charts/shipmarkers.h"
#include "charts/stickinesschart.h"
#include "common/result.h"
#include "model/types.h"

#include <QHash>
#include <QWidget>

#include <array>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTimer;
class QToolBar;
class QToolButton;
QT_END_NAMESPACE

namespace NorthStar {

class ChangeSet;
class Document;
class MetricsController;
class NorthStarOverview;
struct MetricsResult;

class ChartPanel final : public QWidget
{
    Q_OBJECT

public:
    // What the panel shows for the selected node.
    enum class View { Empty, Single, Overview, Histogram, Lifecycle };
    enum class ExportFormat { Png, Svg, Csv };
    // What the North Star shows: its breadth, depth and frequency, its own metric alone,
    // or the tree's guardrail metric.
    enum class NorthStarView { Dimensions, Metric, Guardrail };

    ChartPanel(Document *document, MetricsController *metrics, QWidget *parent = nullptr);
    ~ChartPanel() override;

    View view() const { return m_view; }
    // The text of the empty state shown, or empty while a chart shows.
    QString emptyText() const;
    bool isComputing() const { return !m_pending.isEmpty(); }

    AnalysisRequest request() const;
    void setGrain(Grain grain);
    void setWeekStart(WeekStart weekStart);
    // North Star: overview (breadth, depth, frequency) or its own metric alone;
    // stickiness: histogram or the metric over time.
    void setPreferOverview(bool overview);
    void setNorthStarView(NorthStarView view);
    void setPreferHistogram(bool histogram);
    // The node whose chart shows (the selection, else the tree's North Star) and the
    // metric charted (0 for none).
    Id shownNodeId() const { return m_nodeId; }
    Id shownMetricId() const { return m_metricId; }

    MetricChartView *metricChart() const { return m_single; }
    NorthStarOverview *overview() const { return m_overview; }
    StickinessChart *stickinessChart() const { return m_stickiness; }
    LifecycleChart *lifecycleChart() const { return m_lifecycle; }
    QToolBar *toolBar() const { return m_toolBar; }

    // How long a computation may take before "Computing…" replaces the chart (150 ms).
    void setComputingDelay(int milliseconds);

    // Writes the chart shown (PNG at 2x for an email, SVG) or its data (CSV).
    Result<void> exportTo(ExportFormat format, const QString &path);

signals:
    // A chart shows new data (tests time the redraw from a change to this signal).
    void chartUpdated();

public slots:
    // Asks again for what the selected node needs (selection, model or data changed).
    void refresh();

private:
    // One series the current view needs: a catalog metric or an ad-hoc spec.
    struct Need
    {
        Id metricId = 0;
        std::optional<MetricSpec> spec;
        std::optional<MetricSeries> series;
        QString error;
        quint64 ticket = 0;
    };

    void buildToolBar();
    void updateToolBar();
    void showEmpty(const QString &text);
    void request(std::vector<Need> needs, View view);
    void onSeriesReady(const MetricsResult &result);
    void onRequestFailed(quint64 ticket, const QString &message);
    void draw();
    void drawSingle();
    void drawOverview();
    void drawHistogram();
    void drawLifecycle();
    void chooseExport(ExportFormat format);
    QString suggestedFileName(ExportFormat format) const;
    // Whether an edit reaches what is shown: the node, its metric's name, unit or
    // computation, the work marked on its chart, or the settings of the request.
    bool shows(const ChangeSet &change) const;
    MetricChartData chartData(const MetricSeries &series, const QString &title, const QString &unit) const;
    // The metric's target, the tree's guardrail bound when it is the guardrail, the
    // annotations on it and on the workspace.
    void addReferences(MetricChartData &chart, const Metric &metric) const;
    // The chart's context menu: add an annotation at the period of `row`, edit or delete one
    // dated in it.
    void openChartMenu(MetricChartView *view, int row, const QPoint &globalPos);
    void addAnnotationAt(QDate date);
    void editAnnotation(const Annotation &annotation);

    Document *m_document;
    MetricsController *m_metrics;
    QToolBar *m_toolBar = nullptr;
    QComboBox *m_grainBox = nullptr;
    QComboBox *m_weekStartBox = nullptr;
    QComboBox *m_viewBox = nullptr;
    QAction *m_viewAction = nullptr;
    QAction *m_weekStartAction = nullptr;
    QAction *m_zoomAction = nullptr;
    QAction *m_resetZoomAction = nullptr;
    QToolButton *m_exportButton = nullptr;
    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    MetricChartView *m_single;
    NorthStarOverview *m_overview;
    StickinessChart *m_stickiness;
    LifecycleChart *m_lifecycle;
    QTimer *m_computingTimer;

    std::optional<Grain> m_grain;          // the user's choice; unset: the workspace setting
    std::optional<WeekStart> m_weekStart;
    NorthStarView m_northStarView = NorthStarView::Dimensions;
    bool m_preferHistogram = true;
    View m_view = View::Empty;
    View m_pendingView = View::Empty;
    Id m_nodeId = 0;
    Id m_metricId = 0;                     // the metric charted (the overview: the North Star's)
    Id m_treeId = 0;
    QList<Charts::ShipMarker> m_markers;   // the work marked on the chart shown
    QString m_title;                       // the node's metric name
    QString m_unit;
    MetricKind m_kind = MetricKind::Breadth;
    std::vector<Need> m_needs;
    QHash<quint64, std::size_t> m_pending; // ticket -> index in m_needs
    AnalysisRequest m_request;
};

} // namespace NorthStar
