// The import pipeline end to end (issue #3): every dialect and time format quirk, the real
// export, bad rows, re-imports (idempotence, overlap replacement, append), timezones, the
// dry run, and what is stored (rollup, info).

#include "importtestsupport.h"

#include "eventstore/eventstore.h"
#include "eventstore/eventimport.h"
#include "sqlite/database.h"

#include <QTemporaryDir>
#include <QFileInfo>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <numeric>

using namespace NorthStar;
using namespace NorthStar::TestSupport;
using namespace Qt::StringLiterals;

namespace {

qint64 totalCount(const ActivityData &a)
{
    qint64 n = 0;
    for (const DayActivity &e : a.entries)
        n += e.count;
    return n;
}

double totalValue(const ActivityData &a)
{
    double v = 0;
    for (const DayActivity &e : a.entries)
        v += e.valueSum;
    return v;
}

} // namespace

class TestEventImport final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void dialects_data();
    void dialects();
    void realExport_data();
    void realExport();
    void badRows();
    void ambiguousDatesAreAnError();
    void lateDayFirstDateIsFound();
    void defaultTimeZoneIsTheWorkspaces();
    void identicalContentImportsNothing();
    void historyNamesTheFile();
    void allRejectedIsNotRemembered();
    void rejectedRowsCsvDoesNotRunFormulas();
    void importRefusesAPipe();
    void missingTableNamesTheFile();
    void damagedStoredLengthsAreNotTrusted_data();
    void damagedStoredLengthsAreNotTrusted();
    void overlapIsReplaced();
    void appendAdds();
    void sourcesAreSeparate();
    void dryRunWritesNothing();
    void rollupFollowsTheReportingTimeZone();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
};

void TestEventImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = m_dir->filePath(u"test.northstar"_s);
}

void TestEventImport::dialects_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("timeZone");
    QTest::addColumn<qint64>("imported");
    QTest::addColumn<qint64>("users");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("timeFormat");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<double>("valueSum");

    QTest::newRow("German Excel: ; decimal comma windows-1252 day-first")
        << u"german_excel_cp1252.csv"_s << u"windows-1252"_s << QString() << qint64(5) << qint64(3)
        << u"2024-01-03T09:15:00Z"_s << u"2024-03-01T23:59:00Z"_s << u"d.M.yyyy H:mm"_s << ';'
        << (1234.56 + 12.5 - 3.20 + 0.99);
    QTest::newRow("UTF-16 LE with BOM, quoted delimiter in a user id")
        << u"utf16le_bom.csv"_s << QString() << QString() << qint64(4) << qint64(3) << u"2024-05-01T10:00:00Z"_s
        << u"2024-05-03T12:00:00Z"_s << u"iso"_s << ',' << 24.99;
    QTest::newRow("epoch seconds, tab") << u"epoch_s.tsv"_s << QString() << QString() << qint64(4) << qint64(3)
                                        << u"2024-01-01T00:00:00Z"_s << u"2024-01-03T00:00:00Z"_s << u"epoch-s"_s
                                        << '\t' << 0.0;
    QTest::newRow("epoch milliseconds, pipe")
        << u"epoch_ms.csv"_s << QString() << QString() << qint64(3) << qint64(2) << u"2024-01-01T00:00:00.123Z"_s
        << u"2024-01-02T00:00:00.789Z"_s << u"epoch-ms"_s << '|' << 12.5;
    QTest::newRow("day-first, two-digit years") << u"day_first.csv"_s << QString() << QString() << qint64(4)
                                                << qint64(3) << u"2024-02-01T08:00:00Z"_s
                                                << u"2024-12-25T17:45:00Z"_s << u"d/M/yy H:mm"_s << ',' << 0.0;
    QTest::newRow("ISO with offsets, Z, fractions, space, UTC suffix")
        << u"iso_offsets.csv"_s << QString() << QString() << qint64(5) << qint64(4) << u"2024-03-09T23:59:59.999Z"_s
        << u"2024-03-10T07:00:00Z"_s << u"iso"_s << ',' << 0.0;
    QTest::newRow("naive times in Europe/Berlin (summer, UTC+2)")
        << u"naive_local.csv"_s << QString() << u"Europe/Berlin"_s << qint64(2) << qint64(2)
        << u"2024-06-30T22:30:00Z"_s << u"2024-07-01T10:00:00Z"_s << u"iso"_s << ',' << 0.0;
}

