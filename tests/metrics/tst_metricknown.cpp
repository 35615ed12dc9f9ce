// Hand-computed answers on a tiny dataset, and the explicit edge cases of METRICS.md:
// empty ratios, partial periods, periods without activity, the median of an even count,
// dormant as a negative number, formulas (empty operands, division by zero, cycles,
// unknown names) and segments.

#include "activity/activitybuilder.h"
#include "metrics/csvseries.h"
#include "metrics/metricengine.h"

#include <QDateTime>
#include <QTest>

using namespace NorthStar;
using namespace Qt::StringLiterals;

namespace {

qint64 at(const QString &isoUtc)
{
    return QDateTime::fromString(isoUtc, Qt::ISODate).toMSecsSinceEpoch();
}

// Four users over three ISO weeks (UTC), hand-checked below:
//   week 2024-01-01 (Mon 1 .. Sun 7)   data start Wed 3rd -> partial
//   week 2024-01-08
//   week 2024-01-15                      data end Wed 17th -> partial
// ann: open Wed 3, booking Wed 3 (v 10), booking Thu 4 (v 20), booking Thu 4 (no value),
//      booking Tue 16
// bob: open Fri 5, booking Tue 9 (v 5)
// cid: open Mon 8, open Tue 9, open Wed 17
// dan: booking Wed 17 (v 1)   (attribute country=FR; the others DE, except cid unknown)
ActivityData tinyData()
{
    ActivityBuilder builder(QTimeZone::utc());
    const QStringList users{u"ann"_s, u"bob"_s, u"cid"_s, u"dan"_s};
    const QStringList events{u"open"_s, u"booking"_s};
    builder.addEvent(0, at(u"2024-01-03T08:00:00Z"_s), 0);
    builder.addEvent(0, at(u"2024-01-03T09:00:00Z"_s), 1, 10.0);
    builder.addEvent(0, at(u"2024-01-04T09:00:00Z"_s), 1, 20.0);
    builder.addEvent(0, at(u"2024-01-04T23:59:59Z"_s), 1);
    builder.addEvent(0, at(u"2024-01-16T12:00:00Z"_s), 1);
    builder.addEvent(1, at(u"2024-01-05T12:00:00Z"_s), 0);
    builder.addEvent(1, at(u"2024-01-09T12:00:00Z"_s), 1, 5.0);
    builder.addEvent(2, at(u"2024-01-08T00:00:00Z"_s), 0);
    builder.addEvent(2, at(u"2024-01-09T00:00:00Z"_s), 0);
    builder.addEvent(2, at(u"2024-01-17T10:00:00Z"_s), 0);
    builder.addEvent(3, at(u"2024-01-17T10:00:00Z"_s), 1, 1.0);
    ActivityData data = std::move(builder.finish(events, users)).value();
    AttributeColumn country{u"country"_s, {u"DE"_s, u"FR"_s, u"US"_s}, {0, 0, -1, 1}};
    data.attributes.push_back(country);
    return data;
}

MetricSpec spec(MetricKind kind, const QStringList &events = {}, int parameter = 1)
{
    MetricSpec s;
    s.kind = kind;
    s.events = events;
    s.k = s.threshold = s.window = parameter;
    return s;
}

using Values = QList<std::optional<double>>;

Values valuesOf(const MetricSeries &series)
{
    Values values;
    for (const SeriesRow &row : series.rows)
        values.append(row.value);
    return values;
}

constexpr std::nullopt_t empty = std::nullopt;

} // namespace

class TestMetricKnown : public QObject
{
    Q_OBJECT

private slots:
    void weekly_data();
    void weekly();
    void periodsAndPartial();
    void dayGrainHasEmptyRatiosAndNoFrequency();
    void lifecycleCounts();
    void activationCohortPartial();
    void medianOfEvenCount();
    void formulas_data();
    void formulas();
    void formulaErrors_data();
    void formulaErrors();
    void segments_data();
    void segments();
    void unknownEvent();
    void emptyData();
    void malformedDataIsAnError();
    void csvOfTinyData();
};

