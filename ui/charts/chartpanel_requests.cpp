// ChartPanel: what the selected node needs, asking the controller, drawing the answers.

#include "analysis/metricscontroller.h"
#include "analysis/targetline.h"
#include "charts/chartformat.h"
#include "charts/chartpanel.h"
#include "charts/northstaroverview.h"
#include "charts/shipmarkers.h"
#include "metrics/coredimensions.h"
#include "model/document.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace NorthStar {

using namespace Charts;

void ChartPanel::refresh()
{
    m_pending.clear();
    m_needs.clear();
    m_computingTimer->stop();
    const WorkspaceData &workspace = m_document->data();
    const Node *node = workspace.node(m_document->currentNodeId());
    if (!node)
        node = workspace.northStarOf(m_document->currentTreeId());  // nothing selected: the tree at a glance
    m_nodeId = node ? node->id : 0;
    m_treeId = node ? node->treeId : 0;
    m_metricId = 0;
    m_markers = shipMarkersFor(workspace, m_nodeId);
    m_kind = MetricKind::Breadth;
    if (!node)
        return showEmpty(tr("Select a node on the canvas to see its history."));
    if (node->kind == NodeKind::Work) {
        return showEmpty(tr("\"%1\" is a work item: its ship date is marked on the charts of the inputs it drives.")
                             .arg(node->title));
    }
    const Metric *metric = workspace.metric(node->metricId);
    const Tree *tree = workspace.tree(node->treeId);
    const bool guardrail = node->kind == NodeKind::NorthStar && m_northStarView == NorthStarView::Guardrail && tree
                           && workspace.metric(tree->guardrailMetricId);
    if (guardrail)
        metric = workspace.metric(tree->guardrailMetricId);
    if (!metric)
        return showEmpty(tr("This node has no metric yet: choose one in Properties"));
    m_metricId = metric->id;
    m_title = metric->name;
    m_unit = metric->unit;
    if (metric->computation.isEmpty())
        return showEmpty(tr("This metric has no computation yet: set it in Properties"));
    const auto spec = MetricSpec::fromJson(metric->computation);
    if (!spec) {
        return showEmpty(tr("The computation of \"%1\" cannot be read: %2. Set it again in Properties.")
                             .arg(metric->name, spec.error()));
    }
    m_kind = spec->kind;
    if (!m_metrics || m_metrics->workspacePath().isEmpty())
        return showEmpty(tr("No data imported yet: File > Import…"));
    m_request = request();

    std::vector<Need> needs;
    if (node->kind == NodeKind::NorthStar && m_northStarView == NorthStarView::Dimensions && !guardrail
        && spec->kind != MetricKind::Formula) {
        // The North Star's core action measured three ways (METRICS.md's dimensions).
        for (const MetricSpec &dimension : coreActionDimensions(*spec))
            needs.push_back({0, dimension, {}, {}, 0});
        return request(std::move(needs), View::Overview);
    }
    if ((spec->kind == MetricKind::Stickiness || spec->kind == MetricKind::StickinessCumulative) && m_preferHistogram) {
        const int days = m_request.grain == Grain::Day ? 1 : m_request.grain == Grain::Week ? 7 : 31;
        for (int k = 1; k <= days; ++k) {
            MetricSpec exactly = *spec;
            exactly.kind = MetricKind::Stickiness;
            exactly.k = k;
            needs.push_back({0, exactly, {}, {}, 0});
        }
        return request(std::move(needs), View::Histogram);
    }
    needs.push_back({metric->id, std::nullopt, {}, {}, 0});
    request(std::move(needs), spec->kind == MetricKind::Lifecycle ? View::Lifecycle : View::Single);
}

void ChartPanel::request(std::vector<Need> needs, View view)
{
    m_needs = std::move(needs);
    m_pendingView = view;
    for (std::size_t i = 0; i < m_needs.size(); ++i) {
        Need &need = m_needs[i];
        const auto cached = need.spec ? m_metrics->cachedSeries(*need.spec, m_request)
                                      : m_metrics->cachedSeries(need.metricId, m_request);
        if (cached) {
            need.series = cached->series;
            continue;
        }
        need.ticket = need.spec ? m_metrics->requestSeries(*need.spec, m_request)
                                : m_metrics->requestSeries(need.metricId, m_request);
        m_pending.insert(need.ticket, i);
    }
    updateToolBar();
    if (m_pending.isEmpty())
        draw();
    else
        m_computingTimer->start();
}

void ChartPanel::onSeriesReady(const MetricsResult &result)
{
    const auto it = m_pending.constFind(result.ticket);
    if (it == m_pending.cend())
        return;  // an answer for a node or grain no longer shown
    m_needs[it.value()].series = result.series;
    m_pending.erase(it);
    if (m_pending.isEmpty())
        draw();
}

