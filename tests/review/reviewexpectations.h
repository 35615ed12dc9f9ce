#pragma once

// What the planted data and the hand-worked workspace (reviewdata.h) must give, written out
// number by number. Each function returns the expectations a review JSON object does not
// meet (empty: all met), so the same expectations hold the reference (tst_reviewreference)
// and the engine (tst_review) to account.

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace NorthStar::ReviewTest {

// Tree "Growth" at week grain, P = week 29: every verdict, every disconnect, the planted
// effect sizes, the unusual jump of Saved items, the cohort period of Setup rate.
QStringList plantedGrowth(const QJsonObject &growth);
// Target statuses (behind with the default and with a stored baseline, on track, reached),
// the guardrail on both sides, the segments absent in P-1 and in P.
QStringList plantedTargets(const QJsonObject &growth, const QJsonObject &engagement);
// Trees "Lifecycle", "Habits" and "Saving": the active count, the other metric kinds, an
// empty value in a before window, work on the North Star, an unusual North Star.
QStringList plantedKinds(const QJsonObject &lifecycle, const QJsonObject &habits, const QJsonObject &saving);
// Tree "Probes": an expected decrease that comes; the idle rule for a cohort input.
QStringList plantedProbes(const QJsonObject &probes);
// Tree "Growth" at month grain: July, June for the cohort, no usual range (4 changes).
QStringList plantedMonth(const QJsonObject &growth);
// Parts that add up: segments (per attribute) to the North Star's change, formula parts to
// the change, leverage parts plus the unexplained rest to the change.
QStringList partsAddUp(const QJsonObject &review);
// The hand-worked numbers of one tree of the hand-worked workspace.
QStringList handWorked(const QString &tree, const QJsonObject &review);

} // namespace NorthStar::ReviewTest
