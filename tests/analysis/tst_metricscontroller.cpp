// MetricsController delivers results through signals without blocking the caller, caches
// them, answers from the cache through the same signal, drops results that a reload or a
// model change made stale, and reports errors as values.

#include "analysistestsupport.h"

#include "analysis/metricscontroller.h"
#include "analysis/workspacemetrics.h"
#include "metrics/csvseries.h"
#include "model/changeset.h"
#include "review/reviewjson.h"
#include "review/weeklyreview.h"
#include "storage/workspacefile.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace NorthStar;
using namespace NorthStar::AnalysisTest;

class TestMetricsController final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deliversOffTheCallingThread();
    void cacheAndPending();
    void staleResultsAreDropped();
    void timezoneSettingChange();
    void changeSetSaysWhatInvalidates();
    void errorsAreSignals();
    void leverageAndWhatIf();
    void reviewCacheAndInvalidation();

private:
    // The series computed directly, for comparison.
    QString direct(Id metricId, const AnalysisRequest &request) const;
    static MetricsResult takeResult(QSignalSpy &spy, quint64 ticket);

    QTemporaryDir m_dir;
    QString m_workspace;
    WorkspaceData m_model;
};

void TestMetricsController::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(u"shop.northstar"_s);
    m_model = sampleModel();
    QVERIFY(WorkspaceFile::write(m_workspace, m_model).ok());
    const QString imported = importRows(m_workspace, Reference::generate(40, 11));
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
}

QString TestMetricsController::direct(Id metricId, const AnalysisRequest &request) const
{
    const auto series = WorkspaceMetrics(m_workspace, m_model).computeMetric(metricId, request);
    return series ? CsvSeries::format(*series) : series.error();
}

MetricsResult TestMetricsController::takeResult(QSignalSpy &spy, quint64 ticket)
{
    for (const QList<QVariant> &signal : std::as_const(spy)) {
        const auto result = signal.at(0).value<MetricsResult>();
        if (result.ticket == ticket)
            return result;
    }
    return {};
}

void TestMetricsController::deliversOffTheCallingThread()
{
    MetricsController controller;
    QSignalSpy ready(&controller, &MetricsController::seriesReady);
    controller.setWorkspace(m_workspace, m_model);
    const AnalysisRequest request = controller.defaultRequest();
    const Id visitors = metricIdNamed(m_model, u"Visitors"_s);
    const quint64 ticket = controller.requestSeries(visitors, request);
    QVERIFY(ticket != 0);
    QCOMPARE(ready.count(), 0); // returned at once; the answer comes later, by signal
    QVERIFY(ready.wait(10000));
    const MetricsResult result = takeResult(ready, ticket);
    QCOMPARE(result.ticket, ticket);
    QCOMPARE(result.metricId, visitors);
    QCOMPARE(result.request, request);
    QCOMPARE(CsvSeries::format(result.series), direct(visitors, request));
    QVERIFY(result.latest.row >= 0);
    QCOMPARE(result.latest.value, result.series.rows[std::size_t(result.latest.row)].value);

    // An ad-hoc spec (the properties panel's preview) goes the same way.
    MetricSpec spec;
    spec.kind = MetricKind::Frequency;
    spec.events = {u"purchase"_s};
    const quint64 adHoc = controller.requestSeries(spec, request);
    QVERIFY(ready.wait(10000));
    const MetricsResult adHocResult = takeResult(ready, adHoc);
    QCOMPARE(adHocResult.spec, std::optional<MetricSpec>(spec));
    QCOMPARE(adHocResult.series.kind, MetricKind::Frequency);
}

