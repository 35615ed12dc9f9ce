#pragma once

// Leverage and what-if on a workspace's tree (issue #4 §4), on top of the engine's
// fitLeverage() and whatIf() (src/metrics, README.md there for the model).

#include "analysis/analysisrequest.h"
#include "common/result.h"
#include "model/types.h"

#include <QList>

#include <optional>
#include <vector>

namespace NorthStar {

class WorkspaceMetrics;

struct EdgeLeverage final
{
    Id edgeId = 0;
    Id childNodeId = 0;
    double leverage = 0.0; // estimated: parent change per unit change of this input
};

struct LeverageEstimate final
{
    Id parentNodeId = 0;
    std::vector<EdgeLeverage> edges; // every metric input of the parent, in edge id order
    std::optional<double> rSquared;  // fit quality (see LeverageFit)
    int periodsUsed = 0;             // period-over-period changes the fit used
};

// Fits the parent node's series on the series of all its metric inputs at once (work items
// are not inputs), so each edge's estimate accounts for the others. Every node involved
// needs a computation; too little history is an error with advice.
Result<LeverageEstimate> estimateLeverage(const WorkspaceMetrics &metrics, Id parentNodeId,
                                          const AnalysisRequest &request);

struct NodeChange final
{
    Id nodeId = 0;
    double latestValue = 0.0;            // of the latest complete period (0 when unknown)
    double absoluteChange = 0.0;
    std::optional<double> percentChange; // empty when the latest value is 0 or unknown
};

struct TreeWhatIf final
{
    // The changed input first, then every ancestor after its changed inputs.
    std::vector<NodeChange> changes;
    // Edges between metric nodes of the tree with no leverage set: they pass on nothing,
    // so the panel can say which leverages are missing.
    QList<Id> edgesWithoutLeverage;
};

// "If this input moves by percentChange %, how do the nodes above it move?" with the
// edges' stored leverage and each node's latest complete value.
Result<TreeWhatIf> whatIfOnTree(const WorkspaceMetrics &metrics, Id inputNodeId, double percentChange,
                                const AnalysisRequest &request);

} // namespace NorthStar
