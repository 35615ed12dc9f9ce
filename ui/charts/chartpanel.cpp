#include "charts/chartpanel.h"

#include "analysis/metricscontroller.h"
#include "charts/northstaroverview.h"
#include "charts/shipmarkers.h"
#include "model/document.h"
#include "model/workspacedata.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QStackedWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace NorthStar {

using namespace Charts;

namespace {

// A computation that answers within this time replaces the chart directly; a slower one
// shows "Computing…" instead of a stale chart.
constexpr int computingDelayMs = 150;

} // namespace

ChartPanel::ChartPanel(Document *document, MetricsController *metrics, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_metrics(metrics)
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_single(new MetricChartView(this))
    , m_overview(new NorthStarOverview(this))
    , m_stickiness(new StickinessChart(this))
    , m_lifecycle(new LifecycleChart(this))
    , m_computingTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    buildToolBar();
    layout->addWidget(m_toolBar);
    layout->addWidget(m_stack, 1);

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(24);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont font = m_emptyLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_emptyLabel->setFont(font);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_single);
    m_stack->addWidget(m_overview);
    m_stack->addWidget(m_stickiness);
    m_stack->addWidget(m_lifecycle);

    m_computingTimer->setSingleShot(true);
    m_computingTimer->setInterval(computingDelayMs);
    connect(m_computingTimer, &QTimer::timeout, this, [this] {
        m_emptyLabel->setText(tr("Computing…"));
        m_stack->setCurrentWidget(m_emptyLabel);
    });

    connect(m_document, &Document::selectionChanged, this, &ChartPanel::refresh);
    connect(m_document, &Document::currentTreeChanged, this, &ChartPanel::refresh);  // its North Star
    connect(m_document->model(), &WorkspaceModel::wasReset, this, &ChartPanel::refresh);
    connect(m_document->model(), &WorkspaceModel::changed, this, [this](const ChangeSet &change) {
        // Canvas moves and unrelated edits must not reset the chart (and a selected range);
        // only a change to what it shows counts.
        if (shows(change))
            refresh();
    });
    if (m_metrics) {
        connect(m_metrics, &MetricsController::seriesReady, this, &ChartPanel::onSeriesReady);
        connect(m_metrics, &MetricsController::requestFailed, this, &ChartPanel::onRequestFailed);
        connect(m_metrics, &MetricsController::dataChanged, this, &ChartPanel::refresh);
    }
    const auto selectionTracks = [this](MetricChartView *view) {
        connect(view, &MetricChartView::selectionChanged, this, &ChartPanel::updateToolBar);
        connect(view, &MetricChartView::zoomChanged, this, &ChartPanel::updateToolBar);
    };
    selectionTracks(m_single);
    selectionTracks(m_overview->chart(NorthStarOverview::Breadth));
    for (MetricChartView *view : {m_single, m_overview->chart(NorthStarOverview::Breadth),
                                  m_overview->chart(NorthStarOverview::Depth),
                                  m_overview->chart(NorthStarOverview::Frequency)}) {
        connect(view, &MetricChartView::contextMenuRequested, this,
                [this, view](int row, const QPoint &globalPos) { openChartMenu(view, row, globalPos); });
    }
    refresh();
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::buildToolBar()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_grainBox = new QComboBox(m_toolBar);
    m_grainBox->addItem(tr("Daily"), int(Grain::Day));
    m_grainBox->addItem(tr("Weekly"), int(Grain::Week));
    m_grainBox->addItem(tr("Monthly"), int(Grain::Month));
    m_grainBox->setToolTip(tr("Period of each point"));
    m_toolBar->addWidget(m_grainBox);
    connect(m_grainBox, &QComboBox::activated, this,
            [this](int index) { setGrain(Grain(m_grainBox->itemData(index).toInt())); });

    m_weekStartBox = new QComboBox(m_toolBar);
    m_weekStartBox->addItem(tr("Weeks start Monday"), int(WeekStart::Monday));
    m_weekStartBox->addItem(tr("Weeks start Sunday"), int(WeekStart::Sunday));
    m_weekStartAction = m_toolBar->addWidget(m_weekStartBox);
    connect(m_weekStartBox, &QComboBox::activated, this,
            [this](int index) { setWeekStart(WeekStart(m_weekStartBox->itemData(index).toInt())); });

    m_viewBox = new QComboBox(m_toolBar);
    m_viewAction = m_toolBar->addWidget(m_viewBox);
    connect(m_viewBox, &QComboBox::activated, this, [this](int index) {
        const QVariant view = m_viewBox->itemData(index);
        if (view.isValid())
            setNorthStarView(NorthStarView(view.toInt()));
        else
            setPreferHistogram(index == 0);
    });

    m_toolBar->addSeparator();
    m_zoomAction = m_toolBar->addAction(tr("Zoom to range"));
    m_zoomAction->setToolTip(tr("Show only the selected range (drag across the chart to select one)"));
    connect(m_zoomAction, &QAction::triggered, this, [this] {
        (m_view == View::Overview ? m_overview->chart(NorthStarOverview::Breadth) : m_single)->zoomToSelection();
    });
    m_resetZoomAction = m_toolBar->addAction(tr("Show all"));
    connect(m_resetZoomAction, &QAction::triggered, this, [this] {
        MetricChartView *view = m_view == View::Overview ? m_overview->chart(NorthStarOverview::Breadth) : m_single;
        view->resetZoom();
    });

    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);

    m_exportButton = new QToolButton(m_toolBar);
    m_exportButton->setText(tr("Export"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_exportButton);
    connect(menu->addAction(tr("Image for email (PNG)…")), &QAction::triggered, this,
            [this] { chooseExport(ExportFormat::Png); });
    connect(menu->addAction(tr("Vector image (SVG)…")), &QAction::triggered, this,
            [this] { chooseExport(ExportFormat::Svg); });
    connect(menu->addAction(tr("Data (CSV)…")), &QAction::triggered, this, [this] { chooseExport(ExportFormat::Csv); });
    m_exportButton->setMenu(menu);
    m_toolBar->addWidget(m_exportButton);
}

