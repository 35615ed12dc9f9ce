#pragma once

// What-if on a metric tree: "if input X changes by p %, how do its ancestors move?"
// With METRICS.md's model (an input contributes `input value * leverage` to its parent),
// a change d of a node changes each parent by d * leverage of that edge; changes add up
// where several changed children feed one parent, and travel on up to the root(s). Nodes
// that are not ancestors of the changed input do not move. Works on any acyclic graph.

#include "common/result.h"

#include <QString>

#include <optional>
#include <vector>

namespace NorthStar {

struct LeverageGraph final
{
    struct Node
    {
        QString name;
        double value = 0.0; // latest value
    };
    struct Edge
    {
        int child = -1;  // node index of the input
        int parent = -1; // node index of the metric it feeds
        double leverage = 0.0;
    };
    std::vector<Node> nodes;
    std::vector<Edge> edges;
};

struct WhatIfChange final
{
    int node = -1;
    double absoluteChange = 0.0;
    std::optional<double> percentChange; // empty when the node's latest value is 0
};

// The changed input first, then every ancestor, each after all of its changed children.
Result<std::vector<WhatIfChange>> whatIf(const LeverageGraph &graph, int input, double percentChange);

} // namespace NorthStar
