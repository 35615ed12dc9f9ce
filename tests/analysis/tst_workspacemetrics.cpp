// WorkspaceMetrics and friends: a timezone override gives exactly what a fresh import in
// that timezone stores; catalog computations and formulas by name; the request from the
// workspace settings; latestComplete (a partial period never drives the headline); leverage
// estimates and what-if over a tree.

#include "analysistestsupport.h"

#include "analysis/latestvalue.h"
#include "analysis/treeleverage.h"
#include "analysis/workspacemetrics.h"
#include "eventstore/eventstore.h"
#include "metrics/csvseries.h"
#include "storage/workspacefile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace NorthStar;
using namespace NorthStar::AnalysisTest;

class TestWorkspaceMetrics final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void timezoneOverride_data();
    void timezoneOverride();
    void catalogComputations();
    void requestFromSettings();
    void latest_data();
    void latest();
    void leverageEstimate();
    void whatIf();

private:
    WorkspaceMetrics metrics(const WorkspaceData &data) const { return WorkspaceMetrics(m_workspace, data); }

    QTemporaryDir m_dir;
    QString m_workspace; // reporting timezone UTC
    WorkspaceData m_model;
    QList<Reference::Row> m_rows;
};

void TestWorkspaceMetrics::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_rows = Reference::generate(40, 7);
    m_workspace = m_dir.filePath(u"utc.northstar"_s);
    m_model = sampleModel();
    QVERIFY(WorkspaceFile::write(m_workspace, m_model).ok());
    const QString imported = importRows(m_workspace, m_rows);
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
}

void TestWorkspaceMetrics::timezoneOverride_data()
{
    QTest::addColumn<QString>("zone");
    QTest::newRow("Europe/Berlin (DST on 03-31)") << u"Europe/Berlin"_s;
    QTest::newRow("America/New_York (DST on 03-10)") << u"America/New_York"_s;
    QTest::newRow("Asia/Kolkata (+05:30)") << u"Asia/Kolkata"_s;
    QTest::newRow("UTC: the stored rollup") << u"UTC"_s;
}

void TestWorkspaceMetrics::timezoneOverride()
{
    QFETCH(QString, zone);
    const QString fresh = m_dir.filePath(u"fresh-%1.northstar"_s.arg(QString(zone).replace(u'/', u'-')));
    QVERIFY(WorkspaceFile::write(fresh, sampleModel({{u"timezone"_s, zone}})).ok());
    const QString imported = importRows(fresh, m_rows);
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
    const auto stored = EventStore::loadActivity(fresh);
    QVERIFY(stored.ok());

    const WorkspaceMetrics overridden = metrics(m_model);
    const auto rebuilt = overridden.activity(zone);
    QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.ok() ? QString() : rebuilt.error()));
    const ActivityData &a = (*rebuilt)->data();
    const ActivityData &b = *stored;
    QCOMPARE(a.timeZone, zone);
    QCOMPARE(a.firstDay, b.firstDay);
    QCOMPARE(a.lastDay, b.lastDay);
    QCOMPARE(a.userKeys, b.userKeys);
    QCOMPARE(a.eventNames, b.eventNames);
    QCOMPARE(a.userOffsets, b.userOffsets);
    QCOMPARE(a.firstSeen, b.firstSeen);
    QCOMPARE(a.entries.size(), b.entries.size());
    for (std::size_t i = 0; i < a.entries.size(); ++i) {
        QCOMPARE(a.entries[i].day, b.entries[i].day);
        QCOMPARE(a.entries[i].event, b.entries[i].event);
        QCOMPARE(a.entries[i].count, b.entries[i].count);
        QCOMPARE(a.entries[i].valueSum, b.entries[i].valueSum);
    }
    // The same numbers through both, for every kind.
    const WorkspaceMetrics freshMetrics(fresh, sampleModel({{u"timezone"_s, zone}}));
    AnalysisRequest request;
    request.timeZone = zone;
    request.weekStart = WeekStart::Sunday;
    for (const QString &kind : metricKindNames()) {
        if (kind == u"formula")
            continue;
        MetricSpec spec;
        spec.kind = *metricKindFromName(kind);
        const auto x = overridden.compute(spec, request);
        const auto y = freshMetrics.compute(spec, request);
        QVERIFY2(x.ok() && y.ok(), qPrintable(kind));
        QCOMPARE(CsvSeries::format(*x), CsvSeries::format(*y));
    }
    // Loaded once per timezone: the second call returns the same object.
    QCOMPARE(overridden.activity(zone)->get(), rebuilt->get());
}

