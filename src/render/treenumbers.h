#pragma once

// The numbers on a tree's cards, computed in one go: what the canvas shows once its
// background requests have come back, for slides made without a window
// (`northstar export`). Same rules as the canvas: metric nodes whose catalog record has a
// computation get the latest complete period of the request's grain; a metric that cannot
// be computed shows "No data" with the reason as its tooltip; work items show none.

#include "model/types.h"
#include "render/cardnumbers.h"

namespace NorthStar {

class WorkspaceMetrics;
struct AnalysisRequest;

NodeNumbers computeTreeNumbers(const WorkspaceMetrics &metrics, Id treeId, const AnalysisRequest &request);

} // namespace NorthStar
