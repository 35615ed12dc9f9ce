// Minutes::build (minutes.h): the workshop, its tree and the room's votes and ideas gathered
// into values the writers format.

#include "minutes/minutes.h"

#include "render/cardstyle.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace NorthStar::Minutes {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Minutes)
};

QDateTime inZone(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.isValid() ? utc.toTimeZone(zone) : QDateTime();
}

// The facilitator writes decisions one per line, some as a list ("- ship it").
QStringList decisionLines(const QString &text)
{
    QStringList lines;
    for (QString line : text.split(u'\n')) {
        line = line.trimmed();
        for (const QString &bullet : {u"- "_s, u"* "_s, u"• "_s}) {
            if (line.startsWith(bullet))
                line = line.mid(bullet.size()).trimmed();
        }
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines;
}

Agenda::VoteSubject ballotSubject(const WorkspaceData &data, const WorkshopStep &step, const QList<VoteTally::Entry> &entries)
{
    const Agenda::VoteSubject subject = Agenda::voteSubject(step.kind);
    if (subject != Agenda::VoteSubject::None || entries.isEmpty())
        return subject;
    // A step of the room's own: what its votes are on says which.
    const Node *node = data.node(entries.constFirst().itemId);
    if (!node)
        return Agenda::VoteSubject::Candidates;
    return node->kind == NodeKind::Work ? Agenda::VoteSubject::Work : Agenda::VoteSubject::Inputs;
}

class OutlineBuilder final
{
public:
    OutlineBuilder(const WorkspaceData &data, const TreeGeometry &geometry, const QHash<Id, int> &dots)
        : m_data(data), m_geometry(geometry), m_dots(dots)
    {
        for (qsizetype i = 0; i < geometry.order().size(); ++i)
            m_position.insert(geometry.order().at(i), int(i));
    }

    QList<OutlineItem> build(Id treeId)
    {
        if (const Node *northStar = m_data.northStarOf(treeId))
            visit(*northStar, 0, 0, true);
        // What is on the canvas but drives nothing yet still belongs to the record.
        QList<Node> loose;
        for (const Node &n : m_data.nodesOfTree(treeId)) {
            if (!m_seen.contains(n.id))
                loose.append(n);
        }
        sortNodes(loose);
        for (const Node &n : std::as_const(loose)) {
            if (!m_seen.contains(n.id))
                visit(n, 0, 0, false);
        }
        return m_items;
    }

private:
    void sortNodes(QList<Node> &nodes) const
    {
        // Inputs before work, then as the picture places them.
        std::stable_sort(nodes.begin(), nodes.end(), [this](const Node &a, const Node &b) {
            const bool aWork = a.kind == NodeKind::Work, bWork = b.kind == NodeKind::Work;
            if (aWork != bWork)
                return !aWork;
            return m_position.value(a.id, INT_MAX) < m_position.value(b.id, INT_MAX);
        });
    }

    void visit(const Node &node, Id parentId, int depth, bool connected)
    {
        m_seen.insert(node.id);
        OutlineItem item;
        item.nodeId = node.id;
        item.depth = depth;
        item.kind = node.kind;
        item.title = m_data.nodeTitle(node);
        if (const Metric *m = m_data.metric(node.metricId))
            item.dimension = m->dimension;
        item.status = node.status;
        const std::optional<Edge> link = parentId ? m_data.edgeBetween(node.id, parentId) : std::nullopt;
        if (node.kind == NodeKind::Work && node.confidence != Confidence::Unset)
            item.confidence = node.confidence;
        else if (link)
            item.confidence = link->confidence;
        item.dots = m_dots.value(node.id);
        item.connected = connected;
        m_items.append(item);
        if (depth > 32) // a tree has no cycles (connectNodes refuses them); a damaged file might
            return;
        QList<Node> children;
        for (Id childId : m_data.childrenOf(node.id)) {
            if (const Node *child = m_data.node(childId))
                children.append(*child);
        }
        sortNodes(children);
        for (const Node &child : std::as_const(children))
            visit(child, node.id, depth + 1, connected);
    }

    const WorkspaceData &m_data;
    const TreeGeometry &m_geometry;
    const QHash<Id, int> &m_dots;
    QHash<Id, int> m_position;
    QSet<Id> m_seen;
    QList<OutlineItem> m_items;
};

} // namespace

