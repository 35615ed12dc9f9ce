#include "layout/graphvizlayout.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QRectF>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <numeric>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

// Graphviz works in points (1/72 inch) and takes sizes in inches. We let one scene pixel be
// one point, so sizes go in as px / 72 and coordinates come back unscaled.
constexpr double PointsPerInch = 72.0;

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::GraphvizLayout)
};

// Graphviz 2.43's API takes `char *` for names and values it never modifies.
char *cstr(const char *text)
{
    return const_cast<char *>(text);
}

QByteArray inches(double pixels)
{
    return QByteArray::number(pixels / PointsPerInch, 'f', 4);
}

// Graphviz has process-wide state (the context's plugin registry, the error callback, the
// attribute dictionaries), so every call runs under this lock.
QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

// One context for the process: creating it loads the plugin configuration, which costs far
// more than laying out a tree of a few dozen nodes. Only touched under graphvizMutex().
GVC_t *graphvizContext()
{
    static const std::unique_ptr<GVC_t, int (*)(GVC_t *)> context(gvContext(), gvFreeContext);
    return context.get();
}

QString &graphvizMessages()
{
    static QString messages;
    return messages;
}

int collectGraphvizMessage(char *message)
{
    graphvizMessages() += QString::fromLocal8Bit(message).trimmed() + u' ';
    return 0;
}

Result<void> validate(const QList<LayoutNode> &nodes, const QList<LayoutEdge> &edges,
                      const QHash<qint64, qsizetype> &indexOf)
{
    for (const LayoutNode &node : nodes) {
        if (!(node.size.width() > 0 && node.size.height() > 0)
            || !std::isfinite(node.size.width()) || !std::isfinite(node.size.height()))
            return fail(Text::tr("Cannot lay out node %1: its size %2 x %3 is not a positive size.")
                            .arg(node.id).arg(node.size.width()).arg(node.size.height()));
        if (node.rank < 0)
            return fail(Text::tr("Cannot lay out node %1: its rank %2 is negative; the North Star "
                           "has rank 0 and every layer below it a larger rank.")
                            .arg(node.id).arg(node.rank));
    }
    if (indexOf.size() != nodes.size()) {
        QHash<qint64, int> seen;
        for (const LayoutNode &node : nodes) {
            if (++seen[node.id] == 2)
                return fail(Text::tr("Cannot lay out the tree: node id %1 appears more than once.")
                                .arg(node.id));
        }
    }
    for (const LayoutEdge &edge : edges) {
        const auto child = indexOf.constFind(edge.child);
        const auto parent = indexOf.constFind(edge.parent);
        if (child == indexOf.cend() || parent == indexOf.cend())
            return fail(Text::tr("Cannot lay out the link from node %1 to parent %2: node %3 is not "
                           "in the tree.")
                            .arg(edge.child).arg(edge.parent)
                            .arg(child == indexOf.cend() ? edge.child : edge.parent));
        const int childRank = nodes.at(*child).rank;
        const int parentRank = nodes.at(*parent).rank;
        if (childRank <= parentRank)
            return fail(Text::tr("Cannot lay out the link from node %1 (rank %2) to parent %3 "
                           "(rank %4): a child must have a larger rank than its parent.")
                            .arg(edge.child).arg(childRank).arg(edge.parent).arg(parentRank));
    }
    return {};
}

// Union-find over nodes joined by edges or by sharing a rank: dot ranks each such group on
// its own, starting at its top, so the groups only line up when something ties them.
bool isConnected(const QList<LayoutNode> &nodes, const QList<LayoutEdge> &edges,
                 const QHash<qint64, qsizetype> &indexOf)
{
    std::vector<qsizetype> parentOf(size_t(nodes.size()));
    std::iota(parentOf.begin(), parentOf.end(), 0);
    auto root = [&parentOf](qsizetype i) {
        while (parentOf[size_t(i)] != i)
            i = parentOf[size_t(i)] = parentOf[size_t(parentOf[size_t(i)])];
        return i;
    };
    auto join = [&](qsizetype a, qsizetype b) { parentOf[size_t(root(a))] = root(b); };
    std::map<int, qsizetype> firstOfRank;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const auto [it, inserted] = firstOfRank.emplace(nodes.at(i).rank, i);
        if (!inserted)
            join(i, it->second);
    }
    for (const LayoutEdge &edge : edges)
        join(indexOf.value(edge.child), indexOf.value(edge.parent));
    const qsizetype first = root(0);
    for (qsizetype i = 1; i < nodes.size(); ++i) {
        if (root(i) != first)
            return false;
    }
    return true;
}

