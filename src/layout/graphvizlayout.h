#pragma once

// Automatic layout of the North Star tree with Graphviz's `dot` (libgvc): top-down,
// layered, with few edge crossings.
//
// Contract:
// - Returns the center of every node, in scene pixels, y growing downward, the root on top.
// - Parents sit above their children; nodes of equal rank share a row (LayoutNode::rank).
// - Children appear left to right in the order they appear in `nodes`, where the crossing
//   minimisation allows it.
// - Same input, same output: the result depends only on the arguments (including order).
// - Pinned nodes: the whole graph is laid out, then the unpinned part is translated so that
//   it stays as close as possible to the pinned nodes (least squares), and every pinned node
//   keeps its pinnedCenter exactly. Unpinned nodes are not pushed away from pinned ones, so
//   a node pinned far from its laid-out place can overlap an unpinned node.
// - No pinned node: the drawing's bounding box has its top-left corner at options.origin.
// - Bad input (duplicate ids, edges to unknown nodes, cycles in rank, empty sizes) or a
//   Graphviz failure gives an error Result; there is no hand-written fallback layout.
// - Thread-safe: Graphviz keeps global state, so calls are serialised by a mutex.

#include "common/result.h"
#include "layout/layouttypes.h"

#include <QHash>
#include <QList>

namespace NorthStar {

Result<QHash<qint64, QPointF>> layoutTree(const QList<LayoutNode> &nodes,
                                          const QList<LayoutEdge> &edges,
                                          const LayoutOptions &options = {});

} // namespace NorthStar
