#include "csv/csvreader.h"
#include "csv/timeformatdetector.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace NorthStar;

namespace {

using Outcome = TimeFormatDetector::Outcome;

// Feeds one column of a file to a detector, as the import does; `limit` records at most.
TimeFormatDetector::Conclusion detectColumn(const QString &path, int column, char delimiter = ',',
                                            TextEncoding encoding = TextEncoding::Auto,
                                            qint64 limit = -1)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    CsvReader::Options options;
    options.delimiter = delimiter;
    options.encoding = encoding;
    CsvReader reader(&f, options);
    reader.next(); // header
    TimeFormatDetector detector;
    qint64 n = 0;
    while (const CsvRecord *record = reader.next()) {
        if (limit >= 0 && n++ >= limit)
            break;
        if (column < record->size())
            detector.add(record->field(column), record->line());
    }
    return detector.conclusion();
}

QString fixture(const QString &name)
{
    return QStringLiteral(NORTHSTAR_TESTDATA "/csv/") + name;
}

} // namespace

class TestTimeFormatDetector final : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void values_data();
    void values();
    void dayFirstNeedsTheWholeColumn();
    void realOnlineRetailExport();
};

void TestTimeFormatDetector::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("column");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("alternative");
    QTest::addColumn<QString>("offendingValue");
    QTest::addColumn<qint64>("offendingLine");
    const int autoEnc = int(TextEncoding::Auto);
    QTest::newRow("day-first, day > 12 late") << u"day_first_late.csv"_s << 1 << ',' << autoEnc << int(Outcome::Detected) << u"d/M/yyyy H:mm"_s << QString() << QString() << qint64(0);
    QTest::newRow("ambiguous") << u"ambiguous.csv"_s << 1 << ',' << autoEnc << int(Outcome::Ambiguous) << u"M/d/yyyy"_s << u"d/M/yyyy"_s << QString() << qint64(0);
    QTest::newRow("epoch seconds") << u"epoch_s.csv"_s << 1 << ',' << autoEnc << int(Outcome::Detected) << u"epoch-s"_s << QString() << QString() << qint64(0);
    QTest::newRow("epoch milliseconds") << u"epoch_ms.csv"_s << 1 << ',' << autoEnc << int(Outcome::Detected) << u"epoch-ms"_s << QString() << QString() << qint64(0);
    QTest::newRow("offsets and Z") << u"offsets.csv"_s << 1 << ',' << autoEnc << int(Outcome::Detected) << u"iso"_s << QString() << QString() << qint64(0);
    QTest::newRow("UTC suffix") << u"utc_suffix.csv"_s << 1 << ',' << autoEnc << int(Outcome::Detected) << u"iso"_s << QString() << QString() << qint64(0);
    QTest::newRow("two-digit years") << u"two_digit_years.csv"_s << 1 << ',' << autoEnc << int(Outcome::Detected) << u"M/d/yy"_s << QString() << QString() << qint64(0);
    QTest::newRow("german excel") << u"german_excel_cp1252.csv"_s << 1 << ';' << int(TextEncoding::Windows1252) << int(Outcome::Detected) << u"d.M.yyyy H:mm"_s << QString() << QString() << qint64(0);
    QTest::newRow("unreadable") << u"bad_rows.csv"_s << 1 << ',' << autoEnc << int(Outcome::Unreadable) << QString() << QString() << u"yesterday"_s << qint64(4);
    QTest::newRow("a number column") << u"utf8_bom.csv"_s << 3 << ',' << autoEnc << int(Outcome::Unreadable) << QString() << QString() << u"1"_s << qint64(2);
}

void TestTimeFormatDetector::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, column);
    QFETCH(char, delimiter);
    QFETCH(int, encoding);
    QFETCH(int, outcome);
    QFETCH(QString, format);
    QFETCH(QString, alternative);
    QFETCH(QString, offendingValue);
    QFETCH(qint64, offendingLine);
    const auto c = detectColumn(fixture(file), column, delimiter, TextEncoding(encoding));
    QCOMPARE(int(c.outcome), outcome);
    if (c.outcome == Outcome::Detected || c.outcome == Outcome::Ambiguous)
        QCOMPARE(c.format.toString(), format);
    if (c.outcome == Outcome::Ambiguous)
        QCOMPARE(c.alternative.toString(), alternative);
    if (c.outcome == Outcome::Unreadable) {
        QCOMPARE(c.offendingValue, offendingValue);
        QCOMPARE(c.offendingLine, offendingLine);
        QVERIFY(c.describe().contains(offendingValue));
    }
}

