// `northstar report` as cron runs it, on the demo workspace: each format carries the numbers
// of `northstar review --json` as the report prints them; the PDF has its pages and paper;
// HTML and Markdown are reproducible with SOURCE_DATE_EPOCH; every refusal has its message
// and exit code (1: cannot be made or written, 2: wrong flags) and leaves no file behind.

#include "analysis/valueformat.h"
#include "metrics/metricspec.h"
#include "storage/workspacefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace NorthStar;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, const QMap<QString, QString> &environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Run northstar(const QStringList &arguments, const QMap<QString, QString> &environment = {})
{
    return run(QStringLiteral(NORTHSTAR_BINARY), arguments, environment);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Whitespace (line breaks in a PDF's text, table padding) does not separate numbers.
QString squeezed(QString text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.replace(space, u" "_s);
}

} // namespace

class TestReportCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formatsCarryTheReviewsNumbers_data();
    void formatsCarryTheReviewsNumbers();
    void pdfPagesAndPaper_data();
    void pdfPagesAndPaper();
    void reproducible();
    void pastMonth();
    void refusals_data();
    void refusals();

private:
    QStringList expectedNumbers() const;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_workspace;
    QJsonObject m_review;
    QHash<QString, ValueStyle> m_styles; // metric name -> how its values read
    QString m_pdftotext;
    QString m_pdfinfo;
};

void TestReportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace = path(u"demo.northstar"_s);
    const Run demo = northstar({u"demo"_s, m_workspace});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const Run review = northstar({u"review"_s, m_workspace, u"--json"_s});
    QVERIFY2(review.exitCode == 0, qPrintable(review.err));
    m_review = QJsonDocument::fromJson(review.out.toUtf8()).object();
    QVERIFY(!m_review.value(u"metrics"_s).toArray().isEmpty());
    const auto data = WorkspaceFile::read(m_workspace);
    QVERIFY(data.ok());
    for (const Metric &metric : data->metrics) {
        const auto spec = MetricSpec::fromJson(metric.computation);
        m_styles.insert(metric.name, valueStyle(spec ? spec->kind : MetricKind::Formula, metric.unit));
    }
    m_pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    m_pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
}

// The review's numbers as the report writes them (the tests run in the C locale, which the
// report reads as US English, like `northstar review`).
QStringList TestReportCli::expectedNumbers() const
{
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    QStringList numbers;
    for (const QJsonValue &value : m_review.value(u"metrics"_s).toArray()) {
        const QJsonObject m = value.toObject();
        const ValueStyle style = m_styles.value(m.value(u"name"_s).toString(), ValueStyle::Ratio);
        const auto text = [&](const char *key) { return formatMetricValue(m.value(QLatin1StringView(key)).toDouble(), style, locale); };
        if (m.value(u"value"_s).isDouble())
            numbers << text("value");
        for (const char *key : {"usual_low", "usual_high"}) {
            if (m.value(QLatin1StringView(key)).isDouble())
                numbers << text(key);
        }
        if (style == ValueStyle::Share && m.value(u"change"_s).isDouble())
            numbers << formatChange(m.value(u"change"_s).toDouble() * 100.0, style, locale);
        else if (m.value(u"relative_change"_s).isDouble())
            numbers << formatChange(m.value(u"relative_change"_s).toDouble() * 100.0, style, locale);
        const QJsonObject target = m.value(u"target"_s).toObject();
        if (target.value(u"status"_s).toString() == u"behind"_s || target.value(u"status"_s).toString() == u"on_track"_s)
            numbers << formatMetricValue(target.value(u"expected"_s).toDouble(), style, locale);
    }
    return numbers;
}

void TestReportCli::formatsCarryTheReviewsNumbers_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("pdf") << u"pdf"_s;
    QTest::newRow("html") << u"html"_s;
    QTest::newRow("md") << u"md"_s;
}

