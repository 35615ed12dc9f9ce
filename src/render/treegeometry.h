#pragma once

// Where every card of one tree goes: pinned nodes at their stored centre, the others from
// the automatic layout; card sizes from the card style.
//
// The North Star and the inputs are laid out by layoutTree (Graphviz) as blocks; each input's
// work items stack in a column under it (a list, as North Star trees are drawn on a wall),
// so a workshop tree stays about as wide as its inputs instead of one long row of work.
// Graphviz decides the left-to-right order and x; rows get aligned tops, and cards on one
// row share a height. Work under an input that has sub-inputs stacks in a column of its own
// on the row below the input, next to the sub-inputs (its connectors curve down from the
// input to the top of the column's spine); work serving nothing goes on a bottom row.

#include "common/result.h"
#include "model/types.h"
#include "render/cardnumbers.h"
#include "render/cardstyle.h"

#include <QHash>
#include <QList>
#include <QRectF>

#include <optional>

namespace NorthStar {

class WorkspaceData;

class TreeGeometry final
{
public:
    // Cards listed in `numbers` get room for their live numbers (whatever their state).
    static Result<TreeGeometry> compute(const WorkspaceData &data, Id treeId,
                                        const CardStyle &style, const NodeNumbers &numbers = {});

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
    // For work in a side column (under an input with sub-inputs): where its spine starts.
    std::optional<QPointF> spineTop(Id workId) const;
    // The union of the cards (no margins, no shadows).
    QRectF boundingRect() const;

private:
    QHash<Id, QRectF> m_rects;
    QHash<Id, int> m_ranks;
    QList<Id> m_order;
    QHash<Id, Id> m_stackParent;
    QHash<Id, QPointF> m_spineTop;
};

} // namespace NorthStar
