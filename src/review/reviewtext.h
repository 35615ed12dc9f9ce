#pragma once

// The review as plain text that a person reads in a terminal or pastes into a chat
// (`northstar review` without --json): the headline, the inputs, why it moved and the top
// segments, the work verdicts and the disconnects. Translated; numbers as on the cards.

#include "review/review.h"

#include <QLocale>
#include <QString>

namespace NorthStar {

QString reviewText(const Review &review, const QLocale &locale = QLocale());

// The pieces, shared with the window and the report (issue #10).
QString reviewHeadline(const Review &review, const QLocale &locale = QLocale());
QString verdictText(const WorkReview &work, Grain grain);
QString disconnectText(const Disconnect &disconnect, Grain grain);
QString targetStatusText(TargetStatus status);

} // namespace NorthStar
