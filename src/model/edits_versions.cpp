// Edit:: functions for a tree's saved versions: save, rename, remove, restore.

#include "model/edits.h"

#include "model/document.h"
#include "model/editsupport.h"
#include "model/treeversion.h"

#include <QHash>

#include <algorithm>

namespace NorthStar::Edit {

using namespace EditSupport;

namespace {

// Whether `name` can be the name of a version of tree `treeId` (other than `self`).
Result<QString> checkedName(const WorkspaceData &data, Id treeId, const QString &name, Id self)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(EditText::tr("A version needs a name."));
    const Tree *tree = data.tree(treeId);
    if (!tree)
        return fail(EditText::tr("There is no such tree."));
    if (const TreeVersion *clash = data.versionNamed(treeId, trimmed); clash && clash->id != self) {
        return fail(EditText::tr("The tree \"%1\" has a version \"%2\" already; choose another name.")
                        .arg(tree->name, clash->name));
    }
    return trimmed;
}

// Whether any entity of the workspace has id `id`.
bool inUse(const WorkspaceData &data, Id id)
{
    return data.metrics.contains(id) || data.trees.contains(id) || data.nodes.contains(id)
           || data.edges.contains(id) || data.candidates.contains(id) || data.annotations.contains(id)
           || data.reviewNotes.contains(id) || data.versions.contains(id) || data.workshops.contains(id)
           || data.votes.contains(id) || data.parkedIdeas.contains(id)
           || std::any_of(data.workshops.cbegin(), data.workshops.cend(),
                          [id](const Workshop &w) { return w.step(id) != nullptr; });
}

// The version's metric ids -> the workspace's: the record of the same id, else (through
// importMetrics) the one of the same name, else a new record.
QHash<Id, Id> restoreMetrics(Document &doc, const WorkspaceData &content, ChangeSet &change)
{
    QHash<Id, Id> ids;
    WorkspaceData missing;
    for (const Metric &m : content.metrics) {
        if (doc.data().metric(m.id))
            ids.insert(m.id, m.id);
        else
            missing.metrics.insert(m.id, m);
    }
    ids.insert(importMetrics(doc, missing, change));
    return ids;
}

// The version's nodes in tree `treeId`: a node keeps its id unless another entity has it now.
QHash<Id, Id> restoreNodes(Document &doc, const WorkspaceData &content, Id treeId,
                           const QHash<Id, Id> &metricIds, ChangeSet &change)
{
    const WorkspaceData &data = doc.data();
    QHash<Id, Id> ids;
    for (Node n : content.nodes) {
        const Node *live = data.node(n.id);
        const bool keep = live ? live->treeId == treeId : !inUse(data, n.id);
        const Id id = keep ? n.id : doc.model()->allocateId();
        ids.insert(n.id, id);
        n.id = id;
        n.treeId = treeId;
        n.metricId = metricIds.value(n.metricId, 0);
        if (live && keep)
            change.update(*live, n);
        else
            change.add(n);
    }
    for (const Node &n : data.nodesOfTree(treeId)) {
        if (!std::any_of(ids.cbegin(), ids.cend(), [&n](Id id) { return id == n.id; }))
            change.remove(n);
    }
    return ids;
}

// The version's `incoming` links (edges, candidates) in place of the tree's `live` ones: one
// that `same` pairs with a live one keeps that one's id, the others come with fresh ids, and
// the live ones left unpaired go.
template<typename T, typename Same>
void replaceKeepingIds(Document &doc, QList<T> live, const QList<T> &incoming, Same same, ChangeSet &change)
{
    for (T entity : incoming) {
        const auto paired = std::find_if(live.begin(), live.end(), [&](const T &l) { return same(l, entity); });
        if (paired != live.end()) {
            entity.id = paired->id;
            change.update(*paired, entity);
            live.erase(paired);
        } else {
            entity.id = doc.model()->allocateId();
            change.add(entity);
        }
    }
    for (const T &entity : std::as_const(live))
        change.remove(entity);
}

// Edges between the same two nodes keep their ids.
void restoreEdges(Document &doc, const WorkspaceData &content, Id treeId, const QHash<Id, Id> &nodeIds,
                  ChangeSet &change)
{
    QList<Edge> incoming;
    for (Edge e : content.edges) {
        e.childId = nodeIds.value(e.childId);
        e.parentId = nodeIds.value(e.parentId);
        e.treeId = treeId;
        incoming.append(e);
    }
    replaceKeepingIds(doc, doc.data().edgesOfTree(treeId), incoming, [](const Edge &a, const Edge &b) {
        return a.childId == b.childId && a.parentId == b.parentId;
    }, change);
}

// Candidates of the same metric keep their ids.
void restoreCandidates(Document &doc, const WorkspaceData &content, Id treeId, const QHash<Id, Id> &metricIds,
                       ChangeSet &change)
{
    QList<Candidate> incoming;
    for (Candidate c : content.candidates) {
        c.metricId = metricIds.value(c.metricId, 0);
        c.treeId = treeId;
        incoming.append(c);
    }
    replaceKeepingIds(doc, doc.data().candidatesOfTree(treeId), incoming,
                      [](const Candidate &a, const Candidate &b) { return a.metricId == b.metricId; }, change);
}

// The votes (on the version's items, in steps of workshops the workspace still has) and the
// parking lot as the version had them; a vote on the same step and item, an idea of the same
// text raised at the same time, keep their ids.
void restoreVotesAndIdeas(Document &doc, const WorkspaceData &content, Id treeId, const QHash<Id, Id> &nodeIds,
                          const QHash<Id, Id> &metricIds, ChangeSet &change)
{
    const WorkspaceData &data = doc.data();
    QList<Vote> votes;
    for (Vote v : content.votes) {
        const auto w = data.workshops.constFind(v.workshopId);
        if (w == data.workshops.cend() || w->treeId != treeId || !w->step(v.stepId))
            continue;
        v.itemId = nodeIds.contains(v.itemId) ? nodeIds.value(v.itemId) : metricIds.value(v.itemId, 0);
        v.treeId = treeId;
        if (v.itemId != 0)
            votes.append(v);
    }
    replaceKeepingIds(doc, data.votesOfTree(treeId), votes, [](const Vote &a, const Vote &b) {
        return a.stepId == b.stepId && a.itemId == b.itemId;
    }, change);
    QList<ParkedIdea> ideas;
    for (ParkedIdea p : content.parkedIdeas) {
        p.treeId = treeId;
        p.nodeId = nodeIds.value(p.nodeId, 0);
        ideas.append(p);
    }
    replaceKeepingIds(doc, data.parkedIdeasOfTree(treeId), ideas, [](const ParkedIdea &a, const ParkedIdea &b) {
        return a.text == b.text && a.raised == b.raised;
    }, change);
}

} // namespace

