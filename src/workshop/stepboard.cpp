#include "workshop/stepboard.h"

#include "workshop/votetally.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace NorthStar::StepBoard {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::StepBoard)
};

QHash<Id, Dots> dotsOfStep(const WorkspaceData &data, Id stepId)
{
    QHash<Id, Dots> dots;
    if (stepId == 0)
        return dots;
    for (const VoteTally::Entry &e : VoteTally::ofStep(data, stepId))
        dots.insert(e.itemId, {e.dots, e.rank, e.tied});
    return dots;
}

QList<Id> sortedChildren(const WorkspaceData &data, Id nodeId, NodeKind kind)
{
    QList<Id> ids;
    for (Id child : data.childrenOf(nodeId)) {
        const Node *n = data.node(child);
        if (n && n->kind == kind && !ids.contains(child))
            ids.append(child);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

// The tree's inputs depth first from the North Star (each with the input it drives), then
// those it does not reach.
QList<std::pair<Id, Id>> inputOrder(const WorkspaceData &data, Id treeId)
{
    QList<std::pair<Id, Id>> order;
    QSet<Id> seen;
    const Node *northStar = data.northStarOf(treeId);
    // Breadth first from the North Star: its inputs first, sub-inputs after them.
    QList<std::pair<Id, Id>> queue;
    if (northStar) {
        for (Id id : sortedChildren(data, northStar->id, NodeKind::Input))
            queue.append({id, 0});
    }
    while (!queue.isEmpty()) {
        const auto [id, parent] = queue.takeFirst();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        order.append({id, parent});
        for (Id child : sortedChildren(data, id, NodeKind::Input))
            queue.append({child, id});
    }
    QList<Node> rest = data.nodesOfTree(treeId);
    std::sort(rest.begin(), rest.end(), [](const Node &a, const Node &b) { return a.id < b.id; });
    for (const Node &n : rest) {
        if (n.kind == NodeKind::Input && !seen.contains(n.id))
            order.append({n.id, 0});
    }
    return order;
}

Dimension dimensionOf(const WorkspaceData &data, const Node &node)
{
    const Metric *m = data.metric(node.metricId);
    return m ? m->dimension : Dimension::None;
}

QString inputCheckText(const QString &rule)
{
    if (rule == u"input-no-owner"_s)
        return Text::tr("No owner");
    if (rule == u"input-no-definition"_s)
        return Text::tr("No definition");
    if (rule == u"input-unlinked"_s)
        return Text::tr("Drives nothing");
    return {};
}

} // namespace

Kind kindFor(WorkshopStepKind stepKind)
{
    switch (stepKind) {
    case WorkshopStepKind::Candidates:
    case WorkshopStepKind::Checklist:
    case WorkshopStepKind::Choose: return Kind::Candidates;
    case WorkshopStepKind::Inputs: return Kind::Inputs;
    case WorkshopStepKind::Work: return Kind::Work;
    case WorkshopStepKind::ValueAndGame:
    case WorkshopStepKind::NextSteps:
    case WorkshopStepKind::Custom: return Kind::Tree;
    }
    return Kind::Tree;
}

QList<CandidateColumn> candidates(const WorkspaceData &data, Id treeId, Id stepId)
{
    const QHash<Id, Dots> dots = dotsOfStep(data, stepId);
    const Node *northStar = data.northStarOf(treeId);
    QList<Candidate> list = data.candidatesOfTree(treeId);
    std::sort(list.begin(), list.end(), [](const Candidate &a, const Candidate &b) { return a.id < b.id; });
    QList<CandidateColumn> columns;
    for (const Candidate &c : std::as_const(list)) {
        CandidateColumn col;
        col.metricId = c.metricId;
        const Metric *m = data.metric(c.metricId);
        col.name = m ? m->name : QString();
        col.answers = c.answers;
        for (int i = 0; i < checklistItemCount; ++i) {
            const Answer a = c.answers[std::size_t(i)];
            if (a == Answer::Unanswered || a == Answer::Unsure)
                continue;
            (a == goodAnswer(static_cast<ChecklistItem>(i)) ? col.good : col.against) += 1;
        }
        col.chosen = northStar && northStar->metricId == c.metricId;
        col.dots = dots.value(c.metricId);
        columns.append(col);
    }
    return columns;
}

InputsBoard inputs(const WorkspaceData &data, Id treeId, Id stepId)
{
    InputsBoard board;
    const QHash<Id, Dots> dots = dotsOfStep(data, stepId);
    QHash<Id, QStringList> checks;
    for (const Lint::Finding &f : Lint::lintTree(data, treeId)) {
        if (f.rule == u"input-count"_s || f.rule == u"dimension-missing"_s)
            board.treeChecks.append(f);
        else if (const QString text = inputCheckText(f.rule); !text.isEmpty())
            checks[f.nodeId].append(text);
    }
    for (const auto &[id, parent] : inputOrder(data, treeId)) {
        const Node *n = data.node(id);
        InputCard card;
        card.nodeId = id;
        card.name = data.nodeTitle(*n);
        card.dimension = dimensionOf(data, *n);
        card.owner = data.nodeOwner(*n);
        card.parentInputId = parent;
        card.checks = checks.value(id);
        card.dots = dots.value(id);
        if (parent == 0 && !data.parentsOf(id).isEmpty())
            ++board.directInputs;
        for (std::size_t d = 0; d < dimensions.size(); ++d)
            board.coverage[d] += card.dimension == dimensions[d] ? 1 : 0;
        board.inputs.append(card);
    }
    return board;
}

QList<WorkColumn> work(const WorkspaceData &data, Id treeId, Id stepId)
{
    const QHash<Id, Dots> dots = dotsOfStep(data, stepId);
    QSet<Id> gaps;
    for (const Lint::Finding &f : Lint::lintTree(data, treeId)) {
        if (f.rule == u"input-no-work"_s)
            gaps.insert(f.nodeId);
    }
    QList<WorkColumn> columns;
    for (const auto &[id, parent] : inputOrder(data, treeId)) {
        Q_UNUSED(parent)
        const Node *n = data.node(id);
        WorkColumn col;
        col.inputId = id;
        col.name = data.nodeTitle(*n);
        col.dimension = dimensionOf(data, *n);
        col.gap = gaps.contains(id);
        for (Id workId : sortedChildren(data, id, NodeKind::Work)) {
            const Node *w = data.node(workId);
            col.work.append({workId, data.nodeTitle(*w), w->status, dots.value(workId)});
        }
        columns.append(col);
    }
    return columns;
}

} // namespace NorthStar::StepBoard
