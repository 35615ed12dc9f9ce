#include "review/weeklyreview.h"

#include "activity/activityslice.h"
#include "analysis/targetline.h"
#include "analysis/valueformat.h"
#include "metrics/formulaparser.h"
#include "review/reviewmath.h"
#include "review/reviewsteps.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

using ReviewSteps::Context;
using ReviewSteps::Reviewed;
using ReviewSteps::valueAt;

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Review)
};

QString dateText(LocalDay day)
{
    return PeriodCalendar::toDate(day).toString(Qt::ISODate);
}

// Time-to-value counts a user's first core action whenever it happens ("ever"), so the
// value of a past cohort changes as later events arrive. Every other kind reads only the
// events of the periods it reports (activation's cohorts are reviewed once their window
// has passed), so only a review touching time-to-value needs the data cut at the end of P.
bool readsLaterEvents(const MetricSpec &spec, const MetricLookup &lookup, int depth = 0)
{
    if (spec.kind == MetricKind::TimeToValue)
        return true;
    if (spec.kind != MetricKind::Formula || depth > 32 || !lookup)
        return false;
    const Result<Formula> formula = FormulaParser::parse(spec.formula);
    if (!formula)
        return false;
    for (const QString &name : formula->operands) {
        const std::optional<MetricSpec> operand = lookup(name);
        if (operand && readsLaterEvents(*operand, lookup, depth + 1))
            return true;
    }
    return false;
}

Result<int> reviewedPeriod(const PeriodCalendar &calendar, const ReviewOptions &options, Grain grain)
{
    if (options.periodDate) {
        const LocalDay day = PeriodCalendar::fromDate(*options.periodDate);
        if (!calendar.contains(day)) {
            return fail(Text::tr("%1 is outside the data, which run from %2 to %3: choose a date in between.")
                            .arg(options.periodDate->toString(Qt::ISODate), dateText(calendar.firstDay()),
                                 dateText(calendar.lastDay())));
        }
        const int period = calendar.periodOf(day);
        if (calendar.isPartial(period)) {
            return fail(Text::tr("The %1 starting %2 is not complete (the data run from %3 to %4); a partial period "
                                 "is never reviewed: choose another date.")
                            .arg(grain == Grain::Month ? Text::tr("month") : Text::tr("week"),
                                 calendar.startDate(period).toString(Qt::ISODate), dateText(calendar.firstDay()),
                                 dateText(calendar.lastDay())));
        }
        return period;
    }
    for (int period = calendar.periodCount() - 1; period >= 0; --period) {
        if (!calendar.isPartial(period))
            return period;
    }
    return fail(grain == Grain::Month
                    ? Text::tr("The data (%1 to %2) hold no complete month yet to review.")
                          .arg(dateText(calendar.firstDay()), dateText(calendar.lastDay()))
                    : Text::tr("The data (%1 to %2) hold no complete week yet to review.")
                          .arg(dateText(calendar.firstDay()), dateText(calendar.lastDay())));
}

// The North Star, then the inputs breadth-first in the canvas's order of children.
QList<Id> metricNodesInTreeOrder(const WorkspaceData &data, Id northStarId)
{
    QList<Id> order{northStarId};
    for (qsizetype i = 0; i < order.size(); ++i) {
        for (Id child : data.childrenOf(order.at(i))) {
            const Node *node = data.node(child);
            if (node && node->kind == NodeKind::Input && !order.contains(child))
                order.append(child);
        }
    }
    return order;
}

void reviewTarget(const Metric &metric, MetricReview &entry, const Context &context, int period)
{
    // The default baseline: the first complete period of data with a value, and its first day.
    std::optional<BaselinePoint> first;
    for (const ReviewPoint &point : entry.history) {
        if (point.complete && point.value) {
            first = BaselinePoint{*point.value, point.periodStart};
            break;
        }
    }
    const std::optional<TargetLine> line = targetLine(metric.target, first);
    if (!line)
        return;
    TargetReview target;
    target.value = line->value;
    target.date = line->date;
    target.baseline = line->baseline;
    target.baselineDate = line->baselineDate;
    target.expected = line->expectedAt(PeriodCalendar::toDate(context.calendar.periodEnd(period)));
    if (entry.value)
        target.status = ReviewMath::targetStatus(*entry.value, line->baseline, target.value, target.expected);
    entry.target = target;
}

