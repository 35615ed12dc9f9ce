#include "csv/csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace NorthStar;

namespace {

struct ReadResult
{
    QList<QStringList> records;
    QList<qint64> lines;
    QString error;
    qint64 errorLine = 0;
    TextEncoding encoding = TextEncoding::Auto;
};

ReadResult readAll(QIODevice *device, const CsvReader::Options &options)
{
    ReadResult result;
    CsvReader reader(device, options);
    while (const CsvRecord *record = reader.next()) {
        result.records.append(record->toStringList());
        result.lines.append(record->line());
    }
    result.error = reader.errorString();
    result.errorLine = reader.errorLine();
    result.encoding = reader.encoding();
    return result;
}

ReadResult readBytes(const QByteArray &bytes, CsvReader::Options options)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readAll(&buffer, options);
}

QString fixture(const QString &name)
{
    return QStringLiteral(NORTHSTAR_TESTDATA "/csv/") + name;
}

CsvReader::Options options(char delimiter, TextEncoding encoding = TextEncoding::Auto,
                           qsizetype bufferSize = qsizetype(1) << 20)
{
    CsvReader::Options o;
    o.delimiter = delimiter;
    o.encoding = encoding;
    o.bufferSize = bufferSize;
    return o;
}

// Tiny buffers put every record, quote and CR/LF pair across a refill boundary.
const qsizetype kBufferSizes[] = {64, 67, 97, qsizetype(1) << 20};

} // namespace

class TestCsvReader final : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void edgeCases_data();
    void edgeCases();
    void recordLines();
    void invalidUtf8IsReported();
    void unclosedQuoteIsReported();
    void longRecordGrowsTheBuffer();
    void multiByteExpansionFitsTheBuffer();
    void unusableDelimiter();
    void realOnlineRetailExport();
};

void TestCsvReader::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<int>("resolved");
    QTest::addColumn<QList<QStringList>>("expected");

    const QList<QStringList> twoLogins = {
        {u"user_id"_s, u"timestamp"_s, u"event"_s, u"value"_s},
        {u"a"_s, u"2024-03-01 10:00:00"_s, u"login"_s, u"1"_s},
        {u"b"_s, u"2024-03-01 10:05:00"_s, u"login"_s, u"2"_s}};
    QTest::newRow("crlf") << u"crlf.csv"_s << ',' << int(TextEncoding::Auto) << int(TextEncoding::Utf8) << twoLogins;
    QTest::newRow("cr only") << u"cr_only.csv"_s << ',' << int(TextEncoding::Auto) << int(TextEncoding::Utf8) << twoLogins;

    const QList<QStringList> utf16 = {
        {u"user_id"_s, u"timestamp"_s, u"event"_s, u"value"_s},
        {u"ü1"_s, u"2024-03-01T10:00:00Z"_s, u"login"_s, u"1"_s},
        {u"🙂2"_s, u"2024-03-02T11:30:00Z"_s, u"purchase"_s, u"9.99"_s}};
    QTest::newRow("utf-16le bom") << u"utf16le_bom.csv"_s << ',' << int(TextEncoding::Auto) << int(TextEncoding::Utf16LE) << utf16;
    QTest::newRow("utf-16be bom") << u"utf16be_bom.csv"_s << ',' << int(TextEncoding::Auto) << int(TextEncoding::Utf16BE) << utf16;
    QTest::newRow("utf-16 named") << u"utf16be_bom.csv"_s << ',' << int(TextEncoding::Utf16) << int(TextEncoding::Utf16BE) << utf16;

    QTest::newRow("utf-8 bom") << u"utf8_bom.csv"_s << ',' << int(TextEncoding::Auto) << int(TextEncoding::Utf8)
                               << QList<QStringList>{{u"user_id"_s, u"timestamp"_s, u"event"_s, u"value"_s},
                                                     {u"zoë"_s, u"2024-03-01T10:00:00Z"_s, u"login"_s, u"1"_s},
                                                     {u"anna"_s, u"2024-03-01T11:00:00Z"_s, u"logout"_s, QString()}};

    QTest::newRow("german excel windows-1252")
        << u"german_excel_cp1252.csv"_s << ';' << int(TextEncoding::Windows1252) << int(TextEncoding::Windows1252)
        << QList<QStringList>{{u"Kunden-ID"_s, u"Datum"_s, u"Ereignis"_s, u"Betrag"_s, u"Stadt"_s},
                              {u"K-1001"_s, u"24.12.2023 08:15"_s, u"Kauf"_s, u"12,5"_s, u"München"_s},
                              {u"K-1002"_s, u"25.12.2023 17:40"_s, u"Kauf"_s, u"1.234,56"_s, u"Köln"_s},
                              {u"K-1001"_s, u"27.12.2023 09:05"_s, u"Erstattung"_s, u"-3"_s, u"München"_s},
                              {u"K-1003"_s, u"28.12.2023 11:00"_s, u"Kauf"_s, u"7,00"_s, u"Düsseldorf €"_s}};

    QTest::newRow("quoted")
        << u"quoted.csv"_s << ',' << int(TextEncoding::Auto) << int(TextEncoding::Utf8)
        << QList<QStringList>{{u"user_id"_s, u"timestamp"_s, u"event"_s, u"note"_s},
                              {u"a"_s, u"2024-03-01T10:00:00Z"_s, u"comment"_s, u"says \"hi\", then leaves"_s},
                              {u"b"_s, u"2024-03-01T10:01:00Z"_s, u"comment"_s, u"two\nlines, with comma"_s},
                              {u"c,d"_s, u"2024-03-01T10:02:00Z"_s, QString(), QString()},
                              {u"e"_s, u"2024-03-01T10:03:00Z"_s, u"comment"_s, u"crlf\r\ninside"_s},
                              {u"f"_s, u"2024-03-01T10:04:00Z"_s, u"comment"_s, u"5\" screen"_s}};

    QTest::newRow("tab")
        << u"tab.tsv"_s << '\t' << int(TextEncoding::Auto) << int(TextEncoding::Utf8)
        << QList<QStringList>{{u"user_id"_s, u"timestamp"_s, u"event"_s, u"value"_s},
                              {u"a"_s, u"2024-03-01T10:00:00Z"_s, u"login"_s, u"1.5"_s},
                              {u"b"_s, u"2024-03-01T10:01:00Z"_s, u"login, again"_s, u"2"_s}};
    QTest::newRow("pipe")
        << u"pipe.csv"_s << '|' << int(TextEncoding::Auto) << int(TextEncoding::Utf8)
        << QList<QStringList>{{u"user_id"_s, u"timestamp"_s, u"event"_s, u"value"_s},
                              {u"a"_s, u"2024-03-01T10:00:00Z"_s, u"login"_s, u"1.5"_s},
                              {u"b"_s, u"2024-03-01T10:01:00Z"_s, u"login; again"_s, u"2"_s}};
}