void TestEventImport::dialects()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, timeZone);
    QFETCH(qint64, imported);
    QFETCH(qint64, users);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, timeFormat);
    QFETCH(char, delimiter);
    QFETCH(double, valueSum);

    ImportRequest r = request(fixture(file));
    if (!encoding.isEmpty())
        r.encoding = *textEncodingFromName(encoding);
    r.timeZone = timeZone;
    const auto s = EventImport::run(m_workspace, r);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error()));
    QCOMPARE(s->imported, imported);
    QCOMPARE(s->rejected, 0);
    QCOMPARE(s->users, users);
    QCOMPARE(isoUtc(*s->firstMs), first);
    QCOMPARE(isoUtc(*s->lastMs), last);
    QCOMPARE(s->timeFormat, timeFormat);
    QCOMPARE(s->dialect.delimiter, delimiter);

    // Stored: the rollup holds every event and value, the info the same counts.
    const auto a = EventStore::loadActivity(m_workspace);
    QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error()));
    QCOMPARE(totalCount(*a), imported);
    QCOMPARE(qint64(a->userKeys.size()), users);
    QVERIFY(qAbs(totalValue(*a) - valueSum) < 1e-9);
    const auto info = EventStore::info(m_workspace);
    QVERIFY(info.ok());
    QCOMPARE(info->events, imported);
    QCOMPARE(info->users, users);
    QCOMPARE(isoUtc(*info->firstMs), first);
    QCOMPARE(info->imports.size(), 1);
}

void TestEventImport::realExport_data()
{
    QTest::addColumn<QString>("timeFormat");
    QTest::newRow("format given, as SOURCES.md says") << u"M/d/yy H:mm"_s;
    QTest::newRow("format detected (12/13/10 rules out day-first)") << QString();
}

// Counts checked independently with python3's csv module (one-off, 2024):
//   rows 28492, with a CustomerID 18489 (imported), without 10003 (rejected),
//   distinct CustomerIDs 713, sum of TotalPrice over imported rows 368427.30,
//   InvoiceDate from 12/1/10 8:26 to 12/13/10 14:16.
void TestEventImport::realExport()
{
    QFETCH(QString, timeFormat);
    const QString file = QStringLiteral(NORTHSTAR_SHARED_DATA) + u"/real/online_retail_sample.csv"_s;
    if (!QFile::exists(file))
        QSKIP("the real export is not available");
    ImportRequest r = request(file);
    r.userColumn = u"CustomerID"_s;
    r.timeColumn = u"InvoiceDate"_s;
    r.timeFormat = timeFormat;
    r.timeZone = u"UTC"_s;
    r.eventName = u"purchase"_s;
    r.valueColumn = u"TotalPrice"_s;
    r.attributeColumns = {u"Country"_s};
    const auto s = EventImport::run(m_workspace, r);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error()));
    QCOMPARE(s->imported, 18489);
    QCOMPARE(s->rejected, 10003);
    QCOMPARE(s->users, 713);
    QCOMPARE(isoUtc(*s->firstMs), u"2010-12-01T08:26:00Z"_s);
    QCOMPARE(isoUtc(*s->lastMs), u"2010-12-13T14:16:00Z"_s);
    QCOMPARE(s->timeFormat, u"M/d/yy H:mm"_s);
    QCOMPARE(s->rejectedRows.size(), 10003);
    for (const RowError &e : s->rejectedRows) {
        QCOMPARE(e.reason, RowError::Reason::EmptyUserId);
        QCOMPARE(e.column, 7);
        QCOMPARE(e.columnName, u"CustomerID"_s);
    }
    QCOMPARE(s->rejectedRows.front().line, 624);

    const auto a = EventStore::loadActivity(m_workspace);
    QVERIFY(a.ok());
    QCOMPARE(totalCount(*a), 18489);
    QCOMPARE(a->eventNames, QStringList{u"purchase"_s});
    QVERIFY(qAbs(totalValue(*a) - 368427.30) < 1e-6);
    bool refund = false; // cancellations are negative values, kept
    for (const DayActivity &e : a->entries)
        refund = refund || e.valueSum < 0;
    QVERIFY(refund);
    QCOMPARE(a->attributes.size(), std::size_t(1));
    QCOMPARE(a->attributes[0].name, u"Country"_s);
    const int user = int(a->userKeys.indexOf(u"17850"_s));
    QVERIFY(user >= 0);
    QCOMPARE(a->attributes[0].values.value(a->attributes[0].valueOfUser[std::size_t(user)]), u"United Kingdom"_s);
}

