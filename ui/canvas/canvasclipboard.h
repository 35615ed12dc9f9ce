#pragma once

// Copy and paste of cards through the system clipboard: the selected nodes as a workspace
// fragment (fragmentjson.h) under our own MIME type, and their names as plain text for
// everything else (a chat, a document).

#include "model/workspacedata.h"

#include <QList>
#include <QString>

#include <optional>

namespace NorthStar::CanvasClipboard {

inline constexpr char fragmentMimeType[] = "application/x-northstar-fragment";

void copy(const WorkspaceData &data, const QList<Id> &nodeIds);
// The fragment on the clipboard; nullopt when there is none or it does not parse.
std::optional<WorkspaceData> fragment();
// Plain text on the clipboard (pasted as one card per line).
QString text();

} // namespace NorthStar::CanvasClipboard
