#pragma once

// The workshop's agenda as the North Star Playbook runs it, and what a step's clock says.

#include "model/entities.h"

#include <QDateTime>
#include <QList>

namespace NorthStar::Agenda {

// The playbook's steps (translated titles and one-line prompts, timeboxes that add up to
// two hours), without ids: startWorkshop gives them theirs.
QList<WorkshopStep> playbook();

// The step's timebox in seconds.
qint64 plannedSeconds(const WorkshopStep &step);
// How long the step has run: from its start to its end, or to `now` while it runs (0 when
// not reached). A step revisited counts from its first start.
qint64 elapsedSeconds(const WorkshopStep &step, const QDateTime &now);
// Planned minus elapsed: negative once the step runs over.
qint64 remainingSeconds(const WorkshopStep &step, const QDateTime &now);
// The workshop's planned length, in seconds.
qint64 plannedTotalSeconds(const Workshop &workshop);
// "12:05", "-1:30" (over time), "1:02:00".
QString clockText(qint64 seconds);

// Whether the room votes in a step of this kind, and on what.
enum class VoteSubject { None, Candidates, Inputs, Work };
VoteSubject voteSubject(WorkshopStepKind kind);

} // namespace NorthStar::Agenda