void TestWorkspaceMetrics::catalogComputations()
{
    const WorkspaceMetrics m = metrics(m_model);
    AnalysisRequest request;
    request.grain = Grain::Month;
    const auto share = m.computeMetric(metricIdNamed(m_model, u"Buyer share"_s), request);
    const auto buyers = m.computeMetric(metricIdNamed(m_model, u"Buyers"_s), request);
    const auto visitors = m.computeMetric(metricIdNamed(m_model, u"Visitors"_s), request);
    QVERIFY(share.ok() && buyers.ok() && visitors.ok());
    QCOMPARE(share->rows.size(), buyers->rows.size());
    for (std::size_t i = 0; i < share->rows.size(); ++i)
        QCOMPARE(*share->rows[i].value, *buyers->rows[i].value / *visitors->rows[i].value);

    const auto undefined = m.computeMetric(metricIdNamed(m_model, u"Undefined"_s), request);
    QVERIFY(!undefined.ok());
    QVERIFY2(undefined.error().contains(u"has no computation yet"_s), qPrintable(undefined.error()));
    QVERIFY(!m.computeMetric(9999, request).ok());

    // A formula naming a metric without a computation is an error that names it.
    WorkspaceData broken = m_model;
    broken.metrics[metricIdNamed(m_model, u"Buyer share"_s)].computation =
        QJsonObject{{u"kind"_s, u"formula"_s}, {u"formula"_s, u"Buyers / Undefined"_s}};
    const auto bad = metrics(broken).computeMetric(metricIdNamed(m_model, u"Buyer share"_s), request);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().contains(u"Undefined"_s), qPrintable(bad.error()));
}

void TestWorkspaceMetrics::requestFromSettings()
{
    WorkspaceData data;
    auto plain = AnalysisRequest::fromSettings(data);
    QVERIFY(plain.ok());
    QCOMPARE(*plain, AnalysisRequest());
    QCOMPARE(plain->timeZone, u"UTC"_s);

    data.settings = {{u"timezone"_s, u"Europe/Berlin"_s}, {u"week-start"_s, u"sunday"_s}, {u"grain"_s, u"month"_s},
                     {u"segment"_s, u"country = DE"_s}};
    auto set = AnalysisRequest::fromSettings(data);
    QVERIFY(set.ok());
    QCOMPARE(set->timeZone, u"Europe/Berlin"_s);
    QCOMPARE(set->weekStart, WeekStart::Sunday);
    QCOMPARE(set->grain, Grain::Month);
    QCOMPARE(set->segment, (Segment{u"country"_s, u"DE"_s}));
    QVERIFY(set->key() != plain->key());

    data.settings[u"grain"_s] = u"fortnight"_s;
    auto bad = AnalysisRequest::fromSettings(data);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().contains(u"'grain'"_s), qPrintable(bad.error()));
}

using Rows = QList<std::pair<std::optional<double>, bool>>; // value, partial
Q_DECLARE_METATYPE(Rows)
using Optional = std::optional<double>;
Q_DECLARE_METATYPE(Optional)

void TestWorkspaceMetrics::latest_data()
{
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<int>("row");
    QTest::addColumn<Optional>("value");
    QTest::addColumn<Optional>("change");
    QTest::addColumn<int>("sparkline");
    const Optional none;
    QTest::newRow("partial last period is skipped")
        << Rows{{10.0, true}, {8.0, false}, {10.0, false}, {1.0, true}} << 2 << Optional(10.0) << Optional(25.0) << 3;
    QTest::newRow("fall") << Rows{{10.0, false}, {5.0, false}} << 1 << Optional(5.0) << Optional(-50.0) << 2;
    QTest::newRow("negative base") << Rows{{-4.0, false}, {-2.0, false}} << 1 << Optional(-2.0) << Optional(50.0) << 2;
    QTest::newRow("previous is zero: no change") << Rows{{0.0, false}, {3.0, false}} << 1 << Optional(3.0) << none << 2;
    QTest::newRow("previous empty ratio") << Rows{{none, false}, {3.0, false}} << 1 << Optional(3.0) << none << 2;
    QTest::newRow("latest empty ratio") << Rows{{2.0, false}, {none, false}, {1.0, true}} << 1 << none << none << 2;
    QTest::newRow("previous partial: no baseline") << Rows{{9.0, true}, {3.0, false}, {1.0, true}} << 1 << Optional(3.0)
                                                   << none << 2;
    QTest::newRow("only partial periods") << Rows{{1.0, true}, {2.0, true}} << -1 << none << none << 2;
    QTest::newRow("no periods") << Rows{} << -1 << none << none << 0;
    Rows many;
    for (int i = 0; i < 20; ++i)
        many.append({double(i), false});
    QTest::newRow("sparkline of the last 12") << many << 19 << Optional(19.0) << Optional(100.0 / 18.0) << 12;
}

void TestWorkspaceMetrics::latest()
{
    QFETCH(Rows, rows);
    QFETCH(int, row);
    QFETCH(Optional, value);
    QFETCH(Optional, change);
    QFETCH(int, sparkline);
    MetricSeries series;
    for (qsizetype i = 0; i < rows.size(); ++i)
        series.rows.push_back({QDate(2024, 1, 1).addDays(7 * i), rows[i].first, rows[i].second});
    const LatestValue latest = latestComplete(series, 12);
    QCOMPARE(latest.row, row);
    QCOMPARE(latest.value, value);
    QCOMPARE(latest.changePercent.has_value(), change.has_value());
    if (change)
        QVERIFY(qAbs(*latest.changePercent - *change) < 1e-12);
    QCOMPARE(int(latest.sparkline.size()), sparkline);
    if (row >= 0) {
        QCOMPARE(latest.periodStart, series.rows[std::size_t(row)].periodStart);
        QCOMPARE(latest.sparkline.back().periodStart, latest.periodStart); // ends at the headline
    }
}

