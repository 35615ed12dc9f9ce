// Daily rollups as an import (issue #12, section 1): every metric computed from a rollup
// equals the same metric computed from the raw events it was built from, for every kind,
// grain, week start and segment, in several timezones; bad rows by line, column and reason;
// idempotence and overlap replacement by date range per source; rollups and raw events
// mixed without overlapping; the timezone a rollup fixes.

#include "metriccompare.h"
#include "rawevents.h"

#include "eventstore/eventimport.h"
#include "eventstore/eventstore.h"
#include "metrics/metricengine.h"
#include "sqlite/database.h"
#include "storage/workspacefile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace NorthStar;
using namespace NorthStar::RollupTestSupport;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

ImportRequest rawRequest(const QString &file, const QString &source = u"events"_s)
{
    ImportRequest r;
    r.file = file;
    r.source = source;
    r.attributeColumns = {u"country"_s, u"plan"_s};
    r.timeZone = u"UTC"_s; // the instants carry a Z anyway
    return r;
}

ImportRequest rollupRequest(const QString &file, const QString &zone, const QString &source = u"warehouse"_s)
{
    ImportRequest r;
    r.file = file;
    r.source = source;
    r.rollup = true;
    r.timeZone = zone;
    return r;
}

void setReportingTimeZone(const QString &workspace, const QString &zone)
{
    if (!QFile::exists(workspace))
        QVERIFY(WorkspaceFile::create(workspace).ok());
    auto c = Sqlite::Database::open(workspace, Sqlite::OpenMode::ReadWrite);
    QVERIFY(c.ok());
    auto q = c->prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('timezone', ?)");
    QVERIFY(q.ok());
    QVERIFY(q->bind(1, zone).exec().ok());
}

#define IMPORT_OK(workspace, request)                                                    \
    [&] {                                                                                \
        auto s_ = EventImport::run(workspace, request);                                 \
        if (!s_)                                                                         \
            qWarning("%s", qPrintable(s_.error()));                                      \
        return s_;                                                                       \
    }()


} // namespace

class TestRollupImport final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void metricsEqualTheRawImport_data();
    void metricsEqualTheRawImport();
    void mixedSourcesEqualTheRawImport();
    void badRowsAreReported();
    void identicalContentImportsNothing();
    void overlapsAreReplacedPerSource();
    void rollupMustNotCoverRawEventDays();
    void rawEventsMustNotFallOnRollupDays();
    void aSourceHoldsOneKind();
    void theRollupFixesTheTimeZone();
    void anEmptyWorkspaceTakesTheRollupsZone();
    void notARollupSaysWhatIsMissing();
    void dryRunWritesNothing();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_case = 0;
};

void TestRollupImport::metricsEqualTheRawImport_data()
{
    QTest::addColumn<QString>("zone");
    QTest::newRow("UTC") << u"UTC"_s;
    QTest::newRow("Los Angeles (DST)") << u"America/Los_Angeles"_s;
    QTest::newRow("Kolkata (+05:30)") << u"Asia/Kolkata"_s;
    QTest::newRow("Berlin (DST)") << u"Europe/Berlin"_s;
}

void TestRollupImport::metricsEqualTheRawImport()
{
    QFETCH(QString, zone);
    // Late February to mid November 2024: both daylight saving changes in both hemispheres' north.
    const QList<RawEvent> events = generateEvents(40, u"2024-02-20"_s, 270);
    const QString tag = QString::number(++m_case);
    writeRawCsv(path(u"raw%1.csv"_s.arg(tag)), events);
    writeRollupCsv(path(u"rollup%1.csv"_s.arg(tag)), events, zone);

    const QString raw = path(u"raw%1.northstar"_s.arg(tag));
    const QString rolled = path(u"rolled%1.northstar"_s.arg(tag));
    setReportingTimeZone(raw, zone);
    auto rawSummary = IMPORT_OK(raw, rawRequest(path(u"raw%1.csv"_s.arg(tag))));
    QVERIFY(rawSummary);
    auto rollupSummary = IMPORT_OK(rolled, rollupRequest(path(u"rollup%1.csv"_s.arg(tag)), zone));
    QVERIFY(rollupSummary);
    QVERIFY(rollupSummary->rollup);
    QCOMPARE(rollupSummary->rejected, 0);
    QCOMPARE(rollupSummary->events, rawSummary->imported);
    QCOMPARE(rollupSummary->users, rawSummary->users);
    QVERIFY(rollupSummary->imported < rawSummary->imported); // rows: one per user, day and event

    int compared = 0;
    const QString diff = compareEveryMetric(raw, rolled, compared);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    // Every combination but frequency by day, which is refused alike (it would always be 1).
    QCOMPARE(compared, everyMetricCombinations());
}

