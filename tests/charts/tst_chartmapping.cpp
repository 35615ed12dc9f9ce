// How series become charts: partial points, gaps, ship markers, hover text, range
// selection (math and mouse), lifecycle and stickiness bars.

#include "chartfixtures.h"

#include "charts/chartformat.h"
#include "charts/chartoverlay.h"
#include "charts/lifecyclechart.h"
#include "charts/linelayout.h"
#include "charts/metricchartview.h"
#include "charts/shipmarkers.h"
#include "charts/stickinesschart.h"
#include "model/workspacedata.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QComboBox>
#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace NorthStar;
using namespace NorthStar::Charts;
using namespace NorthStar::ChartFixtures;

class tst_ChartMapping final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lineLayout_data();
    void lineLayout();
    void chartSeries();
    void valueLabelsFitTheHeight();
    void shipMarkersOfNode();
    void markersOnChart();
    void formatValue_data();
    void formatValue();
    void hoverText_data();
    void hoverText();
    void hoverByMouse();
    void latestSummary();
    void rangeStats_data();
    void rangeStats();
    void rangeByMouse();
    void zoom();
    void lifecycleBars();
    void stickinessHistogram();
};

void tst_ChartMapping::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ChartMapping::lineLayout_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("solidRuns");
    QTest::addColumn<int>("dashedRuns");
    QTest::addColumn<int>("partialPoints");
    QTest::addColumn<int>("gaps");

    QTest::newRow("all complete") << u"CCCC"_s << 1 << 0 << 0 << 0;
    QTest::newRow("partial last") << u"CCCP"_s << 1 << 1 << 1 << 0;
    QTest::newRow("partial first and last") << u"PCCP"_s << 1 << 2 << 2 << 0;
    QTest::newRow("gap splits the line") << u"CC_CC"_s << 2 << 0 << 0 << 1;
    QTest::newRow("gap before partial") << u"CC_P"_s << 1 << 0 << 1 << 1;
    QTest::newRow("two partial in a row") << u"CPPC"_s << 2 << 1 << 2 << 0;
    QTest::newRow("only gaps") << u"___"_s << 0 << 0 << 0 << 3;
    QTest::newRow("empty series") << QString() << 0 << 0 << 0 << 0;
}

void tst_ChartMapping::lineLayout()
{
    QFETCH(QString, pattern);
    const LineLayout layout = buildLineLayout(seriesFromPattern(pattern));
    QTEST(int(layout.solidRuns.size()), "solidRuns");
    QTEST(int(layout.dashedRuns.size()), "dashedRuns");
    QTEST(int(layout.partialPoints.size()), "partialPoints");
    QTEST(int(layout.gapRows.size()), "gaps");
    // A partial point is never on a solid line: it cannot read as a drop of the trend.
    for (const QList<QPointF> &run : layout.solidRuns) {
        for (const QPointF &p : run)
            QVERIFY(!layout.partialPoints.contains(p));
    }
    // Every dashed run goes through a partial point.
    for (const QList<QPointF> &run : layout.dashedRuns)
        QVERIFY(std::any_of(run.begin(), run.end(), [&](const QPointF &p) { return layout.partialPoints.contains(p); }));
}

void tst_ChartMapping::chartSeries()
{
    MetricChartView view;
    view.resize(800, 400);
    MetricSeries series = seriesFromPattern(u"CC_CCP"_s);
    series.rows[4].value = 0.0;  // a real zero stays a point (only empty is a gap)
    view.setData(chartData(series));

    QList<QPointF> solid, dashed, partial;
    for (QAbstractSeries *s : view.chart()->series()) {
        auto *xy = qobject_cast<QXYSeries *>(s);
        QVERIFY(xy);
        if (s->objectName() == u"solid"_s)
            solid += xy->points();
        else if (s->objectName() == u"dashed"_s)
            dashed += xy->points();
        else if (s->objectName() == u"partial"_s)
            partial += xy->points();
    }
    const double gapX = dateX(series.rows[2].periodStart);
    for (const QPointF &p : solid + dashed + partial)
        QVERIFY2(p.x() != gapX, "an empty ratio must be a gap, not a point");
    QCOMPARE(partial.size(), 1);
    QCOMPARE(partial.front(), QPointF(dateX(series.rows[5].periodStart), 105.0));
    QVERIFY(dashed.contains(QPointF(dateX(series.rows[4].periodStart), 0.0)));
    QVERIFY(solid.contains(QPointF(dateX(series.rows[4].periodStart), 0.0)));
    // The partial marker is hollow: filled with the background, outlined in the line colour.
    auto *hollow = view.chart()->findChild<QScatterSeries *>(u"partial"_s);
    QVERIFY(hollow);
    QCOMPARE(hollow->brush().color(), QColor(Qt::white));
}

