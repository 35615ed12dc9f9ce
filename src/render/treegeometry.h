#pragma once

// Where every card of one tree goes: pinned nodes at their stored centre, the others where
// the automatic layout (layoutTree, Graphviz) puts them; card sizes from the card style.
// Cards on one row share a height so rows line up.

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
    // The union of the cards (no margins, no shadows).
    QRectF boundingRect() const;

private:
    QHash<Id, QRectF> m_rects;
    QHash<Id, int> m_ranks;
    QList<Id> m_order;
};

} // namespace NorthStar
