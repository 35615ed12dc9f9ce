// Export: CSV escaping against spreadsheet formulas (OWASP CSV injection), CSV tables of
// every chart, and PNG / SVG files that are real images of the chart.

#include "chartfixtures.h"

#include "charts/chartexport.h"
#include "charts/chartoverlay.h"
#include "charts/csvexport.h"
#include "charts/lifecyclechart.h"
#include "charts/metricchartview.h"
#include "charts/northstaroverview.h"

#include <QFile>
#include <QImage>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace NorthStar;
using namespace NorthStar::Charts;
using namespace NorthStar::ChartFixtures;

namespace {

bool hasDarkPixels(const QImage &image, const QRect &area)
{
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (qGray(image.pixel(x, y)) < 140)
                return true;
        }
    }
    return false;
}

} // namespace

class tst_ChartExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void escapeText_data();
    void escapeText();
    void numbersStayNumbers_data();
    void numbersStayNumbers();
    void metricTable();
    void overviewTable();
    void lifecycleTable();
    void writeCsvFile();
    void pngFile();
    void svgFile();
    void overviewPicture();
    void unwritablePath();

private:
    QTemporaryDir m_dir;
};

void tst_ChartExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ChartExport::escapeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");

    QTest::newRow("formula") << u"=1+1"_s << u"'=1+1"_s;
    QTest::newRow("plus") << u"+x"_s << u"'+x"_s;
    QTest::newRow("minus") << u"-x"_s << u"'-x"_s;
    QTest::newRow("at") << u"@x"_s << u"'@x"_s;
    QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
    QTest::newRow("number-looking text") << u"-3"_s << u"'-3"_s;
    QTest::newRow("hyperlink, quoted too") << u"=HYPERLINK(\"http://x\",\"click\")"_s
                                           << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\""_s;
    QTest::newRow("normal text") << u"Weekly active learners"_s << u"Weekly active learners"_s;
    QTest::newRow("formula after separator stays inside") << u"a,=1+1"_s << u"\"a,=1+1\""_s;
    QTest::newRow("inner sign") << u"x=1"_s << u"x=1"_s;
    QTest::newRow("line break") << u"two\nlines"_s << u"\"two\nlines\""_s;
    QTest::newRow("empty") << QString() << QString();
}

void tst_ChartExport::escapeText()
{
    QFETCH(QString, text);
    QTEST(escapeCsvText(text), "cell");
    QTEST(formatCsvCell(CsvCell::fromText(text)), "cell");
}

void tst_ChartExport::numbersStayNumbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("cell");

    QTest::newRow("negative") << -3.0 << u"-3"_s;
    QTest::newRow("positive") << 12345.0 << u"12345"_s;
    QTest::newRow("12 significant digits") << 3.14159265358979 << u"3.14159265359"_s;
    QTest::newRow("small") << 0.000125 << u"0.000125"_s;
}

void tst_ChartExport::numbersStayNumbers()
{
    QFETCH(double, value);
    QTEST(formatCsvCell(CsvCell::fromNumber(value)), "cell");
}

void tst_ChartExport::metricTable()
{
    MetricChartData data = chartData(seriesFromPattern(u"C_P"_s));
    data.title = u"=HYPERLINK(\"http://evil\")"_s;
    data.unit = u"@users"_s;
    data.markers = {{QDate(2026, 1, 7), u"-Dark launch"_s, WorkStatus::Shipped}};
    const QStringList lines = formatCsv(metricCsv(data)).split(u"\r\n"_s);
    QCOMPARE(lines[0], u"metric,unit,period_start,period,value,partial,work_items"_s);
    QCOMPARE(lines[1], u"\"'=HYPERLINK(\"\"http://evil\"\")\",'@users,2026-01-05,Week of 2026-01-05,100,0,'-Dark launch"_s);
    QCOMPARE(lines[2], u"\"'=HYPERLINK(\"\"http://evil\"\")\",'@users,2026-01-12,Week of 2026-01-12,,0,"_s);
    QCOMPARE(lines[3], u"\"'=HYPERLINK(\"\"http://evil\"\")\",'@users,2026-01-19,Week of 2026-01-19,102,1,"_s);
    QCOMPARE(lines.size(), 5);  // the last line ends with CRLF
    QVERIFY(lines[4].isEmpty());
}