void TestReportCli::formatsCarryTheReviewsNumbers()
{
    QFETCH(QString, suffix);
    const QString out = path(u"numbers."_s + suffix);
    const Run report = northstar({u"report"_s, m_workspace, u"--out"_s, out});
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    QVERIFY2(report.err.isEmpty(), qPrintable(report.err));
    QString text;
    if (suffix == u"pdf"_s) {
        if (m_pdftotext.isEmpty())
            QSKIP("pdftotext is missing (apt-get install poppler-utils)");
        const Run pdf = run(m_pdftotext, {out, u"-"_s});
        QCOMPARE(pdf.exitCode, 0);
        text = pdf.out;
    } else {
        text = QString::fromUtf8(readAll(out));
    }
    text = squeezed(text);
    QVERIFY(!text.isEmpty());
    QStringList numbers = expectedNumbers();
    QVERIFY(numbers.size() > 10);
    // With their signs: the PDF's fonts map every glyph painted back to its character.
    for (const QString &number : numbers)
        QVERIFY2(text.contains(number), qPrintable(u"missing %1 in the %2"_s.arg(number, suffix)));
    // Every metric and every work item by name, the verdicts in words.
    for (const QJsonValue &m : m_review.value(u"metrics"_s).toArray())
        QVERIFY2(text.contains(m.toObject().value(u"name"_s).toString()), qPrintable(m.toObject().value(u"name"_s).toString()));
    for (const QJsonValue &w : m_review.value(u"work"_s).toArray()) {
        const QJsonObject work = w.toObject();
        QVERIFY2(text.contains(work.value(u"title"_s).toString()), qPrintable(work.value(u"title"_s).toString()));
        // "too early: 2 more weeks needed", "the opposite of what was expected", ...
        QString verdict = work.value(u"verdict"_s).toString().replace(u'_', u' ');
        if (verdict.startsWith(u"too"_s))
            verdict = verdict.section(u' ', 0, 1);
        QVERIFY2(text.contains(verdict, Qt::CaseInsensitive), qPrintable(verdict));
    }
    const QString period = QDate::fromString(m_review.value(u"period"_s).toString(), Qt::ISODate).toString(u"d MMM yyyy"_s);
    QVERIFY2(text.contains(u"Week of "_s + period), qPrintable(period));
    QVERIFY(text.contains(u"Data through "_s) || text.contains(u"data through "_s));
}

void TestReportCli::pdfPagesAndPaper_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("size");
    QTest::newRow("C locale: A4") << QStringList{} << u"C.UTF-8"_s << u"595 x 842"_s;
    QTest::newRow("US locale: Letter") << QStringList{} << u"en_US.UTF-8"_s << u"612 x 792"_s;
    QTest::newRow("Canada: Letter") << QStringList{} << u"en_CA.UTF-8"_s << u"612 x 792"_s;
    QTest::newRow("UK: A4") << QStringList{} << u"en_GB.UTF-8"_s << u"595 x 842"_s;
    QTest::newRow("--page-size letter") << QStringList{u"--page-size"_s, u"letter"_s} << u"C.UTF-8"_s << u"612 x 792"_s;
    QTest::newRow("--page-size A4 in the US") << QStringList{u"--page-size"_s, u"A4"_s} << u"en_US.UTF-8"_s
                                              << u"595 x 842"_s;
}

void TestReportCli::pdfPagesAndPaper()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, locale);
    QFETCH(QString, size);
    if (m_pdfinfo.isEmpty())
        QSKIP("pdfinfo is missing (apt-get install poppler-utils)");
    const QString out = path(u"paper.pdf"_s);
    QFile::remove(out);
    const Run report = northstar(QStringList{u"report"_s, m_workspace, u"--out"_s, out} + flags,
                                 {{u"LC_ALL"_s, locale}, {u"LANG"_s, locale}, {u"LANGUAGE"_s, u"en"_s}});
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    const Run info = run(m_pdfinfo, {out});
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains(QRegularExpression(u"Page size:\\s+"_s + size + u" pts"_s)), qPrintable(info.out));
    const QRegularExpressionMatch pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info.out);
    QVERIFY(pages.hasMatch());
    // The headline, tables and lists, and one chart per metric (seven of them): more than
    // four pages, and every page numbered "Page n of N".
    const int count = pages.captured(1).toInt();
    QVERIFY2(count >= 4 && count <= 12, qPrintable(pages.captured(1)));
    if (!m_pdftotext.isEmpty()) {
        const QString text = run(m_pdftotext, {out, u"-"_s}).out;
        for (int page = 1; page <= count; ++page)
            QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(page).arg(count)), qPrintable(QString::number(page)));
    }
}

