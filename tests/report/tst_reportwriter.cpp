// The report's library as the window will call it from a worker thread: buildReportContent
// then writeReport. The content matches the review it is made from; SVG and HTML come out
// byte-identical for the same input; a failed write leaves an existing report as it was;
// the paper follows the locale's country.

#include "demo/demoworkspace.h"
#include "report/report.h"
#include "report/reportcharts.h"
#include "report/reportstyle.h"
#include "review/weeklyreview.h"
#include "storage/workspacefile.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace NorthStar;

class TestReportWriter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void contentFollowsTheReview();
    void svgIsDeterministic();
    void htmlAndMarkdownAreDeterministic();
    void failedWriteKeepsTheOldReport();
    void paperOfTheLocale_data();
    void paperOfTheLocale();

private:
    ReportOptions options() const;
    QByteArray written(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_workspace;
    WorkspaceData m_data;
    std::optional<Review> m_review;
    std::optional<ReportContent> m_content;
};

void TestReportWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(u"demo.northstar"_s);
    const auto created = DemoWorkspace::create(m_workspace);
    QVERIFY2(created, qPrintable(created ? QString() : created.error()));
    const auto data = WorkspaceFile::read(m_workspace);
    QVERIFY(data.ok());
    m_data = *data;
    const WorkspaceMetrics metrics(m_workspace, m_data);
    const auto review = computeReview(metrics, {m_data.treesInOrder().constFirst().id, Grain::Week, std::nullopt});
    QVERIFY2(review, qPrintable(review ? QString() : review.error()));
    m_review = *review;
    const auto content = buildReportContent(metrics, m_data, m_workspace, *review);
    QVERIFY2(content, qPrintable(content ? QString() : content.error()));
    m_content = *content;
}

ReportOptions TestReportWriter::options() const
{
    ReportOptions o;
    o.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    o.generated = QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC);
    return o;
}

QByteArray TestReportWriter::written(const QString &name) const
{
    const QString path = m_dir.filePath(name);
    const auto result = writeReport(*m_content, path, options());
    if (!result)
        return result.error().toUtf8();
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestReportWriter::contentFollowsTheReview()
{
    const ReportContent &c = *m_content;
    QCOMPARE(c.workspaceName, u"demo"_s);
    QCOMPARE(c.charts.size(), m_review->metrics.size());
    QCOMPARE(c.workCharts.size(), m_review->work.size());
    QCOMPARE(c.dimensions.size(), std::size_t(3)); // the demo's North Star is a breadth
    for (std::size_t i = 0; i < c.charts.size(); ++i) {
        const MetricChart &chart = c.charts[i];
        const MetricReview &m = m_review->metrics[i];
        QCOMPARE(chart.title, m.name);
        if (chart.points.empty())
            continue;
        // Complete periods only, ending at the reviewed one, with the review's value there.
        QCOMPARE(chart.points.back().periodStart, m.period);
        QCOMPARE(chart.points.back().value, m.value);
        for (const ReviewPoint &p : chart.points)
            QVERIFY(p.complete);
        QCOMPARE(chart.usualLow, m.usualLow);
        QCOMPARE(chart.target.has_value(), m.target.has_value());
    }
    // The breadth of the North Star's core action is the North Star itself here.
    QCOMPARE(c.dimensions.front().points.back().value, m_review->northStar()->value);
    // The waterfall goes from last week's value to this week's, its steps adding up.
    const Waterfall &w = c.waterfall;
    QVERIFY(w.steps.size() >= 3);
    double running = w.steps.front().amount;
    for (std::size_t i = 1; i + 1 < w.steps.size(); ++i)
        running += w.steps[i].amount;
    QCOMPARE(w.steps.front().amount, *m_review->northStar()->previous);
    QVERIFY(qFuzzyCompare(running, w.steps.back().amount));
    // The cards show the reviewed period's numbers.
    QVERIFY(c.treeNumbers.contains(m_review->northStar()->nodeId));
    QVERIFY(!c.treeGeometry.isEmpty());
}

void TestReportWriter::svgIsDeterministic()
{
    const ReportStyle style = ReportStyle::standard();
    const QLocale locale = options().locale;
    const auto paint = [&](QPainter &p, const QRectF &r) {
        paintMetricChart(p, r, m_content->charts.front(), 170, style, locale);
    };
    const QByteArray first = svgDocument(QSizeF(720, 300), paint, u"chart"_s);
    const QByteArray second = svgDocument(QSizeF(720, 300), paint, u"chart"_s);
    QVERIFY(first.contains("<svg"));
    QVERIFY(first.contains("<path") || first.contains("<polyline"));
    QCOMPARE(first, second);
    // Painted on another thread (as the window's worker does), the same bytes.
    const QByteArray elsewhere = QtConcurrent::run([&] { return svgDocument(QSizeF(720, 300), paint, u"chart"_s); }).result();
    QCOMPARE(elsewhere, first);
}

void TestReportWriter::htmlAndMarkdownAreDeterministic()
{
    for (const QString &suffix : {u"html"_s, u"md"_s}) {
        const QByteArray first = written(u"one."_s + suffix);
        const QByteArray second = written(u"two."_s + suffix);
        QVERIFY(first.size() > 1000);
        QCOMPARE(first, second);
        QVERIFY(first.contains("Generated 2026-12-02"));
    }
    const QByteArray pdf = written(u"one.pdf"_s);
    QVERIFY(pdf.startsWith("%PDF-"));
}

void TestReportWriter::failedWriteKeepsTheOldReport()
{
    const QString path = m_dir.filePath(u"kept.md"_s);
    QVERIFY(writeReport(*m_content, path, options()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    // A folder where the report should go, and an unknown format: errors, nothing touched.
    QVERIFY(QDir(m_dir.path()).mkdir(u"folder.md"_s));
    const auto folder = writeReport(*m_content, m_dir.filePath(u"folder.md"_s), options());
    QVERIFY(!folder);
    QVERIFY2(folder.error().contains(u"not a regular file"_s), qPrintable(folder.error()));
    const auto suffix = writeReport(*m_content, m_dir.filePath(u"kept.txt"_s), options());
    QVERIFY(!suffix);
    QVERIFY2(suffix.error().contains(u".pdf, .html or .md"_s), qPrintable(suffix.error()));
    QVERIFY(!QFile::exists(m_dir.filePath(u"kept.txt"_s)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestReportWriter::paperOfTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<int>("size");
    QTest::newRow("US") << QLocale(QLocale::English, QLocale::UnitedStates) << int(QPageSize::Letter);
    QTest::newRow("Canada") << QLocale(QLocale::French, QLocale::Canada) << int(QPageSize::Letter);
    QTest::newRow("Mexico") << QLocale(QLocale::Spanish, QLocale::Mexico) << int(QPageSize::Letter);
    QTest::newRow("Germany") << QLocale(QLocale::German, QLocale::Germany) << int(QPageSize::A4);
    QTest::newRow("UK") << QLocale(QLocale::English, QLocale::UnitedKingdom) << int(QPageSize::A4);
    QTest::newRow("C") << QLocale::c() << int(QPageSize::A4);
}

void TestReportWriter::paperOfTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(int, size);
    QCOMPARE(int(defaultPageSize(locale)), size);
}

QTEST_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
