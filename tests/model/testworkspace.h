#pragma once

// Fixtures shared by the model tests: a small two-tree workspace whose ids are fixed (so
// data-driven rows can name nodes), and a whole-content comparison that says what differs.

#include "model/workspacedata.h"

#include <QString>

namespace NorthStar::TestWorkspace {

// Tree 1 "Growth" (order 0):
//   20 North Star (metric 10 "Weekly active teams", defined)
//   ├─ 21 input (metric 11 "Teams inviting", blank)       edge 40
//   │   ├─ 23 sub-input (metric 13 "Invites sent", blank)  edge 42 (leverage 0.0, theory)
//   │   │   └─ 32 work "Invite reminder"                   edge 46
//   │   ├─ 30 work "Onboarding checklist"                  edge 43
//   │   └─ 31 work "Shared templates"                      edge 44
//   ├─ 22 input (metric 12 "Docs per team", defined)       edge 41 (leverage 0.5, theory)
//   │   └─ 31 (the same work item serves two inputs)       edge 45
//   └─ 24 input (metric 15 "Comments", computation only)   edge 47
// Candidates 50 (metric 10) and 51 (metric 16 "Paying teams", blank, only a candidate).
// Tree 2 "Retention" (order 1), guardrail metric 17 "Support tickets" (blank):
//   60 North Star (metric 14 "Retained teams", blank)
//   └─ 61 input (metric 11, shared with tree 1)            edge 62
// Setting "timezone" = "Europe/Berlin".
enum Ids : Id {
    GrowthTree = 1,
    RetentionTree = 2,
    MetricActiveTeams = 10,
    MetricTeamsInviting = 11,
    MetricDocsPerTeam = 12,
    MetricInvitesSent = 13,
    MetricRetainedTeams = 14,
    MetricComments = 15,
    MetricPayingTeams = 16,
    MetricSupportTickets = 17,
    NorthStarNode = 20,
    InvitingInput = 21,
    DocsInput = 22,
    InvitesSubInput = 23,
    CommentsInput = 24,
    OnboardingWork = 30,
    TemplatesWork = 31,
    ReminderWork = 32,
    EdgeInvitingToNorthStar = 40,
    EdgeDocsToNorthStar = 41,
    EdgeInvitesToInviting = 42,
    EdgeOnboardingToInviting = 43,
    EdgeTemplatesToInviting = 44,
    EdgeTemplatesToDocs = 45,
    EdgeReminderToInvites = 46,
    EdgeCommentsToNorthStar = 47,
    CandidateActiveTeams = 50,
    CandidatePayingTeams = 51,
    RetentionNorthStar = 60,
    RetentionInput = 61,
    EdgeRetentionInput = 62,
};

WorkspaceData sample();

// Whether the entity maps and settings of `a` and `b` are equal (nextId is not compared: ids
// are never reused, so it only grows). On a difference, `why` names the first one.
bool sameContent(const WorkspaceData &a, const WorkspaceData &b, QString *why);

// Node ids of `after` that are not in `before`.
QList<Id> addedNodes(const WorkspaceData &before, const WorkspaceData &after);

} // namespace NorthStar::TestWorkspace

#define NS_COMPARE_CONTENT(actual, expected)                                                       \
    do {                                                                                           \
        QString why_;                                                                              \
        QVERIFY2(::NorthStar::TestWorkspace::sameContent((actual), (expected), &why_),             \
                 qPrintable(why_));                                                                \
    } while (false)