void TestReportCli::reproducible()
{
    const QMap<QString, QString> epoch{{u"SOURCE_DATE_EPOCH"_s, u"1796169600"_s}}; // 2026-12-02 UTC
    for (const QString &suffix : {u"html"_s, u"md"_s}) {
        const QString first = path(u"first."_s + suffix);
        const QString second = path(u"second."_s + suffix);
        QCOMPARE(northstar({u"report"_s, m_workspace, u"--out"_s, first}, epoch).exitCode, 0);
        QCOMPARE(northstar({u"report"_s, m_workspace, u"--out"_s, second}, epoch).exitCode, 0);
        const QByteArray bytes = readAll(first);
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(bytes == readAll(second), qPrintable(suffix));
        QVERIFY2(bytes.contains("Generated 2026-12-02"), qPrintable(suffix));
    }
    // Self-contained: no scripts, nothing fetched from elsewhere.
    const QByteArray html = readAll(path(u"first.html"_s));
    QVERIFY(html.contains("<svg"));
    QByteArray rest = html;
    rest.replace("http://www.w3.org/2000/svg", "").replace("http://www.w3.org/1999/xlink", "");
    for (const char *outside : {"<script", "http:", "https:", "<img", "<link", "@import"})
        QVERIFY2(!rest.contains(outside), outside);
    // Fills refer to gradients inside the same SVG, never to a file.
    QVERIFY(!QString::fromUtf8(html).contains(QRegularExpression(u"url\\((?!#)"_s)));
    // A bad SOURCE_DATE_EPOCH is a wrong flag.
    const Run bad = northstar({u"report"_s, m_workspace, u"--out"_s, path(u"bad.md"_s)}, {{u"SOURCE_DATE_EPOCH"_s, u"soon"_s}});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(!QFileInfo::exists(path(u"bad.md"_s)));
}

void TestReportCli::pastMonth()
{
    const Run json = northstar({u"review"_s, m_workspace, u"--grain"_s, u"month"_s, u"--period"_s, u"2026-06-15"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    const QString out = path(u"june.md"_s);
    const Run report = northstar({u"report"_s, m_workspace, u"--grain"_s, u"month"_s, u"--period"_s, u"2026-06-15"_s,
                                  u"--out"_s, out});
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    const QString text = QString::fromUtf8(readAll(out));
    QVERIFY(text.contains(u"Monthly review"_s));
    QVERIFY(text.contains(u"June 2026"_s));
    const QJsonObject review = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonObject northStar = review.value(u"metrics"_s).toArray().at(0).toObject();
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    QVERIFY(text.contains(formatMetricValue(northStar.value(u"value"_s).toDouble(), ValueStyle::Count, locale)));
}

void TestReportCli::refusals_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("out");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString dir = m_dir.path();
    QTest::newRow("a device path") << QStringList{} << u"/proc/x.pdf"_s << 1 << u"Cannot write"_s;
    QTest::newRow("a folder that does not exist") << QStringList{} << dir + u"/missing/r.html"_s << 1 << u"Cannot write"_s;
    QTest::newRow("an unknown tree") << QStringList{u"--tree"_s, u"Nope"_s} << dir + u"/t.pdf"_s << 2 << u"no tree \"Nope\""_s;
    QTest::newRow("a period outside the data") << QStringList{u"--period"_s, u"1999-01-04"_s} << dir + u"/p.pdf"_s << 1
                                               << u"outside the data"_s;
    QTest::newRow("a period that is no date") << QStringList{u"--period"_s, u"last week"_s} << dir + u"/d.md"_s << 2
                                              << u"YYYY-MM-DD"_s;
    QTest::newRow("an unknown suffix") << QStringList{} << dir + u"/r.txt"_s << 2 << u".pdf, .html or .md"_s;
    QTest::newRow("an unknown page size") << QStringList{u"--page-size"_s, u"a3"_s} << dir + u"/s.pdf"_s << 2
                                          << u"a4 or letter"_s;
    QTest::newRow("an unknown grain") << QStringList{u"--grain"_s, u"day"_s} << dir + u"/g.pdf"_s << 2
                                      << u"week or month"_s;
    QTest::newRow("no --out") << QStringList{} << QString() << 2 << u"Missing --out"_s;
}

void TestReportCli::refusals()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, out);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QStringList arguments{u"report"_s, m_workspace};
    if (!out.isEmpty())
        arguments << u"--out"_s << out;
    const Run report = northstar(arguments + flags);
    QCOMPARE(report.exitCode, exitCode);
    QVERIFY2(report.err.startsWith(u"northstar report: "_s), qPrintable(report.err));
    QVERIFY2(report.err.contains(message), qPrintable(report.err));
    QVERIFY(report.out.isEmpty());
    if (!out.isEmpty())
        QVERIFY2(!QFileInfo::exists(out) || out.startsWith(u"/proc"_s), qPrintable(out));
    // Nothing half-written beside it either (QSaveFile's temporary files).
    const QStringList left = QDir(m_dir.path()).entryList(QDir::Files);
    for (const QString &name : left)
        QVERIFY2(!name.contains(u".pdf."_s) && !name.contains(u".html."_s) && !name.contains(u".md."_s), qPrintable(name));
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
