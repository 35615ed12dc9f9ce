#include "testworkspace.h"

#include <QJsonDocument>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace NorthStar::TestWorkspace {
namespace {

Metric metric(Id id, const QString &name, const QString &definition = {})
{
    Metric m;
    m.id = id;
    m.name = name;
    m.definition = definition;
    return m;
}

Node metricNode(Id id, Id treeId, NodeKind kind, Id metricId)
{
    Node n;
    n.id = id;
    n.treeId = treeId;
    n.kind = kind;
    n.metricId = metricId;
    return n;
}

Node workNode(Id id, const QString &title)
{
    Node n;
    n.id = id;
    n.treeId = GrowthTree;
    n.kind = NodeKind::Work;
    n.title = title;
    return n;
}

Edge edge(Id id, Id treeId, Id child, Id parent)
{
    Edge e;
    e.id = id;
    e.treeId = treeId;
    e.childId = child;
    e.parentId = parent;
    return e;
}

QString optionalNumber(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 17) : u"null"_s;
}

QString describe(const Target &t)
{
    return u"%1@%2 from %3@%4"_s.arg(optionalNumber(t.value), t.date.toString(Qt::ISODate),
                                      optionalNumber(t.baselineValue), t.baselineDate.toString(Qt::ISODate));
}

QString describe(const Metric &m)
{
    return u"metric %1 \"%2\" def=\"%3\" unit=%4 owner=%5 target=%6 notes=%7 dim=%8 comp=%9"_s
        .arg(m.id)
        .arg(m.name, m.definition, m.unit, m.owner, describe(m.target), m.notes, toKey(m.dimension),
             QString::fromUtf8(QJsonDocument(m.computation).toJson(QJsonDocument::Compact)));
}

QString describe(const Tree &t)
{
    const QString bound = !t.guardrailBound ? u"none"_s
                          : (t.guardrailBound->side == GuardrailBound::Side::AtLeast ? u">="_s : u"<="_s)
                                + QString::number(t.guardrailBound->value, 'g', 17);
    return u"tree %1 \"%2\" order=%3 game=%4 guardrail=%5 bound=%6"_s.arg(t.id).arg(t.name).arg(t.order).arg(
        toKey(t.game)).arg(t.guardrailMetricId).arg(bound);
}

QString describe(const Node &n)
{
    return u"node %1 tree=%2 kind=%3 metric=%4 title=\"%5\" owner=%6 type=%7 status=%8 ship=%9 "
           "impact=%10 (%14) pinned=%11 pos=(%12,%13)"_s
        .arg(n.id)
        .arg(n.treeId)
        .arg(toKey(n.kind))
        .arg(n.metricId)
        .arg(n.title, n.owner, toKey(n.workType), toKey(n.status), n.shipDate.toString(Qt::ISODate),
             n.expectedImpact)
        .arg(n.pinned)
        .arg(n.position.x())
        .arg(n.position.y()) + u" confidence=" + toKey(n.confidence)
        .arg(n.impact ? QString::number(n.impact->amount, 'g', 17) + (n.impact->relative ? u" rel"_s : u" abs"_s)
                      : u"none"_s);
}

QString describe(const Edge &e)
{
    return u"edge %1 tree=%2 %3->%4 leverage=%5 theory=\"%6\""_s.arg(e.id)
        .arg(e.treeId)
        .arg(e.childId)
        .arg(e.parentId)
        .arg(e.leverage ? QString::number(*e.leverage) : u"null"_s, e.theory) + u" confidence=" + toKey(e.confidence);
}

QString describe(const Candidate &c)
{
    QStringList answers;
    for (Answer a : c.answers)
        answers.append(toKey(a));
    return u"candidate %1 tree=%2 metric=%3 answers=%4 notes=\"%5\""_s.arg(c.id)
        .arg(c.treeId)
        .arg(c.metricId)
        .arg(answers.join(u','), c.notes);
}

QString describe(const Annotation &a)
{
    return u"annotation %1 %2 metric=%3 \"%4\""_s.arg(a.id).arg(a.date.toString(Qt::ISODate)).arg(a.metricId).arg(a.text);
}

QString describe(const ReviewNote &n)
{
    return u"review note %1 tree=%2 metric=%3 %4 %5 \"%6\""_s.arg(n.id).arg(n.treeId).arg(n.metricId)
        .arg(n.period.toString(Qt::ISODate), toKey(n.grain), n.text);
}

