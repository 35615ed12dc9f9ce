#pragma once

// Data for the review tests, with planted effects of known size, and the models that go
// with them. Nothing here computes a review.
//
// The planted data (plantedEvents) run from Wednesday 2025-01-08 to Wednesday 2025-08-06:
// weeks 0 .. 30 starting Monday 2025-01-06, the first and the last partial, so the review's
// default period P is week 29 (2025-07-28). Several inputs are counts planned exactly per
// week (a trend, a little seeded noise in -1..1, and the planted steps); the users doing
// them are drawn at random, at random times of day:
//
//   Searchers      100 + 2w, +15 from week 11 ("Dark mode", shipped week 10, no impact:
//                  moved_up), +36 (~25%) from week 21 ("Faster search", week 20, +10%:
//                  as_expected)
//   Search depth   searches per searcher 2.0 +- 0.02, -0.4 from week 18 ("New ranking",
//                  week 17, +0.3 absolute: opposite); "Quick filters" week 27: too_early
//   Sharers        60 + w, -12 from week 10 ("Ads experiment", week 9, no impact:
//                  moved_down), +5 (~7.5%) from week 19 ("Share button", week 18, +20%:
//                  smaller_than_expected)
//   Saved items    50 + w, +20 in week 29 only (unusual, nothing shipped near it:
//                  unexplained_movement); "Wishlist" week 15, +10%, no step: no_clear_effect;
//                  "Early bird" week 6: too_little_history (week 0 is partial)
//   Complaints     10, +10 in week 29 (the guardrail, at most 15: breached)
//   Saved value    save events carry a value (a multiple of 0.25)
//   Exports        20 .. 29 exporters a week, none in week 12 (an empty depth there)
//   Setup rate     activation (7 days) of "setup", ~0.4; "Onboarding tour" week 25: too_early,
//                  because a cohort metric is reviewed on week 28
//   Share depth    no work at all: idle_input
//   Undefined input  no computation; "Data pipeline" week 27: no_data
// Visits are random (each user active in a week with a probability of their own). Users
// have a country (DE, FR, US, none) and a plan (free, pro); 20 users from NL visit in weeks
// 0 .. 28 only (a segment absent in P) and 12 users on plan "team" arrive in week 29 (a
// segment absent in P-1).

#include "referencereview.h"

#include "model/workspacedata.h"

#include <QDate>
#include <QMap>
#include <QString>

namespace NorthStar::ReviewTest {

using ReviewReference::RawData;

// Monday of week `w` of the planted data (week 0 is 2025-01-06).
QDate plantedWeek(int w);
inline constexpr int plantedP = 29;

RawData plantedEvents(quint64 seed = 2);
// Trees "Growth" (the planted outcomes above; the North Star "Weekly visitors" is behind its
// target, with the default baseline), "Engagement" (North Star "Visits per visitor", a
// ratio split by segment, on track from a stored baseline; "Visit days" reached),
// "Activation" (North Star "Setup rate", a cohort metric), "Search share" (the formula
// Searchers / "Weekly visitors", split by Shapley), "Habits" (North Star the depth-value of
// save, inputs of the other kinds: lifecycle, threshold, stickiness, time-to-value, and
// Exports per exporter with its gap; work on the North Star), "Lifecycle" (its active count
// explained by Weekly visitors with leverage 1), "Saving" (the unusual Saved items as the
// North Star) and "Probes" (an expected decrease; a cohort input's only work in P-5).
// Targets also downwards (Share depth reached, Complaints behind) and with a date before P
// (Saved items, reached). `settings` go to the workspace.
WorkspaceData plantedModel(const QMap<QString, QString> &settings = {});

// A tiny workspace worked by hand: weeks 2025-03-03 (P-1) and 2025-03-10 (P), both complete.
//   a = breadth of ea: 10 -> 12 (DE 6 -> 5, NL 4 -> 0, FR 0 -> 4, no country 0 -> 3)
//   b = breadth of eb: 5 -> 6;  c = breadth of ec: 4 -> 1;  e = breadth of ee: 0 -> 2
//   "a depth" = depth of ea: 16/10 -> 25/12 (DE 2 each, NL 1, FR 3, no country 1)
RawData handWorkedEvents();
// Trees "Product" (a * b), "Sum" (a + b + c), "Ratio" (a / c with only a as a child),
// "Three" (a * b / c), "Leverage" (North Star a, inputs b with leverage 0.5 and c without,
// e a child of b, work "Promo" shipped 2025-03-12 serving b and c), "Depth" (North Star
// "a depth"), "Formula extra" (a * b with c a child too), "Leverage gap" (a child with a
// leverage and no computation) and "No computation" (its North Star has none).
WorkspaceData handWorkedModel();

// The events whose UTC date is at most `lastDay` (the planted and hand-worked data are
// reviewed in UTC unless a test says otherwise).
RawData eventsUpTo(const RawData &data, QDate lastDay);

// Writes the events as CSV (user_id,timestamp,event,value and every attribute column) next
// to the workspace and imports them with EventImport::run. An empty string on success.
QString importEvents(const QString &workspace, const RawData &data);

Id treeNamed(const WorkspaceData &data, const QString &name);

} // namespace NorthStar::ReviewTest
