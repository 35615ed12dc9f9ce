#include "reviewsample.h"

using namespace Qt::StringLiterals;

namespace NorthStar::TestWorkspace {
namespace {

Annotation annotation(Id id, QDate date, const QString &text, Id metricId)
{
    Annotation a;
    a.id = id;
    a.date = date;
    a.text = text;
    a.metricId = metricId;
    return a;
}

ReviewNote note(Id id, Id treeId, Id metricId, QDate period, ReviewGrain grain, const QString &text)
{
    ReviewNote n;
    n.id = id;
    n.treeId = treeId;
    n.metricId = metricId;
    n.period = period;
    n.grain = grain;
    n.text = text;
    return n;
}

} // namespace

WorkspaceData sampleWithReview()
{
    WorkspaceData d = sample();
    Target &activeTeams = d.metrics[MetricActiveTeams].target;
    activeTeams.value = 2600;
    activeTeams.date = QDate(2026, 12, 31);
    activeTeams.baselineValue = 400;
    activeTeams.baselineDate = QDate(2026, 1, 5);
    d.metrics[MetricDocsPerTeam].target.value = 0.35;
    d.metrics[MetricDocsPerTeam].target.date = QDate(2027, 1, 1);
    d.trees[RetentionTree].guardrailBound = GuardrailBound{GuardrailBound::Side::AtMost, 30};
    d.nodes[OnboardingWork].impact = ExpectedImpact{0.1, true};
    d.nodes[OnboardingWork].expectedImpact = u"New teams find the invite button"_s;
    d.nodes[TemplatesWork].impact = ExpectedImpact{0.05, false};

    for (const Annotation &a : {annotation(AnnotationInvites, QDate(2026, 3, 3), u"Invite e-mails bounced"_s, MetricInvitesSent),
                                annotation(AnnotationInviting, QDate(2026, 2, 10), u"Pricing page launched"_s, MetricTeamsInviting),
                                annotation(AnnotationWorkspace, QDate(2026, 3, 4), u"Outage, 3 h"_s, 0),
                                annotation(AnnotationDocs, QDate(2026, 1, 20), u"Editor redesign"_s, MetricDocsPerTeam)})
        d.annotations.insert(a.id, a);
    for (const ReviewNote &n :
         {note(NoteGrowthWeek, GrowthTree, 0, QDate(2026, 3, 2), ReviewGrain::Week, u"A good week"_s),
          note(NoteGrowthInvites, GrowthTree, MetricInvitesSent, QDate(2026, 3, 2), ReviewGrain::Week, u"Bounces"_s),
          note(NoteRetentionMonth, RetentionTree, MetricRetainedTeams, QDate(2026, 3, 1), ReviewGrain::Month, u"Flat"_s),
          note(NoteGrowthInvitingMonth, GrowthTree, MetricTeamsInviting, QDate(2026, 3, 1), ReviewGrain::Month,
               u"Up after pricing"_s)})
        d.reviewNotes.insert(n.id, n);
    d.recomputeNextId();
    return d;
}

} // namespace NorthStar::TestWorkspace
