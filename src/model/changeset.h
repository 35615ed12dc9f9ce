#pragma once

// A change to a workspace, as values: for every touched entity its state before and after
// (absent before = added, absent after = removed). Applying it forwards or backwards is all
// undo and redo need; views learn from it exactly what changed.

#include "model/entities.h"

#include <QList>
#include <QSet>

#include <optional>

namespace NorthStar {

class WorkspaceData;

template<typename T>
struct EntityChange final
{
    std::optional<T> before;
    std::optional<T> after;

    EntityChange inverted() const { return {after, before}; }
};

class ChangeSet final
{
public:
    QList<EntityChange<Metric>> metrics;
    QList<EntityChange<Tree>> trees;
    QList<EntityChange<Node>> nodes;
    QList<EntityChange<Edge>> edges;
    QList<EntityChange<Candidate>> candidates;
    QList<EntityChange<Setting>> settings;
    QList<EntityChange<Annotation>> annotations;
    QList<EntityChange<ReviewNote>> reviewNotes;
    QList<EntityChange<TreeVersion>> versions;
    QList<EntityChange<Workshop>> workshops;
    QList<EntityChange<Vote>> votes;
    QList<EntityChange<ParkedIdea>> parkedIdeas;

    void add(const Metric &m) { metrics.append({std::nullopt, m}); }
    void add(const Tree &t) { trees.append({std::nullopt, t}); }
    void add(const Node &n) { nodes.append({std::nullopt, n}); }
    void add(const Edge &e) { edges.append({std::nullopt, e}); }
    void add(const Candidate &c) { candidates.append({std::nullopt, c}); }
    void add(const Annotation &a) { annotations.append({std::nullopt, a}); }
    void add(const ReviewNote &n) { reviewNotes.append({std::nullopt, n}); }
    void add(const TreeVersion &v) { versions.append({std::nullopt, v}); }
    void add(const Workshop &w) { workshops.append({std::nullopt, w}); }
    void add(const Vote &v) { votes.append({std::nullopt, v}); }
    void add(const ParkedIdea &p) { parkedIdeas.append({std::nullopt, p}); }

    void remove(const Metric &m) { metrics.append({m, std::nullopt}); }
    void remove(const Tree &t) { trees.append({t, std::nullopt}); }
    void remove(const Node &n) { nodes.append({n, std::nullopt}); }
    void remove(const Edge &e) { edges.append({e, std::nullopt}); }
    void remove(const Candidate &c) { candidates.append({c, std::nullopt}); }
    void remove(const Annotation &a) { annotations.append({a, std::nullopt}); }
    void remove(const ReviewNote &n) { reviewNotes.append({n, std::nullopt}); }
    void remove(const TreeVersion &v) { versions.append({v, std::nullopt}); }
    void remove(const Workshop &w) { workshops.append({w, std::nullopt}); }
    void remove(const Vote &v) { votes.append({v, std::nullopt}); }
    void remove(const ParkedIdea &p) { parkedIdeas.append({p, std::nullopt}); }

    void update(const Metric &before, const Metric &after);
    void update(const Tree &before, const Tree &after);
    void update(const Node &before, const Node &after);
    void update(const Edge &before, const Edge &after);
    void update(const Candidate &before, const Candidate &after);
    void update(const Setting &before, const Setting &after);
    void update(const Annotation &before, const Annotation &after);
    void update(const ReviewNote &before, const ReviewNote &after);
    void update(const TreeVersion &before, const TreeVersion &after);
    void update(const Workshop &before, const Workshop &after);
    void update(const Vote &before, const Vote &after);
    void update(const ParkedIdea &before, const ParkedIdea &after);

    bool isEmpty() const;
    ChangeSet inverted() const;
    // The ids of the nodes this change adds, removes or changes.
    QList<Id> touchedNodeIds() const;
    // The ids of the metrics this change adds, removes or changes.
    QSet<Id> touchedMetricIds() const;

    // What views ask to decide whether they are concerned (Tiled's change events).
    // Whether this change reaches what tree `treeId` shows: the tree's record, one of its
    // nodes, edges or candidates (as they were or as they are), or a metric that one of its
    // nodes or candidates, or its guardrail, shows in `after` (the workspace with the change),
    // one of its review notes, versions, workshops, votes or parked ideas, or an annotation on the workspace or on such a metric.
    bool touchesTree(Id treeId, const WorkspaceData &after) const;
    // Whether the shape of tree `treeId` changes: a node of it added or removed, or given
    // another kind or tree; an edge of it added or removed, or attached to other nodes.
    // Renames, field edits, metric edits and moves leave the shape as it was.
    bool changesStructure(Id treeId) const;
    // Whether every node change only places the node (its position and pinned flag) and
    // nothing else changes: nothing a card shows, a rule checks or a metric computes.
    bool onlyPlacesNodes() const;
    // Whether this one node change only places the node (position, pinned flag).
    static bool placesOnly(const EntityChange<Node> &change);
};

} // namespace NorthStar