Result<Id> saveVersion(Document &doc, Id treeId, const QString &name)
{
    const auto checked = checkedName(doc.data(), treeId, name, 0);
    if (!checked)
        return fail(checked.error());
    TreeVersion v;
    v.id = doc.model()->allocateId();
    v.treeId = treeId;
    v.name = *checked;
    v.saved = QDateTime::currentDateTimeUtc();
    v.fragment = TreeVersions::snapshot(doc.data(), treeId);
    ChangeSet change;
    change.add(v);
    doc.push(change, EditText::tr("Save version"), doc.selection());
    return v.id;
}

Result<void> renameVersion(Document &doc, Id versionId, const QString &name)
{
    const auto it = doc.data().versions.constFind(versionId);
    if (it == doc.data().versions.cend())
        return fail(EditText::tr("There is no such version."));
    const auto checked = checkedName(doc.data(), it->treeId, name, versionId);
    if (!checked)
        return fail(checked.error());
    TreeVersion after = *it;
    after.name = *checked;
    ChangeSet change;
    change.update(*it, after);
    doc.push(change, EditText::tr("Rename version"), doc.selection());
    return {};
}

void removeVersion(Document &doc, Id versionId)
{
    const auto it = doc.data().versions.constFind(versionId);
    if (it == doc.data().versions.cend())
        return;
    ChangeSet change;
    change.remove(*it);
    doc.push(change, EditText::tr("Delete version"), doc.selection());
}

Result<void> restoreVersion(Document &doc, Id versionId)
{
    const WorkspaceData &data = doc.data();
    const auto it = data.versions.constFind(versionId);
    if (it == data.versions.cend())
        return fail(EditText::tr("There is no such version."));
    const Tree *tree = data.tree(it->treeId);
    if (!tree)
        return fail(EditText::tr("The version \"%1\" belongs to no tree.").arg(it->name));
    const auto content = TreeVersions::content(*it);
    if (!content)
        return fail(content.error());
    const Tree *saved = content->tree(TreeVersions::treeOf(*content));
    const Id treeId = tree->id;

    // What the tree shows now: the records no longer shown once restored may go (blank ones).
    QSet<Id> shownBefore{tree->guardrailMetricId};
    for (const Node &n : data.nodesOfTree(treeId))
        shownBefore.insert(n.metricId);
    for (const Candidate &c : data.candidatesOfTree(treeId))
        shownBefore.insert(c.metricId);

    ChangeSet change;
    const QHash<Id, Id> metricIds = restoreMetrics(doc, *content, change);
    Tree after = *tree;
    after.game = saved ? saved->game : Game::Unset;
    after.guardrailMetricId = saved ? metricIds.value(saved->guardrailMetricId, 0) : 0;
    after.guardrailBound = saved ? saved->guardrailBound : std::nullopt;
    change.update(*tree, after);
    const QHash<Id, Id> nodeIds = restoreNodes(doc, *content, treeId, metricIds, change);
    restoreEdges(doc, *content, treeId, nodeIds, change);
    restoreCandidates(doc, *content, treeId, metricIds, change);
    restoreVotesAndIdeas(doc, *content, treeId, nodeIds, metricIds, change);
    dropOrphanedMetrics(doc.data(), change, shownBefore);

    QList<Id> selection;
    for (const Node &n : content->nodes) {
        if (n.kind == NodeKind::NorthStar)
            selection.append(nodeIds.value(n.id));
    }
    doc.push(change, EditText::tr("Restore version \"%1\"").arg(it->name), selection);
    return {};
}

} // namespace NorthStar::Edit