void TestMetricsController::cacheAndPending()
{
    MetricsController controller;
    QSignalSpy ready(&controller, &MetricsController::seriesReady);
    controller.setWorkspace(m_workspace, m_model);
    AnalysisRequest request = controller.defaultRequest();
    request.grain = Grain::Month;
    const Id buyers = metricIdNamed(m_model, u"Buyers"_s);
    QVERIFY(!controller.cachedSeries(buyers, request));
    const quint64 first = controller.requestSeries(buyers, request);
    QCOMPARE(controller.requestSeries(buyers, request), first); // pending: the same ticket
    QVERIFY(ready.wait(10000));
    QCOMPARE(ready.count(), 1);
    const auto cached = controller.cachedSeries(buyers, request);
    QVERIFY(cached);
    QCOMPARE(CsvSeries::format(cached->series), direct(buyers, request));

    // Asked again: a new ticket, answered from the cache through the same signal.
    const quint64 again = controller.requestSeries(buyers, request);
    QVERIFY(again != first);
    QCOMPARE(ready.count(), 1);
    QVERIFY(ready.wait(10000));
    QCOMPARE(takeResult(ready, again).ticket, again);
    QCOMPARE(CsvSeries::format(takeResult(ready, again).series), direct(buyers, request));
}

void TestMetricsController::staleResultsAreDropped()
{
    MetricsController controller;
    QSignalSpy ready(&controller, &MetricsController::seriesReady);
    QSignalSpy changed(&controller, &MetricsController::dataChanged);
    controller.setWorkspace(m_workspace, m_model);
    const AnalysisRequest request = controller.defaultRequest();
    const Id visitors = metricIdNamed(m_model, u"Visitors"_s);
    const quint64 stale = controller.requestSeries(visitors, request);
    const quint64 versionBefore = controller.dataVersion();
    controller.reload(); // an import happened
    QVERIFY(controller.dataVersion() != versionBefore);
    QCOMPARE(changed.count(), 2); // setWorkspace and reload
    const quint64 fresh = controller.requestSeries(visitors, request);
    QVERIFY(fresh != stale);
    QVERIFY(ready.wait(10000));
    controller.waitForIdle();
    QCoreApplication::processEvents(); // any result still queued arrives now
    QCOMPARE(ready.count(), 1);
    QCOMPARE(takeResult(ready, fresh).ticket, fresh);
    QVERIFY(!controller.isLoading());

    // A catalog edit changes the version too: formulas read other metrics' computations.
    WorkspaceData edited = m_model;
    edited.metrics[visitors].computation = QJsonObject{{u"kind"_s, u"breadth"_s}, {u"events"_s, QJsonArray{u"share"_s}}};
    controller.setModel(edited);
    QCOMPARE(changed.count(), 3);
    QVERIFY(!controller.cachedSeries(visitors, request));
    // A tree edit does not.
    WorkspaceData moved = edited;
    moved.nodes.first().position = QPointF(100, 100);
    controller.setModel(moved);
    QCOMPARE(changed.count(), 3);
}

void TestMetricsController::timezoneSettingChange()
{
    MetricsController controller;
    QSignalSpy ready(&controller, &MetricsController::seriesReady);
    QSignalSpy changed(&controller, &MetricsController::dataChanged);
    controller.setWorkspace(m_workspace, m_model);
    WorkspaceData berlin = m_model;
    berlin.settings.insert(u"timezone"_s, u"Europe/Berlin"_s);
    controller.setModel(berlin);
    QCOMPARE(changed.count(), 2);
    const AnalysisRequest request = controller.defaultRequest();
    QCOMPARE(request.timeZone, u"Europe/Berlin"_s);
    const Id depth = metricIdNamed(m_model, u"Purchases per buyer"_s);
    const quint64 ticket = controller.requestSeries(depth, request);
    QVERIFY(ready.wait(10000));
    QCOMPARE(CsvSeries::format(takeResult(ready, ticket).series), direct(depth, request));
}