void TestMetricKnown::weekly_data()
{
    QTest::addColumn<MetricSpec>("spec");
    QTest::addColumn<Values>("expected");
    const QStringList booking{u"booking"_s};
    // Week 1: ann (open, 3 bookings on 2 dates), bob (open). Week 2: bob (booking), cid (2
    // opens). Week 3: ann (booking), cid (open), dan (booking).
    QTest::newRow("breadth all") << spec(MetricKind::Breadth) << Values{2, 2, 3};
    QTest::newRow("breadth booking") << spec(MetricKind::Breadth, booking) << Values{1, 1, 2};
    QTest::newRow("depth all") << spec(MetricKind::Depth) << Values{5.0 / 2, 3.0 / 2, 1};
    QTest::newRow("depth booking") << spec(MetricKind::Depth, booking) << Values{3, 1, 1};
    QTest::newRow("depth-value booking") << spec(MetricKind::DepthValue, booking) << Values{30, 5, 0.5};
    QTest::newRow("frequency all") << spec(MetricKind::Frequency) << Values{3.0 / 2, 3.0 / 2, 1};
    QTest::newRow("stickiness 1") << spec(MetricKind::Stickiness, {}, 1) << Values{1, 1, 3};
    QTest::newRow("stickiness 2") << spec(MetricKind::Stickiness, {}, 2) << Values{1, 1, 0};
    QTest::newRow("stickiness cumulative 1") << spec(MetricKind::StickinessCumulative, {}, 1) << Values{2, 2, 3};
    QTest::newRow("stickiness 8 exceeds a week") << spec(MetricKind::Stickiness, {}, 8) << Values{0, 0, 0};
    QTest::newRow("threshold 2") << spec(MetricKind::Threshold, {}, 2) << Values{1, 1, 0};
    QTest::newRow("threshold 1 booking") << spec(MetricKind::Threshold, booking, 1) << Values{1, 1, 2};
    // Cohorts: week 1 ann (f 3rd), bob (f 5th); week 2 cid; week 3 dan.
    // booking: ann day 0, bob day 4 (9th - 5th), cid never, dan day 0.
    QTest::newRow("activation 1") << spec(MetricKind::Activation, booking, 1) << Values{0.5, 0, 1};
    QTest::newRow("activation 4: day 4 is outside") << spec(MetricKind::Activation, booking, 4) << Values{0.5, 0, 1};
    QTest::newRow("activation 5") << spec(MetricKind::Activation, booking, 5) << Values{1, 0, 1};
    QTest::newRow("time-to-value") << spec(MetricKind::TimeToValue, booking) << Values{2, empty, 0};
}

void TestMetricKnown::weekly()
{
    QFETCH(MetricSpec, spec);
    QFETCH(Values, expected);
    const ActivityData data = tinyData();
    const Result<MetricSeries> series = MetricEngine(data).compute(spec, MetricRequest{});
    QVERIFY2(series.ok(), series.ok() ? "" : qPrintable(series.error()));
    QCOMPARE(valuesOf(*series), expected);
}

void TestMetricKnown::periodsAndPartial()
{
    const ActivityData data = tinyData();
    const MetricEngine engine(data);
    const Result<MetricSeries> weeks = engine.compute(spec(MetricKind::Breadth), MetricRequest{});
    QVERIFY(weeks.ok());
    QCOMPARE(weeks->rows.size(), 3u);
    QCOMPARE(weeks->rows[0].periodStart, QDate(2024, 1, 1));
    QCOMPARE(weeks->rows[1].periodStart, QDate(2024, 1, 8));
    QCOMPARE(weeks->rows[2].periodStart, QDate(2024, 1, 15));
    QCOMPARE(weeks->rows[0].partial, true);  // starts before Wed 3rd
    QCOMPARE(weeks->rows[1].partial, false);
    QCOMPARE(weeks->rows[2].partial, true);  // ends after Wed 17th

    // Sunday weeks: Sun 31 Dec, 7 Jan, 14 Jan.
    MetricRequest sunday;
    sunday.weekStart = WeekStart::Sunday;
    const Result<MetricSeries> sundayWeeks = engine.compute(spec(MetricKind::Breadth), sunday);
    QVERIFY(sundayWeeks.ok());
    QCOMPARE(sundayWeeks->rows.front().periodStart, QDate(2023, 12, 31));
    QCOMPARE(sundayWeeks->rows.back().periodStart, QDate(2024, 1, 14));

    MetricRequest month;
    month.grain = Grain::Month;
    const Result<MetricSeries> months = engine.compute(spec(MetricKind::Breadth), month);
    QVERIFY(months.ok());
    QCOMPARE(months->rows.size(), 1u);
    QCOMPARE(months->rows[0].periodStart, QDate(2024, 1, 1));
    QCOMPARE(months->rows[0].partial, true);
    QCOMPARE(months->rows[0].value, std::optional<double>(4));
}

