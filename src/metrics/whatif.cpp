#include "metrics/whatif.h"

#include <QCoreApplication>

#include <cmath>

namespace NorthStar {

namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(Metrics)
};

// Depth-first post-order over parent edges from `node`; reversed it is a topological order
// of the input and its ancestors. Returns false on a cycle.
bool visit(const LeverageGraph &graph, int node, std::vector<int> &state, std::vector<int> &order)
{
    if (state[std::size_t(node)] == 2)
        return true;
    if (state[std::size_t(node)] == 1)
        return false;
    state[std::size_t(node)] = 1;
    for (const LeverageGraph::Edge &edge : graph.edges) {
        if (edge.child == node && !visit(graph, edge.parent, state, order))
            return false;
    }
    state[std::size_t(node)] = 2;
    order.push_back(node);
    return true;
}

} // namespace

Result<std::vector<WhatIfChange>> whatIf(const LeverageGraph &graph, int input, double percentChange)
{
    const int nodeCount = int(graph.nodes.size());
    if (input < 0 || input >= nodeCount)
        return fail(Text::tr("What-if: there is no input node %1.").arg(input));
    if (!std::isfinite(percentChange))
        return fail(Text::tr("What-if: the change must be a finite percentage."));
    for (const LeverageGraph::Edge &edge : graph.edges) {
        if (edge.child < 0 || edge.child >= nodeCount || edge.parent < 0 || edge.parent >= nodeCount)
            return fail(Text::tr("What-if: an edge refers to a node that does not exist."));
    }

    std::vector<int> state(graph.nodes.size(), 0);
    std::vector<int> order;
    if (!visit(graph, input, state, order))
        return fail(Text::tr("What-if: the metrics above '%1' form a cycle; a tree cannot feed itself.")
                        .arg(graph.nodes[std::size_t(input)].name));

    std::vector<double> change(graph.nodes.size(), 0.0);
    change[std::size_t(input)] = graph.nodes[std::size_t(input)].value * percentChange / 100.0;
    std::vector<WhatIfChange> result;
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const int node = *it;
        const double delta = change[std::size_t(node)];
        for (const LeverageGraph::Edge &edge : graph.edges) {
            if (edge.child == node)
                change[std::size_t(edge.parent)] += delta * edge.leverage;
        }
        WhatIfChange entry;
        entry.node = node;
        entry.absoluteChange = delta;
        const double value = graph.nodes[std::size_t(node)].value;
        if (value != 0.0)
            entry.percentChange = delta / value * 100.0;
        result.push_back(entry);
    }
    return result;
}

} // namespace NorthStar