void TestCsvReader::fixtures()
{
    QFETCH(QString, file);
    QFETCH(char, delimiter);
    QFETCH(int, encoding);
    QFETCH(int, resolved);
    QFETCH(QList<QStringList>, expected);
    for (const qsizetype bufferSize : kBufferSizes) {
        QFile f(fixture(file));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const ReadResult result = readAll(&f, options(delimiter, TextEncoding(encoding), bufferSize));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.records, expected);
        QCOMPARE(int(result.encoding), resolved);
    }
}

void TestCsvReader::edgeCases_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("expected");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::newRow("empty") << QByteArray() << QList<QStringList>{} << QList<qint64>{};
    QTest::newRow("no final newline") << QByteArray("a,b") << QList<QStringList>{{u"a"_s, u"b"_s}} << QList<qint64>{1};
    QTest::newRow("trailing delimiter") << QByteArray("a,\n") << QList<QStringList>{{u"a"_s, QString()}} << QList<qint64>{1};
    QTest::newRow("blank lines skipped, counted")
        << QByteArray("a\n\n\r\nb\r\n\n") << QList<QStringList>{{u"a"_s}, {u"b"_s}} << QList<qint64>{1, 4};
    QTest::newRow("quoted empty is a record") << QByteArray("\"\"\nx") << QList<QStringList>{{QString()}, {u"x"_s}} << QList<qint64>{1, 2};
    QTest::newRow("text after closing quote kept") << QByteArray("\"ab\"c,d") << QList<QStringList>{{u"abc"_s, u"d"_s}} << QList<qint64>{1};
    QTest::newRow("quote at end of input") << QByteArray("\"x\"") << QList<QStringList>{{u"x"_s}} << QList<qint64>{1};
    QTest::newRow("only quotes") << QByteArray("\"\"\"\"") << QList<QStringList>{{u"\""_s}} << QList<qint64>{1};
    QTest::newRow("cr inside quotes counts a line")
        << QByteArray("\"a\rb\",c\rd") << QList<QStringList>{{u"a\rb"_s, u"c"_s}, {u"d"_s}} << QList<qint64>{1, 3};
    QTest::newRow("final cr") << QByteArray("a\r") << QList<QStringList>{{u"a"_s}} << QList<qint64>{1};
}

void TestCsvReader::edgeCases()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, expected);
    QFETCH(QList<qint64>, lines);
    for (const qsizetype bufferSize : kBufferSizes) {
        const ReadResult result = readBytes(input, options(',', TextEncoding::Auto, bufferSize));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.records, expected);
        QCOMPARE(result.lines, lines);
    }
}