void TestMetricKnown::dayGrainHasEmptyRatiosAndNoFrequency()
{
    const ActivityData data = tinyData();
    const MetricEngine engine(data);
    MetricRequest day;
    day.grain = Grain::Day;
    // 3rd .. 17th: 15 days, none partial; the 6th, 7th, 10th .. 15th have no activity.
    const Result<MetricSeries> breadth = engine.compute(spec(MetricKind::Breadth), day);
    QVERIFY(breadth.ok());
    QCOMPARE(breadth->rows.size(), 15u);
    QCOMPARE(breadth->rows[3].periodStart, QDate(2024, 1, 6));
    QCOMPARE(breadth->rows[3].value, std::optional<double>(0)); // a count: 0
    for (const SeriesRow &row : breadth->rows)
        QVERIFY(!row.partial);
    const Result<MetricSeries> depth = engine.compute(spec(MetricKind::Depth), day);
    QVERIFY(depth.ok());
    QCOMPARE(depth->rows[3].value, std::nullopt); // a ratio over nobody: empty, not 0
    QCOMPARE(depth->rows[0].value, std::optional<double>(2)); // the 3rd: ann's open and booking
    const Result<MetricSeries> frequency = engine.compute(spec(MetricKind::Frequency), day);
    QVERIFY(!frequency.ok());
    QVERIFY(frequency.error().contains(u"grain day"_s));
}

void TestMetricKnown::lifecycleCounts()
{
    const ActivityData data = tinyData();
    const Result<MetricSeries> series = MetricEngine(data).compute(spec(MetricKind::Lifecycle), MetricRequest{});
    QVERIFY(series.ok());
    QVERIFY(series->isLifecycle());
    QCOMPARE(series->lifecycle.size(), 3u);
    // Week 1: ann, bob new. Week 2: bob returning, cid new, ann dormant.
    // Week 3: ann resurrecting, cid returning, dan new, bob dormant.
    const LifecycleCounts w1 = series->lifecycle[0], w2 = series->lifecycle[1], w3 = series->lifecycle[2];
    QCOMPARE(QList<qint64>({w1.newUsers, w1.returning, w1.resurrecting, w1.dormant}), QList<qint64>({2, 0, 0, 0}));
    QCOMPARE(QList<qint64>({w2.newUsers, w2.returning, w2.resurrecting, w2.dormant}), QList<qint64>({1, 1, 0, -1}));
    QCOMPARE(QList<qint64>({w3.newUsers, w3.returning, w3.resurrecting, w3.dormant}), QList<qint64>({1, 1, 1, -1}));
}

void TestMetricKnown::activationCohortPartial()
{
    const ActivityData data = tinyData();
    const MetricEngine engine(data);
    // Week 2 ends Sun 14th; with W = 3 its window reaches the 16th <= 17th: complete.
    // With W = 5 it reaches the 18th, past the data: partial.
    Result<MetricSeries> w3 = engine.compute(spec(MetricKind::Activation, {u"booking"_s}, 3), MetricRequest{});
    QVERIFY(w3.ok());
    QCOMPARE(w3->rows[1].partial, false);
    Result<MetricSeries> w5 = engine.compute(spec(MetricKind::Activation, {u"booking"_s}, 5), MetricRequest{});
    QVERIFY(w5.ok());
    QCOMPARE(w5->rows[1].partial, true);
    QCOMPARE(w5->rows[0].partial, true); // the period itself is partial
}

