// Taking fragments out of a workspace: the nodes a copy puts on the clipboard, and a whole
// tree for a tree file.

#include "model/fragmentjson.h"

#include <QHash>
#include <QSet>

namespace NorthStar {
namespace {

// The metrics a tree shows (on its metric nodes, as candidates, as its guardrail) and those
// its review notes are about, which may no longer be on a card.
QSet<Id> metricsOfTree(const WorkspaceData &data, const Tree &tree)
{
    QSet<Id> ids{tree.guardrailMetricId};
    for (const Node &n : data.nodesOfTree(tree.id)) {
        if (n.kind != NodeKind::Work)
            ids.insert(n.metricId);
    }
    for (const Candidate &c : data.candidatesOfTree(tree.id))
        ids.insert(c.metricId);
    for (const ReviewNote &n : data.reviewNotesOfTree(tree.id))
        ids.insert(n.metricId);
    return ids;
}

} // namespace

WorkspaceData extractFragment(const WorkspaceData &data, const QList<Id> &nodeIds)
{
    WorkspaceData fragment;
    for (Id id : nodeIds) {
        const Node *n = data.node(id);
        if (!n)
            continue;
        fragment.nodes.insert(n->id, *n);
        if (const Metric *m = data.metric(n->metricId))
            fragment.metrics.insert(m->id, *m);
    }
    for (const Edge &e : data.edges) {
        if (fragment.nodes.contains(e.childId) && fragment.nodes.contains(e.parentId))
            fragment.edges.insert(e.id, e);
    }
    // A metric's annotations travel with it; those on the whole workspace stay.
    for (const Annotation &a : data.annotations) {
        if (fragment.metrics.contains(a.metricId))
            fragment.annotations.insert(a.id, a);
    }
    fragment.recomputeNextId();
    return fragment;
}

WorkspaceData extractTree(const WorkspaceData &data, Id treeId)
{
    WorkspaceData f;
    const Tree *source = data.tree(treeId);
    if (!source)
        return f;
    const QSet<Id> shown = metricsOfTree(data, *source);
    QHash<Id, Id> metricIds;
    for (Metric m : data.metrics) {
        if (!shown.contains(m.id))
            continue;
        metricIds.insert(m.id, Id(metricIds.size() + 1));
        m.id = metricIds.value(m.id);
        f.metrics.insert(m.id, m);
    }
    QHash<Id, Id> nodeIds;
    for (Node n : data.nodesOfTree(treeId)) {
        nodeIds.insert(n.id, Id(nodeIds.size() + 1));
        n.id = nodeIds.value(n.id);
        n.metricId = metricIds.value(n.metricId, 0);
        f.nodes.insert(n.id, n);
    }
    // Then the ids fragmentFromJson gives what the file holds without ids, in its order.
    f.recomputeNextId();
    Tree tree = *source;
    tree.id = f.metrics.contains(1) || f.nodes.contains(1) ? f.allocateId() : 1;
    tree.order = 0;
    tree.guardrailMetricId = metricIds.value(tree.guardrailMetricId, 0);
    f.trees.insert(tree.id, tree);
    for (Node &n : f.nodes)
        n.treeId = tree.id;
    for (Edge e : data.edgesOfTree(treeId)) {
        if (!nodeIds.contains(e.childId) || !nodeIds.contains(e.parentId))
            continue;
        e.id = f.allocateId();
        e.treeId = tree.id;
        e.childId = nodeIds.value(e.childId);
        e.parentId = nodeIds.value(e.parentId);
        f.edges.insert(e.id, e);
    }
    for (Candidate c : data.candidatesOfTree(treeId)) {
        if (!metricIds.contains(c.metricId))
            continue;
        c.id = f.allocateId();
        c.treeId = tree.id;
        c.metricId = metricIds.value(c.metricId, 0);
        f.candidates.insert(c.id, c);
    }
    for (Annotation a : data.annotations) {
        if (!metricIds.contains(a.metricId))
            continue;
        a.id = f.allocateId();
        a.metricId = metricIds.value(a.metricId);
        f.annotations.insert(a.id, a);
    }
    for (ReviewNote n : data.reviewNotesOfTree(treeId)) {
        n.id = f.allocateId();
        n.treeId = tree.id;
        n.metricId = metricIds.value(n.metricId, 0);
        f.reviewNotes.insert(n.id, n);
    }
    for (ParkedIdea p : data.parkedIdeasOfTree(treeId)) {
        p.id = f.allocateId();
        p.treeId = tree.id;
        p.nodeId = nodeIds.value(p.nodeId, 0);
        f.parkedIdeas.insert(p.id, p);
    }
    f.recomputeNextId();
    return f;
}

} // namespace NorthStar