void TestRollupImport::mixedSourcesEqualTheRawImport()
{
    // Last months from the warehouse, the latest weeks as raw events: the usual hand-over.
    const QString zone = u"Europe/Berlin"_s;
    const QList<RawEvent> events = generateEvents(30, u"2024-01-01"_s, 200);
    writeRawCsv(path(u"all.csv"_s), events);
    writeRollupCsv(path(u"until-may.csv"_s), eventsBetween(events, zone, {}, u"2024-05-31"_s), zone);
    writeRawCsv(path(u"from-june.csv"_s), eventsBetween(events, zone, u"2024-06-01"_s, {}));

    setReportingTimeZone(path(u"all.northstar"_s), zone);
    QVERIFY(IMPORT_OK(path(u"all.northstar"_s), rawRequest(path(u"all.csv"_s))));
    setReportingTimeZone(path(u"mixed.northstar"_s), zone);
    QVERIFY(IMPORT_OK(path(u"mixed.northstar"_s), rollupRequest(path(u"until-may.csv"_s), zone)));
    QVERIFY(IMPORT_OK(path(u"mixed.northstar"_s), rawRequest(path(u"from-june.csv"_s))));

    int compared = 0;
    const QString diff = compareEveryMetric(path(u"all.northstar"_s), path(u"mixed.northstar"_s), compared);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    auto info = EventStore::info(path(u"mixed.northstar"_s));
    QVERIFY(info);
    QCOMPARE(info->events, qint64(events.size()));
    QCOMPARE(info->sources.size(), 2);
    QCOMPARE(info->sources[1].name, u"warehouse"_s);
    QCOMPARE(info->sources[1].kind, u"rollup"_s);
    QCOMPARE(info->sources[0].kind, u"events"_s);
}

void TestRollupImport::badRowsAreReported()
{
    writeText(path(u"bad.csv"_s),
              "user_id,date,event,events,value_sum\n"
              "u1,2024-03-01,view,2,0\n"        // line 2: fine
              "u1,2024-13-01,view,1,0\n"        // 3: no such month
              "u1,03/01/2024,view,1,0\n"        // 4: not YYYY-MM-DD
              "u1,2024-03-02,view,0,0\n"        // 5: no events
              "u1,2024-03-02,view,1.5,0\n"      // 6: not whole
              "u1,2024-03-02,view,1,abc\n"      // 7: value sum not a number
              ",2024-03-02,view,1,0\n"          // 8: no user
              "u2,2024-03-02,,1,0\n"            // 9: no event
              "u2,2024-03-02,view,1\n"          // 10: a field short
              "u2,2024-03-03,buy,3,7.5\n");     // 11: fine
    auto s = EventImport::run(path(u"bad.northstar"_s), rollupRequest(path(u"bad.csv"_s), u"UTC"_s));
    QVERIFY2(s, s ? "" : qPrintable(s.error()));
    QCOMPARE(s->imported, 2);
    QCOMPARE(s->events, 5);
    QCOMPARE(s->rejected, 8);
    const QList<std::tuple<qint64, int, RowError::Reason>> expected{
        {3, 2, RowError::Reason::UnreadableDate}, {4, 2, RowError::Reason::UnreadableDate},
        {5, 4, RowError::Reason::BadEventCount},  {6, 4, RowError::Reason::BadEventCount},
        {7, 5, RowError::Reason::NotANumber},     {8, 1, RowError::Reason::EmptyUserId},
        {9, 3, RowError::Reason::EmptyEvent},     {10, 0, RowError::Reason::WrongFieldCount},
    };
    QCOMPARE(s->rejectedRows.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const auto &[line, column, reason] = expected[i];
        const RowError &e = s->rejectedRows[i];
        QCOMPARE(e.line, line);
        QCOMPARE(e.column, column);
        QCOMPARE(int(e.reason), int(reason));
    }
    QCOMPARE(s->rejectedRows[1].message(),
             u"Line 4, column 2 (date): \"03/01/2024\" is not a date like 2024-03-31 (YYYY-MM-DD)."_s);
    QCOMPARE(s->rejectedRows[2].message(),
             u"Line 5, column 4 (events): \"0\" is not a count of events (a whole number from 1)."_s);

    // --on-error abort: nothing is written, the first bad row is named.
    ImportRequest abort = rollupRequest(path(u"bad.csv"_s), u"UTC"_s);
    abort.onError = ImportRequest::OnError::Abort;
    auto aborted = EventImport::run(path(u"aborted.northstar"_s), abort);
    QVERIFY(!aborted);
    QVERIFY2(aborted.error().contains(u"Line 3, column 2 (date)"_s), qPrintable(aborted.error()));
    QVERIFY(!QFile::exists(path(u"aborted.northstar"_s)));
}

