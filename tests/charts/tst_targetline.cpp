// A target's course (REVIEW.md, "Target"): the default baseline (the first complete period
// with a value and its first day), an explicit one, the value at a date and its clamping.

#include "analysis/targetline.h"
#include "chartfixtures.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace NorthStar;
using namespace NorthStar::ChartFixtures;

class tst_TargetLine final : public QObject
{
    Q_OBJECT

private slots:
    void noTarget();
    void defaultBaseline_data();
    void defaultBaseline();
    void explicitBaseline();
    void expectedAt_data();
    void expectedAt();
    void lifecycleCountsActiveUsers();
};

void tst_TargetLine::noTarget()
{
    const MetricSeries series = seriesFromPattern(u"CCC"_s);
    QVERIFY(!targetLine(Target{}, series));
    Target undated;
    undated.value = 800;
    QVERIFY(!targetLine(undated, series));  // a value without a date is no target
    // Nothing to take a baseline from: no line.
    QVERIFY(!targetLine(Target{800, QDate(2026, 12, 31), std::nullopt, QDate()}, seriesFromPattern(u"P__P"_s)));
    QVERIFY(!targetLine(Target{800, QDate(2026, 12, 31), std::nullopt, QDate()}, MetricSeries{}));
}

void tst_TargetLine::defaultBaseline_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("firstRow");
    // seriesFromPattern: row i starts 2026-01-05 + 7i with the value 100 + i.
    QTest::newRow("first row") << u"CCCP"_s << 0;
    QTest::newRow("partial first") << u"PCCC"_s << 1;  // a half-covered week is no baseline
    QTest::newRow("empty, then partial") << u"_PCC"_s << 2;
}

void tst_TargetLine::defaultBaseline()
{
    QFETCH(QString, pattern);
    QFETCH(int, firstRow);
    const auto line = targetLine(Target{800, QDate(2026, 12, 31), std::nullopt, QDate()}, seriesFromPattern(pattern));
    QVERIFY(line);
    QCOMPARE(line->baseline, 100.0 + firstRow);
    QCOMPARE(line->baselineDate, QDate(2026, 1, 5).addDays(7 * firstRow));
    QCOMPARE(line->value, 800.0);
    QCOMPARE(line->date, QDate(2026, 12, 31));
}

void tst_TargetLine::explicitBaseline()
{
    const MetricSeries series = seriesFromPattern(u"CCC"_s);
    auto line = targetLine(Target{800, QDate(2026, 12, 31), 50.0, QDate(2025, 12, 1)}, series);
    QVERIFY(line);
    QCOMPARE(line->baseline, 50.0);
    QCOMPARE(line->baselineDate, QDate(2025, 12, 1));
    // Only the value given: the date from the data, and the other way round.
    line = targetLine(Target{800, QDate(2026, 12, 31), 50.0, QDate()}, series);
    QCOMPARE(line->baseline, 50.0);
    QCOMPARE(line->baselineDate, QDate(2026, 1, 5));
    line = targetLine(Target{800, QDate(2026, 12, 31), std::nullopt, QDate(2025, 12, 1)}, series);
    QCOMPARE(line->baseline, 100.0);
    QCOMPARE(line->baselineDate, QDate(2025, 12, 1));
    // A complete explicit baseline needs no data.
    QVERIFY(targetLine(Target{800, QDate(2026, 12, 31), 50.0, QDate(2025, 12, 1)}, MetricSeries{}));
}

void tst_TargetLine::expectedAt_data()
{
    QTest::addColumn<QDate>("at");
    QTest::addColumn<double>("expected");
    // From 100 on 2026-01-01 to 500 on 2026-01-11: 40 a day.
    QTest::newRow("baseline day") << QDate(2026, 1, 1) << 100.0;
    QTest::newRow("two days") << QDate(2026, 1, 3) << 180.0;
    QTest::newRow("half way") << QDate(2026, 1, 6) << 300.0;
    QTest::newRow("target day") << QDate(2026, 1, 11) << 500.0;
    QTest::newRow("before: the baseline") << QDate(2025, 6, 1) << 100.0;
    QTest::newRow("after: the target") << QDate(2027, 1, 1) << 500.0;
}

void tst_TargetLine::expectedAt()
{
    QFETCH(QDate, at);
    QFETCH(double, expected);
    const TargetLine line{100, QDate(2026, 1, 1), 500, QDate(2026, 1, 11)};
    QCOMPARE(line.expectedAt(at), expected);
    // A falling target reads the same way down.
    const TargetLine down{500, QDate(2026, 1, 1), 100, QDate(2026, 1, 11)};
    QCOMPARE(down.expectedAt(at), 600.0 - expected);
    // Dated at its baseline: the baseline before, the target from that day.
    const TargetLine instant{100, QDate(2026, 1, 6), 500, QDate(2026, 1, 6)};
    QCOMPARE(instant.expectedAt(at), at >= QDate(2026, 1, 6) ? 500.0 : 100.0);
}

void tst_TargetLine::lifecycleCountsActiveUsers()
{
    MetricSeries series;
    series.kind = MetricKind::Lifecycle;
    series.rows = {{QDate(2026, 1, 5), std::nullopt, true}, {QDate(2026, 1, 12), std::nullopt, false}};
    series.lifecycle = {{5, 0, 0, 0}, {7, 3, 2, -4}};
    const auto first = firstCompletePoint(series);
    QVERIFY(first);
    QCOMPARE(first->value, 12.0);  // new + returning + resurrecting, as the review counts
    QCOMPARE(first->date, QDate(2026, 1, 12));
}

QTEST_GUILESS_MAIN(tst_TargetLine)
#include "tst_targetline.moc"
