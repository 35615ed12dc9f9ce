#pragma once

// A workshop run from start to finish, for the minutes' tests and anyone else who needs a
// session on record (the window's workshop tests, the wall screen's screenshots). Built with
// the Edit:: functions the window calls, on a clock of explicit times.
//
// Tree "Growth" (workspace timezone Europe/Berlin, one hour ahead of UTC on 3 Dec 2026):
//   North Star "Weekly active teams"
//   ├─ input "Teams inviting" (breadth), link to the North Star: low confidence
//   │   └─ work "Onboarding checklist" (in progress, medium confidence)
//   └─ input "Docs per team" (depth), link: high confidence
//       ├─ work "Shared templates" (idea)
//       └─ work "Template gallery" (placed from the parking lot)
// Candidates: "Weekly active teams" (7 of 8 good answers), "Paying teams" (stress test
// failed), "Sign-ups" (half unanswered).
//
// Workshop "Kick-off", 6 participants with 3 dots each, the playbook's agenda, started
// 08:00 UTC (09:00 in Berlin):
//   1 Value and game   15 min  08:00–08:17  17 min, 2 over   decision
//   2 Candidates       20 min  08:17–08:30  13 min, 7 under
//   3 Checklist        20 min  08:30–08:50  20 min, on time
//   4 Choose           10 min  08:50–09:02  12 min, 2 over   votes 7 / 5 / 5 (a tie), two decisions
//   5 Inputs           25 min  09:02–09:20  18 min, 7 under  votes 6 / 6 (a tie)
//   6 Work and gaps    20 min  09:20–09:35  15 min, 5 under  votes 4 / 2, decision; finished 09:35
//   7 Next steps       10 min  never reached
// Parking lot: "Referral programme" (open, 08:20), "Template gallery" (placed as work under
// "Docs per team", 08:40), "Rename the product" (dismissed, 08:45).

#include "model/workspacedata.h"

#include <QDateTime>

namespace NorthStar::MinutesFixture {

struct Session final
{
    WorkspaceData data;
    Id treeId = 0;
    Id workshopId = 0;
    Id northStar = 0;
    Id teamsInviting = 0; // input nodes
    Id docsPerTeam = 0;
    Id onboarding = 0;    // work nodes
    Id templates = 0;
    Id gallery = 0;       // placed from the parking lot
    Id metricActiveTeams = 0; // candidates' metrics
    Id metricPayingTeams = 0;
    Id metricSignUps = 0;
};

// 3 Dec 2026 at `hour`:`minute` UTC.
QDateTime at(int hour, int minute);

// The session above.
Session kickOff();

// The same tree with no workshop at all.
WorkspaceData withoutWorkshop();

} // namespace NorthStar::MinutesFixture
