// `northstar review` as scripts and people run it: the JSON is exactly what the review
// engine computes, with REVIEW.md's keys; the text names the North Star first; every
// refusal has its exit code (1: the review cannot be made, 2: wrong flags) and a message.
// The numbers themselves are checked against a plain implementation in tests/review.

#include "analysistestsupport.h"

#include "review/reviewjson.h"
#include "review/weeklyreview.h"
#include "storage/workspacefile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace NorthStar;
using namespace NorthStar::AnalysisTest;

class TestReviewCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonIsTheEnginesReview();
    void jsonHasTheContractsKeys();
    void textStartsWithTheHeadline();
    void pastPeriodAndMonth();
    void errors_data();
    void errors();

private:
    QTemporaryDir m_dir;
    QString m_workspace; // generated rows, sample catalog and tree
    QString m_empty;     // the same model, no data
    QString m_undefined; // data, but the North Star has no computation
};

void TestReviewCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QList<Reference::Row> rows = Reference::generate(120, 20240219);
    m_workspace = m_dir.filePath(u"shop.northstar"_s);
    QVERIFY(WorkspaceFile::write(m_workspace, sampleModel()).ok());
    const QString imported = importRows(m_workspace, rows);
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
    m_empty = m_dir.filePath(u"empty.northstar"_s);
    QVERIFY(WorkspaceFile::write(m_empty, sampleModel()).ok());

    WorkspaceData undefined = sampleModel();
    const Node *northStar = undefined.northStarOf(undefined.treesInOrder().constFirst().id);
    QVERIFY(northStar);
    undefined.metrics[northStar->metricId].computation = {};
    m_undefined = m_dir.filePath(u"undefined.northstar"_s);
    QVERIFY(WorkspaceFile::write(m_undefined, undefined).ok());
    QVERIFY(importRows(m_undefined, rows).isEmpty());
}

void TestReviewCli::jsonIsTheEnginesReview()
{
    const Run run = northstar({u"review"_s, m_workspace, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));

    const auto data = WorkspaceFile::read(m_workspace);
    QVERIFY(data.ok());
    const WorkspaceMetrics metrics(m_workspace, *data);
    const auto review = computeReview(metrics, {data->treesInOrder().constFirst().id, Grain::Week, std::nullopt});
    QVERIFY2(review, qPrintable(review ? QString() : review.error()));
    QCOMPARE(run.out.toUtf8(), reviewJsonText(*review));
}