// A short chart (the North Star's three stacked ones) gets fewer value labels instead of
// labels that QtCharts would elide to "…"; a tall one keeps its four steps.
void tst_ChartMapping::valueLabelsFitTheHeight()
{
    MetricChartView view;
    view.resize(800, 400);
    view.show(); // a hidden view gets its resize events only when shown
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setData(chartData(trend(20, 7)));
    const auto valueLabels = [&view] {
        const QList<QAbstractAxis *> axes = view.chart()->axes(Qt::Vertical);
        auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis *>(axes.constFirst());
        return axis ? axis->categoriesLabels().size() : -1;
    };
    const int tall = valueLabels();
    QVERIFY2(tall >= 4, qPrintable(QString::number(tall)));
    view.setMinimumHeight(60); // the North Star overview lets its three charts go down to 120
    view.resize(800, 110);     // the window system delivers the resize
    QTRY_VERIFY2(valueLabels() >= 2 && valueLabels() <= 3, qPrintable(u"%1 labels at %2 px"_s.arg(valueLabels()).arg(view.height())));
    view.resize(800, 400);
    QTRY_COMPARE(valueLabels(), tall);
}

void tst_ChartMapping::shipMarkersOfNode()
{
    WorkspaceData data;
    const auto addNode = [&](NodeKind kind, const QString &title, QDate ship, WorkStatus status) {
        Node node;
        node.id = data.allocateId();
        node.treeId = 1;
        node.kind = kind;
        node.title = title;
        node.shipDate = ship;
        node.status = status;
        data.nodes.insert(node.id, node);
        return node.id;
    };
    const auto connectTo = [&](Id child, Id parent) {
        Edge edge;
        edge.id = data.allocateId();
        edge.treeId = 1;
        edge.childId = child;
        edge.parentId = parent;
        data.edges.insert(edge.id, edge);
    };
    const Id star = addNode(NodeKind::NorthStar, {}, {}, WorkStatus::Idea);
    const Id input = addNode(NodeKind::Input, {}, {}, WorkStatus::Idea);
    const Id shipped = addNode(NodeKind::Work, u"Streak reminders"_s, QDate(2026, 3, 9), WorkStatus::Shipped);
    const Id planned = addNode(NodeKind::Work, u"Referral rewards"_s, QDate(2026, 5, 1), WorkStatus::InProgress);
    const Id undated = addNode(NodeKind::Work, u"Someday"_s, {}, WorkStatus::Idea);
    connectTo(input, star);
    connectTo(shipped, input);
    connectTo(planned, input);
    connectTo(undated, input);

    const QList<ShipMarker> ofInput = shipMarkersFor(data, input);
    QCOMPARE(ofInput.size(), 2);
    QCOMPARE(ofInput[0], (ShipMarker{QDate(2026, 3, 9), u"Streak reminders"_s, WorkStatus::Shipped}));
    QCOMPARE(ofInput[1].status, WorkStatus::InProgress);
    QCOMPARE(shipMarkersFor(data, star), ofInput);  // the North Star sees its whole tree
    QVERIFY(shipMarkersFor(data, shipped).isEmpty());
}