void TestMetricsController::changeSetSaysWhatInvalidates()
{
    // Told what an edit changed, the controller keeps its results for edits no metric reads
    // (a definition or unit typed key by key), and drops them for a name or a computation.
    MetricsController controller;
    QSignalSpy ready(&controller, &MetricsController::seriesReady);
    QSignalSpy changed(&controller, &MetricsController::dataChanged);
    controller.setWorkspace(m_workspace, m_model);
    const AnalysisRequest request = controller.defaultRequest();
    const Id visitors = metricIdNamed(m_model, u"Visitors"_s);
    controller.requestSeries(visitors, request);
    QVERIFY(ready.wait(10000));
    QVERIFY(controller.cachedSeries(visitors, request));
    QCOMPARE(changed.count(), 1);

    WorkspaceData model = m_model;
    const auto edit = [&](const std::function<void(Metric &)> &change) {
        Metric after = model.metrics.value(visitors);
        change(after);
        ChangeSet set;
        set.update(model.metrics.value(visitors), after);
        model.metrics.insert(visitors, after);
        controller.setModel(model, set);
    };
    edit([](Metric &m) { m.definition = u"People who open the shop"_s; });
    edit([](Metric &m) { m.unit = u"visitors"_s; });
    QCOMPARE(changed.count(), 1);
    QVERIFY(controller.cachedSeries(visitors, request));
    edit([](Metric &m) { m.name = u"Shop visitors"_s; });
    QCOMPARE(changed.count(), 2);
    QVERIFY(!controller.cachedSeries(visitors, request));
}

void TestMetricsController::errorsAreSignals()
{
    MetricsController controller;
    QSignalSpy failed(&controller, &MetricsController::requestFailed);
    const quint64 noWorkspace = controller.requestSeries(1, AnalysisRequest());
    QCOMPARE(failed.count(), 0);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(0).value<quint64>(), noWorkspace);

    controller.setWorkspace(m_workspace, m_model);
    const quint64 undefined = controller.requestSeries(metricIdNamed(m_model, u"Undefined"_s), AnalysisRequest());
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.last().at(0).value<quint64>(), undefined);
    QVERIFY(failed.last().at(1).toString().contains(u"has no computation yet"_s));

    AnalysisRequest badZone;
    badZone.timeZone = u"Mars/Base"_s;
    const quint64 zone = controller.requestSeries(metricIdNamed(m_model, u"Buyers"_s), badZone);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.last().at(0).value<quint64>(), zone);
    QVERIFY(failed.last().at(1).toString().contains(u"Mars/Base"_s));
}

void TestMetricsController::leverageAndWhatIf()
{
    MetricsController controller;
    QSignalSpy leverage(&controller, &MetricsController::leverageReady);
    QSignalSpy whatIf(&controller, &MetricsController::whatIfReady);
    QSignalSpy failed(&controller, &MetricsController::requestFailed);
    controller.setWorkspace(m_workspace, m_model);
    AnalysisRequest daily;
    daily.grain = Grain::Day;
    const quint64 fit = controller.requestLeverage(nodeIdNamed(m_model, u"Buyers"_s), daily);
    const quint64 move = controller.requestWhatIf(nodeIdNamed(m_model, u"Purchases per buyer"_s), 10.0, daily);
    QVERIFY(whatIf.wait(10000));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.at(0).at(1).toString()));
    QCOMPARE(leverage.count(), 1); // one worker: the fit was queued first
    QCOMPARE(leverage.at(0).at(0).value<quint64>(), fit);
    QCOMPARE(leverage.at(0).at(1).value<LeverageEstimate>().edges.size(), std::size_t(2));
    QCOMPARE(whatIf.at(0).at(0).value<quint64>(), move);
    QCOMPARE(whatIf.at(0).at(1).value<TreeWhatIf>().changes.size(), std::size_t(3));
}

