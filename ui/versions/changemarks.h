#pragma once

// From the changes between two states of a tree (diffTrees) to what the canvas marks on the
// second one (DiffMarks): each change's item gets its kind's mark, connectors that are new,
// lead elsewhere or weigh differently are marked too, and removed items become ghosts placed
// where they stood in the first state's layout.

#include "canvas/diffmarks.h"
#include "render/cardstyle.h"
#include "workshop/treediff.h"

namespace NorthStar {

class WorkspaceData;

// The mark a kind of change puts on its item (kind, dimension, status, ship date and target
// changes are all "changed"; a removal is a ghost, not a mark: None).
DiffMarkSet markOf(TreeChange::Kind kind);

// `diff` is diffTrees(a, treeA, b, treeB); the marks are for tree `treeB` of `b`, ghosts laid
// out with `style` (the canvas's).
DiffMarks changeMarks(const TreeDiff &diff, const WorkspaceData &a, Id treeA, const WorkspaceData &b, Id treeB,
                      const CardStyle &style);

} // namespace NorthStar