void TestEventImport::badRows()
{
    ImportRequest r = request(fixture(u"bad_rows.csv"_s));
    r.maxRejectedRows = 3; // the count stays exact beyond the kept details
    const auto s = EventImport::run(m_workspace, r);
    QVERIFY(s.ok());
    QCOMPARE(s->imported, 3);
    QCOMPARE(s->rejected, 4);
    QCOMPARE(s->rejectedRows.size(), 3);

    const auto all = EventImport::validate(request(fixture(u"bad_rows.csv"_s)));
    QVERIFY(all.ok());
    const QList<RowError> &e = all->rejectedRows;
    QCOMPARE(e.size(), 4);
    const QList<std::tuple<qint64, int, RowError::Reason>> expected{
        {3, 1, RowError::Reason::EmptyUserId},
        {4, 2, RowError::Reason::UnreadableTime},
        {5, 4, RowError::Reason::NotANumber},
        {6, 0, RowError::Reason::WrongFieldCount},
    };
    for (qsizetype i = 0; i < e.size(); ++i) {
        QCOMPARE(e[i].line, std::get<0>(expected[i]));
        QCOMPARE(e[i].column, std::get<1>(expected[i]));
        QCOMPARE(e[i].reason, std::get<2>(expected[i]));
    }
    QCOMPARE(e[1].value, u"not a time"_s);
    QCOMPARE(e[2].value, u"abc"_s);
    const QByteArray csv = all->rejectedRowsCsv();
    QVERIFY(csv.startsWith("line,column,column_name,reason,value,message\n"));
    QVERIFY(csv.contains("\n4,2,timestamp,unreadable-time,not a time,"));
    QCOMPARE(csv.count('\n'), 5);
}

void TestEventImport::ambiguousDatesAreAnError()
{
    const auto s = EventImport::run(m_workspace, request(fixture(u"ambiguous.csv"_s)));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u"--time-format"_s), qPrintable(s.error()));
    QVERIFY(s.error().contains(u"d/M/yyyy"_s));
    QVERIFY(!QFile::exists(m_workspace));
    QVERIFY(!QFile::exists(m_workspace + u".importing"_s));
    // The dry run reports it for the dialog to ask.
    const auto v = EventImport::validate(request(fixture(u"ambiguous.csv"_s)));
    QVERIFY(v.ok());
    QCOMPARE(v->time.outcome, TimeFormatDetector::Outcome::Ambiguous);
    // Given the format, it imports.
    ImportRequest r = request(fixture(u"ambiguous.csv"_s));
    r.timeFormat = u"d/M/yyyy"_s;
    const auto given = EventImport::run(m_workspace, r);
    QVERIFY(given.ok());
    QCOMPARE(isoUtc(*given->firstMs), u"2024-02-01T00:00:00Z"_s);
}

