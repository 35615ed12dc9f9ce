#include "metriccompare.h"

#include "eventstore/eventstore.h"

using namespace Qt::StringLiterals;

namespace NorthStar::RollupTestSupport {

namespace {
std::optional<MetricSpec> lookup(const QString &name)
{
    if (name == u"volume"_s)
        return MetricSpec{MetricKind::Depth};
    if (name == u"reach"_s)
        return MetricSpec{MetricKind::Breadth};
    return std::nullopt;
}

// The same numbers, row by row, or a message naming the first difference.
QString compareSeries(const MetricSeries &a, const MetricSeries &b)
{
    if (a.rows.size() != b.rows.size())
        return u"%1 rows against %2"_s.arg(a.rows.size()).arg(b.rows.size());
    for (std::size_t i = 0; i < a.rows.size(); ++i) {
        const SeriesRow &x = a.rows[i];
        const SeriesRow &y = b.rows[i];
        if (x.periodStart != y.periodStart || x.value != y.value || x.partial != y.partial) {
            return u"period %1: %2 against %3"_s.arg(x.periodStart.toString(Qt::ISODate),
                                                     x.value ? QString::number(*x.value, 'g', 17) : u"none"_s,
                                                     y.value ? QString::number(*y.value, 'g', 17) : u"none"_s);
        }
    }
    for (std::size_t i = 0; i < a.lifecycle.size(); ++i) {
        const LifecycleCounts &x = a.lifecycle[i];
        const LifecycleCounts &y = b.lifecycle.at(i);
        if (x.newUsers != y.newUsers || x.returning != y.returning || x.resurrecting != y.resurrecting
            || x.dormant != y.dormant)
            return u"lifecycle period %1 differs"_s.arg(i);
    }
    return {};
}

} // namespace

QList<std::pair<QString, MetricSpec>> everyKind()
{
    QList<std::pair<QString, MetricSpec>> specs;
    for (const QStringList &events : {QStringList{}, QStringList{u"purchase"_s}}) {
        const QString on = events.isEmpty() ? u"any"_s : events.first();
        const auto add = [&](const QString &name, MetricSpec spec) {
            spec.events = events;
            specs.append({name + u" of "_s + on, spec});
        };
        add(u"breadth"_s, {MetricKind::Breadth});
        add(u"depth"_s, {MetricKind::Depth});
        add(u"depth-value"_s, {MetricKind::DepthValue});
        add(u"frequency"_s, {MetricKind::Frequency});
        MetricSpec sticky{MetricKind::Stickiness};
        sticky.k = 2;
        add(u"stickiness"_s, sticky);
        sticky.kind = MetricKind::StickinessCumulative;
        add(u"stickiness-cumulative"_s, sticky);
        MetricSpec threshold{MetricKind::Threshold};
        threshold.threshold = 3;
        add(u"threshold"_s, threshold);
        MetricSpec activation{MetricKind::Activation};
        activation.window = 7;
        add(u"activation"_s, activation);
        add(u"time-to-value"_s, {MetricKind::TimeToValue});
        add(u"lifecycle"_s, {MetricKind::Lifecycle});
        MetricSpec formula{MetricKind::Formula};
        formula.formula = u"volume / reach"_s;
        add(u"formula"_s, formula);
    }
    return specs;
}

// Every kind x grain x week start x segment on both workspaces; the first difference.
QString compareEveryMetric(const QString &expectedWorkspace, const QString &actualWorkspace, int &compared)
{
    auto expected = EventStore::loadActivity(expectedWorkspace);
    auto actual = EventStore::loadActivity(actualWorkspace);
    if (!expected || !actual)
        return !expected ? expected.error() : actual.error();
    const MetricEngine a(*expected);
    const MetricEngine b(*actual);
    for (const auto &[name, spec] : everyKind()) {
        for (const Grain grain : {Grain::Day, Grain::Week, Grain::Month}) {
            for (const WeekStart start : {WeekStart::Monday, WeekStart::Sunday}) {
                for (const QString &segment : {QString(), u"country = DE"_s, u"plan = pro"_s}) {
                    MetricRequest request{grain, start, {}};
                    if (!segment.isEmpty())
                        request.segment = *Segment::parse(segment);
                    auto x = a.compute(spec, request, lookup);
                    auto y = b.compute(spec, request, lookup);
                    if (!x && !y && x.error() == y.error())
                        continue; // not offered for this grain, and refused alike
                    if (!x || !y)
                        return u"%1: %2"_s.arg(name, !x ? x.error() : y.error());
                    if (const QString diff = compareSeries(*x, *y); !diff.isEmpty())
                        return u"%1, %2, week from %3, segment '%4': %5"_s.arg(name, grainName(grain))
                            .arg(start == WeekStart::Monday ? u"Monday"_s : u"Sunday"_s, segment, diff);
                    ++compared;
                }
            }
        }
    }
    return {};
}

int everyMetricCombinations()
{
    return int((everyKind().size() * 3 - 2) * 2 * 3);
}

} // namespace NorthStar::RollupTestSupport