void tst_ChartMapping::markersOnChart()
{
    MetricChartView view;
    view.resize(900, 420);
    MetricChartData data = chartData(trend(52, 7, QDate(2025, 3, 3)));
    data.markers = {{QDate(2025, 5, 14), u"Streak reminders"_s, WorkStatus::Shipped},
                    {QDate(2025, 9, 2), u"=HYPERLINK(\"x\")"_s, WorkStatus::Shipped},
                    {QDate(2026, 2, 20), u"Referral rewards"_s, WorkStatus::InProgress},
                    {QDate(2030, 1, 1), u"Far future"_s, WorkStatus::Idea}};
    view.setData(data);
    const QList<PlacedMarker> placed = view.overlay()->placedMarkers();
    QCOMPARE(placed.size(), 3);  // the 2030 one is outside the data's range
    QCOMPARE(placed[0].marker.title, u"Streak reminders"_s);
    QVERIFY(placed[2].label.endsWith(u"(planned)"_s));
    // In date order from left to right, inside the plot.
    const QRectF plot = view.overlay()->plot();
    QVERIFY(placed[0].x < placed[1].x && placed[1].x < placed[2].x);
    for (const PlacedMarker &m : placed)
        QVERIFY(plot.left() <= m.x && m.x <= plot.right());
    // The hover read-out names what shipped in the period.
    const int row = nearestRow(data.series, dateX(QDate(2025, 5, 12)));
    QVERIFY(view.hoverText(row).contains(u"Shipped 2025-05-14: Streak reminders"_s));
}

void tst_ChartMapping::formatValue_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");

    QTest::newRow("count") << 12345.0 << u"users"_s << int(MetricKind::Breadth) << u"12,345 users"_s;
    QTest::newRow("full precision") << 3.14159265358979 << u"lessons"_s << int(MetricKind::Depth)
                                    << u"3.14159265359 lessons"_s;
    QTest::newRow("trailing zeros trimmed") << 2.5 << QString() << int(MetricKind::Frequency) << u"2.5"_s;
    QTest::newRow("percent unit") << 42.0 << u"%"_s << int(MetricKind::Formula) << u"42%"_s;
    QTest::newRow("activation share") << 0.4175 << QString() << int(MetricKind::Activation) << u"41.75%"_s;
    QTest::newRow("small ratio") << 0.000123456 << QString() << int(MetricKind::Depth) << u"0.000123456"_s;
    QTest::newRow("negative") << -1204.0 << u"users"_s << int(MetricKind::Formula) << u"-1,204 users"_s;
}

void tst_ChartMapping::formatValue()
{
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(int, kind);
    QTEST(Charts::formatValue(value, unit, MetricKind(kind)), "expected");
}

void tst_ChartMapping::hoverText_data()
{
    QTest::addColumn<int>("grain");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("expected");

    QTest::newRow("week") << int(Grain::Week) << u"CC"_s << 1 << u"Week of 2026-03-16\n101 users"_s;
    QTest::newRow("partial week") << int(Grain::Week) << u"CP"_s << 1
                                  << u"Week of 2026-03-16\n101 users\nPartial period: the data cover only part of it"_s;
    QTest::newRow("empty ratio") << int(Grain::Week) << u"C_"_s << 1
                                 << u"Week of 2026-03-16\nno value (nobody to average over)"_s;
    QTest::newRow("day") << int(Grain::Day) << u"CC"_s << 0 << u"2026-03-09 (Mon)\n100 users"_s;
    QTest::newRow("month") << int(Grain::Month) << u"C"_s << 0 << u"March 2026\n100 users"_s;
}

void tst_ChartMapping::hoverText()
{
    QFETCH(int, grain);
    QFETCH(QString, pattern);
    QFETCH(int, row);
    const int step = Grain(grain) == Grain::Day ? 1 : 7;
    MetricChartView view;
    view.setData(chartData(seriesFromPattern(pattern, QDate(2026, 3, 9), step), Grain(grain)));
    QTEST(view.hoverText(row), "expected");
}

