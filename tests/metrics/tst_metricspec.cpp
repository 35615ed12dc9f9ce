// MetricSpec JSON round trips and validation, kind names, and the formula parser.

#include "metrics/formulaparser.h"
#include "metrics/metricspec.h"

#include <QJsonDocument>
#include <QTest>

using namespace NorthStar;
using namespace Qt::StringLiterals;

class TestMetricSpec : public QObject
{
    Q_OBJECT

private slots:
    void kindNames();
    void roundTrip_data();
    void roundTrip();
    void invalidJson_data();
    void invalidJson();
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
};

void TestMetricSpec::kindNames()
{
    QCOMPARE(metricKindNames().join(u' '),
             u"breadth depth depth-value frequency stickiness stickiness-cumulative threshold activation "
             "time-to-value lifecycle formula"_s);
    for (const QString &name : metricKindNames())
        QCOMPARE(metricKindName(*metricKindFromName(name)), name);
    QVERIFY(!metricKindFromName(u"Breadth"_s).ok());
}

void TestMetricSpec::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("breadth") << QByteArray(R"({"events":["booking","message_sent"],"kind":"breadth"})");
    QTest::newRow("stickiness") << QByteArray(R"({"events":[],"k":3,"kind":"stickiness"})");
    QTest::newRow("cumulative") << QByteArray(R"({"events":["open"],"k":2,"kind":"stickiness-cumulative"})");
    QTest::newRow("threshold") << QByteArray(R"({"events":["session_start"],"kind":"threshold","threshold":1})");
    QTest::newRow("activation") << QByteArray(R"({"events":["booking"],"kind":"activation","window":14})");
    QTest::newRow("formula") << QByteArray(R"({"formula":"bookers / \"weekly users\"","kind":"formula"})");
    QTest::newRow("segment") << QByteArray(R"({"events":["booking"],"kind":"breadth","segment":"country = DE"})");
}

void TestMetricSpec::roundTrip()
{
    QFETCH(QByteArray, json);
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    const Result<MetricSpec> spec = MetricSpec::fromJson(object);
    QVERIFY2(spec.ok(), spec.ok() ? "" : qPrintable(spec.error()));
    QCOMPARE(QJsonDocument(spec->toJson()).toJson(QJsonDocument::Compact), json);
    QCOMPARE(*MetricSpec::fromJson(spec->toJson()), *spec);
}

void TestMetricSpec::invalidJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("no kind") << QByteArray(R"({"events":[]})") << u"no 'kind'"_s;
    QTest::newRow("unknown kind") << QByteArray(R"({"kind":"reach"})") << u"Unknown metric kind 'reach'"_s;
    QTest::newRow("k zero") << QByteArray(R"({"kind":"stickiness","k":0})") << u"'k'"_s;
    QTest::newRow("k fraction") << QByteArray(R"({"kind":"stickiness","k":1.5})") << u"'k'"_s;
    QTest::newRow("window text") << QByteArray(R"({"kind":"activation","window":"7"})") << u"'window'"_s;
    QTest::newRow("events not list") << QByteArray(R"({"kind":"breadth","events":"booking"})") << u"'events'"_s;
    QTest::newRow("empty event") << QByteArray(R"({"kind":"breadth","events":[" "]})") << u"'events'"_s;
    QTest::newRow("segment form") << QByteArray(R"({"kind":"breadth","segment":"country"})") << u"attribute = value"_s;
    QTest::newRow("segment type") << QByteArray(R"({"kind":"breadth","segment":{"country":"DE"}})") << u"'segment'"_s;
    QTest::newRow("formula missing") << QByteArray(R"({"kind":"formula"})") << u"needs a 'formula'"_s;
    QTest::newRow("formula syntax") << QByteArray(R"({"kind":"formula","formula":"a / (b"})") << u"column 7"_s;
}

