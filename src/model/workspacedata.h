#pragma once

// Everything a workspace's model holds, as one value: what the file stores, what templates
// produce, what lint reads. WorkspaceModel wraps it with change notification.

#include "model/entities.h"

#include <QList>
#include <QMap>

namespace NorthStar {

class WorkspaceData final
{
public:
    QMap<Id, Metric> metrics;
    QMap<Id, Tree> trees;
    QMap<Id, Node> nodes;
    QMap<Id, Edge> edges;
    QMap<Id, Candidate> candidates;
    QMap<Id, Annotation> annotations;
    QMap<Id, ReviewNote> reviewNotes;
    QMap<Id, TreeVersion> versions;
    QMap<Id, Workshop> workshops;
    QMap<Id, Vote> votes;
    QMap<Id, ParkedIdea> parkedIdeas;
    QMap<QString, QString> settings;

    // Ids are never reused within a workspace, so undo can bring an entity back unchanged.
    Id nextId = 1;
    Id allocateId() { return nextId++; }
    void recomputeNextId();

    const Metric *metric(Id id) const;
    const Tree *tree(Id id) const;
    const Node *node(Id id) const;
    const Edge *edge(Id id) const;

    QList<Tree> treesInOrder() const;
    const Tree *treeNamed(const QString &name) const;
    // The catalog record called exactly `name` (the one a fragment's metric of that name shares).
    const Metric *metricNamed(const QString &name) const;
    QList<Node> nodesOfTree(Id treeId) const;
    QList<Edge> edgesOfTree(Id treeId) const;
    QList<Candidate> candidatesOfTree(Id treeId) const;
    // Annotations on one metric (metricId 0: on the whole workspace), by date.
    QList<Annotation> annotationsOf(Id metricId) const;
    QList<ReviewNote> reviewNotesOfTree(Id treeId) const;
    // The note of one review (metricId 0: the review as a whole), else nullptr.
    const ReviewNote *reviewNote(Id treeId, Id metricId, QDate period, ReviewGrain grain) const;
    const Node *northStarOf(Id treeId) const;
    // The saved versions of a tree, oldest first; the one called `name` (case-insensitive).
    QList<TreeVersion> versionsOfTree(Id treeId) const;
    const TreeVersion *versionNamed(Id treeId, const QString &name) const;
    // Workshops of a tree, oldest first; the one running on it (not finished), else nullptr.
    QList<Workshop> workshopsOfTree(Id treeId) const;
    const Workshop *runningWorkshop(Id treeId) const;
    // The votes of one step of a workshop (by item), of a whole workshop, of a tree.
    QList<Vote> votesOfStep(Id stepId) const;
    QList<Vote> votesOfWorkshop(Id workshopId) const;
    QList<Vote> votesOfTree(Id treeId) const;
    const Vote *vote(Id stepId, Id itemId) const;
    // The parking lot of a tree, in the order the ideas were raised.
    QList<ParkedIdea> parkedIdeasOfTree(Id treeId) const;

    // Parents and children follow edges (child -> parent).
    QList<Id> parentsOf(Id nodeId) const;
    QList<Id> childrenOf(Id nodeId) const;
    QList<Edge> edgesAt(Id nodeId) const;
    std::optional<Edge> edgeBetween(Id childId, Id parentId) const;
    // Whether making `childId` a child of `parentId` would close a cycle.
    bool wouldCreateCycle(Id childId, Id parentId) const;

    // How many nodes, in all trees, show this metric.
    int referencesTo(Id metricId) const;

    // A node's title as people read it: the metric's name for metric nodes.
    QString nodeTitle(const Node &node) const;
    QString nodeOwner(const Node &node) const;
    QString setting(const QString &key, const QString &fallback = {}) const;
};

} // namespace NorthStar