void TestReviewCli::jsonHasTheContractsKeys()
{
    const Run run = northstar({u"review"_s, m_workspace, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const auto keys = [](const QJsonObject &o) {
        QStringList k = o.keys();
        k.sort();
        return k;
    };
    QCOMPARE(keys(root), (QStringList{u"contributions"_s, u"disconnects"_s, u"grain"_s, u"metrics"_s, u"period"_s,
                                      u"previous"_s, u"segments"_s, u"tree"_s, u"work"_s}));
    QCOMPARE(root.value(u"tree"_s).toString(), u"Shop"_s);
    QCOMPARE(root.value(u"grain"_s).toString(), u"week"_s);
    const QDate period = QDate::fromString(root.value(u"period"_s).toString(), Qt::ISODate);
    QVERIFY(period.isValid());
    QCOMPARE(period.dayOfWeek(), 1); // weeks start on Monday
    QCOMPARE(QDate::fromString(root.value(u"previous"_s).toString(), Qt::ISODate), period.addDays(-7));

    const QJsonArray metrics = root.value(u"metrics"_s).toArray();
    QVERIFY(!metrics.isEmpty());
    QCOMPARE(metrics.at(0).toObject().value(u"role"_s).toString(), u"north_star"_s);
    QCOMPARE(keys(metrics.at(0).toObject()),
             (QStringList{u"change"_s, u"name"_s, u"period"_s, u"previous"_s, u"relative_change"_s, u"role"_s,
                          u"target"_s, u"unusual"_s, u"usual_high"_s, u"usual_low"_s, u"value"_s}));
    for (const QJsonValue &c : root.value(u"contributions"_s).toArray())
        QCOMPARE(keys(c.toObject()), (QStringList{u"change"_s, u"method"_s, u"parent"_s, u"parts"_s, u"unexplained"_s}));
    for (const QJsonValue &s : root.value(u"segments"_s).toArray())
        QCOMPARE(keys(s.toObject()), (QStringList{u"attribute"_s, u"contribution"_s, u"metric"_s, u"value"_s}));
    for (const QJsonValue &d : root.value(u"disconnects"_s).toArray())
        QCOMPARE(keys(d.toObject()), (QStringList{u"kind"_s, u"metric"_s, u"work"_s}));
}

void TestReviewCli::textStartsWithTheHeadline()
{
    const Run run = northstar({u"review"_s, m_workspace});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n');
    QVERIFY(lines.size() > 6);
    QVERIFY2(lines.at(0).startsWith(u"Shop: review of the week starting "_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(2).startsWith(u"Buyer share "_s), qPrintable(lines.at(2)));
    for (const QString &section : {u"Inputs"_s, u"Why it moved"_s, u"Work"_s, u"To act on"_s})
        QVERIFY2(lines.contains(section), qPrintable(section));
}

void TestReviewCli::pastPeriodAndMonth()
{
    const Run latest = northstar({u"review"_s, m_workspace, u"--json"_s});
    const QDate latestWeek = QDate::fromString(
        QJsonDocument::fromJson(latest.out.toUtf8()).object().value(u"period"_s).toString(), Qt::ISODate);
    // Any date inside a week reviews that week.
    const Run past = northstar({u"review"_s, m_workspace, u"--json"_s, u"--period"_s,
                                latestWeek.addDays(-14 + 3).toString(Qt::ISODate)});
    QCOMPARE(past.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(past.out.toUtf8()).object().value(u"period"_s).toString(),
             latestWeek.addDays(-14).toString(Qt::ISODate));
    const Run month = northstar({u"review"_s, m_workspace, u"--json"_s, u"--grain"_s, u"month"_s});
    QCOMPARE(month.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(month.out.toUtf8()).object();
    QCOMPARE(root.value(u"grain"_s).toString(), u"month"_s);
    QCOMPARE(QDate::fromString(root.value(u"period"_s).toString(), Qt::ISODate).day(), 1);
}

void TestReviewCli::errors_data()
{
    QTest::addColumn<QStringList>("arguments"); // after the workspace
    QTest::addColumn<QString>("which");         // data, empty, undefined
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("no data") << QStringList{} << u"empty"_s << 1 << u"no data to review"_s;
    QTest::newRow("no North Star computation") << QStringList{} << u"undefined"_s << 1 << u"has no computation"_s;
    QTest::newRow("period before the data") << QStringList{u"--period"_s, u"1999-01-04"_s} << u"data"_s << 1
                                            << u"outside the data"_s;
    QTest::newRow("period not a date") << QStringList{u"--period"_s, u"last week"_s} << u"data"_s << 2
                                       << u"YYYY-MM-DD"_s;
    QTest::newRow("day grain") << QStringList{u"--grain"_s, u"day"_s} << u"data"_s << 2 << u"week or month"_s;
    QTest::newRow("unknown tree") << QStringList{u"--tree"_s, u"Nope"_s} << u"data"_s << 2 << u"no tree \"Nope\""_s;
    QTest::newRow("unknown flag") << QStringList{u"--colour"_s} << u"data"_s << 2 << u"colour"_s;
}

void TestReviewCli::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, which);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString workspace = which == u"empty"_s ? m_empty : which == u"undefined"_s ? m_undefined : m_workspace;
    const Run run = northstar(QStringList{u"review"_s, workspace} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestReviewCli)
#include "tst_reviewcli.moc"
