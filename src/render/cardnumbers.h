#pragma once

// The live numbers of a card (issue #4 §2): the value of the latest complete period, its
// change against the period before and a sparkline of recent periods, already formatted so
// the card painter, the canvas and the exporter show exactly the same text.
//
// How values read: analysis/valueformat.h.
// The change is "flat" under 0.5 % (0.1 pt for shares). Lower is better only for
// time-to-value: there a rise is coloured bad (red) and a fall good (green).

#include "analysis/latestvalue.h"
#include "analysis/valueformat.h"
#include "metrics/metricspec.h"
#include "model/types.h"

#include <QHash>
#include <QLocale>
#include <QString>

#include <optional>
#include <vector>

namespace NorthStar {

enum class Trend { None, Up, Down, Flat };
enum class TrendTone { Neutral, Good, Bad };

struct CardNumbers final
{
    enum class State {
        Pending, // asked, no answer yet: the card keeps its room, shows nothing
        Value,   // a headline (possibly "–" for an empty ratio)
        Hint,    // no headline: `hint` says why ("No data", "No complete week yet")
    };
    State state = State::Pending;
    QString value;    // "12,345", "42.3%", "2.5"
    QString unit;     // "learners", "days"; empty when the value carries it ("%")
    QString change;   // "+4.2%", "−1.3 pt", "±0%"; empty: no comparable period before
    Trend trend = Trend::None;
    TrendTone tone = TrendTone::Neutral;
    QString hint;     // State::Hint, or a note under an empty ratio
    QString period;   // "Week of 2 Jun 2025": the period the headline belongs to
    QString toolTip;  // details for the canvas (error messages, exact values)
    // Oldest first; empty values are gaps. The partial period is not part of it when a
    // complete one exists (latestComplete); otherwise every point is partial.
    std::vector<std::optional<double>> sparkline;
    std::vector<bool> sparklinePartial;

    bool operator==(const CardNumbers &) const = default;
};

// Per node id: what the canvas shows, what an export should show.
using NodeNumbers = QHash<Id, CardNumbers>;

// `grain` names the period in the caption ("Week of ..."): "day", "week" or "month".
CardNumbers cardNumbers(const LatestValue &latest, MetricKind kind, const QString &unit,
                        const QString &grain, const QLocale &locale = QLocale());
CardNumbers pendingNumbers();
CardNumbers hintNumbers(const QString &hint, const QString &toolTip = {});

} // namespace NorthStar