void TestRollupImport::identicalContentImportsNothing()
{
    const QList<RawEvent> events = generateEvents(10, u"2024-03-01"_s, 30);
    writeRollupCsv(path(u"r.csv"_s), events, u"UTC"_s);
    QVERIFY(IMPORT_OK(path(u"w.northstar"_s), rollupRequest(path(u"r.csv"_s), u"UTC"_s)));
    const QByteArray before = fileBytes(path(u"w.northstar"_s));
    auto again = IMPORT_OK(path(u"w.northstar"_s), rollupRequest(path(u"r.csv"_s), u"UTC"_s));
    QVERIFY(again);
    QVERIFY(again->duplicate);
    QCOMPARE(again->imported, 0);
    QCOMPARE(fileBytes(path(u"w.northstar"_s)), before);
}

void TestRollupImport::overlapsAreReplacedPerSource()
{
    // March to April, then April to May of the same source: April's rows are replaced, so
    // the workspace holds exactly March to May once.
    const QList<RawEvent> events = generateEvents(12, u"2024-03-01"_s, 92);
    writeRollupCsv(path(u"mar-apr.csv"_s), events, u"UTC"_s, u"2024-03-01"_s, u"2024-04-30"_s);
    writeRollupCsv(path(u"apr-may.csv"_s), events, u"UTC"_s, u"2024-04-01"_s, u"2024-05-31"_s);
    writeRollupCsv(path(u"all.csv"_s), events, u"UTC"_s);
    QVERIFY(IMPORT_OK(path(u"all.northstar"_s), rollupRequest(path(u"all.csv"_s), u"UTC"_s)));
    QVERIFY(IMPORT_OK(path(u"w.northstar"_s), rollupRequest(path(u"mar-apr.csv"_s), u"UTC"_s)));
    auto second = IMPORT_OK(path(u"w.northstar"_s), rollupRequest(path(u"apr-may.csv"_s), u"UTC"_s));
    QVERIFY(second);
    QVERIFY(second->replaced > 0);
    int compared = 0;
    QString diff = compareEveryMetric(path(u"all.northstar"_s), path(u"w.northstar"_s), compared);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // Another source is another team's data: kept beside, never replaced.
    auto other = IMPORT_OK(path(u"w.northstar"_s), rollupRequest(path(u"apr-may.csv"_s), u"UTC"_s, u"mobile"_s));
    QVERIFY(other);
    QCOMPARE(other->replaced, 0);
    auto info = EventStore::info(path(u"w.northstar"_s));
    QVERIFY(info);
    auto allInfo = EventStore::info(path(u"all.northstar"_s));
    QVERIFY(allInfo);
    QCOMPARE(info->events, allInfo->events + other->events);
}