void reviewChange(MetricReview &entry, int period)
{
    const auto point = [&](int i) -> std::optional<double> {
        if (i < 0 || i >= int(entry.history.size()) || !entry.history[std::size_t(i)].complete)
            return std::nullopt;
        return entry.history[std::size_t(i)].value;
    };
    entry.value = point(period);
    // A partial period is no baseline either: the first, half-covered week is not a rise.
    entry.previous = point(period - 1);
    if (entry.value && entry.previous) {
        entry.change = *entry.value - *entry.previous;
        if (*entry.previous != 0)
            entry.relativeChange = *entry.change / std::abs(*entry.previous);
    }
    std::vector<double> changes;
    for (int i = period - 12; i <= period - 1; ++i) {
        if (i >= 1 && point(i) && point(i - 1))
            changes.push_back(*point(i) - *point(i - 1));
    }
    if (!entry.previous)
        return;
    if (const auto usual = ReviewMath::usualChange(changes, *entry.previous)) {
        entry.usualLow = *entry.previous + usual->median - usual->width;
        entry.usualHigh = *entry.previous + usual->median + usual->width;
        entry.unusual = entry.change && std::abs(*entry.change - usual->median) > usual->width;
    }
}

// Fills one metric's entry; `reviewed` learns its spec and reviewed period.
void reviewMetric(const Context &context, const WorkspaceMetrics &metrics, const Metric &metric, Reviewed &reviewed)
{
    MetricReview &entry = *reviewed.entry;
    entry.metricId = metric.id;
    entry.name = metric.name;
    entry.unit = metric.unit;
    entry.period = context.calendar.startDate(context.period);
    if (context.period >= 1)
        entry.previousPeriod = context.calendar.startDate(context.period - 1);
    Result<MetricSpec> spec = metrics.specOf(metric.id);
    if (!spec) {
        entry.error = spec.error();
        return;
    }
    reviewed.spec = *spec;
    entry.kind = spec->kind;
    Result<MetricSeries> series = context.engine().compute(*spec, context.request, context.lookup);
    if (!series) {
        entry.error = series.error();
        return;
    }
    int period = context.period;
    if (spec->kind == MetricKind::Activation) {
        // The latest cohort whose window of W days has passed by the last day of P.
        entry.cohort = true;
        const LocalDay end = context.calendar.periodEnd(context.period);
        while (period >= 0 && context.calendar.periodEnd(period) + (spec->window - 1) > end)
            --period;
        if (period < 0) {
            entry.error = Text::tr("No cohort of \"%1\" has had its %2 days yet.").arg(metric.name).arg(spec->window);
            return;
        }
        entry.period = context.calendar.startDate(period);
        entry.previousPeriod = period >= 1 ? context.calendar.startDate(period - 1) : QDate();
    }
    reviewed.reviewedPeriod = period;
    entry.share = valueStyle(spec->kind, metric.unit) == ValueStyle::Share;
    for (int i = 0; i <= period; ++i)
        entry.history.push_back({context.calendar.startDate(i), valueAt(*series, i), !series->rows[std::size_t(i)].partial});
    reviewChange(entry, period);
    reviewTarget(metric, entry, context, period);
}

} // namespace

namespace ReviewSteps {

std::optional<double> valueAt(const MetricSeries &series, int row)
{
    if (row < 0 || row >= int(series.rows.size()))
        return std::nullopt;
    if (series.isLifecycle()) {
        const LifecycleCounts &c = series.lifecycle[std::size_t(row)];
        return double(c.newUsers + c.returning + c.resurrecting);
    }
    return series.rows[std::size_t(row)].value;
}

int Context::periodIndexOf(LocalDay day) const
{
    if (calendar.contains(day))
        return calendar.periodOf(day);
    if (day > calendar.lastDay())
        return calendar.periodCount() + 1; // later than anything reviewed
    // Before the data: step back period by period (bounded: ship dates are years 1..9999).
    int index = 0;
    LocalDay start = calendar.periodStart(0);
    for (int guard = 0; guard < 200000 && day < start; ++guard) {
        start = PeriodCalendar::periodStartOf(start - 1, calendar.grain(), calendar.weekStart());
        --index;
    }
    return index;
}

} // namespace ReviewSteps

