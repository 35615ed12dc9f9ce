#pragma once

// A tree's saved versions as data: what a version holds (the tree format's JSON with the
// workspace's own ids, see TreeVersion) and reading it back into a workspace of its own.

#include "common/result.h"
#include "model/workspacedata.h"

#include <QByteArray>

namespace NorthStar::TreeVersions {

// The tree `treeId` as a version keeps it: its record, nodes, edges, candidates and the
// catalog records they and its guardrail show, with their ids (compact fragment JSON).
QByteArray snapshot(const WorkspaceData &data, Id treeId);

// The version's tree as a workspace of its own: one tree (its id is the fragment's, not the
// live tree's) whose nodes and metrics have the ids they had when it was saved. Refuses a
// fragment that cannot be read, naming the version.
Result<WorkspaceData> content(const TreeVersion &version);

// The one tree of content(): its id (0 when there is none).
Id treeOf(const WorkspaceData &content);

} // namespace NorthStar::TreeVersions
