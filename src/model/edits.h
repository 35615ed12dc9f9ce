#pragma once

// Every user edit of a workspace, as free functions (the facade Subsurface calls
// Command::). Each builds one ChangeSet from the document's current state and pushes it as
// one undo step; widgets never construct undo commands themselves. Functions that create a
// node return its id (0 when nothing was done, e.g. the edit does not apply to that node).

#include "common/result.h"
#include "model/entities.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPointF>

namespace NorthStar {

class Document;
class WorkspaceData;

namespace Edit {

// Keyboard-first tree building (mind-mapping conventions):
// Tab on the North Star adds an input, on an input a work item, on a work item another work
// item under the same input. Enter adds a sibling of the same kind under the same parent.
Id addChild(Document &doc, Id parentId);
Id addSibling(Document &doc, Id nodeId);
Id addSubInput(Document &doc, Id parentInputId);
// A free node of the given kind on the current tree (toolbar, context menu); inputs and work
// items start unconnected.
Id addNode(Document &doc, NodeKind kind, std::optional<QPointF> position = std::nullopt);

void renameNode(Document &doc, Id nodeId, const QString &name);
// Deletes the nodes with their sub-inputs and the work that serves nothing else; catalog
// metrics no longer shown anywhere go too, with their annotations and review notes (and
// come back on undo).
void deleteNodes(Document &doc, const QList<Id> &nodeIds);

// Makes `childId` drive `parentId`. Returns false (and changes nothing) when the link would
// close a cycle, already exists, or breaks the tree's shape (a work item cannot be a parent;
// the North Star cannot be a child).
bool connectNodes(Document &doc, Id childId, Id parentId);
void disconnectEdge(Document &doc, Id edgeId);

// Manual placement: the nodes are pinned at the given centres. One call is one undo step.
void moveNodes(Document &doc, const QHash<Id, QPointF> &centres);
// Back to automatic layout.
void unpinNodes(Document &doc, const QList<Id> &nodeIds);

// Property edits. `mergeKey` merges consecutive edits of one field into one step.
void updateMetric(Document &doc, const Metric &after, const QString &mergeKey = {});
void updateNode(Document &doc, const Node &after, const QString &mergeKey = {});
void updateEdge(Document &doc, const Edge &after, const QString &mergeKey = {});
void updateTree(Document &doc, const Tree &after, const QString &mergeKey = {});
void setSetting(Document &doc, const QString &key, const QString &value);

// Trees. `fragment` (from a template, a tree file or a paste) is added with fresh ids, with
// its candidates, review notes and annotations. A fragment metric whose name the catalog
// has shares that record (the record's fields stay); the others get records of their own.
// Annotations go to those records, except one the record has already (same date and text).
Id addTree(Document &doc, const WorkspaceData &fragment, const QString &name);
Id addEmptyTree(Document &doc, const QString &name);
// With its nodes, edges, candidates, review notes and versions, and the metrics no longer shown
// anywhere (as deleteNodes).
void removeTree(Document &doc, Id treeId);

// Candidate North Stars and their checklists.
Id addCandidate(Document &doc, Id treeId, const QString &metricName);
void setAnswer(Document &doc, Id candidateId, ChecklistItem item, Answer answer);
void setCandidateNotes(Document &doc, Id candidateId, const QString &notes);
void chooseCandidate(Document &doc, Id candidateId);
void removeCandidate(Document &doc, Id candidateId);
// The guardrail, created in the catalog when no metric has that name yet; an empty name
// removes the guardrail and its bound.
void setGuardrail(Document &doc, Id treeId, const QString &metricName);

// Pastes nodes (with the edges among them) into the current tree, offset so they do not
// cover the originals. Metrics are shared with the source unless this tree already shows
// them, in which case they are copied, with their annotations (a shared record gets only
// those it lacks: nothing is duplicated). Returns the new node ids.
QList<Id> paste(Document &doc, const WorkspaceData &fragment, QPointF offset);

// Annotations: dated notes on a metric, or on the whole workspace (metricId 0). An
// annotation needs a valid date, text and a metric of the catalog (or 0); addAnnotation
// returns 0 and does nothing otherwise.
Id addAnnotation(Document &doc, QDate date, const QString &text, Id metricId = 0);
void updateAnnotation(Document &doc, const Annotation &after, const QString &mergeKey = {});
void removeAnnotation(Document &doc, Id annotationId);

// The note of one review (metricId 0: the review as a whole): creates it, changes its text,
// or removes it when the text becomes empty (blank). There is at most one note per tree,
// metric, period and grain.
void setReviewNote(Document &doc, Id treeId, Id metricId, QDate period, ReviewGrain grain,
                   const QString &text, const QString &mergeKey = {});

// Saved versions of a tree (docs/versions.md). A version's name is not empty and unique
// among the tree's versions (case-insensitive); saveVersion and renameVersion refuse
// anything else with a message and change nothing. saveVersion returns the version's id.
Result<Id> saveVersion(Document &doc, Id treeId, const QString &name);
Result<void> renameVersion(Document &doc, Id versionId, const QString &name);
void removeVersion(Document &doc, Id versionId);
// Gives the version's tree its content back, in one undo step: nodes, edges, candidates, the
// game, guardrail and its bound. The tree keeps its id, name and place; nodes keep their ids.
// A catalog record the version shows is the workspace's record of that id when there still
// is one (records are shared, so it is not rewritten), else the one of that name, else it
// comes back as the version has it. Refuses a version whose content cannot be read.
Result<void> restoreVersion(Document &doc, Id versionId);

} // namespace Edit
} // namespace NorthStar
