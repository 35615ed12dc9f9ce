#include "versions/changemarks.h"

#include "model/workspacedata.h"
#include "render/cardcontent.h"
#include "render/treegeometry.h"

#include <QSet>

namespace NorthStar {
namespace {

// Which node of one side is which of the other: diffTrees pairs items by id first, so ids in
// both trees are the same item unless a change pairs them differently (an item made again).
class NodePairs final
{
public:
    NodePairs(const TreeDiff &diff, const WorkspaceData &a, Id treeA, const WorkspaceData &b, Id treeB)
    {
        QSet<Id> inA;
        for (const Node &n : a.nodesOfTree(treeA))
            inA.insert(n.id);
        for (const TreeChange &c : diff.changes) {
            if (c.nodeA != 0 && c.nodeB != 0)
                pair(c.nodeA, c.nodeB);
            else if (c.nodeA != 0)
                m_removed.insert(c.nodeA);
            else if (c.nodeB != 0)
                m_added.insert(c.nodeB);
        }
        for (const Node &n : b.nodesOfTree(treeB)) {
            if (!m_toA.contains(n.id) && !m_added.contains(n.id) && inA.contains(n.id) && !m_toB.contains(n.id))
                pair(n.id, n.id);
        }
    }

    Id toA(Id b) const { return m_toA.value(b, 0); }
    Id toB(Id a) const { return m_toB.value(a, 0); }
    bool isAdded(Id b) const { return m_added.contains(b); }

private:
    void pair(Id a, Id b)
    {
        m_toA.insert(b, a);
        m_toB.insert(a, b);
    }

    QHash<Id, Id> m_toA;
    QHash<Id, Id> m_toB;
    QSet<Id> m_added;
    QSet<Id> m_removed;
};

void markEdges(DiffMarks &marks, const NodePairs &pairs, const WorkspaceData &a, const WorkspaceData &b, Id treeB)
{
    for (const Edge &e : b.edgesOfTree(treeB)) {
        const Id childA = pairs.toA(e.childId);
        const Id parentA = pairs.toA(e.parentId);
        const std::optional<Edge> before = childA && parentA ? a.edgeBetween(childA, parentA) : std::nullopt;
        if (!before)
            marks.edges.insert(e.id, pairs.isAdded(e.childId) ? DiffMark::Added : DiffMark::Moved);
        else if (before->leverage != e.leverage)
            marks.edges.insert(e.id, DiffMark::Reweighted);
    }
}

// The removed items as ghosts, with where they stood in the first side's layout relative to
// the nearest card up their chain that the second side still has.
void addGhosts(DiffMarks &marks, const TreeDiff &diff, const NodePairs &pairs, const WorkspaceData &a, Id treeA,
               const CardStyle &style)
{
    TreeGeometry geometry;
    if (auto computed = TreeGeometry::compute(a, treeA, style))
        geometry = std::move(*computed);
    for (const TreeChange &c : diff.changes) {
        if (c.kind != TreeChange::Kind::Removed)
            continue;
        const Node *node = a.node(c.nodeA);
        if (!node)
            continue;
        DiffGhost ghost;
        ghost.nodeId = node->id;
        ghost.content = cardContent(a, *node);
        ghost.rect = geometry.nodeRect(node->id);
        const QList<Id> parents = a.parentsOf(node->id);
        ghost.parentId = parents.isEmpty() ? 0 : pairs.toB(parents.constFirst());
        // Up the first-parent chain (each node once) to a card that is still there.
        QSet<Id> seen{node->id};
        for (QList<Id> up = parents; !up.isEmpty() && !seen.contains(up.constFirst());
             up = a.parentsOf(up.constFirst())) {
            const Id idA = up.constFirst();
            seen.insert(idA);
            if (const Id idB = pairs.toB(idA)) {
                ghost.anchorId = idB;
                ghost.anchorRect = geometry.nodeRect(idA);
                break;
            }
        }
        marks.ghosts.append(ghost);
    }
}

} // namespace

DiffMarkSet markOf(TreeChange::Kind kind)
{
    switch (kind) {
    case TreeChange::Kind::Added: return DiffMark::Added;
    case TreeChange::Kind::Removed: return DiffMark::None;
    case TreeChange::Kind::Renamed: return DiffMark::Renamed;
    case TreeChange::Kind::Moved: return DiffMark::Moved;
    case TreeChange::Kind::Reweighted: return DiffMark::Reweighted;
    case TreeChange::Kind::KindChanged:
    case TreeChange::Kind::DimensionChanged:
    case TreeChange::Kind::StatusChanged:
    case TreeChange::Kind::ShipDateChanged:
    case TreeChange::Kind::TargetChanged:
    case TreeChange::Kind::ConfidenceChanged: return DiffMark::Changed;
    }
    return DiffMark::None;
}

DiffMarks changeMarks(const TreeDiff &diff, const WorkspaceData &a, Id treeA, const WorkspaceData &b, Id treeB,
                      const CardStyle &style)
{
    DiffMarks marks;
    const NodePairs pairs(diff, a, treeA, b, treeB);
    for (const TreeChange &c : diff.changes) {
        if (c.nodeB != 0 && markOf(c.kind).toInt() != 0)
            marks.nodes[c.nodeB] |= markOf(c.kind);
    }
    markEdges(marks, pairs, a, b, treeB);
    addGhosts(marks, diff, pairs, a, treeA, style);
    return marks;
}

} // namespace NorthStar
