// ActivityBuilder against a plain rollup (a QDateTime per event, a QMap) on generated data
// in zones with DST changes, fed in time order and shuffled; plus the converter at the
// exact DST instants and the builder's errors.

#include "generateddata.h"

#include "activity/activitybuilder.h"
#include "activity/localdayconverter.h"
#include "metrics/periodcalendar.h"

#include <QDateTime>
#include <QMap>
#include <QTest>

#include <tuple>

using namespace NorthStar;
using namespace Qt::StringLiterals;

class TestActivityBuilder : public QObject
{
    Q_OBJECT

private slots:
    void matchesPlainRollup_data();
    void matchesPlainRollup();
    void localDayAroundDst_data();
    void localDayAroundDst();
    void timeOrderAndMerging();
    void wideEventIdsAndLargeCounts();
    void blocksMatchSingleEvents();
    void errors();
};

void TestActivityBuilder::matchesPlainRollup_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<quint32>("shuffle");
    for (const QString &zone : {u"Europe/Berlin"_s, u"America/New_York"_s, u"Australia/Lord_Howe"_s, u"UTC"_s}) {
        QTest::addRow("%s shuffled", qPrintable(zone)) << zone << 11u;
        QTest::addRow("%s other shuffle", qPrintable(zone)) << zone << 12345u;
    }
}

void TestActivityBuilder::matchesPlainRollup()
{
    QFETCH(QString, zone);
    QFETCH(quint32, shuffle);
    const QTimeZone timeZone(zone.toUtf8());
    const GeneratedData data = generateEvents(99u, 150);
    const ActivityData activity = buildActivity(data, timeZone, shuffle);

    // (user, date, event) -> (count, value sum), straight from the definitions.
    QMap<std::tuple<QString, QDate, QString>, std::pair<quint32, double>> expected;
    QMap<QString, QDate> firstSeen;
    QDate first, last;
    for (const RawEvent &event : data.events) {
        const QDate date = QDateTime::fromMSecsSinceEpoch(event.utcMs, timeZone).date();
        auto &cell = expected[{event.user, date, event.name}];
        cell.first += 1;
        cell.second += event.value.value_or(0.0);
        if (!firstSeen.contains(event.user) || date < firstSeen[event.user])
            firstSeen[event.user] = date;
        first = first.isValid() ? std::min(first, date) : date;
        last = last.isValid() ? std::max(last, date) : date;
    }

    QCOMPARE(activity.timeZone, zone);
    QCOMPARE(activity.userOffsets.size(), activity.userCount() + 1);
    QCOMPARE(activity.entries.size(), std::size_t(expected.size()));
    QCOMPARE(PeriodCalendar::toDate(activity.firstDay), first);
    QCOMPARE(PeriodCalendar::toDate(activity.lastDay), last);
    for (std::size_t user = 0; user < activity.userCount(); ++user) {
        const QString key = activity.userKeys[qsizetype(user)];
        QCOMPARE(PeriodCalendar::toDate(activity.firstSeen[user]), firstSeen[key]);
        for (std::uint32_t i = activity.userOffsets[user]; i < activity.userOffsets[user + 1]; ++i) {
            const DayActivity &entry = activity.entries[i];
            if (i > activity.userOffsets[user]) {
                const DayActivity &before = activity.entries[i - 1];
                QVERIFY(before.day < entry.day || (before.day == entry.day && before.event < entry.event));
            }
            const auto cell = expected.constFind({key, PeriodCalendar::toDate(entry.day), activity.eventNames[entry.event]});
            QVERIFY2(cell != expected.cend(), qPrintable(key % u' ' % PeriodCalendar::toDate(entry.day).toString(Qt::ISODate)));
            QCOMPARE(entry.count, cell->first);
            QVERIFY(qAbs(entry.valueSum - cell->second) < 1e-9);
        }
    }
}

