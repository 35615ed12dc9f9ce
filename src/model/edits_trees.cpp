// Edit:: functions for whole trees, candidate North Stars and pasting.

#include "model/edits.h"

#include "model/document.h"
#include "model/editsupport.h"

#include <QHash>

#include <algorithm>

namespace NorthStar::Edit {

using namespace EditSupport;

namespace {

int nextTreeOrder(const WorkspaceData &data)
{
    int order = 0;
    for (const Tree &t : data.trees)
        order = std::max(order, t.order + 1);
    return order;
}

bool hasAnnotation(const WorkspaceData &data, const Annotation &a)
{
    return std::any_of(data.annotations.cbegin(), data.annotations.cend(), [&a](const Annotation &other) {
        return other.metricId == a.metricId && other.date == a.date && other.text == a.text;
    });
}

// A fragment's annotations go to the records its metrics were brought into (or to the whole
// workspace), except those the record has already (same date and text): a new record gets
// them all, a shared one only what it lacks, so nothing is duplicated.
void importAnnotations(Document &doc, const WorkspaceData &fragment, const QHash<Id, Id> &metricIds,
                       ChangeSet &change)
{
    for (const Annotation &a : fragment.annotations) {
        if (a.metricId != 0 && !metricIds.contains(a.metricId))
            continue;
        Annotation copy = a;
        copy.metricId = metricIds.value(a.metricId, 0);
        if (hasAnnotation(doc.data(), copy))
            continue;
        copy.id = doc.model()->allocateId();
        change.add(copy);
    }
}

// Adds the fragment's nodes and the edges among them to `treeId` with fresh ids.
QHash<Id, Id> importNodes(Document &doc, const WorkspaceData &fragment, Id treeId,
                          const QHash<Id, Id> &metricIds, ChangeSet &change, QPointF offset)
{
    QHash<Id, Id> idMap;
    for (const Node &n : fragment.nodes) {
        Node copy = n;
        copy.id = doc.model()->allocateId();
        copy.treeId = treeId;
        copy.metricId = metricIds.value(n.metricId, 0);
        copy.position += offset;
        change.add(copy);
        idMap.insert(n.id, copy.id);
    }
    for (const Edge &e : fragment.edges) {
        if (!idMap.contains(e.childId) || !idMap.contains(e.parentId))
            continue;
        Edge copy = e;
        copy.id = doc.model()->allocateId();
        copy.treeId = treeId;
        copy.childId = idMap.value(e.childId);
        copy.parentId = idMap.value(e.parentId);
        change.add(copy);
    }
    return idMap;
}

Candidate makeCandidate(Document &doc, Id treeId, Id metricId)
{
    Candidate c;
    c.id = doc.model()->allocateId();
    c.treeId = treeId;
    c.metricId = metricId;
    return c;
}

} // namespace

Id addTree(Document &doc, const WorkspaceData &fragment, const QString &name)
{
    const QList<Tree> fragmentTrees = fragment.treesInOrder();
    ChangeSet change;
    Tree tree = fragmentTrees.isEmpty() ? Tree{} : fragmentTrees.constFirst();
    tree.id = doc.model()->allocateId();
    tree.name = name;
    tree.order = nextTreeOrder(doc.data());

    const QHash<Id, Id> metricIds = importMetrics(doc, fragment, change);
    tree.guardrailMetricId = metricIds.value(tree.guardrailMetricId, 0);
    change.add(tree);
    const QHash<Id, Id> nodeIds = importNodes(doc, fragment, tree.id, metricIds, change, {});
    importAnnotations(doc, fragment, metricIds, change);
    for (const ReviewNote &n : fragment.reviewNotes) {
        // The notes of the fragment's tree (one per metric, period and grain), on its metrics.
        const bool ofTree = fragmentTrees.isEmpty() || n.treeId == fragmentTrees.constFirst().id;
        if (!ofTree || (n.metricId != 0 && !metricIds.contains(n.metricId)))
            continue;
        ReviewNote copy = n;
        copy.id = doc.model()->allocateId();
        copy.treeId = tree.id;
        copy.metricId = metricIds.value(n.metricId, 0);
        change.add(copy);
    }
    // The parking lot comes along; votes stay behind, with the workshops they belong to.
    for (ParkedIdea p : fragment.parkedIdeas) {
        p.id = doc.model()->allocateId();
        p.treeId = tree.id;
        p.nodeId = nodeIds.value(p.nodeId, 0);
        change.add(p);
    }

    Id northStarNode = 0;
    Id northStarMetric = 0;
    for (const Node &n : fragment.nodes) {
        if (n.kind == NodeKind::NorthStar) {
            northStarNode = nodeIds.value(n.id);
            northStarMetric = metricIds.value(n.metricId);
        }
    }
    bool northStarIsCandidate = false;
    for (const Candidate &c : fragment.candidates) {
        Candidate copy = c;
        copy.id = doc.model()->allocateId();
        copy.treeId = tree.id;
        copy.metricId = metricIds.value(c.metricId);
        northStarIsCandidate = northStarIsCandidate || copy.metricId == northStarMetric;
        change.add(copy);
    }
    // The chosen North Star is always one of the candidates, so its checklist can be answered.
    if (northStarMetric != 0 && !northStarIsCandidate)
        change.add(makeCandidate(doc, tree.id, northStarMetric));

    QList<Id> selection;
    if (northStarNode != 0)
        selection.append(northStarNode);
    doc.push(change, EditText::tr("Add tree"), selection);
    if (doc.data().tree(tree.id))
        doc.setCurrentTree(tree.id);
    return tree.id;
}

Id addEmptyTree(Document &doc, const QString &name)
{
    WorkspaceData fragment;
    Tree tree;
    tree.id = 1;
    fragment.trees.insert(tree.id, tree);
    Metric metric;
    metric.id = 2;
    metric.name = uniqueMetricName(doc.data(), EditText::tr("North Star Metric"));
    fragment.metrics.insert(metric.id, metric);
    Node node;
    node.id = 3;
    node.treeId = tree.id;
    node.kind = NodeKind::NorthStar;
    node.metricId = metric.id;
    fragment.nodes.insert(node.id, node);
    return addTree(doc, fragment, name);
}

void removeTree(Document &doc, Id treeId)
{
    const WorkspaceData &data = doc.data();
    const Tree *tree = data.tree(treeId);
    if (!tree)
        return;
    ChangeSet change;
    QSet<Id> metrics{tree->guardrailMetricId};
    for (const Edge &e : data.edgesOfTree(treeId))
        change.remove(e);
    for (const Node &n : data.nodesOfTree(treeId)) {
        metrics.insert(n.metricId);
        change.remove(n);
    }
    for (const Candidate &c : data.candidatesOfTree(treeId)) {
        metrics.insert(c.metricId);
        change.remove(c);
    }
    for (const ReviewNote &n : data.reviewNotesOfTree(treeId))
        change.remove(n);
    for (const TreeVersion &v : data.versionsOfTree(treeId))
        change.remove(v);
    for (const Workshop &w : data.workshopsOfTree(treeId))
        change.remove(w);
    for (const Vote &v : data.votesOfTree(treeId))
        change.remove(v);
    for (const ParkedIdea &p : data.parkedIdeasOfTree(treeId))
        change.remove(p);
    change.remove(*tree);
    dropOrphanedMetrics(data, change, metrics);
    doc.push(change, EditText::tr("Delete tree"), {});
}

Id addCandidate(Document &doc, Id treeId, const QString &metricName)
{
    const WorkspaceData &data = doc.data();
    const QString name = metricName.trimmed();
    if (!data.tree(treeId) || name.isEmpty())
        return 0;
    ChangeSet change;
    Id metricId = 0;
    if (const Metric *existing = metricNamed(data, name)) {
        metricId = existing->id;
        for (const Candidate &c : data.candidatesOfTree(treeId)) {
            if (c.metricId == metricId)
                return c.id;
        }
    } else {
        const Metric metric = makeMetric(doc, name);
        change.add(metric);
        metricId = metric.id;
    }
    const Candidate candidate = makeCandidate(doc, treeId, metricId);
    change.add(candidate);
    doc.push(change, EditText::tr("Add candidate"), doc.selection());
    return candidate.id;
}

void setAnswer(Document &doc, Id candidateId, ChecklistItem item, Answer answer)
{
    const auto it = doc.data().candidates.constFind(candidateId);
    if (it == doc.data().candidates.cend())
        return;
    Candidate after = *it;
    after.answers[static_cast<std::size_t>(item)] = answer;
    ChangeSet change;
    change.update(*it, after);
    doc.push(change, EditText::tr("Answer checklist"), doc.selection());
}

void setCandidateNotes(Document &doc, Id candidateId, const QString &notes)
{
    const auto it = doc.data().candidates.constFind(candidateId);
    if (it == doc.data().candidates.cend())
        return;
    Candidate after = *it;
    after.notes = notes;
    ChangeSet change;
    change.update(*it, after);
    doc.push(change, EditText::tr("Edit candidate notes"), doc.selection(),
             u"candidate-notes-" + QString::number(candidateId));
}

void chooseCandidate(Document &doc, Id candidateId)
{
    const WorkspaceData &data = doc.data();
    const auto it = data.candidates.constFind(candidateId);
    if (it == data.candidates.cend())
        return;
    const Node *northStar = data.northStarOf(it->treeId);
    ChangeSet change;
    if (northStar) {
        Node after = *northStar;
        after.metricId = it->metricId;
        change.update(*northStar, after);
        doc.push(change, EditText::tr("Choose North Star"), {northStar->id});
        return;
    }
    const Node node = makeMetricNode(doc, it->treeId, NodeKind::NorthStar, it->metricId);
    change.add(node);
    doc.push(change, EditText::tr("Choose North Star"), {node.id});
}

void removeCandidate(Document &doc, Id candidateId)
{
    const WorkspaceData &data = doc.data();
    const auto it = data.candidates.constFind(candidateId);
    if (it == data.candidates.cend())
        return;
    ChangeSet change;
    change.remove(*it);
    dropOrphanedMetrics(data, change, {it->metricId});
    dropVotesOn(data, change, it->treeId, {it->metricId});
    doc.push(change, EditText::tr("Remove candidate"), doc.selection());
}

QList<Id> paste(Document &doc, const WorkspaceData &fragment, QPointF offset)
{
    const WorkspaceData &data = doc.data();
    const Id treeId = doc.currentTreeId();
    if (!data.tree(treeId) || fragment.nodes.isEmpty())
        return {};

    // A metric this tree already shows is copied, so the tree does not show it twice; one
    // shown only by other trees (or another workspace) is shared by name.
    QSet<Id> copyIds;
    for (const Metric &m : fragment.metrics) {
        const Metric *existing = metricNamed(data, m.name);
        if (!existing)
            continue;
        for (const Node &n : data.nodesOfTree(treeId)) {
            if (n.metricId == existing->id)
                copyIds.insert(m.id);
        }
    }
    WorkspaceData adjusted = fragment;
    // The tree keeps its one North Star: a pasted one becomes an input.
    for (Node &n : adjusted.nodes) {
        if (n.kind == NodeKind::NorthStar)
            n.kind = NodeKind::Input;
    }

    ChangeSet change;
    const QHash<Id, Id> metricIds = importMetrics(doc, adjusted, change, copyIds);
    const QHash<Id, Id> nodeIds = importNodes(doc, adjusted, treeId, metricIds, change, offset);
    importAnnotations(doc, adjusted, metricIds, change);
    QList<Id> selection;
    for (const Node &n : adjusted.nodes)
        selection.append(nodeIds.value(n.id));
    doc.push(change, EditText::tr("Paste"), selection);
    return selection;
}

} // namespace NorthStar::Edit
