#include "render/treenumbers.h"

#include "analysis/latestvalue.h"
#include "analysis/workspacemetrics.h"
#include "metrics/periodcalendar.h"

#include <QCoreApplication>

namespace NorthStar {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Card)
};

} // namespace

NodeNumbers computeTreeNumbers(const WorkspaceMetrics &metrics, Id treeId, const AnalysisRequest &request)
{
    const WorkspaceData &data = metrics.data();
    NodeNumbers numbers;
    for (const Node &node : data.nodesOfTree(treeId)) {
        const Metric *metric = node.kind == NodeKind::Work ? nullptr : data.metric(node.metricId);
        if (!metric || metric->computation.isEmpty())
            continue;
        const auto series = metrics.computeMetric(metric->id, request);
        if (!series) {
            numbers.insert(node.id, hintNumbers(Text::tr("No data"), series.error()));
            continue;
        }
        numbers.insert(node.id, cardNumbers(latestComplete(*series), series->kind, metric->unit,
                                            grainName(request.grain)));
    }
    return numbers;
}

} // namespace NorthStar