void ChartPanel::onRequestFailed(quint64 ticket, const QString &message)
{
    const auto it = m_pending.constFind(ticket);
    if (it == m_pending.cend())
        return;
    m_needs[it.value()].error = message;
    m_pending.erase(it);
    if (m_pending.isEmpty())
        draw();
}

MetricChartData ChartPanel::chartData(const MetricSeries &series, const QString &title, const QString &unit) const
{
    MetricChartData chart;
    chart.series = series;
    chart.grain = m_request.grain;
    chart.title = title;
    chart.unit = unit;
    chart.markers = shipMarkersFor(m_document->data(), m_nodeId);
    return chart;
}

void ChartPanel::addReferences(MetricChartData &chart, const Metric &metric) const
{
    const WorkspaceData &workspace = m_document->data();
    chart.target = targetLine(metric.target, chart.series);
    const Tree *tree = workspace.tree(m_treeId);
    if (tree && tree->guardrailMetricId == metric.id)
        chart.guardrail = tree->guardrailBound;
    chart.annotations = workspace.annotationsOf(metric.id) + workspace.annotationsOf(0);
    std::stable_sort(chart.annotations.begin(), chart.annotations.end(),
                     [](const Annotation &a, const Annotation &b) { return a.date < b.date; });
}

void ChartPanel::draw()
{
    m_computingTimer->stop();
    // A single failed or empty series decides the empty state; the overview copes with a
    // missing dimension (frequency has no daily grain) on its own.
    if (m_pendingView != View::Overview) {
        for (const Need &need : m_needs) {
            if (!need.error.isEmpty())
                return showEmpty(need.error);
            if (!need.series || need.series->rows.empty())
                return showEmpty(tr("No data imported yet: File > Import…"));
        }
    }
    m_view = m_pendingView;
    switch (m_view) {
    case View::Single:
        drawSingle();
        break;
    case View::Overview:
        drawOverview();
        break;
    case View::Histogram:
        drawHistogram();
        break;
    case View::Lifecycle:
        drawLifecycle();
        break;
    case View::Empty:
        break;
    }
    updateToolBar();
    emit chartUpdated();
}

void ChartPanel::drawSingle()
{
    MetricChartData chart = chartData(*m_needs.front().series, m_title, m_unit);
    if (const Metric *metric = m_document->data().metric(m_metricId))
        addReferences(chart, *metric);
    m_single->setData(chart);
    m_stack->setCurrentWidget(m_single);
}

void ChartPanel::drawOverview()
{
    const std::array<QString, 3> names{tr("Breadth: active users"), tr("Depth: core actions per active user"),
                                       tr("Frequency: active days per active user")};
    const std::array<QString, 3> units{tr("users"), tr("per user"), tr("days")};
    std::array<MetricChartData, 3> charts;
    bool any = false;
    const Metric *star = m_document->data().metric(m_metricId);
    std::optional<MetricSpec> starSpec;
    if (auto spec = star ? MetricSpec::fromJson(star->computation) : Result<MetricSpec>(fail(QString())))
        starSpec = *spec;
    for (std::size_t i = 0; i < charts.size(); ++i) {
        const Need &need = m_needs[i];
        QString title = names[i];
        if (!need.error.isEmpty())
            title += u"  ·  "_s + need.error;
        charts[i] = chartData(need.series.value_or(MetricSeries{}), title, units[i]);
        charts[i].series.kind = need.spec->kind;
        // The North Star's notes on every chart; its target on the dimension it is.
        if (star) {
            addReferences(charts[i], *star);
            if (starSpec != need.spec)
                charts[i].target.reset();
            charts[i].guardrail.reset();
        }
        any |= need.series && !need.series->rows.empty();
    }
    if (!any) {
        const QString error = m_needs.front().error;
        return showEmpty(error.isEmpty() ? tr("No data imported yet: File > Import…") : error);
    }
    m_overview->setData(m_title, charts);
    m_stack->setCurrentWidget(m_overview);
}

void ChartPanel::drawHistogram()
{
    StickinessData histogram;
    histogram.title = m_title;
    histogram.grain = m_request.grain;
    for (const Need &need : m_needs)
        histogram.byK.push_back(*need.series);
    m_stickiness->setData(histogram);
    m_stack->setCurrentWidget(m_stickiness);
}

void ChartPanel::drawLifecycle()
{
    m_lifecycle->setData({m_title, m_request.grain, *m_needs.front().series});
    m_stack->setCurrentWidget(m_lifecycle);
}

} // namespace NorthStar
