#include "referencereview.h"

#include "referencemath.h"
#include "referenceparts.h"


#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace NorthStar::ReviewReference {

namespace {

const QJsonValue null(QJsonValue::Null);

// The latest period up to P whose cohort window (W days from its last day) ends by P's last day.
int latestCompleteCohort(const Context &c, int window)
{
    int i = c.P;
    while (i >= 0 && c.calendar.end(i).addDays(window - 1) > c.calendar.end(c.P))
        --i;
    return i;
}

QJsonValue targetOf(const Entry &e, const Context &c, std::optional<QString> &status)
{
    const Target &t = e.metric->target;
    if (!t.isSet())
        return null;
    int first = 0;
    while (first < c.calendar.count() && !c.calendar.complete(first))
        ++first;
    std::optional<double> baseline = t.baselineValue;
    QDate baselineDate = t.baselineDate;
    if (!baseline) {
        baseline = e.at(first);
        baselineDate = c.calendar.start(first);
    } else if (!baselineDate.isValid()) {
        baselineDate = c.calendar.start(first);
    }
    QJsonObject json{{u"value"_s, *t.value}, {u"date"_s, isoDate(t.date)}, {u"expected"_s, null}, {u"status"_s, null}};
    if (!baseline)
        return json;
    // f: the elapsed fraction of [D0, D] at the last day of the reviewed period.
    const double span = double(baselineDate.daysTo(t.date));
    const double elapsed = double(baselineDate.daysTo(c.calendar.end(e.reviewed)));
    const double f = span > 0 ? std::clamp(elapsed / span, 0.0, 1.0) : 1.0;
    const double expected = *baseline + (*t.value - *baseline) * f;
    json[u"expected"_s] = expected;
    if (const auto v = e.at(e.reviewed)) {
        const bool up = *t.value >= *baseline;
        const auto atOrPast = [&](double mark) { return up ? *v >= mark : *v <= mark; };
        status = atOrPast(*t.value) ? u"reached"_s : atOrPast(expected) ? u"on_track"_s : u"behind"_s;
        json[u"status"_s] = *status;
    }
    return json;
}

Entry makeEntry(const Context &c, Id nodeId, const Metric &metric, const QString &role)
{
    Entry e;
    e.nodeId = nodeId;
    e.metric = &metric;
    e.role = role;
    e.spec = parseSpec(metric.computation);
    e.reviewed = c.P;
    if (e.spec) {
        e.cohort = e.spec->kind == u"activation";
        if (e.cohort)
            e.reviewed = latestCompleteCohort(c, e.spec->window);
        e.series = c.values.series(*e.spec, c.treeFilter);
    }
    const int R = e.reviewed;
    const auto v = e.at(R), previous = e.at(R - 1);
    std::optional<double> relative, low, high;
    if (v && previous) {
        e.change = *v - *previous;
        if (*previous != 0)
            relative = *e.change / std::abs(*previous);
    }
    // The usual range from the changes of P-12 ... P-1 (both periods complete, with a value).
    std::vector<double> changes;
    for (int i = R - 12; i <= R - 1; ++i) {
        if (i >= 1 && c.calendar.complete(i) && c.calendar.complete(i - 1) && e.at(i) && e.at(i - 1))
            changes.push_back(*e.at(i) - *e.at(i - 1));
    }
    if (changes.size() >= 6 && previous) {
        const double m = median(changes);
        std::vector<double> deviations;
        for (double d : changes)
            deviations.push_back(std::abs(d - m));
        const double s = 1.4826 * median(deviations);
        const double w = std::max(3 * s, 0.01 * std::abs(*previous));
        e.unusual = e.change && std::abs(*e.change - m) > w;
        low = *previous + m - w;
        high = *previous + m + w;
    }
    e.json = QJsonObject{{u"name"_s, metric.name},
                         {u"role"_s, role},
                         {u"period"_s, isoDate(c.calendar.start(R))},
                         {u"value"_s, jsonNumber(v)},
                         {u"previous"_s, jsonNumber(previous)},
                         {u"change"_s, jsonNumber(e.change)},
                         {u"relative_change"_s, jsonNumber(relative)},
                         {u"unusual"_s, e.unusual},
                         {u"usual_low"_s, jsonNumber(low)},
                         {u"usual_high"_s, jsonNumber(high)},
                         {u"target"_s, targetOf(e, c, e.status)}};
    if (role == u"guardrail" && c.tree.guardrailBound && v) {
        const GuardrailBound &b = *c.tree.guardrailBound;
        e.breached = b.side == GuardrailBound::Side::AtLeast ? *v < b.value : *v > b.value;
    }
    return e;
}

} // namespace

