#include "review/reviewtext.h"

#include "analysis/valueformat.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::ReviewText)
};

ValueStyle styleOf(const MetricReview &m)
{
    return valueStyle(m.kind.value_or(MetricKind::Formula), m.unit);
}

// Units stay on the cards: in a sentence "712 learners" after "Weekly learners" repeats itself.
QString valueText(const MetricReview &m, double value, const QLocale &locale)
{
    return formatMetricValue(value, styleOf(m), locale);
}

QString dateText(const QDate &date, const QLocale &locale)
{
    //: A date in the review's text (QDate format: 16 Nov 2026); German writes "d. MMM yyyy".
    return locale.toString(date, Text::tr("d MMM yyyy"));
}

// An amount in the parent's units that may be fractional (a leverage times a change):
// three significant digits, whole numbers with separators from 100 on.
QString amountText(double value, const QLocale &locale)
{
    const QString body = std::abs(value) >= 100 ? locale.toString(std::llround(value)) : locale.toString(value, 'g', 3);
    return signedText(value, body);
}

// "+35.3%" (or "+2.1 pt" for a share); "±0" when flat; the absolute change when the
// previous value was 0.
QString changeText(const MetricReview &m, const QLocale &locale)
{
    if (!m.change)
        return {};
    const ValueStyle style = styleOf(m);
    if (style == ValueStyle::Share)
        return formatChange(*m.change * 100.0, style, locale);
    if (m.relativeChange)
        return formatChange(*m.relativeChange * 100.0, style, locale);
    return *m.change == 0 ? u"±0"_s : amountText(*m.change, locale);
}

QString periodNoun(const MetricReview &m, Grain grain)
{
    if (m.cohort)
        return Text::tr("the cohort before");
    return grain == Grain::Month ? Text::tr("last month") : Text::tr("last week");
}

QString periodsText(int count, Grain grain)
{
    return grain == Grain::Month ? Text::tr("%n more month(s)", nullptr, count) : Text::tr("%n more week(s)", nullptr, count);
}

QString targetText(const MetricReview &m, const QLocale &locale)
{
    if (!m.target || !m.target->status)
        return {};
    const TargetReview &t = *m.target;
    switch (*t.status) {
    case TargetStatus::Reached:
        return Text::tr("target %1 reached").arg(valueText(m, t.value, locale));
    case TargetStatus::OnTrack:
        return Text::tr("on track: %1 expected by now").arg(valueText(m, t.expected, locale));
    case TargetStatus::Behind:
        return Text::tr("behind target: %1 expected by now").arg(valueText(m, t.expected, locale));
    }
    return {};
}

QString boundText(const MetricReview &m, const QLocale &locale)
{
    if (!m.bound)
        return {};
    const QString value = valueText(m, m.bound->value, locale);
    return m.bound->side == GuardrailBound::Side::AtLeast ? Text::tr("at least %1").arg(value)
                                                          : Text::tr("at most %1").arg(value);
}

// "Weekly bookers 844, +35.3% on last week, unusual; behind target: 1,522 expected by now"
QString metricLine(const MetricReview &m, Grain grain, const QLocale &locale)
{
    if (!m.error.isEmpty())
        return Text::tr("%1: %2").arg(m.name, m.error);
    if (!m.value)
        return Text::tr("%1: no value for this period").arg(m.name);
    QString line = m.name + u' ' + valueText(m, *m.value, locale);
    if (m.cohort)
        line += u' ' + Text::tr("(users first seen in the week of %1)").arg(dateText(m.period, locale));
    const QString change = changeText(m, locale);
    if (!change.isEmpty())
        line += u", "_s + Text::tr("%1 on %2").arg(change, periodNoun(m, grain));
    if (m.usualLow)
        line += u", "_s + (m.unusual ? Text::tr("unusual") : Text::tr("usual"));
    if (m.role == ReviewRole::Guardrail && m.bound)
        line += u"; "_s + (m.breached ? Text::tr("breaches its bound (%1)") : Text::tr("within its bound (%1)"))
                             .arg(boundText(m, locale));
    const QString target = targetText(m, locale);
    if (!target.isEmpty())
        line += u"; "_s + target;
    return line;
}

// A change or contribution in the units of metric `m`: points for a share, else an amount.
QString signedValue(const MetricReview *m, double value, const QLocale &locale)
{
    if (m && styleOf(*m) == ValueStyle::Share)
        return formatChange(value * 100.0, ValueStyle::Share, locale);
    return amountText(value, locale);
}