void TestEventImport::lateDayFirstDateIsFound()
{
    // Past the first reading's sample, a day > 12 proves the column day-first: the import
    // starts over with the right format and nothing of the first reading remains.
    const QString file = m_dir->filePath(u"late.csv"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("user,time,event\n");
    for (int i = 0; i < 12000; ++i)
        f.write(QByteArray("u") + QByteArray::number(i % 50) + ",0" + QByteArray::number(1 + i % 9) + "/02/2024 10:00,open\n");
    f.write("late,25/12/2024 10:00,open\n");
    f.close();
    const auto s = EventImport::run(m_workspace, request(file));
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error()));
    QCOMPARE(s->timeFormat, u"d/M/yyyy H:mm"_s);
    QCOMPARE(s->imported, 12001);
    QCOMPARE(isoUtc(*s->firstMs), u"2024-02-01T10:00:00Z"_s);
    QCOMPARE(isoUtc(*s->lastMs), u"2024-12-25T10:00:00Z"_s);
    QCOMPARE(EventStore::info(m_workspace)->events, 12001);
}

void TestEventImport::defaultTimeZoneIsTheWorkspaces()
{
    setReportingTimeZone(m_workspace, u"America/New_York"_s);
    const auto s = EventImport::run(m_workspace, request(fixture(u"naive_local.csv"_s)));
    QVERIFY(s.ok());
    QCOMPARE(s->timeZone, u"America/New_York"_s);
    QCOMPARE(isoUtc(*s->firstMs), u"2024-07-01T04:30:00Z"_s);
    const auto a = EventStore::loadActivity(m_workspace);
    QVERIFY(a.ok());
    QCOMPARE(a->timeZone, u"America/New_York"_s);
    QCOMPARE(a->firstDay, LocalDay(QDate(2024, 7, 1).toJulianDay() - QDate(1970, 1, 1).toJulianDay()));
}

void TestEventImport::identicalContentImportsNothing()
{
    const QString file = m_dir->filePath(u"a.csv"_s);
    writeDailyEvents(file, u"alice"_s, u"2024-01-01"_s, 10);
    QVERIFY(EventImport::run(m_workspace, request(file)).ok());
    const QByteArray before = fileBytes(m_workspace);
    const auto again = EventImport::run(m_workspace, request(file));
    QVERIFY(again.ok());
    QVERIFY(again->duplicate);
    QCOMPARE(again->imported, 0);
    QCOMPARE(fileBytes(m_workspace), before);
    QCOMPARE(EventStore::info(m_workspace)->events, 10);
    QCOMPARE(EventStore::info(m_workspace)->imports.size(), 1);
}

void TestEventImport::historyNamesTheFile()
{
    const QString a = m_dir->filePath(u"a.csv"_s);
    const QString b = m_dir->filePath(u"b.csv"_s);
    writeDailyEvents(a, u"alice"_s, u"2024-01-01"_s, 3);
    writeDailyEvents(b, u"bob"_s, u"2024-02-01"_s, 3);
    QVERIFY(EventImport::run(m_workspace, request(a)).ok());
    ImportRequest named = request(b);
    named.displayName = u"generated sample"_s;
    QVERIFY(EventImport::run(m_workspace, named).ok());
    const auto info = EventStore::info(m_workspace);
    QVERIFY(info.ok());
    QCOMPARE(info->imports.size(), 2);
    QCOMPARE(info->imports[0].file, QFileInfo(a).absoluteFilePath());
    QCOMPARE(info->imports[1].file, u"generated sample"_s);
    QCOMPARE(info->imports[1].fileSize, QFileInfo(b).size());
}

