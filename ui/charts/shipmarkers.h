#pragma once

// The work items whose ship dates a node's chart marks: the work items below the node in
// its tree (direct children of an input; for the North Star, everything that drives it).
// Items with a ship date count whatever their status; the chart styles them by status
// (shipped: solid; planned or in progress: dashed), so a planned launch reads as a plan.

#include "model/types.h"

#include <QDate>
#include <QList>
#include <QString>

namespace NorthStar {
class WorkspaceData;
}

namespace NorthStar::Charts {

struct ShipMarker final
{
    QDate date;
    QString title;
    WorkStatus status = WorkStatus::Shipped;

    bool operator==(const ShipMarker &) const = default;
};

// Sorted by date, then title.
QList<ShipMarker> shipMarkersFor(const WorkspaceData &data, Id nodeId);

} // namespace NorthStar::Charts
