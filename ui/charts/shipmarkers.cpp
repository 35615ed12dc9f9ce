#include "charts/shipmarkers.h"

#include "model/workspacedata.h"

#include <QSet>

#include <algorithm>

namespace NorthStar::Charts {

QList<ShipMarker> shipMarkersFor(const WorkspaceData &data, Id nodeId)
{
    QList<ShipMarker> markers;
    QSet<Id> seen{nodeId};
    QList<Id> pending = data.childrenOf(nodeId);
    while (!pending.isEmpty()) {
        const Id id = pending.takeLast();
        if (seen.contains(id))
            continue;  // a work item driving two inputs is marked once
        seen.insert(id);
        const Node *node = data.node(id);
        if (!node)
            continue;
        if (node->kind == NodeKind::Work && node->shipDate.isValid())
            markers.append({node->shipDate, node->title, node->status});
        pending.append(data.childrenOf(id));
    }
    std::sort(markers.begin(), markers.end(), [](const ShipMarker &a, const ShipMarker &b) {
        return a.date != b.date ? a.date < b.date : a.title < b.title;
    });
    return markers;
}

} // namespace NorthStar::Charts
