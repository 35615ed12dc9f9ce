#include "csv/numberparser.h"

#include <QTest>

#include <optional>
#include <string>

using namespace NorthStar;

class TestNumberParser final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void decimalCommaShape_data();
    void decimalCommaShape();
};

void TestNumberParser::parse_data()
{
    QTest::addColumn<bool>("comma");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");
    // Decimal point.
    QTest::newRow("12.5") << false << QByteArray("12.5") << true << 12.5;
    QTest::newRow("-3") << false << QByteArray("-3") << true << -3.0;
    QTest::newRow("+0.25") << false << QByteArray("+0.25") << true << 0.25;
    QTest::newRow("1e3") << false << QByteArray("1e3") << true << 1000.0;
    QTest::newRow("2.5E-2") << false << QByteArray("2.5E-2") << true << 0.025;
    QTest::newRow(".5") << false << QByteArray(".5") << true << 0.5;
    QTest::newRow("spaces") << false << QByteArray(" 15.3 ") << true << 15.3;
    QTest::newRow("0.1 exact") << false << QByteArray("0.1") << true << 0.1;
    QTest::newRow("many digits") << false << QByteArray("12345678901234567890.5") << true << 12345678901234567890.5;
    QTest::newRow("comma in point file") << false << QByteArray("12,5") << false << 0.0;
    QTest::newRow("empty") << false << QByteArray("") << false << 0.0;
    QTest::newRow("word") << false << QByteArray("lots") << false << 0.0;
    QTest::newRow("inf") << false << QByteArray("inf") << false << 0.0;
    QTest::newRow("nan") << false << QByteArray("nan") << false << 0.0;
    QTest::newRow("two points") << false << QByteArray("1.2.3") << false << 0.0;
    QTest::newRow("sign only") << false << QByteArray("-") << false << 0.0;
    QTest::newRow("unit") << false << QByteArray("12 EUR") << false << 0.0;
    // Decimal comma (German Excel).
    QTest::newRow("12,5") << true << QByteArray("12,5") << true << 12.5;
    QTest::newRow("1.234,56") << true << QByteArray("1.234,56") << true << 1234.56;
    QTest::newRow("1.234.567") << true << QByteArray("1.234.567") << true << 1234567.0;
    QTest::newRow("-3 comma") << true << QByteArray("-3") << true << -3.0;
    QTest::newRow("-0,5") << true << QByteArray("-0,5") << true << -0.5;
    QTest::newRow("7,00") << true << QByteArray("7,00") << true << 7.0;
    QTest::newRow("bad grouping") << true << QByteArray("12.5") << false << 0.0;
    QTest::newRow("bad grouping 2") << true << QByteArray("1.23,4") << false << 0.0;
    QTest::newRow("two commas") << true << QByteArray("1,2,3") << false << 0.0;
    QTest::newRow("word comma") << true << QByteArray("viel") << false << 0.0;
}

void TestNumberParser::parse()
{
    QFETCH(bool, comma);
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(double, value);
    const NumberParser parser(comma ? DecimalSeparator::Comma : DecimalSeparator::Point);
    const std::optional<double> result = parser.parse(std::string_view(text.constData(), size_t(text.size())));
    QCOMPARE(result.has_value(), ok);
    if (ok)
        QCOMPARE(*result, value); // exact: correctly rounded, as std::strtod
}

void TestNumberParser::decimalCommaShape_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("expected");
    QTest::newRow("12,5") << QByteArray("12,5") << true;
    QTest::newRow("1.234,56") << QByteArray("1.234,56") << true;
    QTest::newRow("12.5") << QByteArray("12.5") << false;
    QTest::newRow("12") << QByteArray("12") << false;
    QTest::newRow("a,b") << QByteArray("a,b") << false;
    QTest::newRow("1,2,3") << QByteArray("1,2,3") << false;
}

void TestNumberParser::decimalCommaShape()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, expected);
    QCOMPARE(NumberParser::looksLikeDecimalComma(std::string_view(text.constData(), size_t(text.size()))), expected);
}

QTEST_GUILESS_MAIN(TestNumberParser)
#include "tst_numberparser.moc"
