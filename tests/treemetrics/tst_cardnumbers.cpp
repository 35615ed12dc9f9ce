// What a card's numbers read: values by kind (counts, ratios, shares, days) with the unit
// and thousands separators, the change as an arrow with a percentage (points for shares),
// coloured good or bad with lower-is-better inverted for time-to-value, and the empty,
// partial-only and no-data cases. Also: the numbers block keeps the card's size whatever
// it shows, so answers arriving never move the tree.

#include "render/cardcontent.h"
#include "render/cardnumbers.h"
#include "render/cardpainter.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace NorthStar;

Q_DECLARE_METATYPE(NorthStar::MetricKind)
Q_DECLARE_METATYPE(NorthStar::Trend)
Q_DECLARE_METATYPE(NorthStar::TrendTone)

namespace {

const QLocale english(QLocale::English, QLocale::UnitedStates);

// Complete rows with these values, oldest first; nan for an empty ratio.
MetricSeries series(MetricKind kind, const QList<double> &values, int partialAtEnd = 0)
{
    MetricSeries s;
    s.kind = kind;
    QDate start(2024, 1, 1);
    for (int i = 0; i < values.size(); ++i) {
        SeriesRow row;
        row.periodStart = start.addDays(7 * i);
        if (!std::isnan(values[i]))
            row.value = values[i];
        row.partial = i >= values.size() - partialAtEnd;
        s.rows.push_back(row);
    }
    return s;
}

} // namespace

class TstCardNumbers final : public QObject
{
    Q_OBJECT

private slots:
    void values_data();
    void values();
    void change_data();
    void change();
    void partialNeverDrivesTheHeadline();
    void emptyRatio();
    void onlyPartialAndNoData();
    void lifecycle();
    void cardKeepsItsSize();
};

void TstCardNumbers::values_data()
{
    QTest::addColumn<MetricKind>("kind");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shownUnit");

    QTest::newRow("count") << MetricKind::Breadth << u"learners"_s << 12345.0 << u"12,345"_s << u"learners"_s;
    QTest::newRow("count rounds") << MetricKind::Threshold << QString() << 7.0 << u"7"_s << QString();
    QTest::newRow("millions") << MetricKind::Breadth << QString() << 1234567.0 << u"1.23M"_s << QString();
    QTest::newRow("tens of millions") << MetricKind::Breadth << QString() << 45600000.0 << u"45.6M"_s << QString();
    QTest::newRow("ratio small") << MetricKind::Depth << u"events"_s << 3.4167 << u"3.42"_s << u"events"_s;
    QTest::newRow("ratio tens") << MetricKind::Frequency << QString() << 12.46 << u"12.5"_s << QString();
    QTest::newRow("ratio large") << MetricKind::DepthValue << u"EUR"_s << 1234.4 << u"1,234"_s << u"EUR"_s;
    QTest::newRow("share") << MetricKind::Activation << QString() << 0.4234 << u"42.3%"_s << QString();
    QTest::newRow("share drops % unit") << MetricKind::Activation << u"%"_s << 0.5 << u"50.0%"_s << QString();
    QTest::newRow("formula share") << MetricKind::Formula << u"%"_s << 0.125 << u"12.5%"_s << QString();
    QTest::newRow("formula ratio") << MetricKind::Formula << u"per team"_s << 2.5 << u"2.50"_s << u"per team"_s;
    QTest::newRow("days default unit") << MetricKind::TimeToValue << QString() << 2.5 << u"2.5"_s << u"days"_s;
    QTest::newRow("days large") << MetricKind::TimeToValue << u"days"_s << 12.4 << u"12"_s << u"days"_s;
    QTest::newRow("negative") << MetricKind::Formula << QString() << -3.5 << u"−3.50"_s << QString();
}

