// Edit:: functions that build and reshape a tree node by node.

#include "model/edits.h"

#include "model/document.h"
#include "model/editsupport.h"

#include <QSet>

namespace NorthStar::Edit {

using namespace EditSupport;

namespace {

Id firstParent(const WorkspaceData &data, Id nodeId)
{
    const QList<Id> parents = data.parentsOf(nodeId);
    return parents.isEmpty() ? 0 : parents.constFirst();
}

// Adds a new metric node (input) or work item under `parentId` (0: unconnected).
Id addUnder(Document &doc, Id treeId, NodeKind kind, Id parentId, const QString &undoText,
            std::optional<QPointF> position = std::nullopt)
{
    const WorkspaceData &data = doc.data();
    ChangeSet change;
    Node node;
    if (kind == NodeKind::Work) {
        node = makeWorkNode(doc, treeId, EditText::tr("New work item"));
    } else {
        const QString base = kind == NodeKind::NorthStar ? EditText::tr("North Star Metric") : EditText::tr("New input");
        const Metric metric = makeMetric(doc, uniqueMetricName(data, base));
        change.add(metric);
        node = makeMetricNode(doc, treeId, kind, metric.id);
    }
    if (position) {
        // A node placed by hand is pinned where it was put.
        node.pinned = true;
        node.position = *position;
    }
    change.add(node);
    if (parentId != 0)
        change.add(makeEdge(doc, treeId, node.id, parentId));
    doc.push(change, undoText, {node.id});
    return node.id;
}

} // namespace

Id addChild(Document &doc, Id parentId)
{
    const Node *parent = doc.data().node(parentId);
    if (!parent)
        return 0;
    switch (parent->kind) {
    case NodeKind::NorthStar:
        return addUnder(doc, parent->treeId, NodeKind::Input, parent->id, EditText::tr("Add input"));
    case NodeKind::Input:
        return addUnder(doc, parent->treeId, NodeKind::Work, parent->id, EditText::tr("Add work item"));
    case NodeKind::Work:
        // Work items have no children; Tab keeps the flow going with more work for the input.
        return addUnder(doc, parent->treeId, NodeKind::Work, firstParent(doc.data(), parent->id),
                        EditText::tr("Add work item"));
    }
    return 0;
}

Id addSibling(Document &doc, Id nodeId)
{
    const Node *node = doc.data().node(nodeId);
    if (!node || node->kind == NodeKind::NorthStar)
        return 0;
    const Id parentId = firstParent(doc.data(), node->id);
    const QString text = node->kind == NodeKind::Work ? EditText::tr("Add work item") : EditText::tr("Add input");
    return addUnder(doc, node->treeId, node->kind, parentId, text);
}

Id addSubInput(Document &doc, Id parentInputId)
{
    const Node *parent = doc.data().node(parentInputId);
    if (!parent || parent->kind == NodeKind::Work)
        return 0;
    return addUnder(doc, parent->treeId, NodeKind::Input, parent->id, EditText::tr("Add sub-input"));
}

Id addNode(Document &doc, NodeKind kind, std::optional<QPointF> position)
{
    const Id treeId = doc.currentTreeId();
    if (!doc.data().tree(treeId))
        return 0;
    if (kind == NodeKind::NorthStar && doc.data().northStarOf(treeId))
        return 0;
    const QString text = kind == NodeKind::Work    ? EditText::tr("Add work item")
                         : kind == NodeKind::Input ? EditText::tr("Add input")
                                                   : EditText::tr("Add North Star");
    return addUnder(doc, treeId, kind, 0, text, position);
}

void renameNode(Document &doc, Id nodeId, const QString &name)
{
    const WorkspaceData &data = doc.data();
    const Node *node = data.node(nodeId);
    const QString trimmed = name.trimmed();
    if (!node || trimmed.isEmpty())
        return;
    ChangeSet change;
    if (node->kind == NodeKind::Work) {
        Node after = *node;
        after.title = trimmed;
        change.update(*node, after);
    } else if (const Metric *metric = data.metric(node->metricId)) {
        Metric after = *metric;
        after.name = trimmed;
        change.update(*metric, after);
    }
    doc.push(change, EditText::tr("Rename"), {nodeId});
}

void deleteNodes(Document &doc, const QList<Id> &nodeIds)
{
    const WorkspaceData &data = doc.data();
    // The North Star stays: a tree is built around it (pick another candidate to change it).
    QSet<Id> doomed;
    for (Id id : nodeIds) {
        const Node *n = data.node(id);
        if (n && n->kind != NodeKind::NorthStar)
            doomed.insert(id);
    }
    if (doomed.isEmpty())
        return;
    // Grow to the nodes that would be left serving nothing: sub-inputs and work whose every
    // parent goes.
    for (bool grew = true; grew;) {
        grew = false;
        for (const Node &n : data.nodes) {
            if (doomed.contains(n.id) || n.kind == NodeKind::NorthStar)
                continue;
            const QList<Id> parents = data.parentsOf(n.id);
            if (parents.isEmpty())
                continue;
            bool allDoomed = true;
            for (Id p : parents)
                allDoomed = allDoomed && doomed.contains(p);
            if (allDoomed) {
                doomed.insert(n.id);
                grew = true;
            }
        }
    }

    ChangeSet change;
    QSet<Id> edgesGone;
    QSet<Id> metrics;
    for (Id id : std::as_const(doomed)) {
        for (const Edge &e : data.edgesAt(id)) {
            if (!edgesGone.contains(e.id)) {
                edgesGone.insert(e.id);
                change.remove(e);
            }
        }
        const Node &n = *data.node(id);
        if (n.metricId != 0)
            metrics.insert(n.metricId);
        change.remove(n);
    }
    dropOrphanedMetrics(data, change, metrics);
    dropVotesOn(data, change, data.node(*doomed.cbegin())->treeId, doomed);

    // Like a mind map, the selection falls back to the parent of what was deleted.
    QList<Id> selectionAfter;
    const Id parent = firstParent(data, nodeIds.isEmpty() ? 0 : nodeIds.constLast());
    if (parent != 0 && !doomed.contains(parent))
        selectionAfter.append(parent);
    doc.push(change, doomed.size() == 1 ? EditText::tr("Delete node") : EditText::tr("Delete nodes"), selectionAfter);
}

bool connectNodes(Document &doc, Id childId, Id parentId)
{
    const WorkspaceData &data = doc.data();
    const Node *child = data.node(childId);
    const Node *parent = data.node(parentId);
    if (!child || !parent || child == parent || child->treeId != parent->treeId)
        return false;
    if (child->kind == NodeKind::NorthStar || parent->kind == NodeKind::Work)
        return false;
    if (child->kind == NodeKind::Work && parent->kind != NodeKind::Input)
        return false;
    if (data.edgeBetween(childId, parentId) || data.wouldCreateCycle(childId, parentId))
        return false;

    ChangeSet change;
    Edge edge = makeEdge(doc, child->treeId, childId, parentId);
    // An input drives one parent: connecting it elsewhere moves it, with its leverage and
    // theory. A work item may serve several inputs.
    if (child->kind == NodeKind::Input) {
        for (const Edge &old : data.edgesAt(childId)) {
            if (old.childId != childId)
                continue;
            edge.leverage = old.leverage;
            edge.theory = old.theory;
            change.remove(old);
        }
    }
    change.add(edge);
    doc.push(change, EditText::tr("Connect"), {childId});
    return true;
}

void disconnectEdge(Document &doc, Id edgeId)
{
    const Edge *edge = doc.data().edge(edgeId);
    if (!edge)
        return;
    ChangeSet change;
    change.remove(*edge);
    doc.push(change, EditText::tr("Disconnect"), doc.selection());
}

void moveNodes(Document &doc, const QHash<Id, QPointF> &centres)
{
    ChangeSet change;
    for (auto it = centres.cbegin(); it != centres.cend(); ++it) {
        const Node *node = doc.data().node(it.key());
        if (!node)
            continue;
        Node after = *node;
        after.pinned = true;
        after.position = it.value();
        change.update(*node, after);
    }
    doc.push(change, centres.size() == 1 ? EditText::tr("Move node") : EditText::tr("Move nodes"), doc.selection());
}

void unpinNodes(Document &doc, const QList<Id> &nodeIds)
{
    ChangeSet change;
    for (Id id : nodeIds) {
        const Node *node = doc.data().node(id);
        if (!node || !node->pinned)
            continue;
        Node after = *node;
        after.pinned = false;
        change.update(*node, after);
    }
    doc.push(change, EditText::tr("Automatic layout"), doc.selection());
}

} // namespace NorthStar::Edit