void TestMetricKnown::medianOfEvenCount()
{
    // Four users first seen on Mon 2024-01-01, first booking after 0, 1, 4 and 10 days:
    // median of an even count = mean of the middle two = (1 + 4) / 2.
    ActivityBuilder builder(QTimeZone::utc());
    const int delays[] = {0, 1, 4, 10};
    for (UserIndex user = 0; user < 4; ++user) {
        builder.addEvent(user, at(u"2024-01-01T10:00:00Z"_s), 0);
        builder.addEvent(user, at(u"2024-01-01T10:00:00Z"_s) + qint64(delays[user]) * 86'400'000, 1);
    }
    const ActivityData data = std::move(builder.finish({u"open"_s, u"booking"_s}, {u"a"_s, u"b"_s, u"c"_s, u"d"_s})).value();
    MetricRequest month;
    month.grain = Grain::Month;
    const Result<MetricSeries> series = MetricEngine(data).compute(spec(MetricKind::TimeToValue, {u"booking"_s}), month);
    QVERIFY(series.ok());
    QCOMPARE(series->rows.size(), 1u);
    QCOMPARE(series->rows[0].value, std::optional<double>(2.5));
}

void TestMetricKnown::formulas_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<Values>("expected");
    QTest::addColumn<QList<bool>>("partial");
    // bookers = breadth booking {1, 1, 2}; users = breadth {2, 2, 3};
    // bookings = threshold 1 booking; depthB = depth booking {3, 1, 1}
    // openers = breadth open {2, 1, 1}; ttv = time-to-value booking {2, empty, 0}
    QTest::newRow("ratio") << u"bookers / users"_s << Values{0.5, 0.5, 2.0 / 3} << QList<bool>{true, false, true};
    QTest::newRow("product and constants") << u"(bookers + 1) * 2 - depthB"_s << Values{1, 3, 5} << QList<bool>{true, false, true};
    QTest::newRow("unary minus") << u"-users + 10"_s << Values{8, 8, 7} << QList<bool>{true, false, true};
    QTest::newRow("empty operand") << u"ttv + users"_s << Values{4, empty, 3} << QList<bool>{true, false, true};
    QTest::newRow("empty operand unused by the value") << u"0 * ttv + 1"_s << Values{1, empty, 1} << QList<bool>{true, false, true};
    QTest::newRow("division by zero") << u"users / (openers - 1)"_s << Values{2, empty, empty} << QList<bool>{true, false, true};
    QTest::newRow("nested formula") << u"ratio * 100"_s << Values{50, 50, 200.0 / 3} << QList<bool>{true, false, true};
    QTest::newRow("quoted name") << u"\"weekly users\" - users"_s << Values{0, 0, 0} << QList<bool>{true, false, true};
    QTest::newRow("constant only") << u"2 * (3 + 1)"_s << Values{8, 8, 8} << QList<bool>{true, false, true};
    // Metrics with their own segment: DE bookers {ann; bob; ann} over bookers {1, 1, 2}.
    QTest::newRow("segmented operand") << u"deBookers / bookers"_s << Values{1, 1, 0.5} << QList<bool>{true, false, true};
    // deUsers is the formula "users" with segment DE {2, 1, 1}; the plain "users" operand
    // must not reuse that result.
    QTest::newRow("segmented formula") << u"deUsers - users"_s << Values{0, -1, -2} << QList<bool>{true, false, true};
}

