#pragma once

// What one card shows, read from the model: the card painter never sees the model, so the
// canvas and the exporter feed it the same values.

#include "model/types.h"
#include "render/cardnumbers.h"

#include <QString>

#include <optional>

namespace NorthStar {

class WorkspaceData;
struct Node;

// The room's dots on a card in the current workshop step (issue #11 §2), with its rank
// ("1.", "tied 2."): the canvas fills it while the room votes; exports leave it out (a slide
// shows the tree, the minutes show the votes).
struct CardVotes final
{
    int dots = 0;
    QString rank;

    bool operator==(const CardVotes &) const = default;
};

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
    // Live numbers (issue #4): set when the card has room for them, even before they arrive,
    // so answers fill the card without moving the tree. Unset: the calm card without numbers.
    std::optional<CardNumbers> numbers;
    // A work item's confidence: low is outlined dashed with a "Low confidence" line, medium
    // with long dashes.
    Confidence confidence = Confidence::Unset;
    std::optional<CardVotes> votes;
};

// `numbers`: what the canvas or the exporter know for this node (null: no numbers block).
CardContent cardContent(const WorkspaceData &data, const Node &node, const CardNumbers *numbers = nullptr);

// Whether any work item hangs under this node (directly or through sub-inputs).
bool hasWorkBelow(const WorkspaceData &data, Id nodeId);

} // namespace NorthStar
