#pragma once

// The per-user daily rollup (ActivityData) as a few large BLOBs (table activity, one part
// per kUsersPerPart consecutive users), so `northstar metrics` loads 50k users in tens of
// milliseconds instead of walking 50k rows.
//
// Part layout (version 1): u8 version, varint users, then per user: varint entries, and per
// entry: zigzag varint day delta (from the user's previous entry; the first from 0), varint
// event id, varint (count << 1 | has value sum), then the sum as a double when the flag is set.

#include "common/result.h"
#include "activity/activity.h"

#include <string>

namespace NorthStar::ActivityCodec {

inline constexpr std::size_t kUsersPerPart = 8192;

// Encodes users [firstUser, endUser) of `data`.
void encode(const ActivityData &data, std::size_t firstUser, std::size_t endUser, std::string &out);

// Appends the users of a part (which must start at data.userCount()) to `data`: entries,
// userOffsets and firstSeen. Call finishDecoding() after the last part.
Result<void> decode(const char *bytes, std::size_t size, ActivityData &data);
// Sets firstDay/lastDay from the decoded users.
void finishDecoding(ActivityData &data);

} // namespace NorthStar::ActivityCodec