const Entry *entryOfNode(const std::vector<Entry> &entries, Id nodeId)
{
    for (const Entry &e : entries) {
        if (e.nodeId == nodeId && nodeId != 0)
            return &e;
    }
    return nullptr;
}

Result<QJsonObject> review(const RawData &data, const WorkspaceData &model, const Options &options)
{
    const Tree *tree = model.tree(options.treeId);
    if (!tree)
        return fail(u"no such tree"_s);
    if (options.grain != u"week" && options.grain != u"month")
        return fail(u"the review's grain is week or month"_s);
    const Node *northStar = model.northStarOf(tree->id);
    const Metric *northStarMetric = northStar ? model.metric(northStar->metricId) : nullptr;
    if (!northStarMetric || !parseSpec(northStarMetric->computation))
        return fail(u"the North Star has no computation"_s);
    if (data.events.empty())
        return fail(u"the workspace has no data"_s);

    const QString timeZone = model.setting(u"timezone"_s, u"UTC"_s);
    const int weekFirstDay = model.setting(u"week-start"_s) == u"sunday" ? 7 : 1;
    UserFilter treeFilter;
    if (const QString s = model.setting(u"segment"_s); s.contains(u'='))
        treeFilter.push_back({s.left(s.indexOf(u'=')).trimmed(), s.mid(s.indexOf(u'=') + 1).trimmed()});

    // Which periods are complete is decided over all imported data.
    const std::vector<QDate> dates = localDates(data, timeZone);
    const QDate first = *std::min_element(dates.begin(), dates.end());
    const QDate last = *std::max_element(dates.begin(), dates.end());
    const Calendar calendar(options.grain == u"month", weekFirstDay, first, last);
    int P = -1;
    if (options.periodDate) {
        P = calendar.indexOf(*options.periodDate);
        if (P < 0 || P >= calendar.count())
            return fail(u"the period is outside the data"_s);
        if (!calendar.complete(P))
            return fail(u"the period is not complete"_s);
    } else {
        for (int i = calendar.count() - 1; i >= 0 && P < 0; --i) {
            if (calendar.complete(i))
                P = i;
        }
        if (P < 0)
            return fail(u"no complete period"_s);
    }

    // A past period's review uses only the events up to its last day.
    const Values values(data, dates, model, calendar, calendar.end(P));
    const Context c{data, model, *tree, calendar, values, treeFilter, P};

    std::vector<Entry> entries;
    entries.push_back(makeEntry(c, northStar->id, *northStarMetric, u"north_star"_s));
    for (const Node &n : model.nodesOfTree(tree->id)) {
        if (n.kind == NodeKind::Input) {
            if (const Metric *m = model.metric(n.metricId))
                entries.push_back(makeEntry(c, n.id, *m, u"input"_s));
        }
    }
    if (const Metric *g = model.metric(tree->guardrailMetricId))
        entries.push_back(makeEntry(c, 0, *g, u"guardrail"_s));

    QJsonArray metrics, disconnects;
    for (const Entry &e : entries)
        metrics.append(e.json);
    QJsonArray workItems = work(c, entries, disconnects);
    for (const Entry &e : entries) {
        if (e.status == u"behind")
            disconnects.append(QJsonObject{{u"kind"_s, u"off_target"_s}, {u"metric"_s, e.metric->name}, {u"work"_s, null}});
        if (e.breached)
            disconnects.append(
                QJsonObject{{u"kind"_s, u"guardrail_breached"_s}, {u"metric"_s, e.metric->name}, {u"work"_s, null}});
    }
    return QJsonObject{{u"tree"_s, tree->name},
                       {u"grain"_s, options.grain},
                       {u"period"_s, isoDate(calendar.start(P))},
                       {u"previous"_s, P > 0 ? QJsonValue(isoDate(calendar.start(P - 1))) : null},
                       {u"metrics"_s, metrics},
                       {u"contributions"_s, contributions(c, entries)},
                       {u"segments"_s, segments(c, entries.front())},
                       {u"work"_s, workItems},
                       {u"disconnects"_s, disconnects}};
}

} // namespace NorthStar::ReviewReference
