#include "analysis/treeleverage.h"

#include "analysis/latestvalue.h"
#include "analysis/workspacemetrics.h"
#include "metrics/leveragefit.h"
#include "metrics/whatif.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace NorthStar {

namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(Analysis)
};

bool isMetricNode(const Node &node)
{
    return node.kind != NodeKind::Work && node.metricId != 0;
}

Result<MetricSeries> seriesOfNode(const WorkspaceMetrics &metrics, const Node &node, const AnalysisRequest &request)
{
    const QString title = metrics.data().nodeTitle(node);
    auto series = metrics.computeMetric(node.metricId, request);
    if (!series)
        return fail(Text::tr("Node \"%1\": %2").arg(title, series.error()));
    if (series->isLifecycle())
        return fail(Text::tr("Node \"%1\" is a lifecycle (four counts); leverage needs one value per period.").arg(title));
    return series;
}

} // namespace

Result<LeverageEstimate> estimateLeverage(const WorkspaceMetrics &metrics, Id parentNodeId,
                                          const AnalysisRequest &request)
{
    const WorkspaceData &data = metrics.data();
    const Node *parent = data.node(parentNodeId);
    if (!parent || !isMetricNode(*parent))
        return fail(Text::tr("Leverage needs a North Star or input node with a metric as the parent."));
    LeverageEstimate estimate;
    estimate.parentNodeId = parentNodeId;
    std::vector<std::vector<SeriesRow>> inputs;
    for (const Edge &edge : data.edges) { // QMap: edge id order
        if (edge.parentId != parentNodeId)
            continue;
        const Node *child = data.node(edge.childId);
        if (!child || !isMetricNode(*child))
            continue;
        auto series = seriesOfNode(metrics, *child, request);
        if (!series)
            return fail(series.error());
        inputs.push_back(std::move(series->rows));
        estimate.edges.push_back({edge.id, child->id, 0.0});
    }
    if (inputs.empty())
        return fail(Text::tr("\"%1\" has no metric inputs to estimate leverage for.").arg(data.nodeTitle(*parent)));
    auto parentSeries = seriesOfNode(metrics, *parent, request);
    if (!parentSeries)
        return fail(parentSeries.error());
    auto fit = fitLeverage(parentSeries->rows, inputs);
    if (!fit)
        return fail(fit.error());
    for (std::size_t i = 0; i < estimate.edges.size(); ++i)
        estimate.edges[i].leverage = fit->coefficients[i];
    estimate.rSquared = fit->rSquared;
    estimate.periodsUsed = fit->periodsUsed;
    return estimate;
}

Result<TreeWhatIf> whatIfOnTree(const WorkspaceMetrics &metrics, Id inputNodeId, double percentChange,
                                const AnalysisRequest &request)
{
    const WorkspaceData &data = metrics.data();
    const Node *input = data.node(inputNodeId);
    if (!input || !isMetricNode(*input))
        return fail(Text::tr("What-if needs an input node with a metric."));

    LeverageGraph graph;
    QHash<Id, int> indexOf;
    std::vector<Id> nodeIds;
    std::vector<bool> known;
    for (const Node &node : data.nodesOfTree(input->treeId)) {
        if (!isMetricNode(node))
            continue;
        // A node whose value cannot be computed still passes changes on; only its
        // percentage is unknown.
        std::optional<double> value;
        if (auto series = metrics.computeMetric(node.metricId, request); series && !series->isLifecycle())
            value = latestComplete(*series).value;
        indexOf.insert(node.id, int(graph.nodes.size()));
        graph.nodes.push_back({data.nodeTitle(node), value.value_or(0.0)});
        nodeIds.push_back(node.id);
        known.push_back(value.has_value());
    }
    TreeWhatIf result;
    for (const Edge &edge : data.edgesOfTree(input->treeId)) {
        if (!indexOf.contains(edge.childId) || !indexOf.contains(edge.parentId))
            continue;
        if (!edge.leverage) {
            result.edgesWithoutLeverage.append(edge.id);
            continue;
        }
        graph.edges.push_back({indexOf.value(edge.childId), indexOf.value(edge.parentId), *edge.leverage});
    }
    if (!known[std::size_t(indexOf.value(inputNodeId))]) {
        return fail(Text::tr("\"%1\" has no value for its latest complete period to change; check its computation and "
                       "the imported data.")
                        .arg(data.nodeTitle(*input)));
    }
    auto changes = whatIf(graph, indexOf.value(inputNodeId), percentChange);
    if (!changes)
        return fail(changes.error());
    for (const WhatIfChange &c : *changes) {
        const auto i = std::size_t(c.node);
        result.changes.push_back({nodeIds[i], graph.nodes[i].value, c.absoluteChange,
                                  known[i] ? c.percentChange : std::nullopt});
    }
    return result;
}

} // namespace NorthStar
