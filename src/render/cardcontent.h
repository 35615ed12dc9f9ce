#pragma once

// What one card shows, read from the model: the card painter never sees the model, so the
// canvas and the exporter feed it the same values.

#include "model/types.h"

#include <QString>

namespace NorthStar {

class WorkspaceData;
struct Node;

struct CardContent final
{
    NodeKind kind = NodeKind::Input;
    QString label;   // the kind in small caps: "NORTH STAR", "INPUT", "EXPERIMENT", ...
    QString name;
    QString owner;
    Dimension dimension = Dimension::None;
    WorkStatus status = WorkStatus::Idea;
    // An input with no work anywhere under it: the gap the workshop has to fill.
    bool gap = false;
};

CardContent cardContent(const WorkspaceData &data, const Node &node);

// Whether any work item hangs under this node (directly or through sub-inputs).
bool hasWorkBelow(const WorkspaceData &data, Id nodeId);

} // namespace NorthStar
