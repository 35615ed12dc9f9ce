#pragma once

// WorkspaceData as JSON, the tree format of docs/tree-format.md: the clipboard format (copy
// and paste, also between workspaces), the bundled templates, and the tree files teams keep
// in version control (`northstar tree export` / `import`).

#include "common/result.h"
#include "model/workspacedata.h"

#include <QJsonObject>
#include <QList>

namespace NorthStar {

// The version fragmentToJson writes; fragmentFromJson reads it and every older one.
// Version 2: targets are objects, guardrail bounds, numeric impacts, annotations, review
// notes and candidates. Version 3: confidence on links and work items, the parking lot and
// (in saved versions) the votes.
inline constexpr int fragmentFormatVersion = 3;

// At most one tree: its record, and the candidates, review notes, parked ideas and votes of it.
QJsonObject fragmentToJson(const WorkspaceData &data);
// Refuses JSON that is not a fragment, comes from a newer version or is malformed (wrong
// types, missing ids, dangling references), naming the JSON path of the first problem.
Result<WorkspaceData> fragmentFromJson(const QJsonObject &json);

// The selected nodes, the edges among them, the metrics they show and those metrics'
// annotations (what copy puts on the clipboard).
WorkspaceData extractFragment(const WorkspaceData &data, const QList<Id> &nodeIds);

// One whole tree, as a tree file holds it: its record, nodes, edges and candidates, the
// metrics they and its guardrail show with their annotations, its review notes and its
// parking lot (not its votes: they belong to workshops, which stay in the workspace).
// Metrics and nodes are numbered from 1 in the order they were made, so the same tree gives
// the same file in any workspace. The result is what fragmentFromJson reads back.
WorkspaceData extractTree(const WorkspaceData &data, Id treeId);

} // namespace NorthStar
