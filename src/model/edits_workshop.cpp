// Edit:: functions for workshops: the agenda and its clock, decisions, dot votes and the
// parking lot (docs/workshop.md).

#include "model/edits.h"

#include "model/document.h"
#include "model/editsupport.h"

#include <QSet>

#include <algorithm>

namespace NorthStar::Edit {

using namespace EditSupport;

namespace {

const Workshop *workshopOf(const Document &doc, Id workshopId)
{
    const auto it = doc.data().workshops.constFind(workshopId);
    return it == doc.data().workshops.cend() ? nullptr : &it.value();
}

// Gives the steps without an id (new ones) an id of the workspace's, and every step a timebox of a
// minute at least.
void allocateStepIds(Document &doc, QList<WorkshopStep> &steps)
{
    for (WorkshopStep &s : steps) {
        if (s.id == 0)
            s.id = doc.model()->allocateId();
        s.minutes = std::max(1, s.minutes);
    }
}

// Whether `itemId` is something of tree `treeId` the room can vote on: an input or work item,
// or the metric of one of its candidates.
bool votable(const WorkspaceData &data, Id treeId, Id itemId)
{
    if (const Node *n = data.node(itemId))
        return n->treeId == treeId && n->kind != NodeKind::NorthStar;
    const QList<Candidate> candidates = data.candidatesOfTree(treeId);
    return std::any_of(candidates.cbegin(), candidates.cend(),
                       [itemId](const Candidate &c) { return c.metricId == itemId; });
}

} // namespace

Result<Id> startWorkshop(Document &doc, Id treeId, Workshop plan, const QDateTime &now)
{
    const WorkspaceData &data = doc.data();
    const Tree *tree = data.tree(treeId);
    if (!tree)
        return fail(EditText::tr("There is no such tree."));
    if (const Workshop *running = data.runningWorkshop(treeId)) {
        return fail(EditText::tr("The workshop \"%1\" is still running on \"%2\"; finish it first.")
                        .arg(running->name, tree->name));
    }
    if (plan.steps.isEmpty())
        return fail(EditText::tr("A workshop needs at least one step on its agenda."));
    Workshop w = std::move(plan);
    w.id = doc.model()->allocateId();
    w.treeId = treeId;
    w.name = w.name.trimmed().isEmpty() ? EditText::tr("Workshop %1").arg(data.workshopsOfTree(treeId).size() + 1)
                                        : w.name.trimmed();
    w.started = now.toUTC();
    w.finished = {};
    w.participants = std::max(0, w.participants);
    w.dotsPerPerson = std::max(0, w.dotsPerPerson);
    allocateStepIds(doc, w.steps);
    for (WorkshopStep &s : w.steps) {
        s.started = {};
        s.ended = {};
    }
    w.currentStep = 0;
    w.steps.first().started = w.started;
    ChangeSet change;
    change.add(w);
    doc.push(change, EditText::tr("Start workshop"), doc.selection());
    return w.id;
}

void updateWorkshop(Document &doc, const Workshop &after, const QString &mergeKey)
{
    const Workshop *before = workshopOf(doc, after.id);
    if (!before)
        return;
    Workshop w = after;
    w.treeId = before->treeId;
    w.participants = std::max(0, w.participants);
    w.dotsPerPerson = std::max(0, w.dotsPerPerson);
    allocateStepIds(doc, w.steps);
    if (w.steps.isEmpty())
        return; // an agenda keeps one step at least: the room is always somewhere
    // The room stays where it is when that step is kept.
    if (const WorkshopStep *current = before->current()) {
        const auto kept = std::find_if(w.steps.cbegin(), w.steps.cend(),
                                       [current](const WorkshopStep &s) { return s.id == current->id; });
        if (kept != w.steps.cend())
            w.currentStep = int(kept - w.steps.cbegin());
    }
    w.currentStep = std::clamp(w.currentStep, 0, int(w.steps.size()) - 1);
    ChangeSet change;
    change.update(*before, w);
    QSet<Id> kept;
    for (const WorkshopStep &s : std::as_const(w.steps))
        kept.insert(s.id);
    for (const Vote &v : doc.data().votesOfWorkshop(w.id)) {
        if (!kept.contains(v.stepId))
            change.remove(v);
    }
    doc.push(change, EditText::tr("Edit agenda"), doc.selection(), mergeKey);
}

void goToStep(Document &doc, Id workshopId, int index, const QDateTime &now)
{
    const Workshop *before = workshopOf(doc, workshopId);
    if (!before || !before->isRunning() || index < 0 || index >= before->steps.size()
        || index == before->currentStep)
        return;
    Workshop w = *before;
    const QDateTime at = now.toUTC();
    if (w.currentStep >= 0 && w.currentStep < w.steps.size())
        w.steps[w.currentStep].ended = at;
    WorkshopStep &next = w.steps[index];
    if (!next.started.isValid())
        next.started = at;
    next.ended = {};
    w.currentStep = index;
    ChangeSet change;
    change.update(*before, w);
    doc.push(change, EditText::tr("Go to \"%1\"").arg(next.title), doc.selection());
}

void finishWorkshop(Document &doc, Id workshopId, const QDateTime &now)
{
    const Workshop *before = workshopOf(doc, workshopId);
    if (!before || !before->isRunning())
        return;
    Workshop w = *before;
    w.finished = now.toUTC();
    if (w.currentStep >= 0 && w.currentStep < w.steps.size())
        w.steps[w.currentStep].ended = w.finished;
    ChangeSet change;
    change.update(*before, w);
    doc.push(change, EditText::tr("Finish workshop"), doc.selection());
}

void removeWorkshop(Document &doc, Id workshopId)
{
    const Workshop *w = workshopOf(doc, workshopId);
    if (!w)
        return;
    ChangeSet change;
    for (const Vote &v : doc.data().votesOfWorkshop(workshopId))
        change.remove(v);
    change.remove(*w);
    doc.push(change, EditText::tr("Delete workshop"), doc.selection());
}

void setStepDecisions(Document &doc, Id workshopId, Id stepId, const QString &text, const QString &mergeKey)
{
    const Workshop *before = workshopOf(doc, workshopId);
    if (!before)
        return;
    Workshop w = *before;
    const auto step = std::find_if(w.steps.begin(), w.steps.end(), [stepId](const WorkshopStep &s) { return s.id == stepId; });
    if (step == w.steps.end() || step->decisions == text)
        return;
    step->decisions = text;
    ChangeSet change;
    change.update(*before, w);
    doc.push(change, EditText::tr("Edit decisions"), doc.selection(), mergeKey);
}

bool setVotes(Document &doc, Id workshopId, Id stepId, Id itemId, int dots)
{
    const WorkspaceData &data = doc.data();
    const Workshop *w = workshopOf(doc, workshopId);
    if (!w || !w->step(stepId) || !votable(data, w->treeId, itemId))
        return false;
    dots = std::max(0, dots);
    ChangeSet change;
    if (const Vote *existing = data.vote(stepId, itemId)) {
        if (dots == 0) {
            change.remove(*existing);
        } else {
            Vote after = *existing;
            after.dots = dots;
            change.update(*existing, after);
        }
    } else if (dots > 0) {
        Vote v;
        v.id = doc.model()->allocateId();
        v.treeId = w->treeId;
        v.workshopId = workshopId;
        v.stepId = stepId;
        v.itemId = itemId;
        v.dots = dots;
        change.add(v);
    }
    doc.push(change, EditText::tr("Vote"), doc.selection());
    return true;
}

Id parkIdea(Document &doc, Id treeId, const QString &text, const QDateTime &now)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || !doc.data().tree(treeId))
        return 0;
    ParkedIdea p;
    p.id = doc.model()->allocateId();
    p.treeId = treeId;
    p.text = trimmed;
    p.raised = now.toUTC();
    ChangeSet change;
    change.add(p);
    doc.push(change, EditText::tr("Park idea"), doc.selection());
    return p.id;
}