void TestMetricsController::reviewCacheAndInvalidation()
{
    // The review runs on the worker like the series, is cached by (tree, grain, period) and
    // under the period "latest" resolved to, and is dropped by model edits a review reads
    // (a target), not by notes or annotations.
    MetricsController controller;
    QSignalSpy ready(&controller, &MetricsController::reviewReady);
    QSignalSpy failed(&controller, &MetricsController::requestFailed);
    QSignalSpy changed(&controller, &MetricsController::reviewsChanged);
    controller.setWorkspace(m_workspace, m_model);
    const Id tree = m_model.treesInOrder().constFirst().id;
    const ReviewOptions latest{tree, Grain::Week, std::nullopt};
    QVERIFY(!controller.cachedReview(latest));
    const quint64 first = controller.requestReview(latest);
    QCOMPARE(controller.requestReview(latest), first); // pending: the same ticket
    QCOMPARE(ready.count(), 0);
    QVERIFY(ready.wait(20000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(0).value<quint64>(), first);
    const auto review = ready.at(0).at(1).value<Review>();
    const auto direct = computeReview(WorkspaceMetrics(m_workspace, m_model), latest);
    QVERIFY2(direct, qPrintable(direct ? QString() : direct.error()));
    QCOMPARE(reviewJsonText(review), reviewJsonText(*direct));
    QVERIFY(controller.cachedReview(latest));
    changed.clear(); // the workspace's arrival said so once
    const ReviewOptions period{tree, Grain::Week, review.period};
    QVERIFY(controller.cachedReview(period));
    QVERIFY(!controller.cachedReview({tree, Grain::Month, std::nullopt}));

    // Asked again: a new ticket, answered from the cache through the same signal.
    const quint64 again = controller.requestReview(period);
    QVERIFY(again != first);
    QVERIFY(ready.wait(10000));
    QCOMPARE(ready.constLast().at(0).value<quint64>(), again);
    QCOMPARE(reviewJsonText(ready.constLast().at(1).value<Review>()), reviewJsonText(review));

    // A review note and an annotation: no review changes.
    WorkspaceData model = m_model;
    ReviewNote note{model.allocateId(), tree, 0, review.period, ReviewGrain::Week, u"Looks good"_s};
    model.reviewNotes.insert(note.id, note);
    Annotation annotation{model.allocateId(), review.period, u"Outage"_s, 0};
    model.annotations.insert(annotation.id, annotation);
    ChangeSet notes;
    notes.add(note);
    notes.add(annotation);
    controller.setModel(model, notes);
    QCOMPARE(changed.count(), 0);
    QVERIFY(controller.cachedReview(period));
    // Moving a card neither.
    const Id visitorsNode = nodeIdNamed(model, u"Visitors"_s);
    Node moved = model.nodes.value(visitorsNode);
    moved.pinned = true;
    moved.position = QPointF(40, 80);
    ChangeSet move;
    move.update(model.nodes.value(visitorsNode), moved);
    model.nodes.insert(visitorsNode, moved);
    controller.setModel(model, move);
    QCOMPARE(changed.count(), 0);
    QVERIFY(controller.cachedReview(period));

    // A target: the reviews go, the series stay.
    const Id visitors = metricIdNamed(model, u"Visitors"_s);
    const AnalysisRequest request = controller.defaultRequest();
    QSignalSpy series(&controller, &MetricsController::seriesReady);
    controller.requestSeries(visitors, request);
    QVERIFY(series.wait(10000));
    Metric targeted = model.metrics.value(visitors);
    targeted.target.value = 100;
    targeted.target.date = review.period.addYears(1);
    ChangeSet target;
    target.update(model.metrics.value(visitors), targeted);
    model.metrics.insert(visitors, targeted);
    const quint64 versionBefore = controller.dataVersion();
    const quint64 reviewVersionBefore = controller.reviewVersion();
    const quint64 stale = controller.requestReview({tree, Grain::Month, std::nullopt}); // queued, then outdated
    controller.setModel(model, target);
    QCOMPARE(changed.count(), 1);
    QVERIFY(controller.reviewVersion() != reviewVersionBefore);
    QCOMPARE(controller.dataVersion(), versionBefore);
    QVERIFY(!controller.cachedReview(period));
    QVERIFY(controller.cachedSeries(visitors, request));
    const quint64 fresh = controller.requestReview(period);
    QVERIFY(fresh != stale);
    QTRY_VERIFY_WITH_TIMEOUT(controller.cachedReview(period), 20000);
    controller.waitForIdle();
    QCoreApplication::processEvents();
    for (const QList<QVariant> &signal : std::as_const(ready))
        QVERIFY(signal.at(0).value<quint64>() != stale); // dropped, never delivered
    const auto withTarget = controller.cachedReview(period);
    QVERIFY(withTarget->metricOfNode(visitorsNode)->target.has_value());

    // Reloaded data: dataChanged and reviewsChanged, nothing cached.
    controller.reload();
    QCOMPARE(changed.count(), 2);
    QVERIFY(!controller.cachedReview(period));
}

QTEST_GUILESS_MAIN(TestMetricsController)
#include "tst_metricscontroller.moc"