void TestMetricSpec::invalidJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const Result<MetricSpec> spec = MetricSpec::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!spec.ok());
    QVERIFY2(spec.error().contains(message), qPrintable(spec.error()));
}

void TestMetricSpec::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("operands");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("expected");
    QTest::newRow("precedence") << u"a + b * c"_s << QStringList{u"a"_s, u"b"_s, u"c"_s} << QList<double>{1, 2, 3} << 7.0;
    QTest::newRow("parentheses") << u"(a + b) * c"_s << QStringList{u"a"_s, u"b"_s, u"c"_s} << QList<double>{1, 2, 3} << 9.0;
    QTest::newRow("left associative") << u"a - b - c"_s << QStringList{u"a"_s, u"b"_s, u"c"_s} << QList<double>{10, 2, 3} << 5.0;
    QTest::newRow("division chain") << u"a / b / 2"_s << QStringList{u"a"_s, u"b"_s} << QList<double>{12, 3} << 2.0;
    QTest::newRow("repeated operand") << u"a * a + a"_s << QStringList{u"a"_s} << QList<double>{3} << 12.0;
    QTest::newRow("numbers") << u"1.5e2 + .5 - 2E-1"_s << QStringList{} << QList<double>{} << 150.3;
    QTest::newRow("unary") << u"--a * -2"_s << QStringList{u"a"_s} << QList<double>{4} << -8.0;
    QTest::newRow("names with dots and unicode") << u"weekly.bookers / Käufer_2"_s
                                                  << QStringList{u"weekly.bookers"_s, u"Käufer_2"_s} << QList<double>{6, 4}
                                                  << 1.5;
    QTest::newRow("quoted") << u"\"WAU (all)\" * 2"_s << QStringList{u"WAU (all)"_s} << QList<double>{21} << 42.0;
}

void TestMetricSpec::parse()
{
    QFETCH(QString, text);
    QFETCH(QStringList, operands);
    QFETCH(QList<double>, values);
    QFETCH(double, expected);
    const Result<Formula> formula = FormulaParser::parse(text);
    QVERIFY2(formula.ok(), formula.ok() ? "" : qPrintable(formula.error()));
    QCOMPARE(formula->operands, operands);
    std::vector<std::optional<double>> input(values.begin(), values.end());
    const std::optional<double> result = formula->evaluate(input);
    QVERIFY(result.has_value());
    QVERIFY2(qFuzzyCompare(*result, expected), qPrintable(QString::number(*result)));
}

void TestMetricSpec::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << u"  "_s << u"empty"_s;
    QTest::newRow("dangling operator") << u"a *"_s << u"column 4"_s;
    QTest::newRow("unclosed") << u"(a + b"_s << u"column 7: expected ')' to close the '(' at column 1"_s;
    QTest::newRow("extra paren") << u"a + b)"_s << u"column 6"_s;
    QTest::newRow("stray character") << u"a % b"_s << u"column 3"_s;
    QTest::newRow("digit name") << u"7days"_s << u"double quotes"_s;
    QTest::newRow("unclosed quote") << u"\"abc + 1"_s << u"not closed"_s;
    QTest::newRow("two names") << u"a b"_s << u"column 3"_s;
    QTest::newRow("too deep") << QString(500, u'(') + u"1"_s + QString(500, u')') << u"nested too deeply"_s;
    // 150,000 terms once overflowed the stack of whatever evaluated the formula.
    QTest::newRow("150000 terms") << (u"a"_s + QString(u"+a"_s).repeated(149999)) << u"too many terms"_s;
    QTest::newRow("150000 factors") << (u"a"_s + QString(u"*a"_s).repeated(149999)) << u"too many terms"_s;
}

void TestMetricSpec::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const Result<Formula> formula = FormulaParser::parse(text);
    QVERIFY(!formula.ok());
    QVERIFY2(formula.error().contains(message), qPrintable(formula.error()));
}

QTEST_GUILESS_MAIN(TestMetricSpec)
#include "tst_metricspec.moc"