void tst_ChartMapping::hoverByMouse()
{
    MetricChartView view;
    view.resize(800, 400);
    const MetricChartData data = chartData(seriesFromPattern(u"CCCCCCCCCP"_s));
    view.setData(data);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy hovered(&view, &MetricChartView::hoveredRowChanged);
    const QPointF target = view.overlay()->toPixels({dateX(data.series.rows[3].periodStart), 0});
    const QPoint at(qRound(target.x()) + 2, qRound(view.overlay()->plot().center().y()));
    QTest::mouseMove(view.viewport(), at);
    QCOMPARE(view.hoveredRow(), 3);
    QCOMPARE(hovered.size(), 1);
    QVERIFY(view.hoverText(3).startsWith(u"Week of 2026-01-26"_s));
}

void tst_ChartMapping::latestSummary()
{
    // An exported picture names the latest complete period, never the partial one.
    MetricChartView view;
    view.setData(chartData(seriesFromPattern(u"CCCP"_s)));
    QCOMPARE(view.latestSummary(), u"Week of 2026-01-19: 102 users  ·  +1 users (+1.0%) on the period before"_s);
    view.setData(chartData(seriesFromPattern(u"P"_s)));
    QCOMPARE(view.latestSummary(), u"No complete period yet."_s);
}

void tst_ChartMapping::rangeStats_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::addColumn<double>("change");  // NaN: none
    QTest::addColumn<double>("mean");    // NaN: none
    QTest::addColumn<int>("partial");
    QTest::addColumn<int>("empty");

    const double none = qQNaN();
    // Values are 100 + row.
    QTest::newRow("complete") << u"CCCCC"_s << 1 << 3 << 2.0 << 102.0 << 0 << 0;
    QTest::newRow("reversed drag") << u"CCCCC"_s << 3 << 1 << 2.0 << 102.0 << 0 << 0;
    QTest::newRow("partial end left out") << u"CCCCP"_s << 0 << 4 << 3.0 << 101.5 << 1 << 0;
    QTest::newRow("gap left out") << u"CC_CC"_s << 0 << 4 << 4.0 << 102.0 << 0 << 1;
    QTest::newRow("one period") << u"CCC"_s << 2 << 2 << 0.0 << 102.0 << 0 << 0;
    QTest::newRow("only partial") << u"CP"_s << 1 << 1 << none << none << 1 << 0;
    QTest::newRow("clamped") << u"CCC"_s << -5 << 99 << 2.0 << 101.0 << 0 << 0;
}

void tst_ChartMapping::rangeStats()
{
    QFETCH(QString, pattern);
    QFETCH(int, first);
    QFETCH(int, last);
    QFETCH(double, change);
    QFETCH(double, mean);
    const RangeStats stats = Charts::rangeStats(seriesFromPattern(pattern), first, last);
    QCOMPARE(stats.change().has_value(), !qIsNaN(change));
    if (stats.change())
        QCOMPARE(*stats.change(), change);
    QCOMPARE(stats.mean.has_value(), !qIsNaN(mean));
    if (stats.mean)
        QCOMPARE(*stats.mean, mean);
    QTEST(stats.partialPeriods, "partial");
    QTEST(stats.emptyPeriods, "empty");
}

void tst_ChartMapping::rangeByMouse()
{
    MetricChartView view;
    view.resize(800, 400);
    const MetricChartData data = chartData(seriesFromPattern(u"CCCCCCCCCP"_s));
    view.setData(data);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto pixelOf = [&](int row) {
        const QPointF p = view.overlay()->toPixels({dateX(data.series.rows[std::size_t(row)].periodStart), 0});
        return QPoint(qRound(p.x()), qRound(view.overlay()->plot().center().y()));
    };
    QSignalSpy changed(&view, &MetricChartView::selectionChanged);
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, pixelOf(2));
    QTest::mouseMove(view.viewport(), pixelOf(4));
    QTest::mouseMove(view.viewport(), pixelOf(6));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, pixelOf(6));
    QVERIFY(view.selection().has_value());
    QCOMPARE(view.selection()->firstRow, 2);
    QCOMPARE(view.selection()->lastRow, 6);
    QVERIFY(changed.size() >= 1);
    QCOMPARE(view.rangeCaption(),
             u"Week of 2026-01-19 to Week of 2026-02-16: change +4 users (+3.9%)  ·  mean 104 users  ·  5 periods"_s);
    QCOMPARE(view.overlay()->caption(), view.rangeCaption());

    QTest::keyClick(&view, Qt::Key_Escape);
    QVERIFY(!view.selection());

    view.selectRows(1, 3);
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, pixelOf(5));
    QVERIFY(!view.selection());

    // A click without a drag selects nothing.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, pixelOf(5));
    QVERIFY(!view.selection());
}

