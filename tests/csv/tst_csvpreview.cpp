#include "csv/csvpreview.h"
#include "csv/dialectdetector.h"
#include "csv/rowerror.h"
#include "csv/timeformat.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace NorthStar;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(NORTHSTAR_TESTDATA "/csv/") + name;
}

} // namespace

class TestCsvPreview final : public QObject
{
    Q_OBJECT

private slots:
    void dialect_data();
    void dialect();
    void mapping_data();
    void mapping();
    void rowErrors_data();
    void rowErrors();
    void previewNoHeader();
    void previewGermanExcelAsJson();
    void previewDelimiterOverride();
    void previewInvalidUtf8();
    void previewJsonCarriesTheReadingProblem_data();
    void previewJsonCarriesTheReadingProblem();
    void previewRefusesWhatIsNotAFile();
    void previewRealOnlineRetailExport();
};

void TestCsvPreview::dialect_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("requestedEncoding");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("header");
    QTest::addColumn<bool>("decimalComma");
    const int a = int(TextEncoding::Auto);
    const int u8 = int(TextEncoding::Utf8);
    QTest::newRow("crlf") << u"crlf.csv"_s << a << ',' << u8 << true << false;
    QTest::newRow("cr only") << u"cr_only.csv"_s << a << ',' << u8 << true << false;
    QTest::newRow("utf-8 bom") << u"utf8_bom.csv"_s << a << ',' << u8 << true << false;
    QTest::newRow("utf-16le") << u"utf16le_bom.csv"_s << a << ',' << int(TextEncoding::Utf16LE) << true << false;
    QTest::newRow("utf-16be") << u"utf16be_bom.csv"_s << a << ',' << int(TextEncoding::Utf16BE) << true << false;
    QTest::newRow("german excel") << u"german_excel_cp1252.csv"_s << int(TextEncoding::Windows1252) << ';' << int(TextEncoding::Windows1252) << true << true;
    QTest::newRow("quoted") << u"quoted.csv"_s << a << ',' << u8 << true << false;
    QTest::newRow("tab") << u"tab.tsv"_s << a << '\t' << u8 << true << false;
    QTest::newRow("pipe") << u"pipe.csv"_s << a << '|' << u8 << true << false;
    QTest::newRow("no header") << u"no_header.csv"_s << a << ',' << u8 << false << false;
    QTest::newRow("epoch") << u"epoch_s.csv"_s << a << ',' << u8 << true << false;
}

void TestCsvPreview::dialect()
{
    QFETCH(QString, file);
    QFETCH(int, requestedEncoding);
    QFETCH(char, delimiter);
    QFETCH(int, encoding);
    QFETCH(bool, header);
    QFETCH(bool, decimalComma);
    QFile f(fixture(file));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Result<CsvDialect> d = DialectDetector::detect(&f, TextEncoding(requestedEncoding));
    QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error()));
    QCOMPARE(d->delimiter, delimiter);
    QCOMPARE(int(d->encoding), encoding);
    QCOMPARE(d->hasHeader, header);
    QCOMPARE(d->decimalSeparator == DecimalSeparator::Comma, decimalComma);
    QCOMPARE(f.pos(), 0);
}

void TestCsvPreview::mapping_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<int>("userId");
    QTest::addColumn<int>("timestamp");
    QTest::addColumn<int>("event");
    QTest::addColumn<int>("value");
    QTest::addColumn<QList<int>>("attributes");
    QTest::newRow("plain") << QStringList{u"user_id"_s, u"timestamp"_s, u"event"_s, u"value"_s} << 0 << 1 << 2 << 3 << QList<int>{};
    QTest::newRow("online retail: total over unit price")
        << QStringList{u"InvoiceNo"_s, u"StockCode"_s, u"Description"_s, u"Quantity"_s, u"InvoiceDate"_s,
                       u"UnitPrice"_s, u"CustomerID"_s, u"Country"_s, u"TotalPrice"_s}
        << 6 << 4 << -1 << 8 << QList<int>{0, 1, 2, 3, 5, 7};
    QTest::newRow("camel case and spaces") << QStringList{u"Event Name"_s, u"userId"_s, u"Created At"_s, u"plan"_s} << 1 << 2 << 0 << -1 << QList<int>{3};
    QTest::newRow("posthog") << QStringList{u"distinct_id"_s, u"event"_s, u"ts"_s, u"country"_s} << 0 << 2 << 1 << -1 << QList<int>{3};
    QTest::newRow("revenue over price") << QStringList{u"uid"_s, u"time"_s, u"action"_s, u"price"_s, u"revenue"_s} << 0 << 1 << 2 << 4 << QList<int>{3};
    QTest::newRow("german") << QStringList{u"Kunden-ID"_s, u"Datum"_s, u"Ereignis"_s, u"Betrag"_s, u"Stadt"_s} << 0 << 1 << 2 << 3 << QList<int>{4};
    QTest::newRow("nothing known") << QStringList{u"a"_s, u"b"_s} << -1 << -1 << -1 << -1 << QList<int>{0, 1};
}

