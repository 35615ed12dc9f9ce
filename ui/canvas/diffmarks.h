#pragma once

// What the canvas marks while two states of a tree are compared (issue #11 §3): per card and
// per connector of the tree on screen, the kinds of change it went through, and the cards
// that are gone, drawn as faded ghosts. Plain values: the versions panel fills them from a
// TreeDiff (versions/changemarks.h), the scene only draws them.

#include "model/types.h"
#include "render/cardcontent.h"

#include <QFlags>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

namespace NorthStar {

enum class DiffMark {
    None = 0,
    Added = 1 << 0,      // a card or connector that is new
    Renamed = 1 << 1,
    Moved = 1 << 2,      // another parent (also connected or disconnected)
    Reweighted = 1 << 3, // a connector's leverage (its child card carries it too)
    Changed = 1 << 4,    // kind, dimension, work status, ship date or target
};
Q_DECLARE_FLAGS(DiffMarkSet, DiffMark)
Q_DECLARE_OPERATORS_FOR_FLAGS(DiffMarkSet)

// A card that the shown side no longer has, as it was on the other side.
struct DiffGhost final
{
    Id nodeId = 0;         // its id on the side it comes from
    CardContent content;   // what it showed there
    // Where it stood: its rectangle in that side's layout, and the nearest card up its
    // chain that the shown side still has (0: none) with that card's rectangle there, so
    // the ghost can stand in the same place relative to it.
    QRectF rect;
    Id anchorId = 0;
    QRectF anchorRect;
    Id parentId = 0;       // the shown card it hung under (0: none shown), for a dashed link
};

struct DiffMarks final
{
    QHash<Id, DiffMarkSet> nodes;  // cards of the shown tree
    QHash<Id, DiffMarkSet> edges;  // connectors of the shown tree
    QList<DiffGhost> ghosts;

    bool isEmpty() const { return nodes.isEmpty() && edges.isEmpty() && ghosts.isEmpty(); }
    DiffMarkSet node(Id id) const { return nodes.value(id); }
    DiffMarkSet edge(Id id) const { return edges.value(id); }
};

// The badges a card or connector shows, in reading order: "new", "renamed", "moved",
// "weight", "changed" (translated).
QStringList diffBadges(DiffMarkSet marks);
// The badge of a removed card.
QString removedBadge();

} // namespace NorthStar
