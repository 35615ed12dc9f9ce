// "Did our work move it" and the input disconnects of REVIEW.md for the reference: the
// before/after windows around each ship date, the least-squares course, the verdicts.

#include "referencemath.h"
#include "referenceparts.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace NorthStar::ReviewReference {

namespace {

const QJsonValue null(QJsonValue::Null);

struct Judgement
{
    QString verdict;
    std::optional<double> effect, relativeEffect, noise;
};

Judgement judge(const Context &c, const Entry &input, QDate shipped, const std::optional<ExpectedImpact> &impact)
{
    if (!input.spec)
        return {u"no_data"_s, {}, {}, {}};
    const int R = input.reviewed; // for a cohort metric only periods up to its latest complete cohort count
    const int s = c.calendar.indexOf(shipped);
    int after = 0;
    for (int i = s + 1; i <= R; ++i)
        after += c.calendar.complete(i) ? 1 : 0;
    if (after < 4)
        return {u"too_early"_s, {}, {}, {}};
    std::vector<double> t, y;
    for (int i = s - 8; i <= s - 1; ++i) {
        if (!c.calendar.complete(i) || !input.at(i))
            return {u"too_little_history"_s, {}, {}, {}};
        t.push_back(i);
        y.push_back(*input.at(i));
    }
    const LineFit fit = fitLine(t, y);
    double deviation = 0.0, course = 0.0;
    for (int i = s + 1; i <= s + 4; ++i) {
        const double expected = fit.a + fit.b * i;
        deviation += (input.at(i).value_or(0.0) - expected) / 4.0;
        course += expected / 4.0;
    }
    Judgement j;
    j.effect = deviation;
    if (course != 0)
        j.relativeEffect = deviation / course;
    j.noise = std::sqrt(fit.squaredResiduals / 6.0);
    const bool clear = std::abs(deviation) > std::max(2 * *j.noise, 1e-9 * std::abs(course));
    if (!clear) {
        j.verdict = u"no_clear_effect"_s;
    } else if (!impact) {
        j.verdict = deviation > 0 ? u"moved_up"_s : u"moved_down"_s;
    } else if ((deviation > 0) != (impact->amount > 0)) {
        j.verdict = u"opposite"_s;
    } else {
        const double measured = impact->relative ? j.relativeEffect.value_or(0.0) : deviation;
        j.verdict = std::abs(measured) >= 0.5 * std::abs(impact->amount) ? u"as_expected"_s : u"smaller_than_expected"_s;
    }
    return j;
}

QJsonObject disconnect(const QString &kind, const QString &metric, const QString &work = {})
{
    return {{u"kind"_s, kind}, {u"metric"_s, metric}, {u"work"_s, work.isEmpty() ? null : QJsonValue(work)}};
}

} // namespace

QJsonArray work(const Context &c, const std::vector<Entry> &entries, QJsonArray &disconnects)
{
    const QDate end = c.calendar.end(c.P);
    const QDate recentFrom = c.calendar.start(std::max(c.P - 4, 0)); // P and the 4 periods before
    QJsonArray out;
    for (const Node &w : c.model.nodesOfTree(c.tree.id)) {
        if (w.kind != NodeKind::Work || w.status != WorkStatus::Shipped || !w.shipDate.isValid() || w.shipDate > end)
            continue;
        for (const Edge &edge : c.model.edgesOfTree(c.tree.id)) {
            const Entry *input = edge.childId == w.id ? entryOfNode(entries, edge.parentId) : nullptr;
            if (!input)
                continue;
            const Judgement j = judge(c, *input, w.shipDate, w.impact);
            out.append(QJsonObject{{u"title"_s, w.title},
                                   {u"input"_s, input->metric->name},
                                   {u"shipped"_s, isoDate(w.shipDate)},
                                   {u"expected"_s, w.impact ? QJsonValue(w.impact->amount) : null},
                                   {u"expected_relative"_s, w.impact ? QJsonValue(w.impact->relative) : null},
                                   {u"effect"_s, jsonNumber(j.effect)},
                                   {u"relative_effect"_s, jsonNumber(j.relativeEffect)},
                                   {u"noise"_s, jsonNumber(j.noise)},
                                   {u"verdict"_s, j.verdict}});
            if (j.verdict == u"no_clear_effect" || j.verdict == u"opposite" || j.verdict == u"smaller_than_expected")
                disconnects.append(disconnect(u"work_without_effect"_s, input->metric->name, w.title));
        }
    }
    // Inputs: unusual with no work shipped lately; idle with none in progress or shipped lately.
    for (const Entry &input : entries) {
        if (input.role != u"input")
            continue;
        bool shippedLately = false, inProgress = false;
        for (const Edge &edge : c.model.edgesOfTree(c.tree.id)) {
            const Node *w = edge.parentId == input.nodeId ? c.model.node(edge.childId) : nullptr;
            if (!w || w->kind != NodeKind::Work)
                continue;
            inProgress = inProgress || w->status == WorkStatus::InProgress;
            shippedLately = shippedLately
                            || (w->status == WorkStatus::Shipped && w->shipDate.isValid() && w->shipDate >= recentFrom
                                && w->shipDate <= end);
        }
        if (input.unusual && !shippedLately)
            disconnects.append(disconnect(u"unexplained_movement"_s, input.metric->name));
        if (!inProgress && !shippedLately)
            disconnects.append(disconnect(u"idle_input"_s, input.metric->name));
    }
    return out;
}

} // namespace NorthStar::ReviewReference