void ChartPanel::updateToolBar()
{
    const AnalysisRequest current = request();
    m_grainBox->setCurrentIndex(m_grainBox->findData(int(current.grain)));
    m_weekStartBox->setCurrentIndex(m_weekStartBox->findData(int(current.weekStart)));
    m_weekStartAction->setVisible(current.grain == Grain::Week);

    const Node *node = m_document->data().node(m_nodeId);
    m_viewBox->clear();
    if (m_kind == MetricKind::Stickiness || m_kind == MetricKind::StickinessCumulative) {
        m_viewBox->addItems({tr("Active days histogram"), tr("Over time")});
        m_viewBox->setCurrentIndex(m_preferHistogram ? 0 : 1);
    } else if (node && node->kind == NodeKind::NorthStar) {
        const WorkspaceData &workspace = m_document->data();
        const Metric *star = workspace.metric(node->metricId);
        const Tree *tree = workspace.tree(node->treeId);
        const Metric *guardrail = tree ? workspace.metric(tree->guardrailMetricId) : nullptr;
        const bool formula = star && star->computation.value(u"kind"_s) == u"formula"_s;
        if (!formula)
            m_viewBox->addItem(tr("Breadth, depth, frequency"), int(NorthStarView::Dimensions));
        m_viewBox->addItem(tr("North Star only"), int(NorthStarView::Metric));
        if (guardrail)
            m_viewBox->addItem(tr("Guardrail: %1").arg(guardrail->name), int(NorthStarView::Guardrail));
        if (m_viewBox->count() < 2)
            m_viewBox->clear();
        const int chosen = m_viewBox->findData(int(m_northStarView));
        m_viewBox->setCurrentIndex(chosen >= 0 ? chosen : m_viewBox->findData(int(NorthStarView::Metric)));
    }
    m_viewAction->setVisible(m_viewBox->count() > 0 && m_nodeId != 0);

    const MetricChartView *zoomable = m_view == View::Overview ? m_overview->chart(NorthStarOverview::Breadth)
                                      : m_view == View::Single ? m_single
                                                               : nullptr;
    m_zoomAction->setVisible(zoomable);
    m_resetZoomAction->setVisible(zoomable);
    m_zoomAction->setEnabled(zoomable && zoomable->selection().has_value());
    m_resetZoomAction->setEnabled(zoomable && zoomable->isZoomed());
    m_exportButton->setEnabled(m_view != View::Empty);
}