void TstCardNumbers::values()
{
    QFETCH(MetricKind, kind);
    QFETCH(QString, unit);
    QFETCH(double, value);
    QFETCH(QString, text);
    QFETCH(QString, shownUnit);
    const CardNumbers n = cardNumbers(latestComplete(series(kind, {value})), kind, unit, u"week"_s, english);
    QCOMPARE(n.state, CardNumbers::State::Value);
    QCOMPARE(n.value, text);
    QCOMPARE(n.unit, shownUnit);
    QCOMPARE(n.period, u"Week of 1 Jan 2024"_s);
    QVERIFY(n.change.isEmpty()); // one period: nothing to compare with
    QCOMPARE(n.trend, Trend::None);
}

void TstCardNumbers::change_data()
{
    QTest::addColumn<MetricKind>("kind");
    QTest::addColumn<double>("previous");
    QTest::addColumn<double>("latest");
    QTest::addColumn<QString>("change");
    QTest::addColumn<Trend>("trend");
    QTest::addColumn<TrendTone>("tone");

    QTest::newRow("up") << MetricKind::Breadth << 18.0 << 19.0 << u"+5.6%"_s << Trend::Up << TrendTone::Good;
    QTest::newRow("down") << MetricKind::Breadth << 200.0 << 150.0 << u"−25%"_s << Trend::Down << TrendTone::Bad;
    QTest::newRow("flat") << MetricKind::Breadth << 1000.0 << 1003.0 << u"+0.3%"_s << Trend::Flat << TrendTone::Neutral;
    QTest::newRow("unchanged") << MetricKind::Depth << 2.0 << 2.0 << u"±0%"_s << Trend::Flat << TrendTone::Neutral;
    QTest::newRow("lower is better: up is bad")
        << MetricKind::TimeToValue << 2.0 << 3.0 << u"+50%"_s << Trend::Up << TrendTone::Bad;
    QTest::newRow("lower is better: down is good")
        << MetricKind::TimeToValue << 4.0 << 3.0 << u"−25%"_s << Trend::Down << TrendTone::Good;
    QTest::newRow("share in points") << MetricKind::Activation << 0.40 << 0.421 << u"+2.1 pt"_s << Trend::Up
                                     << TrendTone::Good;
    QTest::newRow("share from zero") << MetricKind::Activation << 0.0 << 0.05 << u"+5.0 pt"_s << Trend::Up
                                     << TrendTone::Good;
    QTest::newRow("share flat") << MetricKind::Activation << 0.4 << 0.4004 << u"±0 pt"_s << Trend::Flat
                                << TrendTone::Neutral;
}

void TstCardNumbers::change()
{
    QFETCH(MetricKind, kind);
    QFETCH(double, previous);
    QFETCH(double, latest);
    QFETCH(QString, change);
    QFETCH(Trend, trend);
    QFETCH(TrendTone, tone);
    const CardNumbers n = cardNumbers(latestComplete(series(kind, {1.0, previous, latest})), kind, {}, u"week"_s, english);
    QCOMPARE(n.change, change);
    QCOMPARE(n.trend, trend);
    QCOMPARE(n.tone, tone);
    QVERIFY(lowerIsBetter(kind) == (kind == MetricKind::TimeToValue));
}

void TstCardNumbers::partialNeverDrivesTheHeadline()
{
    // A half-finished week at 3 is not a drop from 19: the headline stays on the complete one.
    const CardNumbers n = cardNumbers(latestComplete(series(MetricKind::Breadth, {17, 18, 19, 3}, 1)),
                                      MetricKind::Breadth, {}, u"week"_s, english);
    QCOMPARE(n.value, u"19"_s);
    QCOMPARE(n.change, u"+5.6%"_s);
    QCOMPARE(n.period, u"Week of 15 Jan 2024"_s);
    QCOMPARE(n.sparkline.size(), std::size_t(3)); // the partial week is left out
    QCOMPARE(n.sparkline.back(), std::optional<double>(19.0));

    // Nor is a partial week a baseline: no change after it.
    MetricSeries s = series(MetricKind::Breadth, {17, 18, 19});
    s.rows[1].partial = true;
    QVERIFY(cardNumbers(latestComplete(s), MetricKind::Breadth, {}, u"week"_s, english).change.isEmpty());
}

