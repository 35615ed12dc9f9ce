#include "model/workspacedata.h"

#include <algorithm>

namespace NorthStar {
namespace {

template<typename T>
const T *find(const QMap<Id, T> &map, Id id)
{
    const auto it = map.constFind(id);
    return it == map.cend() ? nullptr : &it.value();
}

template<typename T>
Id maxKey(const QMap<Id, T> &map)
{
    return map.isEmpty() ? 0 : map.lastKey();
}

} // namespace

void WorkspaceData::recomputeNextId()
{
    const Id highest = std::max({maxKey(metrics), maxKey(trees), maxKey(nodes), maxKey(edges),
                                 maxKey(candidates), maxKey(annotations), maxKey(reviewNotes),
                                 maxKey(versions), maxKey(workshops), maxKey(votes), maxKey(parkedIdeas)});
    nextId = std::max(nextId, highest + 1);
    // A workshop's steps take their ids from the same pool.
    for (const Workshop &w : std::as_const(workshops)) {
        for (const WorkshopStep &s : w.steps)
            nextId = std::max(nextId, s.id + 1);
    }
}

const Metric *WorkspaceData::metric(Id id) const { return find(metrics, id); }
const Tree *WorkspaceData::tree(Id id) const { return find(trees, id); }
const Node *WorkspaceData::node(Id id) const { return find(nodes, id); }
const Edge *WorkspaceData::edge(Id id) const { return find(edges, id); }

QList<Tree> WorkspaceData::treesInOrder() const
{
    QList<Tree> result = trees.values();
    std::stable_sort(result.begin(), result.end(),
                     [](const Tree &a, const Tree &b) { return a.order < b.order; });
    return result;
}

const Tree *WorkspaceData::treeNamed(const QString &name) const
{
    for (const Tree &t : trees) {
        if (t.name.compare(name, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

const Metric *WorkspaceData::metricNamed(const QString &name) const
{
    for (const Metric &m : metrics) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

QList<Node> WorkspaceData::nodesOfTree(Id treeId) const
{
    QList<Node> result;
    for (const Node &n : nodes) {
        if (n.treeId == treeId)
            result.append(n);
    }
    return result;
}

QList<Edge> WorkspaceData::edgesOfTree(Id treeId) const
{
    QList<Edge> result;
    for (const Edge &e : edges) {
        if (e.treeId == treeId)
            result.append(e);
    }
    return result;
}

QList<Annotation> WorkspaceData::annotationsOf(Id metricId) const
{
    QList<Annotation> result;
    for (const Annotation &a : annotations) {
        if (a.metricId == metricId)
            result.append(a);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Annotation &a, const Annotation &b) { return a.date < b.date; });
    return result;
}

QList<ReviewNote> WorkspaceData::reviewNotesOfTree(Id treeId) const
{
    QList<ReviewNote> result;
    for (const ReviewNote &n : reviewNotes) {
        if (n.treeId == treeId)
            result.append(n);
    }
    return result;
}

const ReviewNote *WorkspaceData::reviewNote(Id treeId, Id metricId, QDate period, ReviewGrain grain) const
{
    for (const ReviewNote &n : reviewNotes) {
        if (n.treeId == treeId && n.metricId == metricId && n.period == period && n.grain == grain)
            return &n;
    }
    return nullptr;
}

QList<Candidate> WorkspaceData::candidatesOfTree(Id treeId) const
{
    QList<Candidate> result;
    for (const Candidate &c : candidates) {
        if (c.treeId == treeId)
            result.append(c);
    }
    return result;
}

const Node *WorkspaceData::northStarOf(Id treeId) const
{
    for (const Node &n : nodes) {
        if (n.treeId == treeId && n.kind == NodeKind::NorthStar)
            return &n;
    }
    return nullptr;
}

QList<TreeVersion> WorkspaceData::versionsOfTree(Id treeId) const
{
    QList<TreeVersion> result;
    for (const TreeVersion &v : versions) {
        if (v.treeId == treeId)
            result.append(v);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const TreeVersion &a, const TreeVersion &b) { return a.saved < b.saved; });
    return result;
}

const TreeVersion *WorkspaceData::versionNamed(Id treeId, const QString &name) const
{
    for (const TreeVersion &v : versions) {
        if (v.treeId == treeId && v.name.compare(name, Qt::CaseInsensitive) == 0)
            return &v;
    }
    return nullptr;
}

QList<Workshop> WorkspaceData::workshopsOfTree(Id treeId) const
{
    QList<Workshop> result;
    for (const Workshop &w : workshops) {
        if (w.treeId == treeId)
            result.append(w);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Workshop &a, const Workshop &b) { return a.started < b.started; });
    return result;
}

const Workshop *WorkspaceData::runningWorkshop(Id treeId) const
{
    for (const Workshop &w : workshops) {
        if (w.treeId == treeId && w.isRunning())
            return &w;
    }
    return nullptr;
}

namespace {

template<typename Keep>
QList<Vote> votesWhere(const QMap<Id, Vote> &votes, Keep keep)
{
    QList<Vote> result;
    for (const Vote &v : votes) {
        if (keep(v))
            result.append(v);
    }
    return result;
}

} // namespace

QList<Vote> WorkspaceData::votesOfStep(Id stepId) const
{
    return votesWhere(votes, [stepId](const Vote &v) { return v.stepId == stepId; });
}

QList<Vote> WorkspaceData::votesOfWorkshop(Id workshopId) const
{
    return votesWhere(votes, [workshopId](const Vote &v) { return v.workshopId == workshopId; });
}

QList<Vote> WorkspaceData::votesOfTree(Id treeId) const
{
    return votesWhere(votes, [treeId](const Vote &v) { return v.treeId == treeId; });
}

const Vote *WorkspaceData::vote(Id stepId, Id itemId) const
{
    for (const Vote &v : votes) {
        if (v.stepId == stepId && v.itemId == itemId)
            return &v;
    }
    return nullptr;
}

QList<ParkedIdea> WorkspaceData::parkedIdeasOfTree(Id treeId) const
{
    QList<ParkedIdea> result;
    for (const ParkedIdea &p : parkedIdeas) {
        if (p.treeId == treeId)
            result.append(p);
    }
    // Ids grow with time, and two ideas can be raised in the same second.
    std::stable_sort(result.begin(), result.end(), [](const ParkedIdea &a, const ParkedIdea &b) {
        return a.raised == b.raised ? a.id < b.id : a.raised < b.raised;
    });
    return result;
}

QList<Id> WorkspaceData::parentsOf(Id nodeId) const
{
    QList<Id> result;
    for (const Edge &e : edges) {
        if (e.childId == nodeId)
            result.append(e.parentId);
    }
    return result;
}

QList<Id> WorkspaceData::childrenOf(Id nodeId) const
{
    QList<Id> result;
    for (const Edge &e : edges) {
        if (e.parentId == nodeId)
            result.append(e.childId);
    }
    return result;
}

QList<Edge> WorkspaceData::edgesAt(Id nodeId) const
{
    QList<Edge> result;
    for (const Edge &e : edges) {
        if (e.childId == nodeId || e.parentId == nodeId)
            result.append(e);
    }
    return result;
}

std::optional<Edge> WorkspaceData::edgeBetween(Id childId, Id parentId) const
{
    for (const Edge &e : edges) {
        if (e.childId == childId && e.parentId == parentId)
            return e;
    }
    return std::nullopt;
}

bool WorkspaceData::wouldCreateCycle(Id childId, Id parentId) const
{
    // A cycle appears when the new parent is the child itself or one of its descendants.
    QList<Id> pending{childId};
    QList<Id> seen;
    while (!pending.isEmpty()) {
        const Id current = pending.takeLast();
        if (current == parentId)
            return true;
        if (seen.contains(current))
            continue;
        seen.append(current);
        pending.append(childrenOf(current));
    }
    return false;
}

int WorkspaceData::referencesTo(Id metricId) const
{
    if (metricId == 0)
        return 0;
    int count = 0;
    for (const Node &n : nodes) {
        if (n.metricId == metricId)
            ++count;
    }
    for (const Tree &t : trees) {
        if (t.guardrailMetricId == metricId)
            ++count;
    }
    for (const Candidate &c : candidates) {
        if (c.metricId == metricId)
            ++count;
    }
    return count;
}

QString WorkspaceData::nodeTitle(const Node &node) const
{
    if (node.kind == NodeKind::Work)
        return node.title;
    const Metric *m = metric(node.metricId);
    return m ? m->name : QString();
}

QString WorkspaceData::nodeOwner(const Node &node) const
{
    if (node.kind == NodeKind::Work)
        return node.owner;
    const Metric *m = metric(node.metricId);
    return m ? m->owner : QString();
}

QString WorkspaceData::setting(const QString &key, const QString &fallback) const
{
    return settings.value(key, fallback);
}

} // namespace NorthStar
