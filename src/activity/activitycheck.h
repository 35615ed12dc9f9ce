#pragma once

// The invariants of ActivityData the metric passes rely on (sorted rows, days inside
// firstDay .. lastDay, ids in range). Checked once per engine so a malformed rollup gives
// a message instead of an out-of-bounds read.

#include "common/result.h"
#include "activity/activity.h"

namespace NorthStar {

Result<void> checkActivityData(const ActivityData &data);

} // namespace NorthStar
