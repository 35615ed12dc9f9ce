// Why it moved: the split of a parent's change among its inputs (Shapley over a formula's
// operands, or leverage with the unexplained rest), and the North Star's split by segment.

#include "metrics/formulaparser.h"
#include "review/reviewmath.h"
#include "review/reviewsteps.h"

#include <numeric>

using namespace Qt::StringLiterals;

namespace NorthStar::ReviewSteps {
namespace {

// The value of a series' row when it is complete.
std::optional<double> completeValue(const MetricSeries &series, int row)
{
    if (row < 0 || row >= int(series.rows.size()) || series.rows[std::size_t(row)].partial)
        return std::nullopt;
    return valueAt(series, row);
}

QList<Id> metricChildren(const WorkspaceData &data, Id nodeId)
{
    QList<Id> children;
    for (Id child : data.childrenOf(nodeId)) {
        if (const Node *node = data.node(child); node && node->kind == NodeKind::Input)
            children.append(child);
    }
    return children;
}

QString childName(const WorkspaceData &data, Id nodeId)
{
    const Node *node = data.node(nodeId);
    return node ? data.nodeTitle(*node) : QString();
}

// Shapley over the formula's operands; false when the parent is no formula over its children.
bool splitFormula(const Context &context, const Reviewed &parent, const QList<Id> &children,
                  const QHash<Id, Reviewed> &byNode, Contribution &result)
{
    if (!parent.spec || parent.spec->kind != MetricKind::Formula)
        return false;
    const Result<Formula> formula = FormulaParser::parse(parent.spec->formula);
    if (!formula)
        return false;
    QHash<QString, Id> childByName;
    for (Id child : children)
        childByName.insert(childName(*context.data, child), child);
    const bool overChildren = std::any_of(formula->operands.cbegin(), formula->operands.cend(),
                                          [&](const QString &name) { return childByName.contains(name); });
    if (!overChildren)
        return false;

    result.method = ContributionMethod::Formula;
    const int period = parent.reviewedPeriod;
    std::vector<std::optional<double>> before, after;
    for (const QString &name : formula->operands) {
        // The operand as the parent's formula sees it: under the formula's own segment.
        MetricSpec operand;
        operand.kind = MetricKind::Formula;
        operand.formula = u'"' + name + u'"';
        operand.segment = parent.spec->segment;
        const Result<MetricSeries> series = context.engine().compute(operand, context.request, context.lookup);
        before.push_back(series ? completeValue(*series, period - 1) : std::nullopt);
        after.push_back(series ? completeValue(*series, period) : std::nullopt);
        ContributionPart part;
        part.name = name;
        part.nodeId = childByName.value(name, 0);
        if (before.back() && after.back())
            part.change = *after.back() - *before.back();
        result.parts.push_back(part);
    }
    const bool defined = result.change && std::all_of(before.cbegin(), before.cend(), [](auto v) { return bool(v); })
                         && std::all_of(after.cbegin(), after.cend(), [](auto v) { return bool(v); });
    if (defined) {
        const auto phi = ReviewMath::shapley(int(before.size()), [&](unsigned mask) {
            std::vector<std::optional<double>> mixed(before.size());
            for (std::size_t i = 0; i < before.size(); ++i)
                mixed[i] = (mask & (1u << i)) ? after[i] : before[i];
            return formula->evaluate(mixed);
        });
        for (std::size_t i = 0; phi && i < phi->size(); ++i)
            result.parts[i].contribution = (*phi)[i];
    }
    // Children the formula does not use are still the parent's inputs: listed, not attributed.
    for (Id child : children) {
        if (formula->operands.contains(childName(*context.data, child)))
            continue;
        ContributionPart part;
        part.name = childName(*context.data, child);
        part.nodeId = child;
        if (const auto reviewed = byNode.constFind(child); reviewed != byNode.cend() && reviewed->entry)
            part.change = reviewed->entry->change;
        result.parts.push_back(part);
    }
    return true;
}

void splitByLeverage(const Context &context, Id parentId, const QList<Id> &children,
                     const QHash<Id, Reviewed> &byNode, Contribution &result)
{
    bool anyLeverage = false;
    for (Id child : children) {
        const std::optional<Edge> edge = context.data->edgeBetween(child, parentId);
        ContributionPart part;
        part.name = childName(*context.data, child);
        part.nodeId = child;
        const auto reviewed = byNode.constFind(child);
        if (reviewed != byNode.cend() && reviewed->entry)
            part.change = reviewed->entry->change;
        if (edge && edge->leverage) {
            anyLeverage = true;
            part.leverage = edge->leverage;
        }
        result.parts.push_back(part);
    }
    if (!anyLeverage)
        return; // method none: the children's changes, nothing attributed
    result.method = ContributionMethod::Leverage;
    if (!result.change)
        return;
    double explained = 0.0;
    for (ContributionPart &part : result.parts) {
        if (part.leverage && part.change) {
            part.contribution = *part.leverage * *part.change;
            explained += *part.contribution;
        }
    }
    result.unexplained = *result.change - explained;
}

enum class SplitKind { Count, Ratio, None };

SplitKind splitKind(MetricKind kind)
{
    switch (kind) {
    case MetricKind::Breadth:
    case MetricKind::Threshold:
    case MetricKind::Stickiness:
    case MetricKind::StickinessCumulative:
    case MetricKind::Lifecycle:
        return SplitKind::Count;
    case MetricKind::Depth:
    case MetricKind::DepthValue:
    case MetricKind::Frequency:
    case MetricKind::Activation:
        return SplitKind::Ratio;
    case MetricKind::TimeToValue: // a median does not decompose
    case MetricKind::Formula:
        break;
    }
    return SplitKind::None;
}

// The denominator of a ratio per segment: active users (breadth of the same core action),
// or for activation the users first seen in the cohort (lifecycle over every event: each
// of them is active in the period of their first event, and new there).
MetricSpec denominatorOf(const MetricSpec &spec)
{
    MetricSpec denominator;
    denominator.segment = spec.segment;
    if (spec.kind == MetricKind::Activation) {
        denominator.kind = MetricKind::Lifecycle;
    } else {
        denominator.kind = MetricKind::Breadth;
        denominator.events = spec.events;
    }
    return denominator;
}

double denominatorAt(const MetricSeries &series, int row)
{
    if (row < 0 || row >= int(series.rows.size()))
        return 0.0;
    if (series.isLifecycle())
        return double(series.lifecycle[std::size_t(row)].newUsers);
    return series.rows[std::size_t(row)].value.value_or(0.0);
}

// Per cell of computeBySegment (the attribute's values, then "(none)"): whether a user
// first seen by `lastDay` is in it.
std::vector<bool> segmentsSeenBy(const LoadedActivity &activity, const AttributeColumn &column, LocalDay lastDay)
{
    const ActivityData &data = activity.data();
    std::vector<bool> present(std::size_t(column.values.size()) + 1, false);
    for (std::size_t user = 0; user < data.userCount(); ++user) {
        if (data.firstSeen[user] > lastDay)
            continue;
        const std::int32_t value = column.valueOfUser[user];
        present[value < 0 ? present.size() - 1 : std::size_t(value)] = true;
    }
    return present;
}

} // namespace

void addContributions(const Context &context, const QHash<Id, Reviewed> &byNode, Review &review)
{
    for (const MetricReview &entry : review.metrics) {
        if (entry.nodeId == 0)
            continue;
        const QList<Id> children = metricChildren(*context.data, entry.nodeId);
        if (children.isEmpty())
            continue;
        Contribution result;
        result.parentNodeId = entry.nodeId;
        result.parent = entry.name;
        result.change = entry.change;
        const Reviewed parent = byNode.value(entry.nodeId);
        if (!splitFormula(context, parent, children, byNode, result))
            splitByLeverage(context, entry.nodeId, children, byNode, result);
        review.contributions.push_back(result);
    }
}

Result<void> addSegments(const Context &context, const Reviewed &northStar, Review &review)
{
    const MetricReview &entry = *northStar.entry;
    if (!northStar.spec || !entry.change)
        return {};
    const SplitKind kind = splitKind(northStar.spec->kind);
    if (kind == SplitKind::None)
        return {};
    const int period = northStar.reviewedPeriod;
    const double wholeBefore = *entry.previous;
    const MetricSpec denominator = denominatorOf(*northStar.spec);
    const LocalDay lastDay = context.calendar.periodEnd(context.period);
    for (const AttributeColumn &column : context.activity->data().attributes) {
        auto cells = context.engine().computeBySegment(*northStar.spec, context.request, column.name, context.lookup);
        if (!cells)
            return fail(cells.error());
        std::vector<MetricSeries> counts;
        if (kind == SplitKind::Ratio) {
            auto denominators = context.engine().computeBySegment(denominator, context.request, column.name);
            if (!denominators)
                return fail(denominators.error());
            counts = std::move(denominators).value();
        }
        // The segments as they were at the end of P: the values of users seen by then, and
        // "(none)" only when some of them have no value (a past review reads as it did then).
        const std::vector<bool> present = segmentsSeenBy(*context.activity, column, lastDay);
        double totalBefore = 0.0, totalAfter = 0.0;
        for (const MetricSeries &c : counts) {
            totalBefore += denominatorAt(c, period - 1);
            totalAfter += denominatorAt(c, period);
        }
        for (std::size_t cell = 0; cell < cells->size(); ++cell) {
            const bool none = cell == std::size_t(column.values.size());
            if (!present[cell])
                continue;
            SegmentContribution segment;
            segment.metric = entry.name;
            segment.attribute = column.name;
            segment.value = none ? u"(none)"_s : column.values.at(qsizetype(cell));
            const MetricSeries &series = (*cells)[cell];
            if (kind == SplitKind::Count) {
                segment.contribution = valueAt(series, period).value_or(0) - valueAt(series, period - 1).value_or(0);
            } else {
                if (totalBefore <= 0 || totalAfter <= 0)
                    return {}; // the whole ratio is empty: its change was not split
                const double w = denominatorAt(counts[cell], period - 1) / totalBefore;
                const double w2 = denominatorAt(counts[cell], period) / totalAfter;
                // Absent before: as good as the whole; absent after: unchanged.
                const double r = w > 0 ? valueAt(series, period - 1).value_or(wholeBefore) : wholeBefore;
                const double r2 = w2 > 0 ? valueAt(series, period).value_or(r) : r;
                segment.rate = w * (r2 - r);
                segment.mix = (r - wholeBefore) * (w2 - w);
                segment.interaction = (w2 - w) * (r2 - r);
                segment.contribution = *segment.rate + *segment.mix + *segment.interaction;
            }
            review.segments.push_back(segment);
        }
    }
    return {};
}

} // namespace NorthStar::ReviewSteps
