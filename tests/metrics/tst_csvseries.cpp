// The machine CSV of METRICS.md: number formatting (12 significant digits, no exponent, no
// trailing zeros), empty ratios, partial flags.

#include "metrics/csvseries.h"

#include <QTest>

#include <limits>

using namespace NorthStar;
using namespace Qt::StringLiterals;

class TestCsvSeries : public QObject
{
    Q_OBJECT

private slots:
    void value_data();
    void value();
    void series();
};

void TestCsvSeries::value_data()
{
    QTest::addColumn<double>("number");
    QTest::addColumn<QString>("text");
    QTest::newRow("half") << 2.5 << u"2.5"_s;
    QTest::newRow("integer") << 3.0 << u"3"_s;
    QTest::newRow("third") << 1.0 / 3 << u"0.333333333333"_s;
    QTest::newRow("two thirds rounds") << 2.0 / 3 << u"0.666666666667"_s;
    QTest::newRow("zero") << 0.0 << u"0"_s;
    QTest::newRow("negative zero") << -0.0 << u"0"_s;
    QTest::newRow("negative") << -1.25 << u"-1.25"_s;
    QTest::newRow("count") << 48213.0 << u"48213"_s;
    QTest::newRow("binary noise") << 0.1 + 0.2 << u"0.3"_s;
    QTest::newRow("12 digits") << 123456.789012345 << u"123456.789012"_s;
    QTest::newRow("small") << 0.000012345 << u"0.000012345"_s;
    QTest::newRow("tiny negative") << -1.5e-9 << u"-0.0000000015"_s;
    QTest::newRow("large") << 1234567890123456.0 << u"1234567890120000"_s;
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << QString();
}

void TestCsvSeries::value()
{
    QFETCH(double, number);
    QFETCH(QString, text);
    QCOMPARE(CsvSeries::formatValue(number), text);
}

void TestCsvSeries::series()
{
    MetricSeries series;
    series.kind = MetricKind::Depth;
    series.rows = {{QDate(2024, 1, 1), 2.5, true}, {QDate(2024, 1, 8), std::nullopt, false}, {QDate(2024, 1, 15), 1.0 / 3, true}};
    QCOMPARE(CsvSeries::format(series),
             u"period_start,value,partial\n2024-01-01,2.5,1\n2024-01-08,,0\n2024-01-15,0.333333333333,1\n"_s);
    series.kind = MetricKind::Lifecycle;
    series.rows.resize(1);
    series.lifecycle = {{3, 4, 1, -2}};
    QCOMPARE(CsvSeries::format(series), u"period_start,new,returning,resurrecting,dormant,partial\n2024-01-01,3,4,1,-2,1\n"_s);
}

QTEST_GUILESS_MAIN(TestCsvSeries)
#include "tst_csvseries.moc"
