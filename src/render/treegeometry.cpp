#include "render/treegeometry.h"

#include "layout/graphvizlayout.h"
#include "model/workspacedata.h"
#include "render/cardcontent.h"
#include "render/cardpainter.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace NorthStar {
namespace {

// Depth-first from the North Star so siblings keep their model order left to right; nodes
// not reachable from it (unconnected inputs, stray work) follow in id order.
QList<Id> layoutOrder(const WorkspaceData &data, Id treeId)
{
    QList<Id> order;
    QSet<Id> seen;
    const std::function<void(Id)> visit = [&](Id id) {
        if (seen.contains(id))
            return;
        seen.insert(id);
        order.append(id);
        for (Id child : data.childrenOf(id))
            visit(child);
    };
    if (const Node *northStar = data.northStarOf(treeId))
        visit(northStar->id);
    for (const Node &n : data.nodesOfTree(treeId)) {
        // Roots of stray fragments first, so their children follow them.
        if (data.parentsOf(n.id).isEmpty())
            visit(n.id);
    }
    for (const Node &n : data.nodesOfTree(treeId))
        visit(n.id);
    return order;
}

// North Star 0, an input one below its deepest input parent, work on one row under all.
QHash<Id, int> ranks(const WorkspaceData &data, const QList<Id> &order)
{
    QHash<Id, int> rank;
    const std::function<int(Id)> inputRank = [&](Id id) -> int {
        if (const auto it = rank.constFind(id); it != rank.cend())
            return *it;
        int r = 1;
        for (Id parent : data.parentsOf(id)) {
            const Node *p = data.node(parent);
            if (p && p->kind == NodeKind::Input)
                r = std::max(r, inputRank(parent) + 1);
        }
        rank.insert(id, r);
        return r;
    };
    int deepestInput = 0;
    for (Id id : order) {
        const Node *n = data.node(id);
        if (n->kind == NodeKind::NorthStar)
            rank.insert(id, 0);
        else if (n->kind == NodeKind::Input)
            deepestInput = std::max(deepestInput, inputRank(id));
    }
    for (Id id : order) {
        if (data.node(id)->kind == NodeKind::Work)
            rank.insert(id, deepestInput + 1);
    }
    return rank;
}

// Graphviz may put a parent anywhere over the middle of its children (any median position
// minimises its edge lengths), which leaves a North Star over its third input. Centre each
// parent over the span of its children, bottom-up, where that does not crowd its row.
void centreParents(const WorkspaceData &data, const QList<LayoutNode> &nodes,
                   QHash<qint64, QPointF> &centres, double spacing, const QHash<Id, qint64> &sideColumns)
{
    int deepest = 0;
    for (const LayoutNode &n : nodes)
        deepest = std::max(deepest, n.rank);
    for (int rank = deepest - 1; rank >= 0; --rank) {
        for (const LayoutNode &n : nodes) {
            if (n.rank != rank)
                continue;
            double lo = 1e300;
            double hi = -1e300;
            QList<qint64> children = data.childrenOf(n.id);
            if (sideColumns.contains(n.id))
                children.append(sideColumns.value(n.id));
            for (qint64 child : std::as_const(children)) {
                if (!centres.contains(child))
                    continue;
                lo = std::min(lo, centres.value(child).x());
                hi = std::max(hi, centres.value(child).x());
            }
            if (lo > hi)
                continue;
            const double x = (lo + hi) / 2;
            bool fits = true;
            for (const LayoutNode &other : nodes) {
                if (other.rank != rank || other.id == n.id)
                    continue;
                const double needed = (n.size.width() + other.size.width()) / 2 + spacing;
                fits = fits && std::abs(centres.value(other.id).x() - x) >= needed;
            }
            if (fits)
                centres[n.id].setX(x);
        }
    }
}


// The input a work item stacks under: its first parent, when that is an input.
Id stackParentOf(const WorkspaceData &data, const Node &work)
{
    const QList<Id> parents = data.parentsOf(work.id);
    if (parents.isEmpty())
        return 0;
    const Node *parent = data.node(parents.constFirst());
    if (!parent || parent->kind != NodeKind::Input || parent->treeId != work.treeId)
        return 0;
    return parent->id;
}

bool hasSubInputs(const WorkspaceData &data, Id inputId)
{
    for (Id child : data.childrenOf(inputId)) {
        const Node *c = data.node(child);
        if (c && c->kind == NodeKind::Input)
            return true;
    }
    return false;
}

} // namespace

