#pragma once

// WorkspaceData as JSON: the clipboard format (copy and paste, also between workspaces) and
// the format of the bundled templates.

#include "common/result.h"
#include "model/workspacedata.h"

#include <QJsonObject>
#include <QList>

namespace NorthStar {

QJsonObject fragmentToJson(const WorkspaceData &data);
Result<WorkspaceData> fragmentFromJson(const QJsonObject &json);

// The selected nodes, the edges among them and the metrics they show.
WorkspaceData extractFragment(const WorkspaceData &data, const QList<Id> &nodeIds);

} // namespace NorthStar
