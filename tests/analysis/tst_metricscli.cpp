// `northstar metrics` run as scripts run it: the whole CSV output of every metric kind, every
// grain, both week starts and a timezone with a DST change inside the data is compared with
// a plain second implementation (referencemetrics.cpp) over the generated rows; --node uses
// the stored computation (formulas by catalog name); segments; the workspace's timezone and
// week-start settings; errors and exit codes.

#include "analysistestsupport.h"
#include "referencemetrics.h"

#include "eventstore/eventimport.h"
#include "storage/workspacefile.h"

#include <QRegularExpression>

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace NorthStar;
using namespace NorthStar::AnalysisTest;

class TestMetricsCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyKind_data();
    void everyKind();
    void byNode_data();
    void byNode();
    void workspaceSettings();
    void handWritten();
    void errors_data();
    void errors();

private:
    QTemporaryDir m_dir;
    QString m_workspace;     // generated rows, catalog, reporting timezone UTC
    QString m_empty;         // catalog, no imported data
    QList<Reference::Row> m_rows;
};

void TestMetricsCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_rows = Reference::generate(60, 20240219);
    QVERIFY(m_rows.size() > 1000);
    m_workspace = m_dir.filePath(u"shop.northstar"_s);
    QVERIFY(WorkspaceFile::write(m_workspace, sampleModel()).ok());
    const QString imported = importRows(m_workspace, m_rows);
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
    m_empty = m_dir.filePath(u"empty.northstar"_s);
    QVERIFY(WorkspaceFile::write(m_empty, sampleModel()).ok());
}

void TestMetricsCli::everyKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QString>("grain");
    QTest::addColumn<QString>("weekStart");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("k");      // 0: flag not given
    QTest::addColumn<int>("window"); // 0: flag not given
    QTest::addColumn<QString>("country");

    const QStringList kinds{u"breadth"_s, u"depth"_s, u"depth-value"_s, u"frequency"_s, u"stickiness"_s,
                            u"stickiness-cumulative"_s, u"threshold"_s, u"activation"_s, u"time-to-value"_s,
                            u"lifecycle"_s};
    const QList<std::pair<QString, QString>> calendars{
        {u"day"_s, u"monday"_s}, {u"week"_s, u"monday"_s}, {u"week"_s, u"sunday"_s}, {u"month"_s, u"monday"_s}};
    // Europe/Berlin changes to summer time on 2024-03-31, inside the data; UTC has no DST.
    for (const QString &zone : {u"UTC"_s, u"Europe/Berlin"_s}) {
        for (const auto &[grain, weekStart] : calendars) {
            for (const QString &kind : kinds) {
                if (kind == u"frequency" && grain == u"day")
                    continue; // an error, tested below
                const bool usesK = kind.startsWith(u"stickiness") || kind == u"threshold";
                const int k = usesK ? (grain == u"day" ? 1 : 2) : 0;
                const QStringList events = kind == u"breadth" || kind == u"lifecycle" ? QStringList{}
                                           : kind == u"depth-value"                 ? QStringList{u"purchase"_s}
                                                                                    : QStringList{u"purchase"_s, u"share"_s};
                QTest::addRow("%s %s %s %s", qPrintable(kind), qPrintable(grain), qPrintable(weekStart), qPrintable(zone))
                    << kind << events << grain << weekStart << zone << k << (kind == u"activation" ? 3 : 0) << QString();
            }
        }
    }
    QTest::newRow("stickiness 7 of a week") << u"stickiness"_s << QStringList() << u"week"_s << u"monday"_s
                                            << u"UTC"_s << 7 << 0 << QString();
    QTest::newRow("stickiness k beyond the period: 0") << u"stickiness"_s << QStringList() << u"week"_s << u"monday"_s
                                                       << u"UTC"_s << 9 << 0 << QString();
    QTest::newRow("threshold 3 visits") << u"threshold"_s << QStringList{u"visit"_s} << u"week"_s << u"sunday"_s
                                        << u"America/New_York"_s << 3 << 0 << QString();
    QTest::newRow("activation default window") << u"activation"_s << QStringList{u"purchase"_s} << u"week"_s
                                               << u"monday"_s << u"America/New_York"_s << 0 << 0 << QString();
    QTest::newRow("segment breadth DE") << u"breadth"_s << QStringList() << u"week"_s << u"monday"_s << u"UTC"_s << 0
                                        << 0 << u"DE"_s;
    QTest::newRow("segment depth-value FR, Berlin months") << u"depth-value"_s << QStringList{u"purchase"_s}
                                                           << u"month"_s << u"monday"_s << u"Europe/Berlin"_s << 0
                                                           << 0 << u"FR"_s;
    QTest::newRow("segment lifecycle US") << u"lifecycle"_s << QStringList() << u"week"_s << u"sunday"_s << u"UTC"_s
                                          << 0 << 0 << u"US"_s;
    QTest::newRow("segment activation DE") << u"activation"_s << QStringList{u"share"_s} << u"week"_s << u"monday"_s
                                           << u"UTC"_s << 0 << 0 << u"DE"_s;
}