QStringList contributionLines(const Review &review, const QLocale &locale)
{
    QStringList lines;
    for (const Contribution &c : review.contributions) {
        const MetricReview *parent = review.metricOfNode(c.parentNodeId);
        if (!c.change) {
            lines << u"  "_s + Text::tr("%1: no change to split").arg(c.parent);
            continue;
        }
        QStringList parts;
        for (const ContributionPart &p : c.parts) {
            if (p.contribution)
                parts << Text::tr("%1 %2").arg(p.name, signedValue(parent, *p.contribution, locale));
            else if (p.change)
                parts << Text::tr("%1 moved %2 (not attributed)").arg(p.name, signedValue(review.metricOfNode(p.nodeId), *p.change, locale));
            else
                parts << Text::tr("%1 (no change)").arg(p.name);
        }
        if (c.unexplained)
            parts << Text::tr("not explained by the inputs %1").arg(signedValue(parent, *c.unexplained, locale));
        lines << u"  "_s + Text::tr("%1 %2: %3").arg(c.parent, signedValue(parent, *c.change, locale), parts.join(u", "_s));
    }
    return lines;
}

QString moversLine(const Review &review, bool up, const QLocale &locale)
{
    const MetricReview *northStar = review.northStar();
    QStringList items;
    for (const SegmentContribution &s : review.topMovers(up, 3))
        items << Text::tr("%1 = %2 %3").arg(s.attribute, s.value, signedValue(northStar, s.contribution, locale));
    if (items.isEmpty())
        return {};
    return u"  "_s + (up ? Text::tr("Segments up: %1") : Text::tr("Segments down: %1")).arg(items.join(u", "_s));
}

// The measured effect: relative against a relative expected impact (or without one, when it
// has a relative effect), else in the input's units.
QString measuredText(const Review &review, const WorkReview &w, const QLocale &locale)
{
    if (!w.effect)
        return {};
    // An absolute change of a share reads in points, like the share's own change.
    const bool relative = (w.expected && w.expected->relative) || (!w.expected && w.relativeEffect);
    return relative && w.relativeEffect ? formatChange(*w.relativeEffect * 100.0, ValueStyle::Ratio, locale)
                                        : signedValue(review.metricOfNode(w.inputNodeId), *w.effect, locale);
}

QString expectedText(const Review &review, const WorkReview &w, const QLocale &locale)
{
    if (!w.expected)
        return {};
    return w.expected->relative ? formatChange(w.expected->amount * 100.0, ValueStyle::Ratio, locale)
                                : signedValue(review.metricOfNode(w.inputNodeId), w.expected->amount, locale);
}

QString effectText(const Review &review, const WorkReview &w, const QLocale &locale)
{
    if (!w.effect)
        return {};
    const QString measured = measuredText(review, w, locale);
    if (!w.expected)
        return Text::tr("%1 against the trend").arg(measured);
    return Text::tr("%1 against the trend, %2 expected").arg(measured, expectedText(review, w, locale));
}

} // namespace

QString targetStatusText(TargetStatus status)
{
    switch (status) {
    case TargetStatus::Reached: return Text::tr("reached");
    case TargetStatus::OnTrack: return Text::tr("on track");
    case TargetStatus::Behind: return Text::tr("behind");
    }
    return {};
}

QString verdictText(const WorkReview &work, Grain grain)
{
    switch (work.verdict) {
    case WorkVerdict::NoData: return Text::tr("no data (the input has no computation)");
    case WorkVerdict::TooEarly: return Text::tr("too early: %1 needed").arg(periodsText(work.periodsNeeded, grain));
    case WorkVerdict::TooLittleHistory:
        return work.periodsNeeded > 0
                   ? Text::tr("too little history before launch: %1 missing").arg(periodsText(work.periodsNeeded, grain))
                   : Text::tr("too little history: the periods after launch have gaps");
    case WorkVerdict::AsExpected: return Text::tr("as expected");
    case WorkVerdict::SmallerThanExpected: return Text::tr("smaller than expected");
    case WorkVerdict::Opposite: return Text::tr("the opposite of what was expected");
    case WorkVerdict::NoClearEffect: return Text::tr("no clear effect");
    case WorkVerdict::MovedUp: return Text::tr("moved up");
    case WorkVerdict::MovedDown: return Text::tr("moved down");
    }
    return {};
}