void updateParkedIdea(Document &doc, const ParkedIdea &after, const QString &mergeKey)
{
    const auto it = doc.data().parkedIdeas.constFind(after.id);
    if (it == doc.data().parkedIdeas.cend() || after.text.trimmed().isEmpty())
        return;
    ParkedIdea p = after;
    p.treeId = it->treeId;
    ChangeSet change;
    change.update(*it, p);
    const QString text = p.state == ParkedState::Dismissed && it->state != ParkedState::Dismissed
                             ? EditText::tr("Dismiss idea")
                             : EditText::tr("Edit idea");
    doc.push(change, text, doc.selection(), mergeKey);
}

void removeParkedIdea(Document &doc, Id ideaId)
{
    const auto it = doc.data().parkedIdeas.constFind(ideaId);
    if (it == doc.data().parkedIdeas.cend())
        return;
    ChangeSet change;
    change.remove(*it);
    doc.push(change, EditText::tr("Delete idea"), doc.selection());
}

Id placeParkedIdea(Document &doc, Id ideaId, NodeKind kind, Id parentId, std::optional<QPointF> position)
{
    const WorkspaceData &data = doc.data();
    const auto it = data.parkedIdeas.constFind(ideaId);
    if (it == data.parkedIdeas.cend() || it->state == ParkedState::Placed || kind == NodeKind::NorthStar)
        return 0;
    const Id treeId = it->treeId;
    const Node *parent = data.node(parentId);
    if (parent) {
        // As connectNodes allows: work serves inputs, inputs drive the North Star or an input.
        const bool fits = parent->treeId == treeId
                          && (kind == NodeKind::Work ? parent->kind == NodeKind::Input : parent->kind != NodeKind::Work);
        if (!fits)
            return 0;
    }
    ChangeSet change;
    Node node;
    if (kind == NodeKind::Work) {
        node = makeWorkNode(doc, treeId, it->text);
    } else {
        Id metricId = 0;
        if (const Metric *existing = metricNamed(data, it->text)) {
            metricId = existing->id;
        } else {
            const Metric metric = makeMetric(doc, it->text);
            change.add(metric);
            metricId = metric.id;
        }
        node = makeMetricNode(doc, treeId, kind, metricId);
    }
    if (position) {
        node.pinned = true;
        node.position = *position;
    }
    change.add(node);
    if (parent)
        change.add(makeEdge(doc, treeId, node.id, parent->id));
    ParkedIdea placed = *it;
    placed.state = ParkedState::Placed;
    placed.nodeId = node.id;
    change.update(*it, placed);
    doc.push(change, EditText::tr("Place idea on the tree"), {node.id});
    return node.id;
}

} // namespace NorthStar::Edit
