#include "render/cardnumbers.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Card)
};

QString periodCaption(const QDate &start, const QString &grain, const QLocale &locale)
{
    if (!start.isValid())
        return {};
    if (grain == u"month"_s)
        return locale.toString(start, u"MMMM yyyy"_s);
    const QString date = locale.toString(start, u"d MMM yyyy"_s);
    if (grain == u"day"_s)
        return date;
    return Text::tr("Week of %1").arg(date);
}

QString grainNoun(const QString &grain)
{
    if (grain == u"month"_s)
        return Text::tr("month");
    if (grain == u"day"_s)
        return Text::tr("day");
    return Text::tr("week");
}

} // namespace

CardNumbers pendingNumbers()
{
    return {};
}

CardNumbers hintNumbers(const QString &hint, const QString &toolTip)
{
    CardNumbers n;
    n.state = CardNumbers::State::Hint;
    n.hint = hint;
    n.toolTip = toolTip.isEmpty() ? hint : toolTip;
    return n;
}

CardNumbers cardNumbers(const LatestValue &latest, MetricKind kind, const QString &unit,
                        const QString &grain, const QLocale &locale)
{
    if (kind == MetricKind::Lifecycle)
        return hintNumbers(Text::tr("Lifecycle: see the chart"));
    if (latest.sparkline.empty())
        return hintNumbers(Text::tr("No data"), Text::tr("No imported events match this metric yet."));

    CardNumbers n;
    for (const SeriesRow &row : latest.sparkline) {
        n.sparkline.push_back(row.value);
        n.sparklinePartial.push_back(row.partial);
    }
    if (latest.row < 0) {
        n.state = CardNumbers::State::Hint;
        n.hint = Text::tr("No complete %1 yet").arg(grainNoun(grain));
        n.toolTip = Text::tr("The data do not cover a whole %1 yet; a partial period never drives the number.")
                        .arg(grainNoun(grain));
        return n;
    }

    const ValueStyle style = valueStyle(kind, unit);
    n.state = CardNumbers::State::Value;
    n.period = periodCaption(latest.periodStart, grain, locale);
    const QString trimmedUnit = unit.trimmed();
    if (style == ValueStyle::Days)
        n.unit = trimmedUnit.isEmpty() ? Text::tr("days") : trimmedUnit;
    else if (style != ValueStyle::Share && trimmedUnit != u"%"_s)
        n.unit = trimmedUnit;
    if (!latest.value) {
        // A ratio over nobody is empty, never 0 (METRICS.md).
        n.value = u"–"_s;
        n.toolTip = Text::tr("%1: empty (nobody to average over in this %2)").arg(n.period, grainNoun(grain));
        return n;
    }
    n.value = formatMetricValue(*latest.value, style, locale);

    std::optional<double> change;
    double flatBelow = 0.5;
    if (style == ValueStyle::Share) {
        if (latest.previous) // set only when the period before is complete
            change = (*latest.value - *latest.previous) * 100.0;
        flatBelow = 0.1;
    } else {
        change = latest.changePercent;
    }
    if (change) {
        n.change = formatChange(*change, style, locale);
        if (std::abs(*change) < flatBelow) {
            n.trend = Trend::Flat;
            n.tone = TrendTone::Neutral;
        } else {
            n.trend = *change > 0 ? Trend::Up : Trend::Down;
            const bool good = (n.trend == Trend::Up) != lowerIsBetter(kind);
            n.tone = good ? TrendTone::Good : TrendTone::Bad;
        }
    }
    n.toolTip = Text::tr("%1: %2").arg(n.period, n.value);
    if (change) {
        n.toolTip += u'\n' + Text::tr("%1 against the %2 before (%3)")
                                 .arg(n.change, grainNoun(grain), formatMetricValue(*latest.previous, style, locale));
    }
    return n;
}

} // namespace NorthStar