namespace {

MetricLookup tinyCatalog()
{
    return [](const QString &name) -> std::optional<MetricSpec> {
        const QStringList booking{u"booking"_s};
        MetricSpec formula = spec(MetricKind::Formula);
        if (name == u"bookers"_s)
            return spec(MetricKind::Breadth, booking);
        if (name == u"users"_s || name == u"weekly users"_s)
            return spec(MetricKind::Breadth);
        if (name == u"openers"_s)
            return spec(MetricKind::Breadth, {u"open"_s});
        if (name == u"depthB"_s)
            return spec(MetricKind::Depth, booking);
        if (name == u"ttv"_s)
            return spec(MetricKind::TimeToValue, booking);
        if (name == u"ratio"_s) {
            formula.formula = u"bookers / users"_s;
            return formula;
        }
        if (name == u"loopA"_s || name == u"loopB"_s) {
            formula.formula = name == u"loopA"_s ? u"loopB + 1"_s : u"users * loopA"_s;
            return formula;
        }
        if (name == u"deBookers"_s) {
            MetricSpec de = spec(MetricKind::Breadth, booking);
            de.segment = Segment{u"country"_s, u"DE"_s};
            return de;
        }
        if (name == u"deUsers"_s) {
            formula.formula = u"users"_s;
            formula.segment = Segment{u"country"_s, u"DE"_s};
            return formula;
        }
        if (name == u"life"_s)
            return spec(MetricKind::Lifecycle);
        if (name == u"badfreq"_s)
            return spec(MetricKind::Frequency);
        return std::nullopt;
    };
}

} // namespace

void TestMetricKnown::formulas()
{
    QFETCH(QString, formula);
    QFETCH(Values, expected);
    QFETCH(QList<bool>, partial);
    const ActivityData data = tinyData();
    MetricSpec s = spec(MetricKind::Formula);
    s.formula = formula;
    const Result<MetricSeries> series = MetricEngine(data).compute(s, MetricRequest{}, tinyCatalog());
    QVERIFY2(series.ok(), series.ok() ? "" : qPrintable(series.error()));
    const Values got = valuesOf(*series);
    QCOMPARE(got.size(), expected.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        QCOMPARE(got[i].has_value(), expected[i].has_value());
        if (got[i])
            QVERIFY(qFuzzyCompare(*got[i], *expected[i]));
        QCOMPARE(series->rows[std::size_t(i)].partial, partial[i]);
    }
}

void TestMetricKnown::formulaErrors_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("grain");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown name") << u"users / nobody"_s << u"week"_s << u"unknown metric 'nobody'"_s;
    QTest::newRow("cycle") << u"loopA"_s << u"week"_s << u"loopA -> loopB -> loopA"_s;
    QTest::newRow("lifecycle operand") << u"life + 1"_s << u"week"_s << u"lifecycle"_s;
    QTest::newRow("syntax") << u"users +"_s << u"week"_s << u"column 8"_s;
    QTest::newRow("operand error") << u"badfreq * 2"_s << u"day"_s << u"In 'badfreq'"_s;
}

void TestMetricKnown::formulaErrors()
{
    QFETCH(QString, formula);
    QFETCH(QString, grain);
    QFETCH(QString, message);
    const ActivityData data = tinyData();
    MetricSpec s = spec(MetricKind::Formula);
    s.formula = formula;
    MetricRequest request;
    request.grain = *grainFromName(grain);
    const Result<MetricSeries> series = MetricEngine(data).compute(s, request, tinyCatalog());
    QVERIFY(!series.ok());
    QVERIFY2(series.error().contains(message), qPrintable(series.error()));
}

void TestMetricKnown::segments_data()
{
    QTest::addColumn<QString>("segment");
    QTest::addColumn<Values>("expected");
    QTest::addColumn<QString>("error");
    // Breadth by week: DE = ann, bob; FR = dan; cid has no country.
    QTest::newRow("DE") << u"country = DE"_s << Values{2, 1, 1} << QString();
    QTest::newRow("FR") << u"country=FR"_s << Values{0, 0, 1} << QString();
    // US is a known value nobody active has: zero users, not an error.
    QTest::newRow("US") << u"country = US"_s << Values{0, 0, 0} << QString();
    QTest::newRow("unknown value") << u"country = de"_s << Values{} << u"known values: DE, FR, US"_s;
    QTest::newRow("unknown attribute") << u"plan = pro"_s << Values{} << u"unknown attribute 'plan'"_s;
}

