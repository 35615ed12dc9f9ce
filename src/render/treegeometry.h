#pragma once

// Where every card of one tree goes: pinned nodes at their stored centre, the others from
// the automatic layout; card sizes from the card style.
//
// The North Star and the inputs are laid out by layoutTree (Graphviz) as blocks; each input's
// work items stack in a column under it (a list, as North Star trees are drawn on a wall),
// so a workshop tree stays about as wide as its inputs instead of one long row of work.
// Graphviz decides the left-to-right order and x; rows get aligned tops, and cards on one
// row share a height. Work under an input that has sub-inputs, and work serving nothing,
// goes on a bottom row instead.

#include "common/result.h"
#include "model/types.h"
#include "render/cardstyle.h"

#include <QHash>
#include <QList>
#include <QRectF>

namespace NorthStar {

class WorkspaceData;

class TreeGeometry final
{
public:
    static Result<TreeGeometry> compute(const WorkspaceData &data, Id treeId,
                                        const CardStyle &style);

    bool isEmpty() const { return m_rects.isEmpty(); }
    bool contains(Id nodeId) const { return m_rects.contains(nodeId); }
    QRectF nodeRect(Id nodeId) const { return m_rects.value(nodeId); }
    const QHash<Id, QRectF> &nodeRects() const { return m_rects; }
    // The layer of a node: 0 the North Star, 1 its inputs, deeper sub-inputs, work last.
    int rank(Id nodeId) const { return m_ranks.value(nodeId, -1); }
    // Depth-first from the North Star, children in model order; unconnected nodes last.
    const QList<Id> &order() const { return m_order; }
    // The input a work item is stacked under (0 when it is not stacked). Connectors to a
    // stacked card run down a spine on the input's left (edgePath's Stacked shape).
    Id stackParent(Id workId) const { return m_stackParent.value(workId); }
    // The union of the cards (no margins, no shadows).
    QRectF boundingRect() const;

private:
    QHash<Id, QRectF> m_rects;
    QHash<Id, int> m_ranks;
    QList<Id> m_order;
    QHash<Id, Id> m_stackParent;
};

} // namespace NorthStar