// A parent defined as Visitors + 2 * Buyers moves exactly by 1 and 2 per unit change of
// its inputs: the fit must find both, with R^2 = 1.
void TestWorkspaceMetrics::leverageEstimate()
{
    WorkspaceData data = m_model;
    const Id share = metricIdNamed(data, u"Buyer share"_s);
    data.metrics[share].computation = QJsonObject{{u"kind"_s, u"formula"_s}, {u"formula"_s, u"Visitors + 2 * Buyers"_s}};
    // Only the two inputs feed the North Star here.
    const Id northStar = nodeIdNamed(data, u"Buyer share"_s);
    for (auto it = data.edges.begin(); it != data.edges.end();) {
        const QString child = data.nodeTitle(*data.node(it->childId));
        if (it->parentId == northStar && child != u"Visitors" && child != u"Buyers")
            it = data.edges.erase(it);
        else
            ++it;
    }
    AnalysisRequest request;
    request.grain = Grain::Day;
    const auto estimate = estimateLeverage(metrics(data), northStar, request);
    QVERIFY2(estimate.ok(), qPrintable(estimate.ok() ? QString() : estimate.error()));
    QCOMPARE(estimate->edges.size(), std::size_t(2));
    for (const EdgeLeverage &e : estimate->edges) {
        const QString child = data.nodeTitle(*data.node(e.childNodeId));
        QVERIFY(qAbs(e.leverage - (child == u"Visitors" ? 1.0 : 2.0)) < 1e-9);
        QCOMPARE(data.edge(e.edgeId)->childId, e.childNodeId);
    }
    QVERIFY(estimate->rSquared && qAbs(*estimate->rSquared - 1.0) < 1e-9);
    QVERIFY(estimate->periodsUsed > 50);

    // An input without a computation makes the fit impossible, and says which.
    const auto withUndefined = estimateLeverage(metrics(m_model), northStar, request);
    QVERIFY(!withUndefined.ok());
    QVERIFY2(withUndefined.error().contains(u"Undefined"_s), qPrintable(withUndefined.error()));
    QVERIFY(!estimateLeverage(metrics(m_model), nodeIdNamed(m_model, u"Launch promo"_s), request).ok());
}

// Purchases per buyer +10 %: Buyers move by that change * 2 (edge leverage), the North
// Star by the Buyers' change * 0.01; Visitors do not move.
void TestWorkspaceMetrics::whatIf()
{
    const WorkspaceMetrics m = metrics(m_model);
    AnalysisRequest request;
    const auto latestOf = [&](const QString &name) {
        return *latestComplete(*m.computeMetric(metricIdNamed(m_model, name), request)).value;
    };
    const Id depth = nodeIdNamed(m_model, u"Purchases per buyer"_s);
    const auto result = whatIfOnTree(m, depth, 10.0, request);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
    QCOMPARE(result->changes.size(), std::size_t(3));
    const double depthChange = latestOf(u"Purchases per buyer"_s) * 0.1;
    QCOMPARE(result->changes[0].nodeId, depth);
    QVERIFY(qAbs(result->changes[0].absoluteChange - depthChange) < 1e-12);
    QVERIFY(qAbs(*result->changes[0].percentChange - 10.0) < 1e-9);
    QCOMPARE(result->changes[1].nodeId, nodeIdNamed(m_model, u"Buyers"_s));
    QVERIFY(qAbs(result->changes[1].absoluteChange - depthChange * 2.0) < 1e-12);
    QCOMPARE(result->changes[1].latestValue, latestOf(u"Buyers"_s));
    QCOMPARE(result->changes[2].nodeId, nodeIdNamed(m_model, u"Buyer share"_s));
    QVERIFY(qAbs(result->changes[2].absoluteChange - depthChange * 2.0 * 0.01) < 1e-12);
    QVERIFY(qAbs(*result->changes[2].percentChange
                 - depthChange * 2.0 * 0.01 / latestOf(u"Buyer share"_s) * 100.0) < 1e-9);
    // DE buyers -> Buyers and Undefined -> Buyer share carry no leverage; the work item's
    // edge is not a metric edge.
    QCOMPARE(result->edgesWithoutLeverage.size(), 2);

    const auto undefined = whatIfOnTree(m, nodeIdNamed(m_model, u"Undefined"_s), 10.0, request);
    QVERIFY(!undefined.ok());
}

QTEST_GUILESS_MAIN(TestWorkspaceMetrics)
#include "tst_workspacemetrics.moc"