// Read with the wrong time format, every row is rejected: nothing is written and nothing
// remembered, so the same file read with the right format imports (it used to be refused
// as "identical content").
void TestEventImport::allRejectedIsNotRemembered()
{
    const QString file = m_dir->filePath(u"day-first.csv"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("user,time,event\nalice,13/01/2024 10:00,visit\nbob,14/01/2024 11:00,visit\n");
    f.close();
    ImportRequest wrong = request(file);
    wrong.timeFormat = u"iso"_s;
    const auto rejected = EventImport::run(m_workspace, wrong);
    QVERIFY2(rejected.ok(), qPrintable(rejected ? QString() : rejected.error()));
    QCOMPARE(rejected->imported, 0);
    QCOMPARE(rejected->rejected, 2);
    QVERIFY(!rejected->duplicate);

    ImportRequest right = request(file);
    right.timeFormat = u"d/M/yyyy H:mm"_s;
    const auto imported = EventImport::run(m_workspace, right);
    QVERIFY2(imported.ok(), qPrintable(imported ? QString() : imported.error()));
    QVERIFY(!imported->duplicate);
    QCOMPARE(imported->imported, 2);
    const auto info = EventStore::info(m_workspace);
    QVERIFY(info.ok());
    QCOMPARE(info->events, 2);
    QCOMPARE(info->imports.size(), 1);
    QCOMPARE(info->imports[0].imported, 2);
}

// "Save rejected rows" writes the rejected values: a spreadsheet must show them, not run them.
void TestEventImport::rejectedRowsCsvDoesNotRunFormulas()
{
    ImportSummary summary;
    RowError e;
    e.line = 2;
    e.column = 1;
    e.reason = RowError::Reason::UnreadableTime;
    for (const char *value : {"=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)"}) {
        e.value = QString::fromLatin1(value);
        summary.rejectedRows.append(e);
    }
    const QList<QByteArray> lines = summary.rejectedRowsCsv().split('\n');
    QCOMPARE(lines.size(), 6); // header, four rows, the empty rest after the last newline
    for (int i = 1; i <= 4; ++i) {
        const QList<QByteArray> cells = lines[i].split(',');
        QVERIFY2(cells.value(4).startsWith('\'') || cells.value(4).startsWith("\"'"), lines[i].constData());
    }
}

// A FIFO would block the import (and the dialog's dry run) forever.
void TestEventImport::importRefusesAPipe()
{
    const QString fifo = m_dir->filePath(u"pipe.csv"_s);
    QCOMPARE(QProcess::execute(u"mkfifo"_s, {fifo}), 0);
    const auto s = EventImport::run(m_workspace, request(fifo));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u"not a file"_s), qPrintable(s.error()));
    QVERIFY(!EventImport::validate(request(fifo)).ok());
}

// A workspace missing one of its tables: the message says which file, not just SQLite's
// "no such table: users".
void TestEventImport::missingTableNamesTheFile()
{
    const QString file = m_dir->filePath(u"a.csv"_s);
    writeDailyEvents(file, u"alice"_s, u"2024-01-01"_s, 3);
    QVERIFY(EventImport::run(m_workspace, request(file)).ok());
    {
        auto db = Sqlite::Database::open(m_workspace, Sqlite::OpenMode::ReadWrite);
        QVERIFY(db.ok());
        QVERIFY(db->exec("DROP TABLE users").ok());
    }
    const auto info = EventStore::loadActivity(m_workspace);
    QVERIFY(!info.ok());
    QVERIFY2(info.error().contains(QFileInfo(m_workspace).fileName()), qPrintable(info.error()));
}

void TestEventImport::damagedStoredLengthsAreNotTrusted_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<bool>("readable");
    // Counts that size the rollup's vectors: bounded by the BLOBs, so the load works.
    QTest::newRow("entries count") << u"UPDATE activity SET entries = 4000000000000000000"_s << true;
    QTest::newRow("negative count") << u"UPDATE activity SET entries = -1"_s << true;
    // A length inside a BLOB: decoding refuses it.
    QTest::newRow("users in the blob") << u"UPDATE activity SET data = x'01ffffffffffffffff7f'"_s << false;
    QTest::newRow("events in a chunk") << u"UPDATE event_chunks SET data = x'01ffffffffffffffff7f'; "
                                          "UPDATE settings SET value = 'Asia/Tokyo' WHERE key = 'timezone'"_s
                                       << false;
}