QString describe(const TreeVersion &v)
{
    return u"version %1 tree=%2 \"%3\" saved=%4 fragment=%5"_s.arg(v.id).arg(v.treeId).arg(v.name)
        .arg(v.saved.toString(Qt::ISODateWithMs), QString::fromUtf8(v.fragment));
}

QString describe(const Workshop &w)
{
    QStringList steps;
    for (const WorkshopStep &s : w.steps) {
        steps.append(u"[%1 %2 \"%3\" \"%4\" %5min %6..%7 \"%8\"]"_s.arg(s.id).arg(toKey(s.kind), s.title, s.prompt)
                         .arg(s.minutes)
                         .arg(s.started.toString(Qt::ISODateWithMs), s.ended.toString(Qt::ISODateWithMs), s.decisions));
    }
    return u"workshop %1 tree=%2 \"%3\" %4..%5 current=%6 people=%7 dots=%8 steps=%9"_s.arg(w.id).arg(w.treeId)
        .arg(w.name, w.started.toString(Qt::ISODateWithMs), w.finished.toString(Qt::ISODateWithMs))
        .arg(w.currentStep)
        .arg(w.participants)
        .arg(w.dotsPerPerson)
        .arg(steps.join(u' '));
}

QString describe(const Vote &v)
{
    return u"vote %1 tree=%2 workshop=%3 step=%4 item=%5 dots=%6"_s.arg(v.id).arg(v.treeId).arg(v.workshopId)
        .arg(v.stepId).arg(v.itemId).arg(v.dots);
}

QString describe(const ParkedIdea &p)
{
    return u"idea %1 tree=%2 \"%3\" raised=%4 %5 node=%6"_s.arg(p.id).arg(p.treeId)
        .arg(p.text, p.raised.toString(Qt::ISODateWithMs), toKey(p.state)).arg(p.nodeId);
}

template<typename T>
bool sameMap(const QMap<Id, T> &a, const QMap<Id, T> &b, QString *why)
{
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const auto other = b.constFind(it.key());
        if (other == b.cend()) {
            *why = u"only in actual: "_s + describe(it.value());
            return false;
        }
        if (!(other.value() == it.value())) {
            *why = u"actual %1\n   expected %2"_s.arg(describe(it.value()), describe(other.value()));
            return false;
        }
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (!a.contains(it.key())) {
            *why = u"missing in actual: "_s + describe(it.value());
            return false;
        }
    }
    return true;
}

} // namespace