void TestCsvPreview::mapping()
{
    QFETCH(QStringList, header);
    QFETCH(int, userId);
    QFETCH(int, timestamp);
    QFETCH(int, event);
    QFETCH(int, value);
    QFETCH(QList<int>, attributes);
    const ColumnMapping m = ColumnMapping::fromHeader(header);
    QCOMPARE(m.userId, userId);
    QCOMPARE(m.timestamp, timestamp);
    QCOMPARE(m.event, event);
    QCOMPARE(m.value, value);
    QCOMPARE(m.attributes, attributes);
}

void TestCsvPreview::rowErrors_data()
{
    const QStringList header{u"user_id"_s, u"timestamp"_s, u"event"_s, u"value"_s};
    QTest::addColumn<RowError>("error");
    QTest::addColumn<QString>("message");
    QTest::newRow("field count") << RowError::wrongFieldCount(6, 3, 4)
                                 << u"Line 6: the row has 3 fields instead of 4; check for an unquoted delimiter in a value."_s;
    QTest::newRow("empty user") << RowError::emptyUserId(3, 0, header)
                                << u"Line 3, column 1 (user_id): the user id is empty; the row is skipped."_s;
    QTest::newRow("time") << RowError::unreadableTime(4, 1, header, "yesterday", *TimeFormat::fromString(u"M/d/yy H:mm"_s))
                          << u"Line 4, column 2 (timestamp): \"yesterday\" is not a time in the format M/d/yy H:mm."_s;
    QTest::newRow("number") << RowError::notANumber(5, 3, header, "lots")
                            << u"Line 5, column 4 (value): \"lots\" is not a number."_s;
    QTest::newRow("no header") << RowError::notANumber(5, 3, {}, "lots")
                               << u"Line 5, column 4: \"lots\" is not a number."_s;
}

void TestCsvPreview::rowErrors()
{
    QFETCH(RowError, error);
    QFETCH(QString, message);
    QCOMPARE(error.message(), message);
}

void TestCsvPreview::previewNoHeader()
{
    const Result<CsvPreview> p = CsvPreview::read(fixture(u"no_header.csv"_s));
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error()));
    QVERIFY(p->header.isEmpty());
    QCOMPARE(p->rows.size(), 3);
    QCOMPARE(p->rows[0], (QStringList{u"u1"_s, u"2024-03-01T10:00:00Z"_s, u"login"_s, u"3"_s}));
    QCOMPARE(p->rowLines, (QList<qint64>{1, 2, 3}));
    QCOMPARE(p->mapping.timestamp, 1);
    QCOMPARE(p->time.outcome, TimeFormatDetector::Outcome::Detected);
    QCOMPARE(p->time.format, TimeFormat::iso());
    QVERIFY(p->toJson().value(u"header"_s).isNull());
}

void TestCsvPreview::previewGermanExcelAsJson()
{
    CsvPreviewOptions options;
    options.encoding = TextEncoding::Windows1252;
    options.rows = 2;
    const Result<CsvPreview> p = CsvPreview::read(fixture(u"german_excel_cp1252.csv"_s), options);
    QVERIFY(p.ok());
    QCOMPARE(p->records, 4); // two previewed, the rest scanned for the time format
    QCOMPARE(p->time.format.toString(), u"d.M.yyyy H:mm"_s);
    const QJsonObject json = p->toJson();
    QCOMPARE(json.value(u"delimiter"_s).toString(), u";"_s);
    QCOMPARE(json.value(u"encoding"_s).toString(), u"windows-1252"_s);
    QCOMPARE(json.value(u"header"_s).toArray().at(4).toString(), u"Stadt"_s);
    QCOMPARE(json.value(u"rows"_s).toArray().size(), 2);
    QCOMPARE(json.value(u"rows"_s).toArray().at(0).toArray().at(4).toString(), u"München"_s);
    QCOMPARE(json.value(u"rows"_s).toArray().at(1).toArray().at(3).toString(), u"1.234,56"_s);
}