// A damaged stored length once asked for terabytes (std::bad_alloc, a crash): every length
// is checked before it is trusted, and damage is an error naming what is damaged.
void TestEventImport::damagedStoredLengthsAreNotTrusted()
{
    QFETCH(QString, damage);
    QFETCH(bool, readable);
    const QString file = m_dir->filePath(u"a.csv"_s);
    writeDailyEvents(file, u"alice"_s, u"2024-01-01"_s, 30);
    QVERIFY(EventImport::run(m_workspace, request(file)).ok());
    {
        auto db = Sqlite::Database::open(m_workspace, Sqlite::OpenMode::ReadWrite);
        QVERIFY(db.ok());
        QVERIFY(db->exec("INSERT OR IGNORE INTO settings (key, value) VALUES ('timezone', 'UTC')").ok());
        QVERIFY(db->exec(damage).ok());
    }
    const auto loaded = EventStore::loadActivity(m_workspace);
    QCOMPARE(loaded.ok(), readable);
    if (readable)
        QCOMPARE(totalCount(*loaded), 30);
    else
        QVERIFY2(loaded.error().contains(u"damaged"_s), qPrintable(loaded.error()));
}

void TestEventImport::overlapIsReplaced()
{
    const QString a = m_dir->filePath(u"a.csv"_s);
    const QString b = m_dir->filePath(u"b.csv"_s);
    const QString c = m_dir->filePath(u"c.csv"_s);
    writeDailyEvents(a, u"alice"_s, u"2024-01-01"_s, 10);         // Jan 1..10
    writeDailyEvents(b, u"alice"_s, u"2024-01-08"_s, 5, u"buy"_s); // Jan 8..12, re-sends 8..10
    QVERIFY(EventImport::run(m_workspace, request(a)).ok());
    const auto sb = EventImport::run(m_workspace, request(b));
    QVERIFY(sb.ok());
    QCOMPARE(sb->imported, 5);
    QCOMPARE(sb->replaced, 3);
    auto info = EventStore::info(m_workspace);
    QCOMPARE(info->events, 12);
    auto activity = EventStore::loadActivity(m_workspace);
    QCOMPARE(totalCount(*activity), 12);
    // Jan 8..10 hold only the new file's event name.
    const EventId buy = EventId(activity->eventNames.indexOf(u"buy"_s));
    for (const DayActivity &e : activity->entries) {
        const QDate day = QDate(1970, 1, 1).addDays(e.day);
        QCOMPARE(e.event == buy, day >= QDate(2024, 1, 8));
    }
    // A file spanning everything replaces all of it (whole chunks).
    QFile f(c);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("user_id,timestamp,event,value\nbob,2023-12-31T00:00:00Z,visit,1\nbob,2024-01-20T00:00:00Z,visit,1\n");
    f.close();
    const auto sc = EventImport::run(m_workspace, request(c));
    QVERIFY(sc.ok());
    QCOMPARE(sc->replaced, 12);
    info = EventStore::info(m_workspace);
    QCOMPARE(info->events, 2);
    QCOMPARE(info->users, 1); // alice has no events left
    QCOMPARE(info->imports.size(), 3);
    QCOMPARE(info->imports[1].replaced, 3);
}

void TestEventImport::appendAdds()
{
    const QString a = m_dir->filePath(u"a.csv"_s);
    const QString b = m_dir->filePath(u"b.csv"_s);
    writeDailyEvents(a, u"alice"_s, u"2024-01-01"_s, 10);
    writeDailyEvents(b, u"alice"_s, u"2024-01-08"_s, 5, u"buy"_s);
    QVERIFY(EventImport::run(m_workspace, request(a)).ok());
    ImportRequest r = request(b);
    r.append = true;
    const auto s = EventImport::run(m_workspace, r);
    QVERIFY(s.ok());
    QCOMPARE(s->replaced, 0);
    QCOMPARE(EventStore::info(m_workspace)->events, 15);
    QCOMPARE(totalCount(*EventStore::loadActivity(m_workspace)), 15);
    QVERIFY(EventStore::info(m_workspace)->imports[1].append);
}

