#pragma once

// A segment restricts every metric to the users whose attribute equals a value, e.g.
// `country = DE`. Attribute names and values match exactly (case-sensitive), like event
// names. Resolving against the data is the engine's job (MetricEngine): an unknown
// attribute *or value* is an error that lists what exists, because in imported data a value
// nobody has is far more often a typo than a real, empty segment.

#include "common/result.h"

#include <QString>

namespace NorthStar {

struct Segment final
{
    QString attribute;
    QString value;

    // "attribute = value" (white space around both trimmed; the value may contain '=').
    static Result<Segment> parse(const QString &text);
    QString toString() const;

    bool operator==(const Segment &other) const = default;
};

} // namespace NorthStar
