#pragma once

// The activity as it was known at the end of a day: what a review of a past period reads,
// so last month's review says today what it said then (REVIEW.md "The period under review").

#include "activity/activity.h"

namespace NorthStar {

// Entries up to `lastDay` (inclusive); lastDay becomes `lastDay` even when that day had no
// events, so the periods up to it stay complete. First-seen days and attributes are kept:
// they are decided over all imported data. `lastDay` must be within firstDay .. lastDay.
ActivityData activityThrough(const ActivityData &data, LocalDay lastDay);

} // namespace NorthStar