void tst_ChartMapping::zoom()
{
    MetricChartView view;
    view.resize(800, 400);
    const MetricChartData data = chartData(trend(52, 7));
    view.setData(data);
    const auto full = view.xRange();
    view.selectRows(10, 20);
    view.zoomToSelection();
    QVERIFY(view.isZoomed());
    const auto zoomed = view.xRange();
    QCOMPARE(zoomed.first, dateX(data.series.rows[10].periodStart) - 3.5);
    QCOMPARE(zoomed.second, dateX(data.series.rows[20].periodStart) + 3.5);
    QTest::keyClick(&view, Qt::Key_Escape);
    QVERIFY(!view.isZoomed());
    QCOMPARE(view.xRange(), full);
}

void tst_ChartMapping::lifecycleBars()
{
    LifecycleData data;
    data.title = u"Learners"_s;
    data.series.kind = MetricKind::Lifecycle;
    for (int i = 0; i < 3; ++i) {
        SeriesRow row;
        row.periodStart = QDate(2026, 1, 5).addDays(7 * i);
        row.partial = i == 2;
        data.series.rows.push_back(row);
        data.series.lifecycle.push_back({100 + i, 400, 20, -(30 + i)});
    }
    LifecycleChart chart;
    chart.resize(700, 400);
    chart.setData(data);
    QBarSet *dormant = chart.barSet(LifecycleChart::Dormant);
    QCOMPARE(dormant->count(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(dormant->at(i) < 0, "dormant users are drawn below zero");
    QCOMPARE(dormant->at(1), -31.0);
    QCOMPARE(chart.barSet(LifecycleChart::New)->at(2), 102.0);
    // The partial period's bars are drawn in the paler, selected colour.
    QCOMPARE(chart.barSet(LifecycleChart::New)->selectedBars(), QList<int>{2});
    QVERIFY(chart.hoverText(1).contains(u"Dormant: -31"_s));
    QVERIFY(chart.hoverText(1).contains(u"Net change in active users: +90"_s));
}

void tst_ChartMapping::stickinessHistogram()
{
    StickinessData data;
    data.title = u"Learning days"_s;
    data.grain = Grain::Month;
    // Two months: January complete (31 days), February partial.
    for (int k = 1; k <= 31; ++k) {
        MetricSeries s;
        s.kind = MetricKind::Stickiness;
        s.rows.push_back({QDate(2026, 1, 1), double(100 - k), false});
        s.rows.push_back({QDate(2026, 2, 1), double(50 - k), true});
        data.byK.push_back(s);
    }
    StickinessChart chart;
    chart.resize(700, 400);
    chart.setData(data);
    QCOMPARE(chart.period(), 0);  // the latest complete period, not the partial February
    QList<double> histogram = chart.histogram();
    QCOMPARE(histogram.size(), 31);
    QCOMPARE(histogram.front(), 99.0);
    QCOMPARE(chart.view()->barSet()->count(), 31);
    chart.setPeriod(1);
    QCOMPARE(chart.histogram().size(), 28);  // February 2026 has 28 days: k > 28 is no bar
    QCOMPARE(chart.histogram().at(2), 47.0);
    QCOMPARE(chart.periodSelector()->count(), 2);
    QVERIFY(chart.periodSelector()->currentText().contains(u"partial"_s));
}

QTEST_MAIN(tst_ChartMapping)
#include "tst_chartmapping.moc"
