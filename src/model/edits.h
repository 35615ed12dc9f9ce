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

// Workshops (docs/workshop.md). Times are passed in (the window's clock, a test's) so the
// model stays deterministic. startWorkshop takes the plan's name (empty: "Workshop N"),
// agenda, room size and dots; it refuses a tree that has one running already or an empty
// agenda, gives every step an id, starts the first at `now` and returns the workshop's id.
Result<Id> startWorkshop(Document &doc, Id treeId, Workshop plan, const QDateTime &now);
// Agenda edits (titles, prompts, timeboxes, steps added with id 0, removed or reordered),
// the room's size and dots. Steps removed take their votes with them; the current step stays
// the one it was when it is kept (else the one now at its place).
void updateWorkshop(Document &doc, const Workshop &after, const QString &mergeKey = {});
// Moves the room to step `index`: the step left ends at `now`, the one reached starts then
// unless it ran before (it keeps its first start). One undo step.
void goToStep(Document &doc, Id workshopId, int index, const QDateTime &now);
// Ends the current step and the workshop at `now`.
void finishWorkshop(Document &doc, Id workshopId, const QDateTime &now);
void removeWorkshop(Document &doc, Id workshopId);
void setStepDecisions(Document &doc, Id workshopId, Id stepId, const QString &text,
                      const QString &mergeKey = {});
// The room's dots on one item in one step (a node id, or a candidate's metric id); 0 removes
// the vote. Dots below 0 are 0. Returns false when the step or the item is unknown.
bool setVotes(Document &doc, Id workshopId, Id stepId, Id itemId, int dots);

// The parking lot. parkIdea returns 0 for empty text or an unknown tree.
Id parkIdea(Document &doc, Id treeId, const QString &text, const QDateTime &now);
void updateParkedIdea(Document &doc, const ParkedIdea &after, const QString &mergeKey = {});
void removeParkedIdea(Document &doc, Id ideaId);
// Makes an open idea a node of its tree, in one undo step: an input (a catalog metric named
// like the idea, shared when the catalog has one) or a work item titled like it, linked to
// `parentId` when given (as connectNodes allows), at `position` when given. The idea is kept,
// marked placed. Returns the node's id, 0 when nothing was done.
Id placeParkedIdea(Document &doc, Id ideaId, NodeKind kind, Id parentId = 0,
                   std::optional<QPointF> position = std::nullopt);

} // namespace Edit
} // namespace NorthStar