QString disconnectText(const Disconnect &d, Grain grain)
{
    const QString recent = grain == Grain::Month ? Text::tr("in the last 5 months") : Text::tr("in the last 5 weeks");
    switch (d.kind) {
    case DisconnectKind::UnexplainedMovement:
        return Text::tr("%1 moved unusually, and no work on it shipped %2: find out why.").arg(d.metric, recent);
    case DisconnectKind::WorkWithoutEffect:
        return Text::tr("\"%1\" has not moved %2 as hoped: rethink or stop it.").arg(d.work, d.metric);
    case DisconnectKind::IdleInput:
        return Text::tr("Nobody is working on %1: nothing in progress, nothing shipped %2.").arg(d.metric, recent);
    case DisconnectKind::OffTarget:
        return Text::tr("%1 is behind its target.").arg(d.metric);
    case DisconnectKind::GuardrailBreached:
        return Text::tr("The guardrail %1 is past its bound.").arg(d.metric);
    }
    return {};
}

QString reviewDateText(const QDate &date, const QLocale &locale)
{
    return dateText(date, locale);
}

QString metricValueText(const MetricReview &metric, double value, const QLocale &locale)
{
    return valueText(metric, value, locale);
}

QString metricChangeText(const MetricReview &metric, const QLocale &locale)
{
    return changeText(metric, locale);
}

QString signedAmountText(const MetricReview *metric, double value, const QLocale &locale)
{
    return signedValue(metric, value, locale);
}

QString guardrailBoundText(const MetricReview &metric, const QLocale &locale)
{
    return boundText(metric, locale);
}

QString reviewPeriodTitle(Grain grain, const QDate &start, const QLocale &locale)
{
    if (grain == Grain::Month)
        //: The reviewed month (QDate format), e.g. "November 2026".
        return locale.toString(start, Text::tr("MMMM yyyy"));
    return Text::tr("Week of %1").arg(dateText(start, locale));
}

QString targetSentenceText(const MetricReview &m, const QLocale &locale)
{
    if (!m.target || !m.target->status || !m.value)
        return {};
    const TargetReview &t = *m.target;
    const QString value = valueText(m, *m.value, locale);
    if (*t.status == TargetStatus::Reached)
        return Text::tr("%1: %2 against a target of %3")
            .arg(targetStatusText(*t.status), value, valueText(m, t.value, locale));
    return Text::tr("%1: %2 against %3 expected by now")
        .arg(targetStatusText(*t.status), value, valueText(m, t.expected, locale));
}

QString workMeasuredText(const Review &review, const WorkReview &work, const QLocale &locale)
{
    return measuredText(review, work, locale);
}

QString workExpectedText(const Review &review, const WorkReview &work, const QLocale &locale)
{
    return expectedText(review, work, locale);
}

QString reviewHeadline(const Review &review, const QLocale &locale)
{
    const MetricReview *northStar = review.northStar();
    return northStar ? metricLine(*northStar, review.grain, locale) : QString();
}

QString reviewText(const Review &review, const QLocale &locale)
{
    QStringList lines;
    const QString period = dateText(review.period, locale);
    lines << (review.grain == Grain::Month ? Text::tr("%1: review of the month starting %2 (data through %3)")
                                           : Text::tr("%1: review of the week starting %2 (data through %3)"))
                 .arg(review.tree, period, dateText(review.dataThrough, locale));
    lines << QString() << reviewHeadline(review, locale) << QString();

    lines << Text::tr("Inputs");
    for (const MetricReview &m : review.metrics) {
        if (m.role == ReviewRole::Input)
            lines << u"  "_s + metricLine(m, review.grain, locale);
    }
    for (const MetricReview &m : review.metrics) {
        if (m.role == ReviewRole::Guardrail)
            lines << Text::tr("Guardrail") << u"  "_s + metricLine(m, review.grain, locale);
    }

    lines << QString() << Text::tr("Why it moved");
    lines << contributionLines(review, locale);
    for (bool up : {true, false}) {
        if (const QString movers = moversLine(review, up, locale); !movers.isEmpty())
            lines << movers;
    }

    lines << QString() << Text::tr("Work");
    if (review.work.empty())
        lines << u"  "_s + Text::tr("Nothing shipped by the end of this period.");
    for (const WorkReview &w : review.work) {
        QString line = Text::tr("%1 (%2, shipped %3): %4")
                           .arg(w.title, w.input, dateText(w.shipped, locale), verdictText(w, review.grain));
        if (const QString effect = effectText(review, w, locale); !effect.isEmpty())
            line += u"; "_s + effect;
        lines << u"  "_s + line;
    }

    lines << QString() << Text::tr("To act on");
    if (review.disconnects.empty())
        lines << u"  "_s + Text::tr("Nothing: the work and the numbers agree.");
    for (const Disconnect &d : review.disconnects)
        lines << u"  - "_s + disconnectText(d, review.grain);
    return lines.join(u'\n') + u'\n';
}

} // namespace NorthStar