void TestMetricsCli::everyKind()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, events);
    QFETCH(QString, grain);
    QFETCH(QString, weekStart);
    QFETCH(QString, zone);
    QFETCH(int, k);
    QFETCH(int, window);
    QFETCH(QString, country);

    QStringList args{u"metrics"_s, m_workspace, u"--metric"_s, kind, u"--grain"_s, grain,
                     u"--week-start"_s, weekStart, u"--timezone"_s, zone};
    Reference::Query q;
    q.kind = kind;
    q.events = events;
    q.grain = grain;
    q.weekStart = weekStart;
    q.timeZone = zone;
    if (!events.isEmpty())
        args << u"--events"_s << events.join(u',');
    if (k > 0) {
        args << u"-k"_s << QString::number(k);
        q.k = k;
    }
    if (window > 0) {
        args << u"--window"_s << QString::number(window);
        q.window = window;
    }
    if (!country.isEmpty()) {
        args << u"--segment"_s << u"country=%1"_s.arg(country);
        q.country = country;
    }
    const Run run = northstar(args);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.err.isEmpty());
    QCOMPARE(run.out, Reference::csv(m_rows, q));
}

void TestMetricsCli::byNode_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("expected");

    const auto reference = [this](const QString &kind, const QStringList &events, const QString &grain,
                                  const QString &country = {}, const QString &zone = u"UTC"_s) {
        Reference::Query q;
        q.kind = kind;
        q.events = events;
        q.grain = grain;
        q.country = country;
        q.timeZone = zone;
        return Reference::csv(m_rows, q);
    };
    QTest::newRow("breadth of visit") << u"Visitors"_s << QStringList() << reference(u"breadth"_s, {u"visit"_s}, u"week"_s);
    QTest::newRow("depth, months, Berlin")
        << u"Purchases per buyer"_s << QStringList{u"--grain"_s, u"month"_s, u"--timezone"_s, u"Europe/Berlin"_s}
        << reference(u"depth"_s, {u"purchase"_s}, u"month"_s, {}, u"Europe/Berlin"_s);
    QTest::newRow("the metric's own segment") << u"DE buyers"_s << QStringList()
                                              << reference(u"breadth"_s, {u"purchase"_s}, u"week"_s, u"DE"_s);
    QTest::newRow("request segment on top") << u"Buyers"_s << QStringList{u"--segment"_s, u"country = FR"_s}
                                            << reference(u"breadth"_s, {u"purchase"_s}, u"week"_s, u"FR"_s);

    // The formula Buyers / Visitors, period by period from the two reference series.
    const QStringList buyers = reference(u"breadth"_s, {u"purchase"_s}, u"day"_s).split(u'\n');
    const QStringList visitors = reference(u"breadth"_s, {u"visit"_s}, u"day"_s).split(u'\n');
    QString share = buyers.front() + u'\n';
    for (qsizetype i = 1; i < buyers.size() && !buyers[i].isEmpty(); ++i) {
        const QStringList b = buyers[i].split(u','), v = visitors[i].split(u',');
        const double denominator = v[1].toDouble();
        share += b[0] + u',' + (denominator == 0 ? QString() : QString::number(b[1].toDouble() / denominator, 'g', 12))
                 + u',' + b[2] + u'\n';
    }
    QTest::newRow("formula by catalog names") << u"Buyer share"_s << QStringList{u"--grain"_s, u"day"_s} << share;
}

void TestMetricsCli::byNode()
{
    QFETCH(QString, node);
    QFETCH(QStringList, flags);
    QFETCH(QString, expected);
    const Run run = northstar(QStringList{u"metrics"_s, m_workspace, u"--node"_s, node} + flags);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, expected);
}

