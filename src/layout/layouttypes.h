#pragma once

// Plain values the automatic layout works on. The canvas turns its tree into these, asks
// layoutTree() (graphvizlayout.h) for centers and moves its items; the layout never sees a
// widget or a model object.

#include <QPointF>
#include <QSizeF>
#include <QtGlobal>

namespace NorthStar {

struct LayoutNode final
{
    qint64 id = 0;
    QSizeF size;          // the item's bounding rectangle in scene pixels
    // The layer the node belongs to: 0 = the North Star, 1 = its inputs, deeper = sub-inputs,
    // and work items on the deepest layer. All nodes with the same rank share one row, so
    // giving every work item of a tree the same rank puts them on a common bottom row, and
    // an orphan (a node without edges) still lands on its own row instead of floating to
    // the top. A child's rank must be greater than each of its parents' ranks.
    int rank = 0;
    // "Manual placement is remembered": a pinned node keeps pinnedCenter exactly.
    bool pinned = false;
    QPointF pinnedCenter;
};

// child serves parent (an input of the North Star, a work item of an input, ...). A child
// may have several parents (a work item serving several inputs).
struct LayoutEdge final
{
    qint64 child = 0;
    qint64 parent = 0;
};

struct LayoutOptions final
{
    double nodeSpacing = 40.0; // pixels between neighbours on one row (Graphviz nodesep)
    double rankSpacing = 80.0; // pixels between the bottom of one row and the top of the next
                               // (Graphviz ranksep)
    // Where the top-left corner of the laid-out drawing goes when no node is pinned.
    QPointF origin;
};

} // namespace NorthStar