void TestRollupImport::rollupMustNotCoverRawEventDays()
{
    const QList<RawEvent> events = generateEvents(10, u"2024-03-01"_s, 60);
    writeRawCsv(path(u"april.csv"_s), eventsBetween(events, u"UTC"_s, u"2024-04-01"_s, {}));
    writeRollupCsv(path(u"rollup.csv"_s), events, u"UTC"_s); // March and April
    QVERIFY(IMPORT_OK(path(u"w.northstar"_s), rawRequest(path(u"april.csv"_s))));
    const QByteArray before = fileBytes(path(u"w.northstar"_s));
    auto refused = EventImport::run(path(u"w.northstar"_s), rollupRequest(path(u"rollup.csv"_s), u"UTC"_s));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"rollup.csv covers 2024-03-01 to 2024-04-29, but raw events are stored for "
                                      "2024-04-01 to 2024-04-29"_s),
             qPrintable(refused.error()));
    QCOMPARE(fileBytes(path(u"w.northstar"_s)), before);

    // Up to the day before the raw events is fine.
    writeRollupCsv(path(u"march.csv"_s), events, u"UTC"_s, {}, u"2024-03-31"_s);
    QVERIFY(IMPORT_OK(path(u"w.northstar"_s), rollupRequest(path(u"march.csv"_s), u"UTC"_s)));
}

void TestRollupImport::rawEventsMustNotFallOnRollupDays()
{
    const QList<RawEvent> events = generateEvents(10, u"2024-03-01"_s, 60);
    writeRollupCsv(path(u"rollup.csv"_s), events, u"UTC"_s, {}, u"2024-03-31"_s);
    writeRawCsv(path(u"raw.csv"_s), eventsBetween(events, u"UTC"_s, u"2024-03-20"_s, {}));
    QVERIFY(IMPORT_OK(path(u"w.northstar"_s), rollupRequest(path(u"rollup.csv"_s), u"UTC"_s)));
    const QByteArray before = fileBytes(path(u"w.northstar"_s));
    auto refused = EventImport::run(path(u"w.northstar"_s), rawRequest(path(u"raw.csv"_s)));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"a daily rollup in the workspace already covers 2024-03-20 to 2024-03-31"_s),
             qPrintable(refused.error()));
    QCOMPARE(fileBytes(path(u"w.northstar"_s)), before);
}

void TestRollupImport::aSourceHoldsOneKind()
{
    const QList<RawEvent> events = generateEvents(8, u"2024-03-01"_s, 40);
    writeRawCsv(path(u"april.csv"_s), eventsBetween(events, u"UTC"_s, u"2024-04-01"_s, {}));
    writeRollupCsv(path(u"march.csv"_s), events, u"UTC"_s, {}, u"2024-03-31"_s);
    QVERIFY(IMPORT_OK(path(u"w.northstar"_s), rawRequest(path(u"april.csv"_s))));
    auto refused = EventImport::run(path(u"w.northstar"_s), rollupRequest(path(u"march.csv"_s), u"UTC"_s, u"events"_s));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"The source \"events\" holds raw events"_s), qPrintable(refused.error()));
    QVERIFY(IMPORT_OK(path(u"w.northstar"_s), rollupRequest(path(u"march.csv"_s), u"UTC"_s)));
    writeRawCsv(path(u"more.csv"_s), eventsBetween(events, u"UTC"_s, u"2024-04-05"_s, {}));
    auto rawRefused = EventImport::run(path(u"w.northstar"_s), rawRequest(path(u"more.csv"_s), u"warehouse"_s));
    QVERIFY(!rawRefused);
    QVERIFY2(rawRefused.error().contains(u"The source \"warehouse\" holds a daily rollup"_s), qPrintable(rawRefused.error()));
}