// A workspace whose settings say Europe/Berlin and Sunday weeks: the rollup stored by the
// import is in Berlin, and the command uses both settings when no flag overrides them.
void TestMetricsCli::workspaceSettings()
{
    const QString path = m_dir.filePath(u"berlin.northstar"_s);
    const QMap<QString, QString> settings{{u"timezone"_s, u"Europe/Berlin"_s}, {u"week-start"_s, u"sunday"_s}};
    QVERIFY(WorkspaceFile::write(path, sampleModel(settings)).ok());
    const QString imported = importRows(path, m_rows);
    QVERIFY2(imported.isEmpty(), qPrintable(imported));

    Reference::Query q;
    q.kind = u"frequency"_s;
    q.timeZone = u"Europe/Berlin"_s;
    q.weekStart = u"sunday"_s;
    const Run run = northstar({u"metrics"_s, path, u"--metric"_s, u"frequency"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, Reference::csv(m_rows, q));

    // Flags win over the settings; a UTC request rebuilds from the raw events.
    q.timeZone = u"UTC"_s;
    q.weekStart = u"monday"_s;
    const Run utc = northstar({u"metrics"_s, path, u"--metric"_s, u"frequency"_s, u"--timezone"_s, u"UTC"_s,
                               u"--week-start"_s, u"monday"_s});
    QVERIFY2(utc.exitCode == 0, qPrintable(utc.err));
    QCOMPARE(utc.out, Reference::csv(m_rows, q));
}

// Written out by hand (tests/data/analysis/gaps.csv): a first week that starts before the
// data (partial), a week nobody was active in (0 and empty ratios), a last week that ends
// after the data (partial).
void TestMetricsCli::handWritten()
{
    const QString path = m_dir.filePath(u"gaps.northstar"_s);
    ImportRequest request;
    request.file = QStringLiteral(NORTHSTAR_TESTDATA) + u"/analysis/gaps.csv"_s;
    QVERIFY(EventImport::run(path, request).ok());

    const auto metrics = [&](const QStringList &flags) {
        const Run run = northstar(QStringList{u"metrics"_s, path} + flags);
        return run.exitCode == 0 ? run.out : run.err;
    };
    QCOMPARE(metrics({u"--metric"_s, u"breadth"_s}),
             u"period_start,value,partial\n2024-01-01,2,1\n2024-01-08,0,0\n2024-01-15,1,1\n"_s);
    QCOMPARE(metrics({u"--metric"_s, u"depth-value"_s}),
             u"period_start,value,partial\n2024-01-01,2.5,1\n2024-01-08,,0\n2024-01-15,0,1\n"_s);
    QCOMPARE(metrics({u"--metric"_s, u"depth"_s, u"--events"_s, u"buy"_s}),
             u"period_start,value,partial\n2024-01-01,1,1\n2024-01-08,,0\n2024-01-15,,1\n"_s);
    QCOMPARE(metrics({u"--metric"_s, u"frequency"_s}),
             u"period_start,value,partial\n2024-01-01,1.5,1\n2024-01-08,,0\n2024-01-15,1,1\n"_s);
    QCOMPARE(metrics({u"--metric"_s, u"lifecycle"_s}),
             u"period_start,new,returning,resurrecting,dormant,partial\n2024-01-01,2,0,0,0,1\n"
             u"2024-01-08,0,0,0,-2,0\n2024-01-15,0,0,1,0,1\n"_s);
    QCOMPARE(metrics({u"--metric"_s, u"activation"_s, u"--events"_s, u"buy"_s, u"--window"_s, u"2"_s}),
             u"period_start,value,partial\n2024-01-01,0.5,1\n2024-01-08,,0\n2024-01-15,,1\n"_s);
    QCOMPARE(metrics({u"--metric"_s, u"time-to-value"_s, u"--events"_s, u"buy"_s}),
             u"period_start,value,partial\n2024-01-01,1,1\n2024-01-08,,0\n2024-01-15,,1\n"_s);
}

void TestMetricsCli::errors_data()
{
    QTest::addColumn<QStringList>("args"); // after "metrics"; WS = the workspace
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("no arguments") << QStringList() << 2 << u"Missing the WORKSPACE"_s;
    QTest::newRow("neither --metric nor --node") << QStringList{u"WS"_s} << 2 << u"either --metric"_s;
    QTest::newRow("both --metric and --node") << QStringList{u"WS"_s, u"--metric"_s, u"breadth"_s, u"--node"_s, u"Buyers"_s}
                                              << 2 << u"either --metric"_s;
    QTest::newRow("unknown metric") << QStringList{u"WS"_s, u"--metric"_s, u"reach"_s} << 2 << u"Unknown metric kind 'reach'"_s;
    QTest::newRow("bad grain") << QStringList{u"WS"_s, u"--metric"_s, u"breadth"_s, u"--grain"_s, u"year"_s} << 2
                               << u"year"_s;
    QTest::newRow("bad week start") << QStringList{u"WS"_s, u"--metric"_s, u"breadth"_s, u"--week-start"_s, u"friday"_s}
                                    << 2 << u"friday"_s;
    QTest::newRow("frequency on day grain") << QStringList{u"WS"_s, u"--metric"_s, u"frequency"_s, u"--grain"_s, u"day"_s}
                                            << 2 << u"frequency is not offered for grain day"_s;
    QTest::newRow("unknown segment attribute")
        << QStringList{u"WS"_s, u"--metric"_s, u"breadth"_s, u"--segment"_s, u"plan=pro"_s} << 2
        << u"unknown user attribute \"plan\"; the data has: country"_s;
    QTest::newRow("unknown segment value") << QStringList{u"WS"_s, u"--metric"_s, u"breadth"_s, u"--segment"_s, u"country=XX"_s}
                                           << 2 << u"known values: DE, FR, US"_s;
    QTest::newRow("segment without =") << QStringList{u"WS"_s, u"--metric"_s, u"breadth"_s, u"--segment"_s, u"DE"_s} << 2
                                       << u"attribute = value"_s;
    QTest::newRow("unknown event") << QStringList{u"WS"_s, u"--metric"_s, u"breadth"_s, u"--events"_s, u"Visit"_s} << 2
                                   << u"Visit"_s;
    QTest::newRow("unknown timezone") << QStringList{u"WS"_s, u"--metric"_s, u"breadth"_s, u"--timezone"_s, u"Mars/Base"_s}
                                      << 2 << u"Unknown timezone \"Mars/Base\""_s;
    QTest::newRow("-k on breadth") << QStringList{u"WS"_s, u"--metric"_s, u"breadth"_s, u"-k"_s, u"2"_s} << 2
                                   << u"-k applies to"_s;
    QTest::newRow("-k zero") << QStringList{u"WS"_s, u"--metric"_s, u"stickiness"_s, u"-k"_s, u"0"_s} << 2
                             << u"at least 1"_s;
    QTest::newRow("--window on depth") << QStringList{u"WS"_s, u"--metric"_s, u"depth"_s, u"--window"_s, u"3"_s} << 2
                                       << u"--window applies to activation"_s;
    QTest::newRow("formula kind") << QStringList{u"WS"_s, u"--metric"_s, u"formula"_s} << 2 << u"--node"_s;
    QTest::newRow("unknown node") << QStringList{u"WS"_s, u"--node"_s, u"Nope"_s} << 2 << u"no node or metric \"Nope\""_s;
    QTest::newRow("work item node") << QStringList{u"WS"_s, u"--node"_s, u"Launch promo"_s} << 2 << u"work item"_s;
    QTest::newRow("node with flags") << QStringList{u"WS"_s, u"--node"_s, u"Buyers"_s, u"--events"_s, u"visit"_s} << 2
                                     << u"leave out --events"_s;
    QTest::newRow("node without computation") << QStringList{u"WS"_s, u"--node"_s, u"Undefined"_s} << 1
                                              << u"has no computation yet"_s;
    QTest::newRow("missing file") << QStringList{u"MISSING"_s, u"--metric"_s, u"breadth"_s} << 1 << u"does not exist"_s;
    QTest::newRow("not a workspace") << QStringList{u"CSV"_s, u"--metric"_s, u"breadth"_s} << 1
                                     << u"is not a North Star workspace"_s;
    QTest::newRow("workspace without data") << QStringList{u"EMPTY"_s, u"--metric"_s, u"breadth"_s} << 1
                                            << u"has no imported data yet"_s;
}

void TestMetricsCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    args.replaceInStrings(QRegularExpression(u"^WS$"_s), m_workspace);
    args.replaceInStrings(QRegularExpression(u"^EMPTY$"_s), m_empty);
    args.replaceInStrings(QRegularExpression(u"^MISSING$"_s), m_dir.filePath(u"missing.northstar"_s));
    args.replaceInStrings(QRegularExpression(u"^CSV$"_s), m_workspace + u".csv"_s);
    const Run run = northstar(QStringList{u"metrics"_s} + args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith(u"northstar metrics: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestMetricsCli)
#include "tst_metricscli.moc"
