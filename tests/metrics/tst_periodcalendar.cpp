// PeriodCalendar: period starts for every grain and week start, partial flags, the
// day -> period table, and grain / week start names.

#include "metrics/periodcalendar.h"

#include <QTest>

using namespace NorthStar;
using namespace Qt::StringLiterals;

class TestPeriodCalendar : public QObject
{
    Q_OBJECT

private slots:
    void periods_data();
    void periods();
    void lookupMatchesDates();
    void names();
};

void TestPeriodCalendar::periods_data()
{
    QTest::addColumn<QString>("grain");
    QTest::addColumn<QString>("weekStart");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QList<QDate>>("starts");
    QTest::addColumn<QList<bool>>("partial");
    // 2024-02-28 is a Wednesday; 2024 is a leap year.
    QTest::newRow("iso weeks") << u"week"_s << u"monday"_s << QDate(2024, 2, 28) << QDate(2024, 3, 10)
                               << QList<QDate>{QDate(2024, 2, 26), QDate(2024, 3, 4)} << QList<bool>{true, false};
    QTest::newRow("sunday weeks") << u"week"_s << u"sunday"_s << QDate(2024, 2, 25) << QDate(2024, 3, 10)
                                  << QList<QDate>{QDate(2024, 2, 25), QDate(2024, 3, 3), QDate(2024, 3, 10)}
                                  << QList<bool>{false, false, true};
    QTest::newRow("months leap") << u"month"_s << u"monday"_s << QDate(2024, 1, 1) << QDate(2024, 3, 30)
                                 << QList<QDate>{QDate(2024, 1, 1), QDate(2024, 2, 1), QDate(2024, 3, 1)}
                                 << QList<bool>{false, false, true};
    QTest::newRow("month complete") << u"month"_s << u"sunday"_s << QDate(2024, 2, 1) << QDate(2024, 2, 29)
                                    << QList<QDate>{QDate(2024, 2, 1)} << QList<bool>{false};
    QTest::newRow("days") << u"day"_s << u"monday"_s << QDate(2023, 12, 31) << QDate(2024, 1, 1)
                          << QList<QDate>{QDate(2023, 12, 31), QDate(2024, 1, 1)} << QList<bool>{false, false};
    QTest::newRow("before 1970") << u"week"_s << u"monday"_s << QDate(1969, 12, 31) << QDate(1969, 12, 31)
                                 << QList<QDate>{QDate(1969, 12, 29)} << QList<bool>{true};
    QTest::newRow("year end week") << u"week"_s << u"monday"_s << QDate(2024, 12, 30) << QDate(2025, 1, 5)
                                   << QList<QDate>{QDate(2024, 12, 30)} << QList<bool>{false};
}

void TestPeriodCalendar::periods()
{
    QFETCH(QString, grain);
    QFETCH(QString, weekStart);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QList<QDate>, starts);
    QFETCH(QList<bool>, partial);
    const PeriodCalendar calendar(*grainFromName(grain), *weekStartFromName(weekStart), PeriodCalendar::fromDate(first),
                                  PeriodCalendar::fromDate(last));
    QCOMPARE(calendar.periodCount(), starts.size());
    for (int i = 0; i < calendar.periodCount(); ++i) {
        QCOMPARE(calendar.startDate(i), starts[i]);
        QCOMPARE(calendar.isPartial(i), partial[i]);
    }
}

void TestPeriodCalendar::lookupMatchesDates()
{
    const LocalDay first = PeriodCalendar::fromDate(QDate(2023, 1, 1));
    const LocalDay last = PeriodCalendar::fromDate(QDate(2024, 12, 31));
    for (Grain grain : {Grain::Day, Grain::Week, Grain::Month}) {
        for (WeekStart weekStart : {WeekStart::Monday, WeekStart::Sunday}) {
            const PeriodCalendar calendar(grain, weekStart, first, last);
            for (LocalDay day = first; day <= last; ++day) {
                const int period = calendar.periodOf(day);
                QVERIFY(calendar.periodStart(period) <= day && day <= calendar.periodEnd(period));
                const QDate start = calendar.startDate(period);
                if (grain == Grain::Week)
                    QCOMPARE(start.dayOfWeek(), weekStart == WeekStart::Monday ? 1 : 7);
                if (grain == Grain::Month)
                    QCOMPARE(start.day(), 1);
            }
        }
    }
    QCOMPARE(PeriodCalendar::fromDate(QDate(1970, 1, 1)), 0);
    QCOMPARE(PeriodCalendar::toDate(-1), QDate(1969, 12, 31));
    QCOMPARE(PeriodCalendar().periodCount(), 0);
}

void TestPeriodCalendar::names()
{
    QCOMPARE(grainName(Grain::Month), u"month"_s);
    QVERIFY(!grainFromName(u"Week"_s).ok());
    QVERIFY(grainFromName(u"week"_s).ok());
    QCOMPARE(weekStartName(WeekStart::Sunday), u"sunday"_s);
    QVERIFY(!weekStartFromName(u"tuesday"_s).ok());
}

QTEST_GUILESS_MAIN(TestPeriodCalendar)
#include "tst_periodcalendar.moc"