void TestMetricKnown::segments()
{
    QFETCH(QString, segment);
    QFETCH(Values, expected);
    QFETCH(QString, error);
    const ActivityData data = tinyData();
    const Result<Segment> parsed = Segment::parse(segment);
    QVERIFY(parsed.ok());
    MetricRequest request;
    request.segment = *parsed;
    const Result<MetricSeries> series = MetricEngine(data).compute(spec(MetricKind::Breadth), request);
    if (!error.isEmpty()) {
        QVERIFY(!series.ok());
        QVERIFY2(series.error().contains(error), qPrintable(series.error()));
        return;
    }
    QVERIFY(series.ok());
    QCOMPARE(valuesOf(*series), expected);
    // Periods come from the whole workspace, not from the segment's activity.
    QCOMPARE(series->rows.front().periodStart, QDate(2024, 1, 1));
    QVERIFY(!Segment::parse(u"country"_s).ok());
    QVERIFY(!Segment::parse(u" = DE"_s).ok());

    // A metric's own segment applies on top of the request's: both must hold.
    MetricSpec own = spec(MetricKind::Breadth);
    own.segment = Segment{u"country"_s, u"DE"_s};
    const Result<MetricSeries> both = MetricEngine(data).compute(own, request);
    QVERIFY(both.ok());
    const Values expectedBoth = segment.endsWith(u"DE"_s) ? expected : Values{0, 0, 0};
    QCOMPARE(valuesOf(*both), expectedBoth);
}

void TestMetricKnown::unknownEvent()
{
    const ActivityData data = tinyData();
    const Result<MetricSeries> series = MetricEngine(data).compute(spec(MetricKind::Breadth, {u"Booking"_s}), MetricRequest{});
    QVERIFY(!series.ok());
    QVERIFY2(series.error().contains(u"'Booking'"_s) && series.error().contains(u"booking, open"_s), qPrintable(series.error()));
}

void TestMetricKnown::emptyData()
{
    const ActivityData data;
    const Result<MetricSeries> series = MetricEngine(data).compute(spec(MetricKind::Depth), MetricRequest{});
    QVERIFY(series.ok());
    QVERIFY(series->rows.empty());
    QCOMPARE(CsvSeries::format(*series), u"period_start,value,partial\n"_s);
}

void TestMetricKnown::malformedDataIsAnError()
{
    ActivityData data = tinyData();
    data.entries[1].day = data.lastDay + 40; // outside first/last day
    const Result<MetricSeries> series = MetricEngine(data).compute(spec(MetricKind::Breadth), MetricRequest{});
    QVERIFY(!series.ok());
    QVERIFY2(series.error().contains(u"inconsistent"_s), qPrintable(series.error()));
}

void TestMetricKnown::csvOfTinyData()
{
    const ActivityData data = tinyData();
    const MetricEngine engine(data);
    const Result<MetricSeries> depth = engine.compute(spec(MetricKind::Depth), MetricRequest{});
    QVERIFY(depth.ok());
    QCOMPARE(CsvSeries::format(*depth), u"period_start,value,partial\n2024-01-01,2.5,1\n2024-01-08,1.5,0\n2024-01-15,1,1\n"_s);
    MetricRequest day;
    day.grain = Grain::Day;
    const Result<MetricSeries> activation = engine.compute(spec(MetricKind::Activation, {u"booking"_s}, 1), day);
    QVERIFY(activation.ok());
    const QStringList lines = CsvSeries::format(*activation).split(u'\n');
    QCOMPARE(lines[0], u"period_start,value,partial"_s);
    QCOMPARE(lines[1], u"2024-01-03,1,0"_s);
    QCOMPARE(lines[2], u"2024-01-04,,0"_s); // nobody first seen: empty ratio
    const Result<MetricSeries> lifecycle = engine.compute(spec(MetricKind::Lifecycle), MetricRequest{});
    QVERIFY(lifecycle.ok());
    QCOMPARE(CsvSeries::format(*lifecycle),
             u"period_start,new,returning,resurrecting,dormant,partial\n2024-01-01,2,0,0,0,1\n2024-01-08,1,1,0,-1,0\n"
             "2024-01-15,1,1,1,-1,1\n"_s);
}

QTEST_GUILESS_MAIN(TestMetricKnown)
#include "tst_metricknown.moc"