Result<TreeGeometry> TreeGeometry::compute(const WorkspaceData &data, Id treeId,
                                           const CardStyle &style, const NodeNumbers &numbers)
{
    TreeGeometry g;
    g.m_order = layoutOrder(data, treeId);
    if (g.m_order.isEmpty())
        return g;
    g.m_ranks = ranks(data, g.m_order);

    // Stacks: work items under their input, in model order. Stacked cards share one height.
    QHash<Id, QList<Id>> stacks;
    double workHeight = 0.0;
    QHash<Id, QSizeF> sizes;
    for (Id id : std::as_const(g.m_order)) {
        const Node &node = *data.node(id);
        const auto known = numbers.constFind(id);
        sizes.insert(id, cardSize(style, cardContent(data, node, known != numbers.cend() ? &*known : nullptr)));
        if (node.kind != NodeKind::Work)
            continue;
        if (const Id parent = stackParentOf(data, node)) {
            g.m_stackParent.insert(id, parent);
            g.m_ranks.insert(id, g.m_ranks.value(parent) + 1);
            stacks[parent].append(id);
            workHeight = std::max(workHeight, sizes.value(id).height());
        }
    }

    // An input with sub-inputs cannot carry its stack in its own block (the column would run
    // into the sub-inputs' row). Its work goes into a column of its own on the row below,
    // laid out as the input's last child, so it sits next to the sub-inputs, right under
    // its input, instead of on a distant bottom row. Column ids are the input's id negated.
    QHash<Id, qint64> sideColumns;
    for (auto it = stacks.cbegin(); it != stacks.cend(); ++it) {
        if (hasSubInputs(data, it.key()))
            sideColumns.insert(it.key(), -it.key());
    }
    const auto stackHeight = [&](qsizetype count) {
        return style.stackTopGap + count * workHeight + (count - 1) * style.stackGap;
    };

    // Blocks for the layout: every card not stacked, with its stack below it.
    QList<LayoutNode> nodes;
    QHash<int, double> rowHeight;
    for (Id id : std::as_const(g.m_order)) {
        if (g.m_stackParent.contains(id))
            continue;
        const int r = g.m_ranks.value(id);
        rowHeight[r] = std::max(rowHeight.value(r), sizes.value(id).height());
    }
    QHash<int, double> blockHeight;
    QList<LayoutNode> columns;
    for (Id id : std::as_const(g.m_order)) {
        if (g.m_stackParent.contains(id))
            continue;
        LayoutNode n;
        n.id = id;
        n.rank = g.m_ranks.value(id);
        double width = sizes.value(id).width();
        double height = rowHeight.value(n.rank);
        const qsizetype count = stacks.value(id).size();
        if (count > 0 && !sideColumns.contains(id)) {
            width = std::max(width, style.stackIndent + style.workWidth);
            height += stackHeight(count);
        }
        n.size = QSizeF(width, height);
        blockHeight[n.rank] = std::max(blockHeight.value(n.rank), height);
        nodes.append(n);
        if (sideColumns.contains(id)) {
            // After the input's own children: its last child, right of the sub-inputs.
            LayoutNode column;
            column.id = sideColumns.value(id);
            column.rank = n.rank + 1;
            column.size = QSizeF(style.stackIndent + style.workWidth, stackHeight(count) - style.stackTopGap);
            blockHeight[column.rank] = std::max(blockHeight.value(column.rank), column.size.height());
            columns.append(column);
        }
    }
    // Graphviz orders siblings by their position in `nodes`: columns last.
    nodes.append(columns);
    QList<LayoutEdge> edges;
    for (const LayoutNode &n : std::as_const(nodes)) {
        if (n.id < 0) {
            edges.append({n.id, -n.id});
            continue;
        }
        for (Id parent : data.parentsOf(n.id)) {
            if (sizes.contains(parent) && !g.m_stackParent.contains(parent))
                edges.append({n.id, parent});
        }
    }

    // Pinned nodes take part in the automatic layout as if they were not pinned (so the rest
    // keeps its shape and unpinning puts a node back in its slot); only their own rectangle
    // comes from the stored centre. Passing them to layoutTree as pinned would translate the
    // whole unpinned tree after every hand-moved card.
    LayoutOptions options;
    options.nodeSpacing = style.nodeSpacing;
    options.rankSpacing = style.rankSpacing;
    auto centres = layoutTree(nodes, edges, options);
    if (!centres)
        return fail(centres.error());
    centreParents(data, nodes, centres.value(), style.nodeSpacing, sideColumns);

    // Graphviz centres blocks of different heights on one line; rows read better with
    // aligned tops, so y comes from the rows' heights.
    int deepest = 0;
    for (const LayoutNode &n : std::as_const(nodes))
        deepest = std::max(deepest, n.rank);
    QHash<int, double> rowTop;
    double y = 0.0;
    for (int r = 0; r <= deepest; ++r) {
        rowTop.insert(r, y);
        if (blockHeight.contains(r))
            y += blockHeight.value(r) + style.rankSpacing;
    }

    for (const LayoutNode &n : std::as_const(nodes)) {
        const double left = centres->value(n.id).x() - n.size.width() / 2;
        if (n.id < 0) {
            // A side column: its connectors come down from the input to the spine's top.
            double top = rowTop.value(n.rank);
            const QPointF spineTop(left + style.stackIndent / 2, top - style.stackTopGap);
            for (Id work : stacks.value(-n.id)) {
                g.m_rects.insert(work, QRectF(left + style.stackIndent, top, style.workWidth, workHeight));
                g.m_spineTop.insert(work, spineTop);
                top += workHeight + style.stackGap;
            }
            continue;
        }
        const QRectF card(left, rowTop.value(n.rank), sizes.value(n.id).width(), rowHeight.value(n.rank));
        g.m_rects.insert(n.id, card);
        double top = card.bottom() + style.stackTopGap;
        for (Id work : sideColumns.contains(n.id) ? QList<Id>() : stacks.value(n.id)) {
            g.m_rects.insert(work, QRectF(card.left() + style.stackIndent, top, style.workWidth, workHeight));
            top += workHeight + style.stackGap;
        }
    }
    for (auto it = g.m_rects.begin(); it != g.m_rects.end(); ++it) {
        const Node &node = *data.node(it.key());
        if (node.pinned)
            it.value().moveCenter(node.position);
    }
    return g;
}

std::optional<QPointF> TreeGeometry::spineTop(Id workId) const
{
    const auto it = m_spineTop.constFind(workId);
    return it != m_spineTop.cend() ? std::optional<QPointF>(*it) : std::nullopt;
}

QRectF TreeGeometry::boundingRect() const
{
    QRectF r;
    for (const QRectF &rect : m_rects)
        r = r.isNull() ? rect : r.united(rect);
    return r;
}

} // namespace NorthStar
