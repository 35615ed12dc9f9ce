#include "csv/localtimeconverter.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace NorthStar;

namespace {

// Wall-clock milliseconds, as the time parser produces them.
qint64 wall(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc()).toMSecsSinceEpoch();
}

qint64 utc(int y, int mo, int d, int h, int mi)
{
    return wall(y, mo, d, h, mi);
}

} // namespace

class TestLocalTimeConverter final : public QObject
{
    Q_OBJECT

private slots:
    void convert_data();
    void convert();
    void agreesWithQtOutsideTransitions_data();
    void agreesWithQtOutsideTransitions();
};

void TestLocalTimeConverter::convert_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<qint64>("local");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("UTC") << QByteArray("UTC") << wall(2024, 3, 1, 10, 0) << utc(2024, 3, 1, 10, 0);
    QTest::newRow("Berlin winter") << QByteArray("Europe/Berlin") << wall(2024, 1, 15, 12, 0) << utc(2024, 1, 15, 11, 0);
    QTest::newRow("Berlin summer") << QByteArray("Europe/Berlin") << wall(2024, 7, 15, 12, 0) << utc(2024, 7, 15, 10, 0);
    // 2024-03-31 02:00 CET -> 03:00 CEST: 02:30 does not exist, it moves forward by the
    // gap (read with the offset before the jump, +1 h) and is 01:30 UTC = 03:30 CEST.
    QTest::newRow("Berlin gap") << QByteArray("Europe/Berlin") << wall(2024, 3, 31, 2, 30) << utc(2024, 3, 31, 1, 30);
    QTest::newRow("Berlin before gap") << QByteArray("Europe/Berlin") << wall(2024, 3, 31, 1, 59) << utc(2024, 3, 31, 0, 59);
    QTest::newRow("Berlin after gap") << QByteArray("Europe/Berlin") << wall(2024, 3, 31, 3, 0) << utc(2024, 3, 31, 1, 0);
    // 2024-10-27 03:00 CEST -> 02:00 CET: 02:30 happens twice; the first (CEST) is taken.
    QTest::newRow("Berlin overlap") << QByteArray("Europe/Berlin") << wall(2024, 10, 27, 2, 30) << utc(2024, 10, 27, 0, 30);
    QTest::newRow("Berlin after overlap") << QByteArray("Europe/Berlin") << wall(2024, 10, 27, 3, 0) << utc(2024, 10, 27, 2, 0);
    QTest::newRow("New York gap") << QByteArray("America/New_York") << wall(2024, 3, 10, 2, 15) << utc(2024, 3, 10, 7, 15);
    QTest::newRow("New York overlap") << QByteArray("America/New_York") << wall(2024, 11, 3, 1, 30) << utc(2024, 11, 3, 5, 30);
    QTest::newRow("Lord Howe half-hour gap") << QByteArray("Australia/Lord_Howe") << wall(2024, 10, 6, 2, 15) << utc(2024, 10, 5, 15, 45);
    QTest::newRow("fixed offset") << QByteArray("UTC+05:30") << wall(2024, 3, 1, 10, 0) << utc(2024, 3, 1, 4, 30);
}

void TestLocalTimeConverter::convert()
{
    QFETCH(QByteArray, zone);
    QFETCH(qint64, local);
    QFETCH(qint64, expected);
    const QTimeZone tz(zone);
    QVERIFY2(tz.isValid(), zone.constData());
    const LocalTimeConverter converter(tz);
    QCOMPARE(converter.toUtc(local), expected);
    // The cache must not change answers: ask again after a far-away lookup.
    converter.toUtc(wall(1990, 6, 1, 0, 0));
    QCOMPARE(converter.toUtc(local), expected);
}

void TestLocalTimeConverter::agreesWithQtOutsideTransitions_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("Europe/Berlin") << QByteArray("Europe/Berlin");
    QTest::newRow("America/Sao_Paulo") << QByteArray("America/Sao_Paulo");
    QTest::newRow("Asia/Kolkata") << QByteArray("Asia/Kolkata");
    QTest::newRow("Australia/Sydney") << QByteArray("Australia/Sydney");
}

void TestLocalTimeConverter::agreesWithQtOutsideTransitions()
{
    // Away from gaps and overlaps there is one answer; QDateTime gives it (slowly).
    QFETCH(QByteArray, zone);
    const QTimeZone tz(zone);
    const LocalTimeConverter converter(tz);
    for (QDateTime local(QDate(1995, 1, 1), QTime(12, 0), QTimeZone::utc());
         local.date().year() < 2030; local = local.addSecs(7 * 86400 + 3 * 3600 + 60)) {
        const QDateTime inZone(local.date(), local.time(), tz);
        if (inZone.time() != local.time())
            continue; // a gap: Qt has its own rule
        const qint64 qt = inZone.toMSecsSinceEpoch();
        const qint64 ours = converter.toUtc(local.toMSecsSinceEpoch());
        if (qt != ours) {
            // An overlap: ours is the earlier instant, within one offset change of Qt's.
            QVERIFY2(ours < qt && qt - ours <= 3600 * 1000, qPrintable(local.toString(Qt::ISODate)));
        }
    }
}

QTEST_GUILESS_MAIN(TestLocalTimeConverter)
#include "tst_localtimeconverter.moc"