Result<Review> computeReview(const WorkspaceMetrics &metrics, const ReviewOptions &options)
{
    const WorkspaceData &data = metrics.data();
    const Tree *tree = data.tree(options.treeId);
    if (!tree)
        return fail(Text::tr("The workspace has no tree with id %1.").arg(options.treeId));
    const Node *northStar = data.northStarOf(tree->id);
    if (!northStar)
        return fail(Text::tr("The tree \"%1\" has no North Star to review.").arg(tree->name));
    const Metric *northStarMetric = data.metric(northStar->metricId);
    if (!northStarMetric || northStarMetric->computation.isEmpty()) {
        return fail(Text::tr("The North Star of \"%1\" has no computation: define how \"%2\" is computed (its kind "
                             "and core action) before reviewing it.")
                        .arg(tree->name, northStarMetric ? northStarMetric->name : QString()));
    }
    if (options.grain == Grain::Day)
        return fail(Text::tr("A review is by week or by month, not by day."));

    Result<AnalysisRequest> request = AnalysisRequest::fromSettings(data);
    if (!request)
        return fail(request.error());
    request->grain = options.grain;
    Result<std::shared_ptr<const LoadedActivity>> activity = metrics.activity(request->timeZone);
    if (!activity)
        return fail(activity.error());
    if ((*activity)->data().isEmpty())
        return fail(Text::tr("The workspace has no data to review yet: import events first (northstar import)."));

    Context context;
    context.data = &data;
    context.tree = tree;
    context.activity = *activity;
    context.request = request->metricRequest();
    context.lookup = metrics.lookup();
    context.calendar = context.engine().calendar(context.request);
    Result<int> period = reviewedPeriod(context.calendar, options, options.grain);
    if (!period)
        return fail(period.error());
    context.period = *period;

    Review review;
    review.treeId = tree->id;
    review.tree = tree->name;
    review.grain = options.grain;
    review.period = context.calendar.startDate(context.period);
    if (context.period >= 1)
        review.previous = context.calendar.startDate(context.period - 1);
    const LocalDay periodEnd = context.calendar.periodEnd(context.period);
    review.periodEnd = PeriodCalendar::toDate(periodEnd);
    review.dataThrough = PeriodCalendar::toDate(context.calendar.lastDay());

    // The metrics under review, before their series: whether the data must be cut at the
    // end of P depends on their kinds.
    const QList<Id> nodeIds = metricNodesInTreeOrder(data, northStar->id);
    std::vector<const Metric *> reviewedMetrics;
    for (Id nodeId : nodeIds) {
        MetricReview entry;
        entry.nodeId = nodeId;
        entry.role = nodeId == northStar->id ? ReviewRole::NorthStar : ReviewRole::Input;
        review.metrics.push_back(entry);
        reviewedMetrics.push_back(data.metric(data.node(nodeId)->metricId));
    }
    if (const Metric *guardrail = data.metric(tree->guardrailMetricId)) {
        MetricReview entry;
        entry.role = ReviewRole::Guardrail;
        entry.bound = tree->guardrailBound;
        review.metrics.push_back(entry);
        reviewedMetrics.push_back(guardrail);
    }
    const bool needsCut = periodEnd < context.calendar.lastDay()
                          && std::any_of(reviewedMetrics.cbegin(), reviewedMetrics.cend(), [&](const Metric *m) {
                                 const auto spec = m ? metrics.specOf(m->id) : Result<MetricSpec>(fail(QString()));
                                 return spec && readsLaterEvents(*spec, context.lookup);
                             });
    if (needsCut) {
        context.activity = std::make_shared<const LoadedActivity>(activityThrough((*activity)->data(), periodEnd));
        context.calendar = context.engine().calendar(context.request);
    }

    QHash<Id, Reviewed> byNode;
    Reviewed northStarReviewed;
    for (std::size_t i = 0; i < review.metrics.size(); ++i) {
        MetricReview &entry = review.metrics[i];
        Reviewed reviewed{&entry, std::nullopt, -1};
        if (reviewedMetrics[i])
            reviewMetric(context, metrics, *reviewedMetrics[i], reviewed);
        else
            entry.error = Text::tr("The node shows no catalog metric.");
        if (entry.role == ReviewRole::Guardrail && entry.bound && entry.value) {
            entry.breached = entry.bound->side == GuardrailBound::Side::AtLeast ? *entry.value < entry.bound->value
                                                                                : *entry.value > entry.bound->value;
        }
        if (entry.role == ReviewRole::NorthStar)
            northStarReviewed = reviewed;
        if (entry.nodeId != 0)
            byNode.insert(entry.nodeId, reviewed);
    }
    if (!northStarReviewed.entry->error.isEmpty())
        return fail(northStarReviewed.entry->error);

    ReviewSteps::addContributions(context, byNode, review);
    if (Result<void> segments = ReviewSteps::addSegments(context, northStarReviewed, review); !segments)
        return fail(segments.error());
    ReviewSteps::addWork(context, byNode, review);
    ReviewSteps::addDisconnects(context, review);
    return review;
}

} // namespace NorthStar