void TestEventImport::sourcesAreSeparate()
{
    const QString a = m_dir->filePath(u"a.csv"_s);
    writeDailyEvents(a, u"alice"_s, u"2024-01-01"_s, 10);
    QVERIFY(EventImport::run(m_workspace, request(a)).ok());
    ImportRequest r = request(a);
    r.source = u"crm"_s; // same content, other source: imported, nothing replaced
    const auto s = EventImport::run(m_workspace, r);
    QVERIFY(s.ok());
    QVERIFY(!s->duplicate);
    QCOMPARE(s->imported, 10);
    QCOMPARE(s->replaced, 0);
    const auto info = EventStore::info(m_workspace);
    QCOMPARE(info->events, 20);
    QCOMPARE(info->sources.size(), 2);
    QCOMPARE(info->sources[0].name, u"crm"_s);
    QCOMPARE(info->sources[0].events, 10);
}

void TestEventImport::dryRunWritesNothing()
{
    const QString a = m_dir->filePath(u"a.csv"_s);
    const QString b = m_dir->filePath(u"b.csv"_s);
    writeDailyEvents(a, u"alice"_s, u"2024-01-01"_s, 10);
    writeDailyEvents(b, u"alice"_s, u"2024-01-08"_s, 5);
    auto v = EventImport::validate(request(a), {}, m_workspace);
    QVERIFY(v.ok());
    QVERIFY(v->dryRun);
    QCOMPARE(v->imported, 10);
    QVERIFY(!QFile::exists(m_workspace));
    QVERIFY(EventImport::run(m_workspace, request(a)).ok());
    const QByteArray before = fileBytes(m_workspace);
    v = EventImport::validate(request(b), {}, m_workspace);
    QVERIFY(v.ok());
    QCOMPARE(v->replaced, 3);
    QVERIFY(!v->duplicate);
    v = EventImport::validate(request(a), {}, m_workspace);
    QVERIFY(v->duplicate);
    QCOMPARE(fileBytes(m_workspace), before);
}

void TestEventImport::rollupFollowsTheReportingTimeZone()
{
    // 2024-03-10T06:00Z is March 10 in UTC, March 9 in Los Angeles (UTC-8 before DST).
    QVERIFY(EventImport::run(m_workspace, request(fixture(u"iso_offsets.csv"_s))).ok());
    const auto utc = EventStore::loadActivity(m_workspace);
    const LocalDay march9 = LocalDay(QDate(2024, 3, 9).toJulianDay() - QDate(1970, 1, 1).toJulianDay());
    QCOMPARE(utc->firstDay, march9);
    QCOMPARE(utc->lastDay, march9 + 1);

    setReportingTimeZone(m_workspace, u"America/Los_Angeles"_s);
    const auto inMemory = EventStore::loadActivity(m_workspace); // stale rollup: rebuilt on the fly
    QVERIFY(inMemory.ok());
    QCOMPARE(inMemory->timeZone, u"America/Los_Angeles"_s);
    QCOMPARE(inMemory->firstDay, march9);
    QCOMPARE(inMemory->lastDay, march9);
    QCOMPARE(totalCount(*inMemory), 5);

    auto c = Sqlite::Database::open(m_workspace, Sqlite::OpenMode::ReadWrite);
    QVERIFY(c.ok());
    QVERIFY(EventStore::rebuildActivity(*c, u"America/Los_Angeles"_s).ok());
    const auto stored = EventStore::loadActivity(*c);
    QVERIFY(stored.ok());
    QCOMPARE(stored->lastDay, march9);
    QCOMPARE(stored->userCount(), std::size_t(4));
    QCOMPARE(stored->entries.size(), inMemory->entries.size());
}

QTEST_GUILESS_MAIN(TestEventImport)
#include "tst_eventimport.moc"
