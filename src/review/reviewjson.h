#pragma once

// REVIEW.md's "Output for machines": the review as one JSON object, exactly those keys;
// numbers with up to 12 significant digits, null where empty.

#include "review/review.h"

#include <QByteArray>
#include <QJsonObject>

namespace NorthStar {

QJsonObject reviewToJson(const Review &review);
// Compact, one line with a trailing newline: what `northstar review --json` prints.
QByteArray reviewJsonText(const Review &review);

} // namespace NorthStar
