#pragma once

// The review's fields as people and old files write them: expected impacts ("+10%",
// "+0.05") and the free-text targets of workspaces before schema 3 ("40,000 by 2027-03-31").

#include "model/entities.h"

#include <QString>

#include <optional>

namespace NorthStar {

// "+10%", "-5 %", "+0.05", "3" (C-locale numbers; a percentage is stored as a fraction).
std::optional<ExpectedImpact> parseImpact(const QString &text);
// "+10%" or "+0.05": what parseImpact reads back to the same value.
QString impactToText(const ExpectedImpact &impact);

// A target written as "<number> by <YYYY-MM-DD>" ("40,000 by 2027-03-31", "1 200 by
// 2026-12-31", "0.35 by 2027-01-01"), else std::nullopt. Thousands separators: ',', ' ',
// U+00A0, U+202F, '\''.
std::optional<Target> parseTargetText(const QString &text);

// What becomes of an old free-text target: a number when it reads like one, otherwise the
// text is kept in the notes ("Target: <text>" on a line of its own). Nothing is lost.
void migrateTargetText(Metric &metric, const QString &text);

} // namespace NorthStar