void tst_ChartExport::overviewTable()
{
    QList<MetricChartData> charts{chartData(seriesFromPattern(u"CCP"_s)), chartData(seriesFromPattern(u"C_P"_s)),
                                  chartData(seriesFromPattern(u"CCP"_s))};
    charts[0].title = u"Breadth"_s;
    charts[1].title = u"Depth"_s;
    charts[2].title = u"+Frequency"_s;
    const QStringList lines = formatCsv(overviewCsv(charts)).split(u"\r\n"_s);
    QCOMPARE(lines[0], u"period_start,Breadth,Depth,'+Frequency,partial,work_items"_s);
    QCOMPARE(lines[2], u"2026-01-12,101,,101,0,"_s);
    QCOMPARE(lines[3], u"2026-01-19,102,102,102,1,"_s);
}

void tst_ChartExport::lifecycleTable()
{
    LifecycleData data;
    data.title = u"Learners"_s;
    data.series.kind = MetricKind::Lifecycle;
    data.series.rows.push_back({QDate(2026, 1, 5), std::nullopt, false});
    data.series.lifecycle.push_back({10, 20, 3, -7});
    const QStringList lines = formatCsv(lifecycleCsv(data)).split(u"\r\n"_s);
    QCOMPARE(lines[0], u"metric,period_start,new,returning,resurrecting,dormant,partial"_s);
    QCOMPARE(lines[1], u"Learners,2026-01-05,10,20,3,-7,0"_s);  // -7 is a number, not text
}

void tst_ChartExport::writeCsvFile()
{
    const QString path = m_dir.filePath(u"data.csv"_s);
    MetricChartData data = chartData(seriesFromPattern(u"CC"_s));
    data.title = u"Lernende über 30"_s;
    QVERIFY(writeCsv(metricCsv(data), path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("metric,unit,"));
    QVERIFY(bytes.contains(u"Lernende über 30"_s.toUtf8()));
}

void tst_ChartExport::pngFile()
{
    MetricChartView view;
    MetricChartData data = chartData(trend(52, 7));
    data.markers = {{QDate(2023, 6, 1), u"Streak reminders"_s, WorkStatus::Shipped}};
    view.setData(data);
    const QString path = m_dir.filePath(u"chart.png"_s);
    const auto written = savePng(view, path);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error()));
    QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1600, 900));  // 800 x 450 at 2x
    // The picture has the line in it: some pixels carry the line colour's blue.
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            const QColor c = image.pixelColor(x, y);
            coloured += c.blue() > c.red() + 60 ? 1 : 0;
        }
    }
    QVERIFY2(coloured > 200, qPrintable(QString::number(coloured)));
    // The axes were laid out at the picture's size: the "0" label sits left of the plot's
    // bottom, not in a corner (the chart lays axes out in a posted event).
    QVERIFY(hasDarkPixels(image, QRect(0, 0, 50 * 2, image.height()).intersected(QRect(0, image.height() / 2, 100, image.height() / 2))));
}

void tst_ChartExport::svgFile()
{
    MetricChartView view;
    view.setData(chartData(trend(52, 7)));
    const QString path = m_dir.filePath(u"chart.svg"_s);
    QVERIFY(saveSvg(view, path, u"Weekly active learners"_s).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("<title>Weekly active learners</title>"));
    QVERIFY(svg.contains("<path") || svg.contains("<polyline"));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBoxF(), QRectF(0, 0, 800, 450));
}

void tst_ChartExport::overviewPicture()
{
    NorthStarOverview overview;
    overview.setData(u"Weekly learning days"_s,
                     {chartData(trend(52, 7)), chartData(trend(52, 7)), chartData(trend(52, 7))});
    const QString path = m_dir.filePath(u"overview.png"_s);
    QVERIFY(savePng(overview, path, emailOverviewSize()).ok());
    const QImage image(path);
    QCOMPARE(image.size(), emailOverviewSize() * 2);
    // Time labels under the bottom chart, laid out at the picture's size.
    QVERIFY(hasDarkPixels(image, QRect(200, image.height() - 60, image.width() - 400, 50)));
    // The three plots line up: the same left edge.
    const qreal left = overview.chart(NorthStarOverview::Breadth)->overlay()->plot().left();
    QCOMPARE(overview.chart(NorthStarOverview::Depth)->overlay()->plot().left(), left);
    QCOMPARE(overview.chart(NorthStarOverview::Frequency)->overlay()->plot().left(), left);
}

void tst_ChartExport::unwritablePath()
{
    MetricChartView view;
    view.setData(chartData(trend(5, 7)));
    const auto written = savePng(view, u"/nonexistent-dir/chart.png"_s);
    QVERIFY(!written.ok());
    QVERIFY(written.error().contains(u"/nonexistent-dir/chart.png"_s));
    QVERIFY(!writeCsv({}, u"/nonexistent-dir/data.csv"_s).ok());
}

QTEST_MAIN(tst_ChartExport)
#include "tst_chartexport.moc"