void ChartPanel::setComputingDelay(int milliseconds)
{
    m_computingTimer->setInterval(milliseconds);
}

QString ChartPanel::emptyText() const
{
    return m_stack->currentWidget() == m_emptyLabel ? m_emptyLabel->text() : QString();
}

AnalysisRequest ChartPanel::request() const
{
    // The document's settings: current even before the controller saw the edit.
    AnalysisRequest result;
    if (auto settings = AnalysisRequest::fromSettings(m_document->data()))
        result = *settings;
    else if (m_metrics)
        result = m_metrics->defaultRequest();
    if (m_grain)
        result.grain = *m_grain;
    if (m_weekStart)
        result.weekStart = *m_weekStart;
    return result;
}

void ChartPanel::setGrain(Grain grain)
{
    if (m_grain == grain)
        return;
    m_grain = grain;
    refresh();
}

void ChartPanel::setWeekStart(WeekStart weekStart)
{
    if (m_weekStart == weekStart)
        return;
    m_weekStart = weekStart;
    refresh();
}

void ChartPanel::setPreferOverview(bool overview)
{
    setNorthStarView(overview ? NorthStarView::Dimensions : NorthStarView::Metric);
}

void ChartPanel::setNorthStarView(NorthStarView view)
{
    if (m_northStarView == view)
        return;
    m_northStarView = view;
    refresh();
}

void ChartPanel::setPreferHistogram(bool histogram)
{
    if (m_preferHistogram == histogram)
        return;
    m_preferHistogram = histogram;
    refresh();
}

bool ChartPanel::shows(const ChangeSet &change) const
{
    // Grain, week start, segment and timezone all shape the request.
    if (!change.settings.isEmpty())
        return true;
    const WorkspaceData &workspace = m_document->data();
    const Node *node = workspace.node(m_nodeId);
    if (!node) {
        // Nothing selected and no North Star yet: one may come.
        return m_document->currentNodeId() == 0 && !change.nodes.isEmpty();
    }
    for (const EntityChange<Node> &c : change.nodes) {
        // Its kind, its metric, a work item's name; being dragged around changes nothing.
        if ((c.after ? c.after->id : c.before->id) == m_nodeId && !ChangeSet::placesOnly(c))
            return true;
    }
    if (node->kind == NodeKind::Work)
        return false;
    for (const EntityChange<Metric> &c : change.metrics) {
        if ((c.after ? c.after->id : c.before->id) != m_metricId)
            continue;
        if (!c.before || !c.after || c.before->name != c.after->name || c.before->unit != c.after->unit
            || c.before->computation != c.after->computation || c.before->target != c.after->target)
            return true;
    }
    // The tree's guardrail and its bound (drawn on the guardrail's chart, offered from the
    // North Star's).
    for (const EntityChange<Tree> &c : change.trees) {
        if (c.before && c.after && c.after->id == m_treeId
            && (c.before->guardrailMetricId != c.after->guardrailMetricId
                || c.before->guardrailBound != c.after->guardrailBound))
            return true;
    }
    // Notes on the workspace or on the metric charted.
    for (const EntityChange<Annotation> &c : change.annotations) {
        for (const std::optional<Annotation> &a : {c.before, c.after}) {
            if (a && (a->metricId == 0 || a->metricId == m_metricId))
                return true;
        }
    }
    // The ship dates of the work below it (a date set, a work item renamed or connected).
    if (!change.nodes.isEmpty() || !change.edges.isEmpty())
        return shipMarkersFor(workspace, m_nodeId) != m_markers;
    return false;
}

void ChartPanel::showEmpty(const QString &text)
{
    m_computingTimer->stop();
    m_pending.clear();
    m_view = View::Empty;
    m_emptyLabel->setText(text);
    m_stack->setCurrentWidget(m_emptyLabel);
    updateToolBar();
}

} // namespace NorthStar