WorkspaceData sample()
{
    WorkspaceData d;
    Tree growth;
    growth.id = GrowthTree;
    growth.name = u"Growth"_s;
    growth.order = 0;
    growth.game = Game::Productivity;
    d.trees.insert(growth.id, growth);
    Tree retention;
    retention.id = RetentionTree;
    retention.name = u"Retention"_s;
    retention.order = 1;
    retention.guardrailMetricId = MetricSupportTickets;
    d.trees.insert(retention.id, retention);

    for (const Metric &m : {metric(MetricActiveTeams, u"Weekly active teams"_s, u"Teams with 3+ active members"_s),
                            metric(MetricTeamsInviting, u"Teams inviting"_s),
                            metric(MetricDocsPerTeam, u"Docs per team"_s, u"Documents created per team per week"_s),
                            metric(MetricInvitesSent, u"Invites sent"_s),
                            metric(MetricRetainedTeams, u"Retained teams"_s),
                            metric(MetricComments, u"Comments"_s),
                            metric(MetricPayingTeams, u"Paying teams"_s),
                            metric(MetricSupportTickets, u"Support tickets"_s)})
        d.metrics.insert(m.id, m);
    d.metrics[MetricComments].computation = QJsonObject{{u"kind"_s, u"count"_s}, {u"event"_s, u"comment"_s}};

    for (const Node &n : {metricNode(NorthStarNode, GrowthTree, NodeKind::NorthStar, MetricActiveTeams),
                          metricNode(InvitingInput, GrowthTree, NodeKind::Input, MetricTeamsInviting),
                          metricNode(DocsInput, GrowthTree, NodeKind::Input, MetricDocsPerTeam),
                          metricNode(InvitesSubInput, GrowthTree, NodeKind::Input, MetricInvitesSent),
                          metricNode(CommentsInput, GrowthTree, NodeKind::Input, MetricComments),
                          workNode(OnboardingWork, u"Onboarding checklist"_s),
                          workNode(TemplatesWork, u"Shared templates"_s),
                          workNode(ReminderWork, u"Invite reminder"_s),
                          metricNode(RetentionNorthStar, RetentionTree, NodeKind::NorthStar, MetricRetainedTeams),
                          metricNode(RetentionInput, RetentionTree, NodeKind::Input, MetricTeamsInviting)})
        d.nodes.insert(n.id, n);
    d.nodes[OnboardingWork].owner = u"Ana"_s;
    d.nodes[OnboardingWork].status = WorkStatus::InProgress;
    d.nodes[TemplatesWork].pinned = true;
    d.nodes[TemplatesWork].position = QPointF(120.5, 340.25);

    for (const Edge &e : {edge(EdgeInvitingToNorthStar, GrowthTree, InvitingInput, NorthStarNode),
                          edge(EdgeDocsToNorthStar, GrowthTree, DocsInput, NorthStarNode),
                          edge(EdgeInvitesToInviting, GrowthTree, InvitesSubInput, InvitingInput),
                          edge(EdgeOnboardingToInviting, GrowthTree, OnboardingWork, InvitingInput),
                          edge(EdgeTemplatesToInviting, GrowthTree, TemplatesWork, InvitingInput),
                          edge(EdgeTemplatesToDocs, GrowthTree, TemplatesWork, DocsInput),
                          edge(EdgeReminderToInvites, GrowthTree, ReminderWork, InvitesSubInput),
                          edge(EdgeCommentsToNorthStar, GrowthTree, CommentsInput, NorthStarNode),
                          edge(EdgeRetentionInput, RetentionTree, RetentionInput, RetentionNorthStar)})
        d.edges.insert(e.id, e);
    d.edges[EdgeDocsToNorthStar].leverage = 0.5;
    d.edges[EdgeDocsToNorthStar].theory = u"More docs, more reasons to come back"_s;
    d.edges[EdgeInvitesToInviting].leverage = 0.0;
    d.edges[EdgeInvitesToInviting].theory = u"Invites become teams"_s;

    Candidate active;
    active.id = CandidateActiveTeams;
    active.treeId = GrowthTree;
    active.metricId = MetricActiveTeams;
    active.answers[0] = Answer::Yes;
    d.candidates.insert(active.id, active);
    Candidate paying;
    paying.id = CandidatePayingTeams;
    paying.treeId = GrowthTree;
    paying.metricId = MetricPayingTeams;
    d.candidates.insert(paying.id, paying);

    d.settings.insert(u"timezone"_s, u"Europe/Berlin"_s);
    d.recomputeNextId();
    return d;
}

bool sameContent(const WorkspaceData &a, const WorkspaceData &b, QString *why)
{
    if (!sameMap(a.metrics, b.metrics, why) || !sameMap(a.trees, b.trees, why)
        || !sameMap(a.nodes, b.nodes, why) || !sameMap(a.edges, b.edges, why)
        || !sameMap(a.candidates, b.candidates, why) || !sameMap(a.annotations, b.annotations, why)
        || !sameMap(a.reviewNotes, b.reviewNotes, why) || !sameMap(a.versions, b.versions, why)
        || !sameMap(a.workshops, b.workshops, why) || !sameMap(a.votes, b.votes, why)
        || !sameMap(a.parkedIdeas, b.parkedIdeas, why))
        return false;
    if (a.settings != b.settings) {
        QStringList as, bs;
        for (auto it = a.settings.cbegin(); it != a.settings.cend(); ++it)
            as.append(it.key() + u'=' + it.value());
        for (auto it = b.settings.cbegin(); it != b.settings.cend(); ++it)
            bs.append(it.key() + u'=' + it.value());
        *why = u"settings differ: actual {%1}, expected {%2}"_s.arg(as.join(u", "_s), bs.join(u", "_s));
        return false;
    }
    return true;
}

QList<Id> addedNodes(const WorkspaceData &before, const WorkspaceData &after)
{
    QList<Id> ids;
    for (const Node &n : after.nodes) {
        if (!before.nodes.contains(n.id))
            ids.append(n.id);
    }
    return ids;
}

} // namespace NorthStar::TestWorkspace