void TstCardNumbers::emptyRatio()
{
    const CardNumbers n = cardNumbers(latestComplete(series(MetricKind::Depth, {2.0, std::nan("")})),
                                      MetricKind::Depth, {}, u"month"_s, english);
    QCOMPARE(n.state, CardNumbers::State::Value);
    QCOMPARE(n.value, u"–"_s); // empty, never 0
    QVERIFY(n.change.isEmpty());
    QCOMPARE(n.period, u"January 2024"_s);
    QCOMPARE(n.sparkline.size(), std::size_t(2));
    QVERIFY(!n.sparkline.back());
}

void TstCardNumbers::onlyPartialAndNoData()
{
    const CardNumbers partial = cardNumbers(latestComplete(series(MetricKind::Breadth, {5}, 1)),
                                            MetricKind::Breadth, {}, u"week"_s, english);
    QCOMPARE(partial.state, CardNumbers::State::Hint);
    QCOMPARE(partial.hint, u"No complete week yet"_s);
    QCOMPARE(partial.sparklinePartial, std::vector<bool>{true});
    QVERIFY(partial.value.isEmpty());

    const CardNumbers none = cardNumbers(latestComplete(MetricSeries{}), MetricKind::Breadth, {}, u"week"_s, english);
    QCOMPARE(none.state, CardNumbers::State::Hint);
    QCOMPARE(none.hint, u"No data"_s);
    QCOMPARE(pendingNumbers().state, CardNumbers::State::Pending);
}

void TstCardNumbers::lifecycle()
{
    MetricSeries s = series(MetricKind::Lifecycle, {std::nan(""), std::nan("")});
    const CardNumbers n = cardNumbers(latestComplete(s), MetricKind::Lifecycle, {}, u"week"_s, english);
    QCOMPARE(n.state, CardNumbers::State::Hint);
    QVERIFY(n.value.isEmpty());
}

void TstCardNumbers::cardKeepsItsSize()
{
    const CardStyle style = CardStyle::standard();
    CardContent content;
    content.kind = NodeKind::Input;
    content.label = u"INPUT"_s;
    content.name = u"Learning days per week"_s;
    const QSizeF plain = cardSize(style, content);

    content.numbers = pendingNumbers();
    const QSizeF pending = cardSize(style, content);
    QVERIFY(pending.height() > plain.height());
    QCOMPARE(pending.width(), plain.width());

    content.numbers = cardNumbers(latestComplete(series(MetricKind::Frequency, {2.1, 2.4, 2.3, 2.6})),
                                  MetricKind::Frequency, u"days"_s, u"week"_s, english);
    QCOMPARE(cardSize(style, content), pending);
    content.numbers = hintNumbers(u"No data"_s);
    QCOMPARE(cardSize(style, content), pending);

    // And it paints (on a light input and on the dark North Star) without touching pixels
    // outside its paint rectangle.
    for (NodeKind kind : {NodeKind::Input, NodeKind::NorthStar}) {
        content.kind = kind;
        content.numbers = cardNumbers(latestComplete(series(MetricKind::Breadth, {10, 12, 9, 14})),
                                      MetricKind::Breadth, u"learners"_s, u"week"_s, english);
        const QSizeF size = cardSize(style, content);
        QImage image(QSize(int(size.width()) + 80, int(size.height()) + 80), QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        paintCard(painter, QRectF(QPointF(40, 40), size), style, content);
        painter.end();
        QVERIFY(image.pixelColor(0, 0).alpha() == 0);
        QVERIFY(image.pixelColor(int(40 + size.width() / 2), int(40 + size.height() / 2)).alpha() > 0);
    }
}

QTEST_MAIN(TstCardNumbers)
#include "tst_cardnumbers.moc"
