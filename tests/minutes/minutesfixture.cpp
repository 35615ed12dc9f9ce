#include "minutesfixture.h"

#include "model/document.h"
#include "model/edits.h"
#include "workshop/agenda.h"

using namespace Qt::StringLiterals;

namespace NorthStar::MinutesFixture {
namespace {

enum Ids : Id {
    GrowthTree = 1,
    MetricActiveTeams = 10,
    MetricTeamsInviting = 11,
    MetricDocsPerTeam = 12,
    MetricPayingTeams = 13,
    MetricSignUps = 14,
    NorthStarNode = 20,
    InvitingInput = 21,
    DocsInput = 22,
    OnboardingWork = 30,
    TemplatesWork = 31,
    EdgeInviting = 40,
    EdgeDocs = 41,
    EdgeOnboarding = 42,
    EdgeTemplates = 43,
    CandidateActiveTeams = 50,
    CandidatePayingTeams = 51,
    CandidateSignUps = 52,
};

Metric metric(Id id, const QString &name, Dimension dimension = Dimension::None)
{
    Metric m;
    m.id = id;
    m.name = name;
    m.dimension = dimension;
    return m;
}

Node node(Id id, NodeKind kind, Id metricId, const QString &title = {})
{
    Node n;
    n.id = id;
    n.treeId = GrowthTree;
    n.kind = kind;
    n.metricId = metricId;
    n.title = title;
    return n;
}

Edge edge(Id id, Id child, Id parent, Confidence confidence = Confidence::Unset)
{
    Edge e;
    e.id = id;
    e.treeId = GrowthTree;
    e.childId = child;
    e.parentId = parent;
    e.confidence = confidence;
    return e;
}

Candidate candidate(Id id, Id metricId, const QString &answers, const QString &notes = {})
{
    // One letter per checklist item: y(es), n(o), u(nsure), - (unanswered).
    Candidate c;
    c.id = id;
    c.treeId = GrowthTree;
    c.metricId = metricId;
    for (int i = 0; i < checklistItemCount; ++i) {
        const QChar a = answers.at(i);
        c.answers[std::size_t(i)] = a == u'y' ? Answer::Yes : a == u'n' ? Answer::No : a == u'u' ? Answer::Unsure
                                                                                                 : Answer::Unanswered;
    }
    c.notes = notes;
    return c;
}

} // namespace

QDateTime at(int hour, int minute)
{
    return QDateTime(QDate(2026, 12, 3), QTime(hour, minute), Qt::UTC);
}

WorkspaceData withoutWorkshop()
{
    WorkspaceData d;
    Tree tree;
    tree.id = GrowthTree;
    tree.name = u"Growth"_s;
    tree.game = Game::Productivity;
    d.trees.insert(tree.id, tree);
    for (const Metric &m : {metric(MetricActiveTeams, u"Weekly active teams"_s),
                            metric(MetricTeamsInviting, u"Teams inviting"_s, Dimension::Breadth),
                            metric(MetricDocsPerTeam, u"Docs per team"_s, Dimension::Depth),
                            metric(MetricPayingTeams, u"Paying teams"_s), metric(MetricSignUps, u"Sign-ups"_s)})
        d.metrics.insert(m.id, m);
    Node onboarding = node(OnboardingWork, NodeKind::Work, 0, u"Onboarding checklist"_s);
    onboarding.status = WorkStatus::InProgress;
    onboarding.confidence = Confidence::Medium;
    for (const Node &n : {node(NorthStarNode, NodeKind::NorthStar, MetricActiveTeams),
                          node(InvitingInput, NodeKind::Input, MetricTeamsInviting),
                          node(DocsInput, NodeKind::Input, MetricDocsPerTeam), onboarding,
                          node(TemplatesWork, NodeKind::Work, 0, u"Shared templates"_s)})
        d.nodes.insert(n.id, n);
    for (const Edge &e : {edge(EdgeInviting, InvitingInput, NorthStarNode, Confidence::Low),
                          edge(EdgeDocs, DocsInput, NorthStarNode, Confidence::High),
                          edge(EdgeOnboarding, OnboardingWork, InvitingInput),
                          edge(EdgeTemplates, TemplatesWork, DocsInput)})
        d.edges.insert(e.id, e);
    for (const Candidate &c : {candidate(CandidateActiveTeams, MetricActiveTeams, u"yyyyyyun"_s,
                                         u"Teams that edit a doc together in a week"_s),
                               candidate(CandidatePayingTeams, MetricPayingTeams, u"uyyyyyyy"_s),
                               candidate(CandidateSignUps, MetricSignUps, u"yn--yy--"_s)})
        d.candidates.insert(c.id, c);
    d.settings.insert(u"timezone"_s, u"Europe/Berlin"_s);
    d.recomputeNextId();
    return d;
}

Session kickOff()
{
    Document doc;
    doc.load(withoutWorkshop(), QString());

    Workshop plan;
    plan.name = u"Kick-off"_s;
    plan.participants = 6;
    plan.dotsPerPerson = 3;
    plan.steps = Agenda::playbook();
    const auto started = Edit::startWorkshop(doc, GrowthTree, plan, at(8, 0));
    if (!started)
        qFatal("MinutesFixture: %s", qPrintable(started.error()));
    const Id workshopId = *started;
    const auto stepId = [&](int index) { return doc.data().workshops.value(workshopId).steps.at(index).id; };

    Edit::setStepDecisions(doc, workshopId, stepId(0), u"We play the productivity game: teams get work done together."_s);
    Edit::goToStep(doc, workshopId, 1, at(8, 17));
    const Id referral = Edit::parkIdea(doc, GrowthTree, u"Referral programme"_s, at(8, 20));
    Edit::goToStep(doc, workshopId, 2, at(8, 30));
    const Id gallery = Edit::parkIdea(doc, GrowthTree, u"Template gallery"_s, at(8, 40));
    const Id rename = Edit::parkIdea(doc, GrowthTree, u"Rename the product"_s, at(8, 45));
    Edit::goToStep(doc, workshopId, 3, at(8, 50));
    Edit::setVotes(doc, workshopId, stepId(3), MetricActiveTeams, 7);
    Edit::setVotes(doc, workshopId, stepId(3), MetricPayingTeams, 5);
    Edit::setVotes(doc, workshopId, stepId(3), MetricSignUps, 5);
    Edit::setStepDecisions(doc, workshopId, stepId(3),
                           u"Weekly active teams is our North Star.\n- Revisit paying teams as the guardrail in Q2"_s);
    Edit::goToStep(doc, workshopId, 4, at(9, 2));
    Edit::setVotes(doc, workshopId, stepId(4), InvitingInput, 6);
    Edit::setVotes(doc, workshopId, stepId(4), DocsInput, 6);
    Edit::goToStep(doc, workshopId, 5, at(9, 20));
    const Id galleryNode = Edit::placeParkedIdea(doc, gallery, NodeKind::Work, DocsInput);
    ParkedIdea dismissed = doc.data().parkedIdeas.value(rename);
    dismissed.state = ParkedState::Dismissed;
    Edit::updateParkedIdea(doc, dismissed);
    Edit::setVotes(doc, workshopId, stepId(5), OnboardingWork, 4);
    Edit::setVotes(doc, workshopId, stepId(5), TemplatesWork, 2);
    Edit::setStepDecisions(doc, workshopId, stepId(5), u"Onboarding checklist ships first."_s);
    Edit::finishWorkshop(doc, workshopId, at(9, 35));
    Q_UNUSED(referral);

    Session s;
    s.data = doc.data();
    s.treeId = GrowthTree;
    s.workshopId = workshopId;
    s.northStar = NorthStarNode;
    s.teamsInviting = InvitingInput;
    s.docsPerTeam = DocsInput;
    s.onboarding = OnboardingWork;
    s.templates = TemplatesWork;
    s.gallery = galleryNode;
    s.metricActiveTeams = MetricActiveTeams;
    s.metricPayingTeams = MetricPayingTeams;
    s.metricSignUps = MetricSignUps;
    return s;
}

} // namespace NorthStar::MinutesFixture
