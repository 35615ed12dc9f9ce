#include "model/changeset.h"

#include "model/workspacedata.h"

#include <algorithm>

namespace NorthStar {
namespace {

template<typename T>
void appendUpdate(QList<EntityChange<T>> &list, const T &before, const T &after)
{
    if (!(before == after))
        list.append({before, after});
}

template<typename T>
QList<EntityChange<T>> invertedList(const QList<EntityChange<T>> &list)
{
    // Reverse order too, so that a change applied twice to one entity unwinds correctly.
    QList<EntityChange<T>> result;
    result.reserve(list.size());
    for (auto it = list.crbegin(); it != list.crend(); ++it)
        result.append(it->inverted());
    return result;
}

} // namespace

void ChangeSet::update(const Metric &before, const Metric &after) { appendUpdate(metrics, before, after); }
void ChangeSet::update(const Tree &before, const Tree &after) { appendUpdate(trees, before, after); }
void ChangeSet::update(const Node &before, const Node &after) { appendUpdate(nodes, before, after); }
void ChangeSet::update(const Edge &before, const Edge &after) { appendUpdate(edges, before, after); }
void ChangeSet::update(const Candidate &before, const Candidate &after) { appendUpdate(candidates, before, after); }
void ChangeSet::update(const Setting &before, const Setting &after) { appendUpdate(settings, before, after); }
void ChangeSet::update(const Annotation &before, const Annotation &after) { appendUpdate(annotations, before, after); }
void ChangeSet::update(const ReviewNote &before, const ReviewNote &after) { appendUpdate(reviewNotes, before, after); }
void ChangeSet::update(const TreeVersion &before, const TreeVersion &after) { appendUpdate(versions, before, after); }
void ChangeSet::update(const Workshop &before, const Workshop &after) { appendUpdate(workshops, before, after); }
void ChangeSet::update(const Vote &before, const Vote &after) { appendUpdate(votes, before, after); }
void ChangeSet::update(const ParkedIdea &before, const ParkedIdea &after) { appendUpdate(parkedIdeas, before, after); }

bool ChangeSet::isEmpty() const
{
    return metrics.isEmpty() && trees.isEmpty() && nodes.isEmpty() && edges.isEmpty()
           && candidates.isEmpty() && settings.isEmpty() && annotations.isEmpty() && reviewNotes.isEmpty()
           && versions.isEmpty() && workshops.isEmpty() && votes.isEmpty() && parkedIdeas.isEmpty();
}

ChangeSet ChangeSet::inverted() const
{
    ChangeSet result;
    result.metrics = invertedList(metrics);
    result.trees = invertedList(trees);
    result.nodes = invertedList(nodes);
    result.edges = invertedList(edges);
    result.candidates = invertedList(candidates);
    result.settings = invertedList(settings);
    result.annotations = invertedList(annotations);
    result.reviewNotes = invertedList(reviewNotes);
    result.versions = invertedList(versions);
    result.workshops = invertedList(workshops);
    result.votes = invertedList(votes);
    result.parkedIdeas = invertedList(parkedIdeas);
    return result;
}

QList<Id> ChangeSet::touchedNodeIds() const
{
    QList<Id> ids;
    for (const auto &change : nodes)
        ids.append(change.after ? change.after->id : change.before->id);
    return ids;
}

QSet<Id> ChangeSet::touchedMetricIds() const
{
    QSet<Id> ids;
    for (const auto &change : metrics)
        ids.insert(change.after ? change.after->id : change.before->id);
    return ids;
}

bool ChangeSet::touchesTree(Id treeId, const WorkspaceData &after) const
{
    const auto inTree = [treeId](const auto &list) {
        return std::any_of(list.cbegin(), list.cend(), [treeId](const auto &change) {
            return (change.before && change.before->treeId == treeId)
                   || (change.after && change.after->treeId == treeId);
        });
    };
    const bool record = std::any_of(trees.cbegin(), trees.cend(), [treeId](const EntityChange<Tree> &change) {
        return (change.before && change.before->id == treeId) || (change.after && change.after->id == treeId);
    });
    if (record || inTree(nodes) || inTree(edges) || inTree(candidates) || inTree(reviewNotes) || inTree(versions)
        || inTree(workshops) || inTree(votes) || inTree(parkedIdeas))
        return true;
    // An annotation belongs to the workspace (metric 0) or to a metric, like a metric edit.
    QSet<Id> touched = touchedMetricIds();
    for (const auto &change : annotations) {
        for (const auto &state : {change.before, change.after}) {
            if (state && state->metricId == 0)
                return true;
            if (state)
                touched.insert(state->metricId);
        }
    }
    if (touched.isEmpty())
        return false;
    // A metric is shared by every tree that shows it; a metric that went away took its
    // nodes and candidates with it, and those are changes of the tree themselves.
    if (const Tree *tree = after.tree(treeId); tree && touched.contains(tree->guardrailMetricId))
        return true;
    for (const Node &node : after.nodesOfTree(treeId)) {
        if (node.kind != NodeKind::Work && touched.contains(node.metricId))
            return true;
    }
    for (const Candidate &candidate : after.candidatesOfTree(treeId)) {
        if (touched.contains(candidate.metricId))
            return true;
    }
    return false;
}

bool ChangeSet::changesStructure(Id treeId) const
{
    for (const auto &change : nodes) {
        const bool was = change.before && change.before->treeId == treeId;
        const bool is = change.after && change.after->treeId == treeId;
        if (was != is || (was && change.before->kind != change.after->kind))
            return true;
    }
    for (const auto &change : edges) {
        const bool was = change.before && change.before->treeId == treeId;
        const bool is = change.after && change.after->treeId == treeId;
        if (was != is)
            return true;
        if (was && (change.before->childId != change.after->childId || change.before->parentId != change.after->parentId))
            return true;
    }
    return false;
}

bool ChangeSet::onlyPlacesNodes() const
{
    return !nodes.isEmpty() && metrics.isEmpty() && trees.isEmpty() && edges.isEmpty() && candidates.isEmpty()
           && settings.isEmpty() && annotations.isEmpty() && reviewNotes.isEmpty() && versions.isEmpty()
           && workshops.isEmpty() && votes.isEmpty() && parkedIdeas.isEmpty()
           && std::all_of(nodes.cbegin(), nodes.cend(), placesOnly);
}

bool ChangeSet::placesOnly(const EntityChange<Node> &change)
{
    if (!change.before || !change.after)
        return false;
    Node placed = *change.before;
    placed.pinned = change.after->pinned;
    placed.position = change.after->position;
    return placed == *change.after;
}

} // namespace NorthStar