void TestCsvReader::recordLines()
{
    // Records with quoted line breaks span lines; each starts where its first field does.
    for (const qsizetype bufferSize : kBufferSizes) {
        QFile f(fixture(u"quoted.csv"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const ReadResult result = readAll(&f, options(',', TextEncoding::Auto, bufferSize));
        QCOMPARE(result.lines, (QList<qint64>{1, 2, 3, 5, 6, 8}));
    }
}

void TestCsvReader::invalidUtf8IsReported()
{
    QFile f(fixture(u"invalid_utf8.csv"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const ReadResult strict = readAll(&f, options(','));
    QCOMPARE(strict.records.size(), 2); // the header and line 2 are fine
    QCOMPARE(strict.errorLine, 3);
    QVERIFY2(strict.error.contains(u"Line 3"_s) && strict.error.contains(u"UTF-8"_s)
                 && strict.error.contains(u"0xE9"_s) && strict.error.contains(u"windows-1252"_s),
             qPrintable(strict.error));

    // Read as Latin-1 the same byte is an e acute.
    f.seek(0);
    const ReadResult latin = readAll(&f, options(',', TextEncoding::Latin1));
    QVERIFY(latin.error.isEmpty());
    QCOMPARE(latin.records.value(2).value(0), u"bé"_s);

    // A malformed byte on the second line of a multi-line record names that line.
    const ReadResult deep = readBytes(QByteArray("a,\"x\ny\xff\"\n"), options(','));
    QCOMPARE(deep.errorLine, 2);
}

void TestCsvReader::unclosedQuoteIsReported()
{
    for (const qsizetype bufferSize : kBufferSizes) {
        QFile f(fixture(u"unclosed_quote.csv"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const ReadResult result = readAll(&f, options(',', TextEncoding::Auto, bufferSize));
        QCOMPARE(result.records.size(), 2);
        QCOMPARE(result.errorLine, 3);
        QVERIFY2(result.error.contains(u"never closed"_s), qPrintable(result.error));
    }
}

void TestCsvReader::longRecordGrowsTheBuffer()
{
    const QByteArray longField(200 * 1024, 'x');
    const QByteArray input = "a," + longField + "\nb,\"" + longField + "\"\n";
    const ReadResult result = readBytes(input, options(',', TextEncoding::Auto, 64));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.records.size(), 2);
    QCOMPARE(result.records[1][1].size(), longField.size());

    CsvReader::Options limited = options(',', TextEncoding::Auto, 64);
    limited.maxRecordSize = 64 * 1024;
    const ReadResult tooLong = readBytes(input, limited);
    QVERIFY(tooLong.records.isEmpty());
    QCOMPARE(tooLong.errorLine, 1);
}

void TestCsvReader::multiByteExpansionFitsTheBuffer()
{
    // Each Windows-1252 0x80 becomes the three UTF-8 bytes of the euro sign (found by the
    // fuzzer: the buffer room must allow three output bytes per input byte).
    const QByteArray input = "a," + QByteArray(5000, '\x80') + "\nb,c\n";
    for (const qsizetype bufferSize : kBufferSizes) {
        const ReadResult result = readBytes(input, options(',', TextEncoding::Windows1252, bufferSize));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.records.size(), 2);
        QCOMPARE(result.records[0][1], QString(5000, QChar(0x20AC)));
    }
}

void TestCsvReader::unusableDelimiter()
{
    const ReadResult result = readBytes("a\"b\n", options('"'));
    QVERIFY(result.records.isEmpty());
    QVERIFY(!result.error.isEmpty());
}

void TestCsvReader::realOnlineRetailExport()
{
    const QString path = QStringLiteral(NORTHSTAR_SHARED_DATA "/real/online_retail_sample.csv");
    if (!QFile::exists(path))
        QSKIP("The real Online Retail sample is not available.");
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    CsvReader reader(&f);
    const CsvRecord *header = reader.next();
    QVERIFY(header);
    QCOMPARE(header->toStringList(),
             (QStringList{u"InvoiceNo"_s, u"StockCode"_s, u"Description"_s, u"Quantity"_s,
                          u"InvoiceDate"_s, u"UnitPrice"_s, u"CustomerID"_s, u"Country"_s,
                          u"TotalPrice"_s}));
    qint64 records = 0;
    qint64 withComma = 0;
    qint64 lastLine = 0;
    while (const CsvRecord *record = reader.next()) {
        ++records;
        QCOMPARE(record->size(), 9); // quoted descriptions hold commas, never split
        if (record->field(2).find(',') != std::string_view::npos)
            ++withComma;
        lastLine = record->line();
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(records, 28492);
    QCOMPARE(lastLine, 28493);
    QVERIFY(withComma > 0);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
