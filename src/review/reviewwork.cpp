// Did our work move it: the verdict on each shipped work item per input it serves, and
// the disconnects the team should act on (REVIEW.md).

#include "review/reviewmath.h"
#include "review/reviewsteps.h"

#include <cmath>

namespace NorthStar::ReviewSteps {
namespace {

constexpr int beforePeriods = 8;
constexpr int afterPeriods = 4;
constexpr int recentPeriods = 4; // "in P or the 4 periods before"

bool isShipped(const Node &node)
{
    return node.kind == NodeKind::Work && node.status == WorkStatus::Shipped && node.shipDate.isValid();
}

QList<const Node *> workUnder(const WorkspaceData &data, Id nodeId)
{
    QList<const Node *> work;
    for (Id child : data.childrenOf(nodeId)) {
        if (const Node *node = data.node(child); node && node->kind == NodeKind::Work)
            work.append(node);
    }
    return work;
}

// Whether the item shipped in P or the few periods before it.
bool shippedRecently(const Context &context, const Node &work)
{
    if (!isShipped(work))
        return false;
    const int shipPeriod = context.periodIndexOf(PeriodCalendar::fromDate(work.shipDate));
    return shipPeriod <= context.period && shipPeriod >= context.period - recentPeriods;
}

const ReviewPoint *pointAt(const MetricReview &input, int period)
{
    if (period < 0 || period >= int(input.history.size()))
        return nullptr;
    const ReviewPoint &point = input.history[std::size_t(period)];
    return point.complete && point.value ? &point : nullptr;
}

// The verdict of one item on one input; `row` has the item and input filled in.
void judge(const Context &context, const Reviewed &input, WorkReview &row)
{
    const MetricReview &entry = *input.entry;
    if (!input.spec || input.reviewedPeriod < 0) {
        row.verdict = WorkVerdict::NoData;
        return;
    }
    const int ship = context.periodIndexOf(PeriodCalendar::fromDate(row.shipped));
    const int last = input.reviewedPeriod; // P, or the input's latest complete cohort
    if (ship >= 0 && ship < context.calendar.periodCount())
        row.shipPeriod = context.calendar.startDate(ship);
    if (ship + afterPeriods > last) {
        row.verdict = WorkVerdict::TooEarly;
        row.periodsNeeded = ship + afterPeriods - last;
        return;
    }
    row.firstBeforeIndex = ship - beforePeriods;
    std::vector<double> t, y;
    for (int p = ship - beforePeriods; p < ship; ++p) {
        if (const ReviewPoint *point = pointAt(entry, p)) {
            t.push_back(p);
            y.push_back(*point->value);
            row.before.push_back(*point);
        }
    }
    std::vector<const ReviewPoint *> after;
    for (int p = ship + 1; p <= ship + afterPeriods; ++p) {
        if (const ReviewPoint *point = pointAt(entry, p))
            after.push_back(point);
    }
    for (const ReviewPoint *point : after)
        row.after.push_back(*point);
    // A window period without a value is missing; an incomplete after-window (its periods
    // have passed, so waiting will not help) is reported the same way.
    if (int(t.size()) < beforePeriods || int(after.size()) < afterPeriods) {
        row.verdict = WorkVerdict::TooLittleHistory;
        row.periodsNeeded = beforePeriods - int(t.size());
        return;
    }
    const ReviewMath::LineFit fit = ReviewMath::fitLine(t, y);
    row.interceptA = fit.a;
    row.slopeB = fit.b;
    double effect = 0.0, expected = 0.0;
    for (int i = 0; i < afterPeriods; ++i) {
        const double course = fit.a + fit.b * double(ship + 1 + i);
        expected += course;
        effect += *after[std::size_t(i)]->value - course;
    }
    effect /= afterPeriods;
    expected /= afterPeriods;
    const double noise = std::sqrt(fit.residualSquares / double(beforePeriods - 2));
    row.effect = effect;
    row.noise = noise;
    if (expected != 0)
        row.relativeEffect = effect / expected;
    const bool clear = std::abs(effect) > std::max(2.0 * noise, 1e-9 * std::abs(expected));
    std::optional<double> measured;
    if (row.expected)
        measured = row.expected->relative ? row.relativeEffect : std::optional<double>(effect);
    row.verdict = ReviewMath::verdictOf(clear, effect, row.expected, measured);
}

} // namespace

void addWork(const Context &context, const QHash<Id, Reviewed> &byNode, Review &review)
{
    const LocalDay periodEnd = context.calendar.periodEnd(context.period);
    for (const MetricReview &entry : review.metrics) {
        if (entry.nodeId == 0)
            continue;
        for (const Node *work : workUnder(*context.data, entry.nodeId)) {
            if (!isShipped(*work) || PeriodCalendar::fromDate(work->shipDate) > periodEnd)
                continue;
            WorkReview row;
            row.workNodeId = work->id;
            row.title = work->title;
            row.inputNodeId = entry.nodeId;
            row.input = entry.name;
            row.shipped = work->shipDate;
            row.expected = work->impact;
            judge(context, byNode.value(entry.nodeId), row);
            review.work.push_back(row);
        }
    }
}

void addDisconnects(const Context &context, Review &review)
{
    const WorkspaceData &data = *context.data;
    auto add = [&](DisconnectKind kind, const QString &metric, Id nodeId, const QString &work = {}, Id workId = 0) {
        review.disconnects.push_back({kind, metric, nodeId, work, workId});
    };
    for (const MetricReview &m : review.metrics) {
        if (m.role != ReviewRole::Input || !m.unusual)
            continue;
        const QList<const Node *> work = workUnder(data, m.nodeId);
        if (std::none_of(work.cbegin(), work.cend(), [&](const Node *w) { return shippedRecently(context, *w); }))
            add(DisconnectKind::UnexplainedMovement, m.name, m.nodeId);
    }
    for (const WorkReview &w : review.work) {
        if (w.verdict == WorkVerdict::NoClearEffect || w.verdict == WorkVerdict::Opposite
            || w.verdict == WorkVerdict::SmallerThanExpected)
            add(DisconnectKind::WorkWithoutEffect, w.input, w.inputNodeId, w.title, w.workNodeId);
    }
    for (const MetricReview &m : review.metrics) {
        if (m.role != ReviewRole::Input)
            continue;
        const QList<const Node *> work = workUnder(data, m.nodeId);
        const bool busy = std::any_of(work.cbegin(), work.cend(), [&](const Node *w) {
            return w->status == WorkStatus::InProgress || shippedRecently(context, *w);
        });
        if (!busy)
            add(DisconnectKind::IdleInput, m.name, m.nodeId);
    }
    for (const MetricReview &m : review.metrics) {
        if (m.target && m.target->status == TargetStatus::Behind)
            add(DisconnectKind::OffTarget, m.name, m.nodeId);
    }
    for (const MetricReview &m : review.metrics) {
        if (m.role == ReviewRole::Guardrail && m.breached)
            add(DisconnectKind::GuardrailBreached, m.name, 0);
    }
}

} // namespace NorthStar::ReviewSteps
