#pragma once

// Workshop lint: the checks a North Star coach makes on a tree (Playbook rules of thumb),
// computed from the model alone. Cheap enough to run after every edit.

#include "model/workspacedata.h"

#include <QList>
#include <QString>

namespace NorthStar::Lint {

enum class Severity { Info, Warning, Error };

struct Finding final
{
    Severity severity = Severity::Warning;
    QString rule;     // stable key, e.g. "input-no-work"; see the rule list in lint.cpp
    QString message;  // translated, names the node: "Activation rate: no work under this input (gap)"
    Id nodeId = 0;    // the node it concerns; the North Star for tree-wide findings (0 if none)

    bool operator==(const Finding &) const = default;
};

// The findings for one tree, in a stable order: tree-wide findings first, then node by node
// from the North Star down (depth first, children in id order), then nodes not reachable
// from it. Empty for an unknown tree.
QList<Finding> lintTree(const WorkspaceData &data, Id treeId);

QString toKey(Severity severity);          // "error", "warning", "info" (command line)
QString displayName(Severity severity);    // translated

} // namespace NorthStar::Lint
