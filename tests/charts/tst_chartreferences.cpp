// Reference lines on a metric's chart: the target's dashed course from its baseline with its
// label, the guardrail's bound, and annotations drawn like ship markers (issue #10, section
// 3). The y range takes in what is drawn, without a far target flattening the data.

#include "chartfixtures.h"

#include "charts/chartformat.h"
#include "charts/chartoverlay.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace NorthStar;
using namespace NorthStar::Charts;
using namespace NorthStar::ChartFixtures;

namespace {

QLineSeries *seriesNamed(const MetricChartView &view, const QString &name)
{
    for (QAbstractSeries *series : view.chart()->series()) {
        if (series->objectName() == name)
            return qobject_cast<QLineSeries *>(series);
    }
    return nullptr;
}

std::pair<double, double> valueRange(const MetricChartView &view)
{
    const auto *axis = qobject_cast<QCategoryAxis *>(view.chart()->axes(Qt::Vertical).constFirst());
    return {axis->min(), axis->max()};
}

// Shown at a size where the layout counts (a hidden widget gets its size only when shown).
bool showAt(MetricChartView &view)
{
    view.resize(900, 400);
    view.show();
    return QTest::qWaitForWindowExposed(&view);
}

// 40 weeks from 2026-01-05 (values 100 .. 139), the last on 2026-10-05.
MetricChartData weeks(int count = 40, std::optional<TargetLine> target = {})
{
    MetricChartData data = chartData(seriesFromPattern(QString(count, u'C'), QDate(2026, 1, 5)));
    data.target = target;
    return data;
}

} // namespace

class tst_ChartReferences final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void targetCourseBeyondTheRange();
    void targetReachedWithinTheRange();
    void farTargetDoesNotFlattenTheData();
    void noTargetNoLine();
    void guardrailBound_data();
    void guardrailBound();
    void annotationsPlacedLikeMarkers();
};

void tst_ChartReferences::targetCourseBeyondTheRange()
{
    MetricChartView view;
    QVERIFY(showAt(view));
    view.setData(weeks(40, TargetLine{100, QDate(2026, 1, 5), 800, QDate(2026, 12, 31)}));
    const MetricChartData &data = view.data();

    QLineSeries *line = seriesNamed(view, u"target"_s);
    QVERIFY(line);
    QCOMPARE(line->pen().style(), Qt::DashLine);
    // From the baseline to the right edge: the target date lies after the data.
    const QList<QPointF> points = line->points();
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.front(), QPointF(dateX(QDate(2026, 1, 5)), 100));
    const double right = view.xRange().second;
    QCOMPARE(points.back().x(), right);
    const double atRight = data.target->expectedAt(xDate(right));
    QCOMPARE(points.back().y(), atRight);
    QVERIFY(atRight > 600 && atRight < 800);
    // The data line is drawn over it: the reference line comes first.
    QCOMPARE(view.chart()->series().constFirst(), line);

    // Labelled where it leaves the chart, pointing on.
    const QList<ReferenceLabel> labels = view.overlay()->referenceLabels();
    QCOMPARE(labels.size(), 1);
    QCOMPARE(labels.front().kind, ReferenceLabel::Kind::Target);
    QCOMPARE(labels.front().text, u"Target 800 by 31 Dec →"_s);
    QCOMPARE(labels.front().at, points.back());
    // The course is in view.
    const auto [low, high] = valueRange(view);
    QCOMPARE(low, 0.0);
    QVERIFY(high >= atRight);
    // Hover reads the course as the review does: at the period's last day.
    QVERIFY2(view.hoverText(2).contains(u"Target course: "_s), qPrintable(view.hoverText(2)));
}

void tst_ChartReferences::targetReachedWithinTheRange()
{
    MetricChartView view;
    QVERIFY(showAt(view));
    view.setData(weeks(60, TargetLine{100, QDate(2026, 1, 5), 800, QDate(2026, 12, 31)}));  // to 2027-02-15
    const QList<QPointF> points = seriesNamed(view, u"target"_s)->points();
    QCOMPARE(points.size(), 3);
    QCOMPARE(points[1], QPointF(dateX(QDate(2026, 12, 31)), 800));
    QCOMPARE(points[2].y(), 800.0);  // flat at the target after its date
    const QList<ReferenceLabel> labels = view.overlay()->referenceLabels();
    QCOMPARE(labels.size(), 1);
    // The visible range ends in 2027: the year is named.
    QCOMPARE(labels.front().text, u"Target 800 by 31 Dec 2026"_s);
    QCOMPARE(labels.front().at, points[1]);
    QVERIFY(valueRange(view).second >= 800);
}