// Builds the dot graph: a box per node, an edge parent -> child (dot ranks edges top-down)
// with minlen bridging skipped rows, and a rank=same subgraph per rank.
void buildGraph(Agraph_t *graph, const QList<LayoutNode> &nodes, const QList<LayoutEdge> &edges,
                const QHash<qint64, qsizetype> &indexOf, const LayoutOptions &options,
                std::vector<Agnode_t *> &gvNodes)
{
    agattr(graph, AGRAPH, cstr("rankdir"), cstr("TB"));
    // Children of one parent keep the order their edges were created in (see below).
    agattr(graph, AGRAPH, cstr("ordering"), cstr("out"));
    agattr(graph, AGRAPH, cstr("nodesep"), inches(std::max(options.nodeSpacing, 1.5)).data());
    agattr(graph, AGRAPH, cstr("ranksep"), inches(std::max(options.rankSpacing, 1.5)).data());
    // Only node positions are wanted: skip edge routing.
    agattr(graph, AGRAPH, cstr("splines"), cstr("none"));
    agattr(graph, AGNODE, cstr("shape"), cstr("box"));
    agattr(graph, AGNODE, cstr("fixedsize"), cstr("true"));
    agattr(graph, AGNODE, cstr("label"), cstr(""));
    agattr(graph, AGNODE, cstr("width"), cstr("1"));
    agattr(graph, AGNODE, cstr("height"), cstr("1"));
    agattr(graph, AGNODE, cstr("style"), cstr(""));
    agattr(graph, AGEDGE, cstr("minlen"), cstr("1"));
    agattr(graph, AGEDGE, cstr("style"), cstr(""));

    std::map<int, Agraph_t *> rankGroups;
    auto groupOf = [&](int rank) {
        Agraph_t *&group = rankGroups[rank];
        if (!group) {
            const QByteArray name = "rank" + QByteArray::number(rank);
            group = agsubg(graph, cstr(name.constData()), 1);
            agsafeset(group, cstr("rank"), cstr("same"), cstr(""));
        }
        return group;
    };

    gvNodes.resize(size_t(nodes.size()));
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const LayoutNode &node = nodes.at(i);
        const QByteArray name = "n" + QByteArray::number(node.id);
        Agnode_t *gvNode = agnode(groupOf(node.rank), cstr(name.constData()), 1);
        agset(gvNode, cstr("width"), inches(node.size.width()).data());
        agset(gvNode, cstr("height"), inches(node.size.height()).data());
        gvNodes[size_t(i)] = gvNode;
    }

    // Sorted by (parent, child) position in `nodes` so siblings come out in node order,
    // whatever order the caller listed the edges in; duplicates collapse.
    std::vector<std::pair<qsizetype, qsizetype>> links;
    links.reserve(size_t(edges.size()));
    for (const LayoutEdge &edge : edges)
        links.emplace_back(indexOf.value(edge.parent), indexOf.value(edge.child));
    std::sort(links.begin(), links.end());
    links.erase(std::unique(links.begin(), links.end()), links.end());
    for (const auto &[parent, child] : links) {
        Agedge_t *edge = agedge(graph, gvNodes[size_t(parent)], gvNodes[size_t(child)], nullptr, 1);
        const int span = nodes.at(child).rank - nodes.at(parent).rank;
        agset(edge, cstr("minlen"), QByteArray::number(span).data());
    }

    if (rankGroups.size() > 1 && !isConnected(nodes, edges, indexOf)) {
        // Separate pieces (an orphan work item, a second tree) would each start at the top
        // row. A chain of invisible anchors, one per rank group, pins every group to its row.
        Agnode_t *previous = nullptr;
        int previousRank = 0;
        for (const auto &[rank, group] : rankGroups) {
            const QByteArray name = "anchor" + QByteArray::number(rank);
            Agnode_t *anchor = agnode(group, cstr(name.constData()), 1);
            agset(anchor, cstr("width"), cstr("0.01"));
            agset(anchor, cstr("height"), cstr("0.01"));
            agset(anchor, cstr("style"), cstr("invis"));
            if (previous) {
                Agedge_t *edge = agedge(graph, previous, anchor, nullptr, 1);
                agset(edge, cstr("minlen"), QByteArray::number(rank - previousRank).data());
                agset(edge, cstr("style"), cstr("invis"));
            }
            previous = anchor;
            previousRank = rank;
        }
    }
}

} // namespace

