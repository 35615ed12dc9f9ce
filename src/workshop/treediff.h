#pragma once

// What changed between two states of a tree (two saved versions, or a version and the tree
// now): every item added, removed, renamed, moved to another parent, re-weighted (the
// leverage of its link), given another kind or dimension, another work status or ship date,
// another target or another confidence, each with a sentence in words (docs/versions.md).

#include "model/workspacedata.h"

#include <QList>
#include <QString>

namespace NorthStar {

struct TreeChange final
{
    enum class Kind {
        Added,
        Removed,
        Renamed,
        Moved,
        Reweighted,
        KindChanged,
        DimensionChanged,
        StatusChanged,
        ShipDateChanged,
        TargetChanged,
        ConfidenceChanged,  // of a work item, or of a link that is in both
    };

    Kind kind = Kind::Added;
    Id nodeA = 0;  // the item in the first tree (0 when added)
    Id nodeB = 0;  // the item in the second tree (0 when removed)
    QString item;  // its name (in the second tree, or in the first when removed)
    QString text;  // the change in words
};

struct TreeDiff final
{
    QList<TreeChange> changes;

    bool isEmpty() const { return changes.isEmpty(); }
};

// The changes from tree `treeA` of `a` to tree `treeB` of `b`. Items are matched by node id
// (ids survive within a workspace, in its versions too), then, for items made again, a
// metric node by its catalog record's id, then any item by kind and title. The order is the
// second tree's (from the North Star down, children in the order they were linked, then the
// unconnected items), then the removed items in the first tree's order.
TreeDiff diffTrees(const WorkspaceData &a, Id treeA, const WorkspaceData &b, Id treeB);

// The key of a kind of change ("added", "moved", ...), for scripts and tests.
QString toKey(TreeChange::Kind kind);

} // namespace NorthStar
