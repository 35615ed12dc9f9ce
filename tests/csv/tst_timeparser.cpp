#include "csv/timeparser.h"

#include <QDateTime>
#include <QTimeZone>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace NorthStar;

namespace {

qint64 utcMs(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc()).toMSecsSinceEpoch();
}

constexpr int kInvalid = int(ParsedTime::Kind::Invalid);
constexpr int kUtc = int(ParsedTime::Kind::Utc);
constexpr int kLocal = int(ParsedTime::Kind::Local);

} // namespace

class TestTimeParser final : public QObject
{
    Q_OBJECT

private slots:
    void formatNames_data();
    void formatNames();
    void parse_data();
    void parse();
    void civilDaysMatchQDate();
};

void TestTimeParser::formatNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("kind");
    QTest::newRow("iso") << u"iso"_s << true << int(TimeFormat::Kind::Iso);
    QTest::newRow("epoch-s") << u"epoch-s"_s << true << int(TimeFormat::Kind::EpochSeconds);
    QTest::newRow("epoch-ms") << u"epoch-ms"_s << true << int(TimeFormat::Kind::EpochMilliseconds);
    QTest::newRow("M/d/yy H:mm") << u"M/d/yy H:mm"_s << true << int(TimeFormat::Kind::Pattern);
    QTest::newRow("quoted T") << u"yyyy-MM-dd'T'HH:mm:ss"_s << true << int(TimeFormat::Kind::Pattern);
    QTest::newRow("no year") << u"dd.MM"_s << false << 0;
    QTest::newRow("yyy") << u"d/M/yyy"_s << false << 0;
    QTest::newRow("MMM names") << u"d MMM yyyy"_s << false << 0;
    QTest::newRow("unclosed quote") << u"d/M/yyyy 'at"_s << false << 0;
    QTest::newRow("zone name") << u"d/M/yyyy t"_s << false << 0;
}

void TestTimeParser::formatNames()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, kind);
    const Result<TimeFormat> format = TimeFormat::fromString(text);
    QCOMPARE(format.ok(), ok);
    if (ok) {
        QCOMPARE(int(format->kind()), kind);
        QCOMPARE(*TimeFormat::fromString(format->toString()), *format);
    } else {
        QVERIFY2(format.error().contains(text), qPrintable(format.error()));
    }
}