void TestTimeFormatDetector::values_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("format");
    QTest::addColumn<qint64>("offendingLine");
    QTest::newRow("empty column") << QStringList{QString(), u"  "_s} << int(Outcome::NoValues) << QString() << qint64(0);
    QTest::newRow("empty values skipped") << QStringList{u"2024-01-01"_s, QString(), u"2024-01-02T10:00Z"_s} << int(Outcome::Detected) << u"iso"_s << qint64(0);
    QTest::newRow("10 then 13 digits") << QStringList{u"1709287200"_s, u"1709287200123"_s} << int(Outcome::Unreadable) << QString() << qint64(2);
    QTest::newRow("short numbers are not epochs") << QStringList{u"12345"_s} << int(Outcome::Unreadable) << QString() << qint64(1);
    QTest::newRow("dates then times") << QStringList{u"1/2/2024"_s, u"13/2/2024 8:05"_s} << int(Outcome::Detected) << u"d/M/yyyy H:mm"_s << qint64(0);
    QTest::newRow("AM/PM") << QStringList{u"1/2/2024 8:05 PM"_s, u"1/13/2024 12:00 AM"_s} << int(Outcome::Detected) << u"M/d/yyyy h:mm AP"_s << qint64(0);
    QTest::newRow("seconds") << QStringList{u"01-02-24 08:05:01"_s, u"31-12-24 23:59:59"_s} << int(Outcome::Detected) << u"d-M-yy H:mm:ss"_s << qint64(0);
    QTest::newRow("day-first then month-first") << QStringList{u"13/1/2024"_s, u"1/13/2024"_s} << int(Outcome::Unreadable) << QString() << qint64(2);
    QTest::newRow("mixed separators") << QStringList{u"1/2/2024"_s, u"1.2.2024"_s} << int(Outcome::Unreadable) << QString() << qint64(2);
}

void TestTimeFormatDetector::values()
{
    QFETCH(QStringList, values);
    QFETCH(int, outcome);
    QFETCH(QString, format);
    QFETCH(qint64, offendingLine);
    TimeFormatDetector detector;
    qint64 line = 0;
    for (const QString &v : values) {
        const QByteArray utf8 = v.toUtf8();
        detector.add(std::string_view(utf8.constData(), size_t(utf8.size())), ++line);
    }
    const auto c = detector.conclusion();
    QCOMPARE(int(c.outcome), outcome);
    if (c.outcome == Outcome::Detected)
        QCOMPARE(c.format.toString(), format);
    if (c.outcome == Outcome::Unreadable)
        QCOMPARE(c.offendingLine, offendingLine);
}

void TestTimeFormatDetector::dayFirstNeedsTheWholeColumn()
{
    // The first 400 rows read both ways; only line 402 (25/12/2023) decides.
    const auto prefix = detectColumn(fixture(u"day_first_late.csv"_s), 1, ',', TextEncoding::Auto, 400);
    QCOMPARE(prefix.outcome, Outcome::Ambiguous);
    QCOMPARE(prefix.format.toString(), u"M/d/yyyy H:mm"_s);
    QCOMPARE(prefix.alternative.toString(), u"d/M/yyyy H:mm"_s);
    const auto whole = detectColumn(fixture(u"day_first_late.csv"_s), 1);
    QCOMPARE(whole.outcome, Outcome::Detected);
    QCOMPARE(whole.values, qint64(402));
}

void TestTimeFormatDetector::realOnlineRetailExport()
{
    const QString path = QStringLiteral(NORTHSTAR_SHARED_DATA "/real/online_retail_sample.csv");
    if (!QFile::exists(path))
        QSKIP("The real Online Retail sample is not available.");
    // Every date is December 2010 written 12/d/10, d = 1..13. The first number is always
    // 12, so it reads as a month or a day; the second reaches 13 only in the last 1,760
    // rows (12/13/10), which cannot be a month. So the column is month-first, and only a
    // detector that sees those late rows can know: any prefix before them is ambiguous.
    const auto whole = detectColumn(path, 4);
    QCOMPARE(whole.outcome, Outcome::Detected);
    QCOMPARE(whole.format.toString(), u"M/d/yy H:mm"_s);
    QCOMPARE(whole.values, qint64(28492));

    const auto prefix = detectColumn(path, 4, ',', TextEncoding::Auto, 26000);
    QCOMPARE(prefix.outcome, Outcome::Ambiguous);
    QCOMPARE(prefix.format.toString(), u"M/d/yy H:mm"_s);
    QCOMPARE(prefix.alternative.toString(), u"d/M/yy H:mm"_s);

    // With the format given, every timestamp parses, into December 1-13, 2010.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    CsvReader reader(&f);
    reader.next();
    const TimeParser parser(*TimeFormat::fromString(u"M/d/yy H:mm"_s));
    const qint64 first = QDateTime(QDate(2010, 12, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 last = QDateTime(QDate(2010, 12, 14), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    qint64 parsed = 0;
    while (const CsvRecord *record = reader.next()) {
        const ParsedTime t = parser.parse(record->field(4));
        QVERIFY2(t.ok(), qPrintable(record->fieldString(4)));
        QCOMPARE(t.kind, ParsedTime::Kind::Local);
        QVERIFY(t.msecs >= first && t.msecs < last);
        ++parsed;
    }
    QCOMPARE(parsed, 28492);
}

QTEST_GUILESS_MAIN(TestTimeFormatDetector)
#include "tst_timeformatdetector.moc"