void tst_ChartReferences::farTargetDoesNotFlattenTheData()
{
    MetricChartView view;
    QVERIFY(showAt(view));
    view.setData(weeks(40, TargetLine{100, QDate(2026, 1, 5), 1000, QDate(2036, 1, 1)}));
    const MetricChartData &data = view.data();
    // Only the course's value at the right edge counts (about 170), not the 1,000.
    const double atRight = data.target->expectedAt(xDate(view.xRange().second));
    QVERIFY(atRight < 250);
    const auto [low, high] = valueRange(view);
    QVERIFY(high >= atRight);
    QVERIFY2(high <= 300, qPrintable(QString::number(high)));
    QVERIFY(view.overlay()->referenceLabels().front().text.startsWith(u"Target 1,000 by 1 Jan 2036 →"_s));

    // Zoomed into the first weeks, the range follows the course there.
    view.selectRows(0, 5);
    view.zoomToSelection();
    const QList<QPointF> points = seriesNamed(view, u"target"_s)->points();
    QCOMPARE(points.back().x(), view.xRange().second);
    QVERIFY(valueRange(view).second < 200);
}

void tst_ChartReferences::noTargetNoLine()
{
    MetricChartView view;
    view.setData(weeks());
    QVERIFY(!seriesNamed(view, u"target"_s));
    QVERIFY(!seriesNamed(view, u"guardrail"_s));
    QVERIFY(view.overlay()->referenceLabels().isEmpty());
    // A course starting after the visible range draws nothing.
    view.setData(weeks(40, TargetLine{100, QDate(2027, 1, 1), 800, QDate(2027, 12, 31)}));
    QVERIFY(seriesNamed(view, u"target"_s)->points().isEmpty());
    QVERIFY(view.overlay()->referenceLabels().isEmpty());
}

void tst_ChartReferences::guardrailBound_data()
{
    QTest::addColumn<int>("side");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("label");
    QTest::newRow("at least") << int(GuardrailBound::Side::AtLeast) << 5.0 << u"learners"_s << u"at least 5"_s;
    QTest::newRow("at most, percent") << int(GuardrailBound::Side::AtMost) << 2.0 << u"%"_s << u"at most 2%"_s;
    QTest::newRow("above the data") << int(GuardrailBound::Side::AtMost) << 400.0 << QString() << u"at most 400"_s;
}

void tst_ChartReferences::guardrailBound()
{
    QFETCH(int, side);
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, label);
    MetricChartView view;
    QVERIFY(showAt(view));
    MetricChartData data = weeks();
    data.unit = unit;
    data.guardrail = GuardrailBound{GuardrailBound::Side(side), value};
    view.setData(data);
    QLineSeries *line = seriesNamed(view, u"guardrail"_s);
    QVERIFY(line);
    QCOMPARE(line->pen().style(), Qt::DashDotLine);
    const auto [left, right] = view.xRange();
    QCOMPARE(line->points(), (QList<QPointF>{{left, value}, {right, value}}));
    const QList<ReferenceLabel> labels = view.overlay()->referenceLabels();
    QCOMPARE(labels.size(), 1);
    QCOMPARE(labels.front().kind, ReferenceLabel::Kind::Guardrail);
    QCOMPARE(labels.front().text, label);
    QVERIFY(valueRange(view).second >= value);
}

void tst_ChartReferences::annotationsPlacedLikeMarkers()
{
    MetricChartView view;
    QVERIFY(showAt(view));
    MetricChartData data = weeks();
    data.markers = {{QDate(2026, 3, 10), u"Streak reminders"_s, WorkStatus::Shipped}};
    data.annotations = {{1, QDate(2026, 3, 11), u"Price change"_s, 0}, {2, QDate(2026, 6, 1), u"Outage"_s, 7}};
    view.setData(data);
    const QList<PlacedAnnotation> placed = view.overlay()->placedAnnotations();
    QCOMPARE(placed.size(), 2);
    QCOMPARE(placed[0].label, u"Price change"_s);
    QVERIFY(placed[0].labelVisible && placed[1].labelVisible);
    // A day after the ship marker: its label takes the next row instead of covering it.
    QCOMPARE(view.overlay()->placedMarkers().front().row, 0);
    QCOMPARE(placed[0].row, 1);
    QCOMPARE(placed[1].row, 0);
    QCOMPARE(placed[0].x, view.overlay()->toPixels({dateX(QDate(2026, 3, 11)), 0}).x());
    // The week of 2026-03-09 holds both; hover names them.
    const int row = 9;
    QCOMPARE(view.data().series.rows[row].periodStart, QDate(2026, 3, 9));
    QCOMPARE(view.annotationsInRow(row).size(), 1);
    QVERIFY(view.hoverText(row).contains(u"Note 2026-03-11: Price change"_s));
    QVERIFY(view.hoverText(row).contains(u"Streak reminders"_s));
    // Without labels (the lower charts of the overview) the lines stay.
    view.setMarkerLabelsVisible(false);
    QCOMPARE(view.overlay()->placedAnnotations().size(), 2);
    QVERIFY(!view.overlay()->placedAnnotations().front().labelVisible);
    // Zoomed away from a note: not placed.
    view.selectRows(20, 30);
    view.zoomToSelection();
    QCOMPARE(view.overlay()->placedAnnotations().size(), 1);
}

QTEST_MAIN(tst_ChartReferences)
#include "tst_chartreferences.moc"