void TestTimeParser::parse_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("msecs");

    // ISO 8601 and friends.
    QTest::newRow("iso T Z") << u"iso"_s << QByteArray("2024-03-01T10:00:00Z") << kUtc << utcMs(2024, 3, 1, 10);
    QTest::newRow("iso space") << u"iso"_s << QByteArray("2024-03-01 10:00:00") << kLocal << utcMs(2024, 3, 1, 10);
    QTest::newRow("iso fraction") << u"iso"_s << QByteArray("2024-03-01T10:00:00.123456Z") << kUtc << utcMs(2024, 3, 1, 10, 0, 0, 123);
    QTest::newRow("iso +02:00") << u"iso"_s << QByteArray("2024-03-01T12:00:00+02:00") << kUtc << utcMs(2024, 3, 1, 10);
    QTest::newRow("iso +0200") << u"iso"_s << QByteArray("2024-03-01T12:00:00+0200") << kUtc << utcMs(2024, 3, 1, 10);
    QTest::newRow("iso -05") << u"iso"_s << QByteArray("2024-03-01T05:00-05") << kUtc << utcMs(2024, 3, 1, 10);
    QTest::newRow("iso UTC suffix") << u"iso"_s << QByteArray("2024-03-01 10:00:00 UTC") << kUtc << utcMs(2024, 3, 1, 10);
    QTest::newRow("iso date only") << u"iso"_s << QByteArray("2024-03-01") << kLocal << utcMs(2024, 3, 1);
    QTest::newRow("iso no seconds") << u"iso"_s << QByteArray("2024-03-01T10:07") << kLocal << utcMs(2024, 3, 1, 10, 7);
    QTest::newRow("iso slashes") << u"iso"_s << QByteArray("2024/03/01 10:00") << kLocal << utcMs(2024, 3, 1, 10);
    QTest::newRow("iso leap day") << u"iso"_s << QByteArray("2024-02-29") << kLocal << utcMs(2024, 2, 29);
    QTest::newRow("iso not leap") << u"iso"_s << QByteArray("2023-02-29") << kInvalid << qint64(0);
    QTest::newRow("iso hour 24") << u"iso"_s << QByteArray("2024-03-01T24:00:00") << kInvalid << qint64(0);
    QTest::newRow("iso junk after") << u"iso"_s << QByteArray("2024-03-01T10:00:00Zx") << kInvalid << qint64(0);
    QTest::newRow("iso bad offset") << u"iso"_s << QByteArray("2024-03-01T10:00:00+2") << kInvalid << qint64(0);
    QTest::newRow("iso word") << u"iso"_s << QByteArray("yesterday") << kInvalid << qint64(0);
    // Epoch numbers are instants.
    QTest::newRow("epoch-s") << u"epoch-s"_s << QByteArray("1709287200") << kUtc << utcMs(2024, 3, 1, 10);
    QTest::newRow("epoch-s fraction") << u"epoch-s"_s << QByteArray("1709287200.5") << kUtc << utcMs(2024, 3, 1, 10, 0, 0, 500);
    QTest::newRow("epoch-ms") << u"epoch-ms"_s << QByteArray("1709287200123") << kUtc << utcMs(2024, 3, 1, 10, 0, 0, 123);
    QTest::newRow("epoch negative") << u"epoch-s"_s << QByteArray("-86400") << kUtc << utcMs(1969, 12, 31);
    QTest::newRow("epoch junk") << u"epoch-ms"_s << QByteArray("17092872001x") << kInvalid << qint64(0);
    // Years outside 1 to 9999 once became rows with an empty period_start.
    QTest::newRow("epoch-ms year 33658") << u"epoch-ms"_s << QByteArray("999999999999999") << kInvalid << qint64(0);
    QTest::newRow("epoch-s year 10000") << u"epoch-s"_s << QByteArray("253402300800") << kInvalid << qint64(0);
    QTest::newRow("epoch-s before year 1") << u"epoch-s"_s << QByteArray("-62135596801") << kInvalid << qint64(0);
    QTest::newRow("epoch-s year 9999") << u"epoch-s"_s << QByteArray("253402041600") << kUtc << utcMs(9999, 12, 29);
    QTest::newRow("iso year 0") << u"iso"_s << QByteArray("0000-06-01T00:00:00Z") << kInvalid << qint64(0);
    // Patterns.
    QTest::newRow("M/d/yy H:mm") << u"M/d/yy H:mm"_s << QByteArray("12/1/10 8:26") << kLocal << utcMs(2010, 12, 1, 8, 26);
    QTest::newRow("M/d/yy date only is midnight") << u"M/d/yy H:mm"_s << QByteArray("12/13/10") << kLocal << utcMs(2010, 12, 13);
    QTest::newRow("M/d/yy partial time") << u"M/d/yy H:mm"_s << QByteArray("12/13/10 8") << kInvalid << qint64(0);
    QTest::newRow("M/d/yy month 13") << u"M/d/yy H:mm"_s << QByteArray("13/1/10 8:26") << kInvalid << qint64(0);
    QTest::newRow("dd-MM-yyyy") << u"dd-MM-yyyy"_s << QByteArray("05-03-2024") << kLocal << utcMs(2024, 3, 5);
    QTest::newRow("dd needs two digits") << u"dd-MM-yyyy"_s << QByteArray("5-03-2024") << kInvalid << qint64(0);
    QTest::newRow("d.M.yyyy") << u"d.M.yyyy"_s << QByteArray("24.12.2023") << kLocal << utcMs(2023, 12, 24);
    QTest::newRow("yyyy-MM-dd HH:mm:ss") << u"yyyy-MM-dd HH:mm:ss"_s << QByteArray("2024-03-01 23:59:58") << kLocal << utcMs(2024, 3, 1, 23, 59, 58);
    QTest::newRow("quoted T") << u"yyyy-MM-dd'T'HH:mm"_s << QByteArray("2024-03-01T10:07") << kLocal << utcMs(2024, 3, 1, 10, 7);
    QTest::newRow("zzz") << u"yyyy-MM-dd HH:mm:ss.zzz"_s << QByteArray("2024-03-01 10:00:00.007") << kLocal << utcMs(2024, 3, 1, 10, 0, 0, 7);
    QTest::newRow("z is a fraction") << u"yyyy-MM-dd HH:mm:ss.z"_s << QByteArray("2024-03-01 10:00:00.5") << kLocal << utcMs(2024, 3, 1, 10, 0, 0, 500);
    QTest::newRow("12 AM") << u"M/d/yyyy h:mm AP"_s << QByteArray("3/1/2024 12:05 AM") << kLocal << utcMs(2024, 3, 1, 0, 5);
    QTest::newRow("12 PM") << u"M/d/yyyy h:mm AP"_s << QByteArray("3/1/2024 12:05 PM") << kLocal << utcMs(2024, 3, 1, 12, 5);
    QTest::newRow("pm lower") << u"M/d/yyyy h:mm ap"_s << QByteArray("3/1/2024 1:05 pm") << kLocal << utcMs(2024, 3, 1, 13, 5);
    QTest::newRow("13 PM") << u"M/d/yyyy h:mm AP"_s << QByteArray("3/1/2024 13:05 PM") << kInvalid << qint64(0);
    QTest::newRow("h without AP is 24h") << u"d/M/yyyy h:mm"_s << QByteArray("1/3/2024 13:05") << kLocal << utcMs(2024, 3, 1, 13, 5);
    QTest::newRow("several spaces") << u"d/M/yyyy H:mm"_s << QByteArray(" 1/3/2024   13:05 ") << kLocal << utcMs(2024, 3, 1, 13, 5);
    QTest::newRow("literal mismatch") << u"d/M/yyyy"_s << QByteArray("1-3-2024") << kInvalid << qint64(0);
    // POSIX %y: 00-68 -> 20xx, 69-99 -> 19xx.
    QTest::newRow("yy 68") << u"M/d/yy"_s << QByteArray("1/1/68") << kLocal << utcMs(2068, 1, 1);
    QTest::newRow("yy 69") << u"M/d/yy"_s << QByteArray("12/31/69") << kLocal << utcMs(1969, 12, 31);
    QTest::newRow("yy 00") << u"M/d/yy"_s << QByteArray("6/15/00") << kLocal << utcMs(2000, 6, 15);
    QTest::newRow("yy 99") << u"M/d/yy"_s << QByteArray("6/15/99") << kLocal << utcMs(1999, 6, 15);
}

void TestTimeParser::parse()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, text);
    QFETCH(int, kind);
    QFETCH(qint64, msecs);
    const Result<TimeFormat> f = TimeFormat::fromString(format);
    QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error()));
    const TimeParser parser(*f);
    const ParsedTime t = parser.parse(std::string_view(text.constData(), size_t(text.size())));
    QCOMPARE(int(t.kind), kind);
    if (t.ok())
        QCOMPARE(t.msecs, msecs);
}

void TestTimeParser::civilDaysMatchQDate()
{
    const QDate epoch(1970, 1, 1);
    for (QDate d(1600, 1, 1); d < QDate(2401, 1, 1); d = d.addDays(13)) {
        QCOMPARE(daysFromCivil(d.year(), d.month(), d.day()), epoch.daysTo(d));
        QCOMPARE(daysInMonth(d.year(), d.month()), d.daysInMonth());
    }
}

QTEST_GUILESS_MAIN(TestTimeParser)
#include "tst_timeparser.moc"