Result<QHash<qint64, QPointF>> layoutTree(const QList<LayoutNode> &nodes,
                                          const QList<LayoutEdge> &edges,
                                          const LayoutOptions &options)
{
    QHash<qint64, QPointF> centers;
    if (nodes.isEmpty())
        return centers;

    QHash<qint64, qsizetype> indexOf;
    indexOf.reserve(nodes.size());
    for (qsizetype i = 0; i < nodes.size(); ++i)
        indexOf.insert(nodes.at(i).id, i);
    if (Result<void> valid = validate(nodes, edges, indexOf); !valid)
        return fail(valid.error());

    std::vector<QPointF> laidOut(size_t(nodes.size()));
    {
        const QMutexLocker lock(&graphvizMutex());
        GVC_t *context = graphvizContext();
        if (!context)
            return fail(Text::tr("Cannot lay out the tree: Graphviz could not start (gvContext "
                           "failed). Check that the libgvc6 package is installed."));
        graphvizMessages().clear();
        const agusererrf previousHandler = agseterrf(collectGraphvizMessage);
        const std::unique_ptr<Agraph_t, int (*)(Agraph_t *)> graph(
            agopen(cstr("northstar"), Agdirected, nullptr), agclose);
        std::vector<Agnode_t *> gvNodes;
        buildGraph(graph.get(), nodes, edges, indexOf, options, gvNodes);
        const int status = gvLayout(context, graph.get(), "dot");
        agseterrf(previousHandler);
        if (status != 0)
            return fail(Text::tr("Cannot lay out the tree: Graphviz's dot layout failed (%1). Check "
                           "that the Graphviz plugins are installed and registered (run "
                           "`dot -c` as root).")
                            .arg(graphvizMessages().trimmed()));
        // Graphviz's y axis points up; the scene's points down.
        for (size_t i = 0; i < gvNodes.size(); ++i)
            laidOut[i] = QPointF(ND_coord(gvNodes[i]).x, -ND_coord(gvNodes[i]).y);
        gvFreeLayout(context, graph.get());
    }

    QPointF shift;
    qsizetype pinnedCount = 0;
    QRectF bounds;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const LayoutNode &node = nodes.at(i);
        if (node.pinned) {
            shift += node.pinnedCenter - laidOut[size_t(i)];
            ++pinnedCount;
        }
        QRectF rect(QPointF(), node.size);
        rect.moveCenter(laidOut[size_t(i)]);
        bounds = i == 0 ? rect : bounds.united(rect);
    }
    // The mean offset is the translation that moves the laid-out pinned nodes least (in
    // the least-squares sense) from where the user put them.
    shift = pinnedCount > 0 ? shift / double(pinnedCount) : options.origin - bounds.topLeft();

    centers.reserve(nodes.size());
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const LayoutNode &node = nodes.at(i);
        centers.insert(node.id, node.pinned ? node.pinnedCenter : laidOut[size_t(i)] + shift);
    }
    return centers;
}

} // namespace NorthStar