void TestCsvPreview::previewDelimiterOverride()
{
    // Forced to ';', the comma file is one column per row; nothing is lost or split.
    CsvPreviewOptions options;
    options.delimiter = ';';
    const Result<CsvPreview> p = CsvPreview::read(fixture(u"crlf.csv"_s), options);
    QVERIFY(p.ok());
    QCOMPARE(p->dialect.delimiter, ';');
    QVERIFY(!p->dialect.hasHeader); // one text column: nothing marks a header
    QCOMPARE(p->rows.size(), 3);
    QCOMPARE(p->rows[0], QStringList{u"user_id,timestamp,event,value"_s});
    QCOMPARE(p->rows[2], QStringList{u"b,2024-03-01 10:05:00,login,2"_s});
}

void TestCsvPreview::previewInvalidUtf8()
{
    const Result<CsvPreview> p = CsvPreview::read(fixture(u"invalid_utf8.csv"_s));
    QVERIFY(p.ok()); // the first records are fine; the reading error is carried along
    QCOMPARE(p->rows.size(), 1);
    QVERIFY2(p->readError.contains(u"Line 3"_s), qPrintable(p->readError));

    const Result<CsvPreview> missing = CsvPreview::read(fixture(u"does_not_exist.csv"_s));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().contains(u"does_not_exist.csv"_s));
}

void TestCsvPreview::previewJsonCarriesTheReadingProblem_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("problem");
    QTest::newRow("invalid utf-8") << QByteArray("user,time\nu1,2026-01-05\nu\xff\xfe,2026-01-06\n") << u"Line 3"_s;
    QTest::newRow("unclosed quote") << QByteArray("user,time\nu1,2026-01-05\n\"u2,2026-01-06\nu3,2026-01-07\n")
                                    << u"never closed"_s;
    QTest::newRow("fine") << QByteArray("user,time\nu1,2026-01-05\n") << QString();
}

// `northstar preview --json` is read by scripts: the reading problem is in the object.
void TestCsvPreview::previewJsonCarriesTheReadingProblem()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"export.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(content) == content.size());
    file.close();
    CsvPreviewOptions options;
    options.scanTimeColumn = false; // as --json reads it
    const Result<CsvPreview> p = CsvPreview::read(path, options);
    QVERIFY(p.ok());
    const QJsonValue readError = p->toJson().value(u"readError"_s);
    if (problem.isEmpty()) {
        QVERIFY(readError.isNull());
    } else {
        QVERIFY2(readError.toString().contains(problem), qPrintable(readError.toString()));
    }
}

// Opening a FIFO would wait for a writer forever; a folder or device is no CSV either.
void TestCsvPreview::previewRefusesWhatIsNotAFile()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"pipe.csv"_s);
    QVERIFY(QProcess::execute(u"mkfifo"_s, {fifo}) == 0);
    for (const QString &path : {fifo, dir.path(), u"/dev/zero"_s}) {
        const Result<CsvPreview> p = CsvPreview::read(path);
        QVERIFY(!p.ok());
        QVERIFY2(p.error().contains(u"not a regular file"_s), qPrintable(p.error()));
    }
}

void TestCsvPreview::previewRealOnlineRetailExport()
{
    const QString path = QStringLiteral(NORTHSTAR_SHARED_DATA "/real/online_retail_sample.csv");
    if (!QFile::exists(path))
        QSKIP("The real Online Retail sample is not available.");
    CsvPreviewOptions options;
    options.rows = 3;
    const Result<CsvPreview> p = CsvPreview::read(path, options);
    QVERIFY(p.ok());
    QCOMPARE(p->dialect.delimiter, ',');
    QCOMPARE(p->dialect.encoding, TextEncoding::Utf8);
    QVERIFY(p->dialect.hasHeader);
    QCOMPARE(p->header.size(), 9);
    QCOMPARE(p->rows[0], (QStringList{u"536365"_s, u"85123A"_s, u"WHITE HANGING HEART T-LIGHT HOLDER"_s, u"6"_s,
                                      u"12/1/10 8:26"_s, u"2.55"_s, u"17850"_s, u"United Kingdom"_s, u"15.3"_s}));
    QCOMPARE(p->mapping.userId, 6);
    QCOMPARE(p->mapping.timestamp, 4);
    QCOMPARE(p->mapping.value, 8);
    QCOMPARE(p->records, 28492);
    QCOMPARE(p->time.outcome, TimeFormatDetector::Outcome::Detected);
    QCOMPARE(p->time.format.toString(), u"M/d/yy H:mm"_s);
    const QJsonDocument doc(p->toJson());
    QVERIFY(doc.toJson(QJsonDocument::Compact).startsWith("{\"delimiter\":\",\",\"encoding\":\"utf-8\""));
}

QTEST_GUILESS_MAIN(TestCsvPreview)
#include "tst_csvpreview.moc"