void TestRollupImport::theRollupFixesTheTimeZone()
{
    const QList<RawEvent> events = generateEvents(8, u"2024-03-01"_s, 40);
    writeRollupCsv(path(u"berlin.csv"_s), events, u"Europe/Berlin"_s);
    QVERIFY(IMPORT_OK(path(u"w.northstar"_s), rollupRequest(path(u"berlin.csv"_s), u"Europe/Berlin"_s)));
    QVERIFY(EventStore::loadActivity(path(u"w.northstar"_s)));
    // Another zone for analysis, or as the reporting timezone, is refused with the reason.
    auto other = EventStore::loadActivity(path(u"w.northstar"_s), u"America/New_York"_s);
    QVERIFY(!other);
    QVERIFY2(other.error().contains(u"daily rollups whose dates were made in Europe/Berlin"_s), qPrintable(other.error()));
    setReportingTimeZone(path(u"w.northstar"_s), u"Asia/Tokyo"_s);
    auto reporting = EventStore::loadActivity(path(u"w.northstar"_s));
    QVERIFY(!reporting);
    QVERIFY2(reporting.error().contains(u"cannot be counted in Asia/Tokyo"_s), qPrintable(reporting.error()));
    setReportingTimeZone(path(u"w.northstar"_s), u"Europe/Berlin"_s);

    // A rollup made in another zone than a workspace with data reports in is refused.
    writeRollupCsv(path(u"utc.csv"_s), generateEvents(8, u"2024-06-01"_s, 10), u"UTC"_s);
    const QByteArray before = fileBytes(path(u"w.northstar"_s));
    auto refused = EventImport::run(path(u"w.northstar"_s), rollupRequest(path(u"utc.csv"_s), u"UTC"_s));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"The workspace reports in Europe/Berlin and already holds data"_s),
             qPrintable(refused.error()));
    QCOMPARE(fileBytes(path(u"w.northstar"_s)), before);

    // And a rollup needs its zone stated.
    auto unstated = EventImport::run(path(u"x.northstar"_s), rollupRequest(path(u"utc.csv"_s), QString()));
    QVERIFY(!unstated);
    QVERIFY2(unstated.error().contains(u"--timezone"_s), qPrintable(unstated.error()));
}

void TestRollupImport::anEmptyWorkspaceTakesTheRollupsZone()
{
    writeRollupCsv(path(u"kolkata.csv"_s), generateEvents(6, u"2024-03-01"_s, 20), u"Asia/Kolkata"_s);
    QVERIFY(WorkspaceFile::create(path(u"empty.northstar"_s)).ok()); // reports in UTC
    auto s = IMPORT_OK(path(u"empty.northstar"_s), rollupRequest(path(u"kolkata.csv"_s), u"Asia/Kolkata"_s));
    QVERIFY(s);
    QVERIFY(s->reportingTimeZoneSet);
    auto info = EventStore::info(path(u"empty.northstar"_s));
    QVERIFY(info);
    QCOMPARE(info->reportingTimeZone, u"Asia/Kolkata"_s);
    auto activity = EventStore::loadActivity(path(u"empty.northstar"_s));
    QVERIFY(activity);
    QCOMPARE(activity->timeZone, u"Asia/Kolkata"_s);
}

void TestRollupImport::notARollupSaysWhatIsMissing()
{
    writeText(path(u"events.csv"_s), "user_id,time,event\nu1,2024-01-01T10:00:00Z,view\n");
    auto s = EventImport::run(path(u"w.northstar"_s), rollupRequest(path(u"events.csv"_s), u"UTC"_s));
    QVERIFY(!s);
    QCOMPARE(s.error(), u"events.csv is not a daily rollup: it has no column \"date\". A rollup has the columns user_id, "
                        "date, event, events, value_sum (and any user attributes); its columns are: user_id, time, "
                        "event. See docs/warehouse.md."_s);
    QVERIFY(!QFile::exists(path(u"w.northstar"_s)));
}

void TestRollupImport::dryRunWritesNothing()
{
    const QList<RawEvent> events = generateEvents(6, u"2024-03-01"_s, 20);
    writeRollupCsv(path(u"r.csv"_s), events, u"UTC"_s);
    auto dry = EventImport::validate(rollupRequest(path(u"r.csv"_s), u"UTC"_s));
    QVERIFY2(dry, dry ? "" : qPrintable(dry.error()));
    QVERIFY(dry->dryRun);
    QCOMPARE(dry->events, qint64(events.size()));
    QCOMPARE(*dry->firstDay, u"2024-03-01"_s);
    QVERIFY(!QFile::exists(path(u"r.northstar"_s)));
    QVERIFY(IMPORT_OK(path(u"r.northstar"_s), rollupRequest(path(u"r.csv"_s), u"UTC"_s)));
    auto again = EventImport::validate(rollupRequest(path(u"r.csv"_s), u"UTC"_s), {}, path(u"r.northstar"_s));
    QVERIFY(again);
    QVERIFY(again->duplicate);
    QCOMPARE(again->replaced, dry->imported);
}

QTEST_GUILESS_MAIN(TestRollupImport)
#include "tst_rollupimport.moc"