QTimeZone timeZoneOf(const WorkspaceData &data)
{
    // The room's times read as the room saw them on the wall.
    const QString id = data.setting(u"timezone"_s);
    if (!id.isEmpty()) {
        const QTimeZone zone(id.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

Result<Content> build(const WorkspaceData &data, Id workshopId)
{
    const auto found = data.workshops.constFind(workshopId);
    if (found == data.workshops.cend())
        return fail(Text::tr("The workspace has no such workshop."));
    const Workshop &workshop = found.value();
    const Tree *tree = data.tree(workshop.treeId);
    if (!tree)
        return fail(Text::tr("The workshop \"%1\" belongs to no tree of the workspace.").arg(workshop.name));

    Content c;
    c.workshop = workshop.name;
    c.tree = tree->name;
    c.treeId = tree->id;
    c.zone = timeZoneOf(data);
    c.started = inZone(workshop.started, c.zone);
    c.finished = inZone(workshop.finished, c.zone);
    c.participants = workshop.participants;
    c.dotsPerPerson = workshop.dotsPerPerson;
    c.plannedSeconds = Agenda::plannedTotalSeconds(workshop);

    QDateTime lastEnd = workshop.finished;
    const int budget = VoteTally::budget(workshop);
    for (qsizetype i = 0; i < workshop.steps.size(); ++i) {
        const WorkshopStep &s = workshop.steps.at(i);
        Step step;
        step.number = int(i) + 1;
        step.id = s.id;
        step.kind = s.kind;
        step.title = s.title;
        step.prompt = s.prompt;
        step.plannedMinutes = s.minutes;
        step.started = inZone(s.started, c.zone);
        step.ended = inZone(s.ended, c.zone);
        // A running step has run until its workshop finished, else until the last thing the
        // record knows: the minutes do not depend on when they are made.
        step.elapsedSeconds = s.ended.isValid() || workshop.finished.isValid()
                                  ? Agenda::elapsedSeconds(s, workshop.finished)
                                  : 0;
        step.decisions = decisionLines(s.decisions);
        for (const QString &d : std::as_const(step.decisions))
            c.decisions.append({step.number, step.title, d});
        if (!workshop.finished.isValid() && s.ended.isValid() && (!lastEnd.isValid() || s.ended > lastEnd))
            lastEnd = s.ended;

        const QList<VoteTally::Entry> entries = VoteTally::ofStep(data, s.id);
        if (!entries.isEmpty()) {
            Ballot ballot{step.number, step.title, ballotSubject(data, s, entries), entries,
                          VoteTally::placedDots(data, s.id), budget};
            (ballot.subject == Agenda::VoteSubject::Candidates ? c.candidateBallots : c.itemBallots).append(ballot);
        }
        c.steps.append(step);
    }
    c.ranSeconds = lastEnd.isValid() && workshop.started.isValid() ? std::max<qint64>(0, workshop.started.secsTo(lastEnd)) : 0;

    const Node *northStar = data.northStarOf(tree->id);
    const Metric *chosen = northStar ? data.metric(northStar->metricId) : nullptr;
    c.northStar = chosen ? chosen->name : QString();
    for (const Candidate &candidate : data.candidatesOfTree(tree->id)) {
        const Metric *metric = data.metric(candidate.metricId);
        c.candidates.append({metric ? metric->name : Text::tr("(unnamed metric)"), candidate.answers, candidate.notes,
                             chosen && candidate.metricId == chosen->id});
    }

    auto geometry = TreeGeometry::compute(data, tree->id, CardStyle::standard());
    if (!geometry)
        return fail(Text::tr("Cannot lay out the tree \"%1\": %2").arg(tree->name, geometry.error()));
    c.geometry = std::move(*geometry);
    QHash<Id, int> dots;
    for (const Vote &v : data.votesOfWorkshop(workshop.id))
        dots[v.itemId] += std::max(0, v.dots);
    c.outline = OutlineBuilder(data, c.geometry, dots).build(tree->id);

    // The ideas the room raised, and those still open from before: what it left for later.
    for (const ParkedIdea &p : data.parkedIdeasOfTree(tree->id)) {
        const bool raisedHere = p.raised.isValid() && workshop.started.isValid() && p.raised >= workshop.started
                                && (!workshop.finished.isValid() || p.raised <= workshop.finished);
        if (!raisedHere && p.state != ParkedState::Open)
            continue;
        Idea idea{p.text, inZone(p.raised, c.zone), p.state, {}, NodeKind::Input};
        if (const Node *node = data.node(p.nodeId)) {
            idea.placedAs = data.nodeTitle(*node);
            idea.placedKind = node->kind;
        }
        c.ideas.append(idea);
    }
    c.data = data;
    return c;
}

} // namespace NorthStar::Minutes
