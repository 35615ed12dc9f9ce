#include "report/reporttext.h"

#include "review/reviewtext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Report)
};

const QString dash = u"–"_s;

QString roleText(ReviewRole role)
{
    switch (role) {
    case ReviewRole::NorthStar: return Text::tr("North Star");
    case ReviewRole::Input: return Text::tr("Input");
    case ReviewRole::Guardrail: return Text::tr("Guardrail");
    }
    return {};
}

QString previousNoun(const MetricReview &m, Grain grain)
{
    if (m.cohort)
        return Text::tr("on the cohort before");
    return grain == Grain::Month ? Text::tr("on last month") : Text::tr("on last week");
}

QString usualRangeText(const MetricReview &m, const QLocale &locale)
{
    if (!m.usualLow || !m.usualHigh)
        return {};
    return Text::tr("%1 to %2").arg(metricValueText(m, *m.usualLow, locale), metricValueText(m, *m.usualHigh, locale));
}

// The target column: the status and the expected value, or the guardrail against its bound.
QString targetCell(const MetricReview &m, const QLocale &locale)
{
    if (m.role == ReviewRole::Guardrail && m.bound) {
        const QString bound = guardrailBoundText(m, locale);
        if (!m.value)
            return bound;
        return (m.breached ? Text::tr("breached: %1") : Text::tr("within: %1")).arg(bound);
    }
    if (!m.target || !m.target->status)
        return m.target ? Text::tr("target %1").arg(metricValueText(m, m.target->value, locale)) : dash;
    const TargetReview &t = *m.target;
    if (*t.status == TargetStatus::Reached)
        return Text::tr("reached %1").arg(metricValueText(m, t.value, locale));
    return Text::tr("%1: %2 expected").arg(targetStatusText(*t.status), metricValueText(m, t.expected, locale));
}

ReportTable metricsTable(const Review &review, const QLocale &locale)
{
    ReportTable table;
    table.header = {Text::tr("Metric"), Text::tr("Role"), review.grain == Grain::Month ? Text::tr("This month") : Text::tr("This week"),
                    Text::tr("Change"), Text::tr("Usual range"), Text::tr("Target or bound")};
    for (const MetricReview &m : review.metrics) {
        QStringList row{m.name, roleText(m.role)};
        if (!m.error.isEmpty()) {
            row << Text::tr("no data") << dash << dash << dash;
        } else {
            row << (m.value ? metricValueText(m, *m.value, locale) : dash);
            QString change = metricChangeText(m, locale);
            if (change.isEmpty())
                change = dash;
            else if (m.unusual)
                change += u", "_s + Text::tr("unusual");
            row << change;
            const QString usual = usualRangeText(m, locale);
            row << (usual.isEmpty() ? dash : usual) << targetCell(m, locale);
        }
        table.rows.push_back(row);
        table.emphasis.push_back(m.role == ReviewRole::NorthStar);
    }
    return table;
}

ReportTable moversTable(const Review &review, const QLocale &locale)
{
    ReportTable table;
    table.header = {Text::tr("Direction"), Text::tr("Segment"), Text::tr("Contribution")};
    const MetricReview *northStar = review.northStar();
    const QString total = northStar && northStar->change ? signedAmountText(northStar, *northStar->change, locale) : QString();
    for (bool up : {true, false}) {
        for (const SegmentContribution &s : review.topMovers(up, 3)) {
            const QString amount = signedAmountText(northStar, s.contribution, locale);
            table.rows.push_back({up ? Text::tr("Up") : Text::tr("Down"), Text::tr("%1 = %2").arg(s.attribute, s.value),
                                  total.isEmpty() ? amount : Text::tr("%1 of %2").arg(amount, total)});
            table.emphasis.push_back(false);
        }
    }
    return table;
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

std::vector<WorkItemText> workItems(const Review &review, const QLocale &locale)
{
    std::vector<WorkItemText> items;
    for (const WorkReview &w : review.work) {
        WorkItemText item;
        item.title = w.title;
        item.detail = Text::tr("%1 · shipped %2").arg(w.input, reviewDateText(w.shipped, locale));
        item.verdict = capitalized(verdictText(w, review.grain));
        item.expected = workExpectedText(review, w, locale);
        item.measured = workMeasuredText(review, w, locale);
        if (item.expected.isEmpty())
            item.expected = dash;
        if (item.measured.isEmpty())
            item.measured = dash;
        items.push_back(item);
    }
    return items;
}

QString waterfallCaption(const ReportContent &content)
{
    if (content.waterfall.steps.empty())
        return Text::tr("The North Star's change is not split among its inputs (no formula over them, no leverage on "
                        "their links).");
    return content.waterfall.method == ContributionMethod::Formula
               ? Text::tr("The North Star's change split exactly among the operands of its formula (Shapley value).")
               : Text::tr("Each input's change times its link's leverage; the rest is not explained by the inputs.");
}

ReportTable waterfallTable(const ReportContent &content, const QLocale &locale)
{
    ReportTable table;
    const MetricReview *northStar = content.review.northStar();
    if (!northStar || content.waterfall.steps.empty())
        return table;
    table.header = {Text::tr("Step"), northStar->name};
    for (const WaterfallStep &step : content.waterfall.steps) {
        const bool total = step.kind == WaterfallStep::Kind::Start || step.kind == WaterfallStep::Kind::End;
        table.rows.push_back({step.label, total ? metricValueText(*northStar, step.amount, locale)
                                                : signedAmountText(northStar, step.amount, locale)});
        table.emphasis.push_back(total);
    }
    return table;
}

} // namespace

