#pragma once

// Every metric of METRICS.md computed on two workspaces and compared: each kind (on any
// event and on purchases) x grain x week start x segment (none, country = DE, plan = pro).
// Shared by the rollup import tests and the warehouse pull tests (issue #12).

#include "metrics/metricengine.h"

#include <QList>
#include <QString>

#include <utility>

namespace NorthStar::RollupTestSupport {

// Every kind of METRICS.md, with a few parameters each, named "breadth of any" etc.
QList<std::pair<QString, MetricSpec>> everyKind();

// Empty when every combination gives the same series on both workspaces, else the first
// difference (or a workspace's load error). `compared` counts the combinations computed.
QString compareEveryMetric(const QString &expectedWorkspace, const QString &actualWorkspace, int &compared);

// How many combinations compareEveryMetric computes (frequency by day is refused alike).
int everyMetricCombinations();

} // namespace NorthStar::RollupTestSupport