void TestActivityBuilder::localDayAroundDst_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("from");
    // Every minute over the days of each change, then far before and after (table growth).
    QTest::newRow("Berlin spring") << u"Europe/Berlin"_s << QDate(2024, 3, 30);
    QTest::newRow("Berlin autumn") << u"Europe/Berlin"_s << QDate(2024, 10, 26);
    QTest::newRow("New York spring") << u"America/New_York"_s << QDate(2024, 3, 9);
    QTest::newRow("New York autumn") << u"America/New_York"_s << QDate(2024, 11, 2);
    QTest::newRow("Lord Howe half hour") << u"Australia/Lord_Howe"_s << QDate(2024, 4, 6);
    QTest::newRow("Kolkata") << u"Asia/Kolkata"_s << QDate(2024, 1, 1);
}

void TestActivityBuilder::localDayAroundDst()
{
    QFETCH(QString, zone);
    QFETCH(QDate, from);
    const QTimeZone timeZone(zone.toUtf8());
    LocalDayConverter converter(timeZone);
    const qint64 start = QDateTime(from, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QList<qint64> instants;
    for (qint64 ms = start; ms < start + 3 * 86'400'000LL; ms += 60'000)
        instants << ms << ms + 59'999;
    for (qint64 years : {-30, -3, 5, 40})
        instants << start + years * 365 * 86'400'000LL + 12345;
    instants << start; // back after the jumps: the cached segment must not be stale
    for (qint64 ms : instants) {
        const QDate expected = QDateTime::fromMSecsSinceEpoch(ms, timeZone).date();
        QVERIFY2(PeriodCalendar::toDate(converter.localDay(ms)) == expected,
                 qPrintable(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs)));
    }
}

void TestActivityBuilder::timeOrderAndMerging()
{
    // Same (user, day, event) in and out of order, a missing value counting as 0, a user
    // index that skips one (no events: never seen).
    ActivityBuilder builder(QTimeZone::utc());
    const qint64 day = 86'400'000;
    const qint64 t = 20000 * day; // 2024-10-04
    for (int round = 0; round < 100; ++round) {
        builder.addEvent(0, t + round, 1, 1.5);
        builder.addEvent(0, t + day + round, 0);
        builder.addEvent(0, t + round * 1000, 0, 2.0);
    }
    builder.addEvent(2, t - 5 * day, 1, 4.0);
    QCOMPARE(builder.eventCount(), 301u);
    const Result<ActivityData> result = builder.finish({u"a"_s, u"b"_s}, {u"x"_s, u"y"_s, u"z"_s});
    QVERIFY(result.ok());
    const ActivityData &data = *result;
    QCOMPARE(data.userOffsets, (std::vector<std::uint32_t>{0, 3, 3, 4}));
    QCOMPARE(data.entries[0].day, 20000);
    QCOMPARE(data.entries[0].event, 0u);
    QCOMPARE(data.entries[0].count, 100u);
    QCOMPARE(data.entries[0].valueSum, 200.0);
    QCOMPARE(data.entries[1].event, 1u);
    QCOMPARE(data.entries[1].valueSum, 150.0);
    QCOMPARE(data.entries[2].day, 20001);
    QCOMPARE(data.entries[2].valueSum, 0.0);
    QCOMPARE(data.firstSeen[1], std::numeric_limits<LocalDay>::max());
    QCOMPARE(data.firstSeen[2], 19995);
    QCOMPARE(data.firstDay, 19995);
    QCOMPARE(data.lastDay, 20001);
    QCOMPARE(builder.eventCount(), 0u); // handed over
}

void TestActivityBuilder::wideEventIdsAndLargeCounts()
{
    // Event ids beyond 16 bits and more than 65535 events of one (user, day, event) take
    // the builder's fallback paths; the result must not show it.
    ActivityBuilder builder(QTimeZone::utc());
    QStringList names;
    for (int i = 0; i < 70000; ++i)
        names.append(u"e%1"_s.arg(i));
    const qint64 day = 86'400'000;
    const qint64 t = 19000 * day;
    builder.addEvent(0, t + 5, 69999, 1.0);
    builder.addEvent(0, t + 1, 3, 2.0);
    builder.addEvent(0, t - day, 69999, 4.0);
    builder.addEvent(0, t + 9, 69999, 8.0);
    for (int i = 0; i < 70000; ++i)
        builder.addEvent(1, t + i, 7, 0.5);
    const Result<ActivityData> result = builder.finish(names, {u"a"_s, u"b"_s});
    QVERIFY(result.ok());
    const ActivityData &data = *result;
    QCOMPARE(data.userOffsets, (std::vector<std::uint32_t>{0, 3, 4}));
    QCOMPARE(data.entries[0].day, 18999);
    QCOMPARE(data.entries[0].event, 69999u);
    QCOMPARE(data.entries[1].event, 3u);
    QCOMPARE(data.entries[2].event, 69999u);
    QCOMPARE(data.entries[2].count, 2u);
    QCOMPARE(data.entries[2].valueSum, 9.0);
    QCOMPARE(data.entries[3].count, 70000u);
    QCOMPARE(data.entries[3].valueSum, 35000.0);
    QCOMPARE(data.firstSeen[0], 18999);
}

void TestActivityBuilder::blocksMatchSingleEvents()
{
    const QTimeZone zone("America/New_York");
    const GeneratedData data = generateEvents(5u, 80);
    const ActivityData single = buildActivity(data, zone, 3u);

    ActivityBuilder builder(zone);
    QStringList eventNames = single.eventNames;
    std::vector<RawActivityEvent> block;
    for (const RawEvent &event : data.events) {
        block.push_back({UserIndex(single.userKeys.indexOf(event.user)), EventId(eventNames.indexOf(event.name)),
                         event.utcMs, event.value.value_or(0.0), event.value.has_value()});
    }
    builder.addEvents(block.data(), 1000);
    builder.addEvents(block.data() + 1000, block.size() - 1000);
    const Result<ActivityData> blocks = builder.finish(eventNames, single.userKeys);
    QVERIFY(blocks.ok());
    QCOMPARE(blocks->userOffsets, single.userOffsets);
    QCOMPARE(blocks->firstSeen, single.firstSeen);
    QCOMPARE(blocks->entries.size(), single.entries.size());
    for (std::size_t i = 0; i < single.entries.size(); ++i) {
        QCOMPARE(blocks->entries[i].day, single.entries[i].day);
        QCOMPARE(blocks->entries[i].event, single.entries[i].event);
        QCOMPARE(blocks->entries[i].count, single.entries[i].count);
        QVERIFY(qAbs(blocks->entries[i].valueSum - single.entries[i].valueSum) < 1e-9);
    }
}

void TestActivityBuilder::errors()
{
    const Result<ActivityBuilder> bad = ActivityBuilder::forTimeZone(u"Mars/Olympus"_s);
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().contains(u"Mars/Olympus"_s));
    Result<ActivityBuilder> good = ActivityBuilder::forTimeZone(u"Europe/Berlin"_s);
    QVERIFY(good.ok());
    good->addEvent(3, 0, 0);
    QVERIFY(!good->finish({u"e"_s}, {u"a"_s}).ok());
    ActivityBuilder events(QTimeZone::utc());
    events.addEvent(0, 0, 5);
    const Result<ActivityData> missingName = events.finish({u"e"_s}, {u"a"_s});
    QVERIFY(!missingName.ok());
    QVERIFY(missingName.error().contains(u"event 5"_s));
    ActivityBuilder none(QTimeZone::utc());
    const Result<ActivityData> empty = none.finish({}, {});
    QVERIFY(empty.ok());
    QVERIFY(empty->isEmpty());
    QCOMPARE(empty->userCount(), 0u);
}

QTEST_GUILESS_MAIN(TestActivityBuilder)
#include "tst_activitybuilder.moc"