QString chartValueText(double value, ValueStyle style, const QLocale &locale)
{
    return formatMetricValue(value, style, locale);
}

QString chartAmountText(double value, ValueStyle style, const QLocale &locale)
{
    // The review's signed amounts depend only on whether the metric is a share.
    MetricReview units;
    units.kind = style == ValueStyle::Share ? MetricKind::Activation : MetricKind::Breadth;
    return signedAmountText(&units, value, locale);
}

QString chartDateText(QDate date, Grain grain, const QLocale &locale)
{
    //: An x-axis label of a weekly chart (QDate format); German: "d. MMM".
    return locale.toString(date, grain == Grain::Month ? Text::tr("MMM yyyy") : Text::tr("d MMM"));
}

QString targetLegend(const MetricChart &chart, const QLocale &locale)
{
    if (!chart.target)
        return {};
    return Text::tr("target %1 by %2, on a straight course from %3")
        .arg(chartValueText(chart.target->value, chart.style, locale), reviewDateText(chart.target->date, locale),
             chartValueText(chart.target->baseline, chart.style, locale));
}

QString boundLegend(const MetricChart &chart, const QLocale &locale)
{
    if (!chart.bound)
        return {};
    const QString value = chartValueText(chart.bound->value, chart.style, locale);
    return chart.bound->side == GuardrailBound::Side::AtLeast ? Text::tr("bound: at least %1").arg(value)
                                                              : Text::tr("bound: at most %1").arg(value);
}

ReportText reportText(const ReportContent &content, const ReportOptions &options)
{
    const QLocale &locale = options.locale;
    const Review &review = content.review;
    ReportText t;
    t.kind = review.grain == Grain::Month ? Text::tr("Monthly review") : Text::tr("Weekly review");
    t.title = review.tree;
    t.period = Text::tr("%1 (%2 to %3)").arg(reviewPeriodTitle(review.grain, review.period, locale), reviewDateText(review.period, locale),
                                             reviewDateText(review.periodEnd, locale));
    t.dataThrough = Text::tr("Data through %1").arg(reviewDateText(review.dataThrough, locale));
    t.running = QStringList{content.workspaceName, review.tree, reviewPeriodTitle(review.grain, review.period, locale),
                            Text::tr("data through %1").arg(reviewDateText(review.dataThrough, locale))}
                    .join(u" · "_s);
    if (options.generated.isValid())
        t.generated = Text::tr("Generated %1").arg(options.generated.toUTC().date().toString(Qt::ISODate));

    if (const MetricReview *ns = review.northStar()) {
        t.northStar = ns->name;
        t.value = ns->value ? metricValueText(*ns, *ns->value, locale) : Text::tr("no value");
        const QString change = metricChangeText(*ns, locale);
        t.change = change.isEmpty() ? Text::tr("no change to compare with") : change + u' ' + previousNoun(*ns, review.grain);
        const QString usual = usualRangeText(*ns, locale);
        t.unusual = usual.isEmpty() ? Text::tr("too little history to tell whether the change is unusual")
                    : ns->unusual   ? Text::tr("an unusual change (usual range %1)").arg(usual)
                                    : Text::tr("a usual change (usual range %1)").arg(usual);
        t.target = ns->target ? targetSentenceText(*ns, locale) : Text::tr("no target set");
        t.headline = reviewHeadline(review, locale);
    }
    t.waterfallCaption = waterfallCaption(content);
    t.waterfall = waterfallTable(content, locale);
    t.metrics = metricsTable(review, locale);
    t.movers = moversTable(review, locale);
    t.moversCaption = Text::tr("The segments that moved the North Star most, over every user attribute; the "
                               "contributions of an attribute's segments add up to the change.");
    t.work = workItems(review, locale);
    for (const Disconnect &d : review.disconnects)
        t.disconnects << disconnectText(d, review.grain);
    for (const ReportNote &note : content.notes)
        t.notes << (note.subject.isEmpty() ? Text::tr("Review: %1").arg(note.text) : Text::tr("%1: %2").arg(note.subject, note.text));
    for (const ChartMark &a : content.annotations)
        t.annotations << Text::tr("%1 · %2").arg(reviewDateText(a.date, locale), a.text);

    t.headingTree = Text::tr("The tree this week");
    if (review.grain == Grain::Month)
        t.headingTree = Text::tr("The tree this month");
    t.headingWhy = Text::tr("Why it moved");
    t.headingInputs = Text::tr("The North Star, its inputs and the guardrail");
    t.headingSegments = Text::tr("Segments");
    t.headingWork = Text::tr("Work and movement");
    t.headingDisconnects = Text::tr("To act on");
    t.headingNotes = Text::tr("Notes");
    t.headingCharts = Text::tr("Every metric over time");
    t.northStarDimensions = Text::tr("%1: breadth, depth and frequency of its core action (tags as above)").arg(t.northStar);
    t.nothingShipped = Text::tr("Nothing shipped by the end of this period.");
    t.nothingToAct = Text::tr("Nothing: the work and the numbers agree.");
    t.noNotes = Text::tr("No notes for this period.");
    t.noMovers = Text::tr("No segments to compare (no user attribute with more than one value).");
    return t;
}

} // namespace NorthStar
