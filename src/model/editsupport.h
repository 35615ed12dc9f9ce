#pragma once

// Helpers shared by the Edit:: implementation files; not part of the facade.

#include "model/changeset.h"
#include "model/workspacedata.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

namespace NorthStar {

class Document;

namespace EditSupport {

// The translation context of every edit's undo text and default name.
struct EditText final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Edit)
};

// A catalog name not used yet: "New input", "New input 2", ...
QString uniqueMetricName(const WorkspaceData &data, const QString &base,
                         const QSet<QString> &alsoTaken = {});
const Metric *metricNamed(const WorkspaceData &data, const QString &name);

Metric makeMetric(Document &doc, const QString &name, Dimension dimension = Dimension::None);
Node makeMetricNode(Document &doc, Id treeId, NodeKind kind, Id metricId);
Node makeWorkNode(Document &doc, Id treeId, const QString &title);
Edge makeEdge(Document &doc, Id treeId, Id childId, Id parentId);

// Brings the metrics a fragment refers to into the workspace: the same record when the
// workspace already has one of that name (one canonical record per metric), otherwise a new
// one. `copyIds` lists fragment metric ids that must be copied under a fresh name. Returns
// fragment metric id -> workspace metric id.
QHash<Id, Id> importMetrics(Document &doc, const WorkspaceData &fragment, ChangeSet &change,
                            const QSet<Id> &copyIds = {});

// Removes the blank metrics among `metricIds` (no definition, no computation) that nothing
// will reference once `change` is applied, with their annotations and review notes.
void dropOrphanedMetrics(const WorkspaceData &data, ChangeSet &change, const QSet<Id> &metricIds);

// Removes the votes of tree `treeId` on the given items (nodes that go, or the metrics of
// candidates that go): a vote on nothing would count in no tally and confuse the minutes.
void dropVotesOn(const WorkspaceData &data, ChangeSet &change, Id treeId, const QSet<Id> &itemIds);

} // namespace EditSupport
} // namespace NorthStar
