#pragma once

// Tree files: one tree of a workspace as JSON in the tree format (docs/tree-format.md,
// model/fragmentjson.h), for keeping a tree in version control and moving it between
// workspaces (`northstar tree export` / `import`, `northstar new --template FILE.json`).

#include "common/result.h"
#include "model/workspacedata.h"

#include <QByteArray>
#include <QString>

namespace NorthStar::TreeFile {

inline constexpr QLatin1StringView suffix{"json"};

// The tree `treeId` of `workspace` as a file's text: indented JSON with sorted keys, ending
// in a newline; the same tree gives the same text (extractTree).
QByteArray serialize(const WorkspaceData &workspace, Id treeId);
// Writes serialize() to `path`, built beside it and renamed into place when complete: a
// failed write leaves what was there.
Result<void> write(const QString &path, const WorkspaceData &workspace, Id treeId);

// The fragment a tree file holds, for Edit::addTree. JSON that is not valid says where
// (line and column); a malformed tree file names the JSON path of the problem.
Result<WorkspaceData> parse(const QByteArray &text);
// parse() of the file at `path`; every message starts with the file's name.
Result<WorkspaceData> read(const QString &path);

// The name a tree from a file gets: the file's tree name, else the file's base name.
QString treeName(const WorkspaceData &fragment, const QString &path);

} // namespace NorthStar::TreeFile
