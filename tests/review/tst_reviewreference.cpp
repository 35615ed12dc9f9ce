// The reference review alone, without the engine: its arithmetic on hand-worked numbers,
// its review of the hand-worked workspace, and the outcomes planted in the generated data.
// When the engine and the reference disagree (tst_review), these say the reference does
// what REVIEW.md says, so the disagreement points at the engine.

#include "referencemath.h"
#include "referencereview.h"
#include "reviewcompare.h"
#include "reviewdata.h"

#include "metrics/metricspec.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace NorthStar;
using namespace NorthStar::ReviewTest;
namespace Ref = NorthStar::ReviewReference;

namespace {

Ref::OperandFunction fn(double (*f)(const std::vector<double> &))
{
    return [f](const std::vector<double> &x) { return std::optional<double>(f(x)); };
}

double numberAt(const QJsonObject &o, const QString &key)
{
    return o.value(key).toDouble(std::nan(""));
}

} // namespace

class TestReviewReference final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void median();
    void shapley_data();
    void shapley();
    void lineFit();
    void formula();
    void computationsAreValid();
    void handWorkedFormulas();
    void handWorkedLeverageAndSegments();
    void plantedOutcomes();
    void plantedTargetsAndCohort();
    void partsAddUp_data();
    void partsAddUp();
    void monthGrain();
    void pastPeriodUsesOnlyItsData();
    void errors();

private:
    QJsonObject review(const Ref::RawData &data, const WorkspaceData &model, const QString &tree,
                       const QString &grain = u"week"_s, std::optional<QDate> date = {});

    Ref::RawData m_planted, m_hand;
    WorkspaceData m_plantedModel, m_handModel;
};

void TestReviewReference::initTestCase()
{
    m_planted = plantedEvents(2);
    m_hand = handWorkedEvents();
    m_plantedModel = plantedModel();
    m_handModel = handWorkedModel();
}

QJsonObject TestReviewReference::review(const Ref::RawData &data, const WorkspaceData &model, const QString &tree,
                                        const QString &grain, std::optional<QDate> date)
{
    const auto r = Ref::review(data, model, {treeNamed(model, tree), grain, date});
    if (!r) {
        qWarning().noquote() << tree << r.error();
        return {};
    }
    return *r;
}

void TestReviewReference::median()
{
    QCOMPARE(Ref::median({5, 1, 3}), 3.0);
    QCOMPARE(Ref::median({4, 1, 3, 2}), 2.5);
    QCOMPARE(Ref::median({-2}), -2.0);
}

void TestReviewReference::shapley_data()
{
    QTest::addColumn<Ref::OperandFunction>("f");
    QTest::addColumn<std::vector<double>>("before");
    QTest::addColumn<std::vector<double>>("after");
    QTest::addColumn<std::vector<double>>("phi");
    // f = a*b, a 10 -> 12, b 5 -> 6: phi_a = 0.5*((12*5-10*5)+(12*6-10*6)) = 11, and phi_b
    // = 0.5*((10*6-10*5)+(12*6-12*5)) = 11; together 72 - 50.
    QTest::newRow("a*b") << fn([](const std::vector<double> &x) { return x[0] * x[1]; }) << std::vector<double>{10, 5}
                         << std::vector<double>{12, 6} << std::vector<double>{11, 11};
    // A sum splits into the operands' own changes.
    QTest::newRow("a+b+c") << fn([](const std::vector<double> &x) { return x[0] + x[1] + x[2]; })
                           << std::vector<double>{10, 5, 4} << std::vector<double>{12, 6, 1} << std::vector<double>{2, 1, -3};
    // a/c, 10/4 -> 12/1: phi_a = 0.5*((12/4-10/4)+(12/1-10/1)) = 1.25,
    // phi_c = 0.5*((10/1-10/4)+(12/1-12/4)) = 8.25; together 12 - 2.5.
    QTest::newRow("a/c") << fn([](const std::vector<double> &x) { return x[0] / x[1]; }) << std::vector<double>{10, 4}
                         << std::vector<double>{12, 1} << std::vector<double>{1.25, 8.25};
    // a*b/c with three operands (weights 1/3, 1/6, 1/6, 1/3): phi_a = 1/3*(60/4-50/4)
    // + 1/6*(72/4-60/4) + 1/6*(60-50) + 1/3*(72-60) = 7, phi_b = 7 likewise,
    // phi_c = 1/3*(50-12.5) + 1/6*(60-15) + 1/6*(60-15) + 1/3*(72-18) = 45.5; together 72 - 12.5.
    QTest::newRow("a*b/c") << fn([](const std::vector<double> &x) { return x[0] * x[1] / x[2]; })
                           << std::vector<double>{10, 5, 4} << std::vector<double>{12, 6, 1}
                           << std::vector<double>{7, 7, 45.5};
}

void TestReviewReference::shapley()
{
    QFETCH(Ref::OperandFunction, f);
    QFETCH(std::vector<double>, before);
    QFETCH(std::vector<double>, after);
    QFETCH(std::vector<double>, phi);
    const auto got = Ref::shapley(f, before, after);
    QCOMPARE(got.size(), phi.size());
    double sum = 0;
    for (std::size_t i = 0; i < phi.size(); ++i) {
        QVERIFY(got[i]);
        QVERIFY2(std::abs(*got[i] - phi[i]) < 1e-12, qPrintable(QString::number(*got[i])));
        sum += *got[i];
    }
    QVERIFY(std::abs(sum - (*f(after) - *f(before))) < 1e-12);
}

void TestReviewReference::lineFit()
{
    // On a line: exact, no residual.
    const auto exact = Ref::fitLine({3, 4, 5, 6}, {9, 11, 13, 15});
    QCOMPARE(exact.b, 2.0);
    QCOMPARE(exact.a, 3.0);
    QCOMPARE(exact.squaredResiduals, 0.0);
    // By hand: t 0..7, y 1 3 2 5 4 6 7 8: Stt = 42, Sty = 40, Syy = 42, so b = 20/21,
    // a = 4.5 - 3.5 b = 7/6 and the squared residuals 42 - 40 b = 82/21.
    const auto fit = Ref::fitLine({0, 1, 2, 3, 4, 5, 6, 7}, {1, 3, 2, 5, 4, 6, 7, 8});
    QVERIFY(std::abs(fit.b - 20.0 / 21) < 1e-12);
    QVERIFY(std::abs(fit.a - 7.0 / 6) < 1e-12);
    QVERIFY(std::abs(fit.squaredResiduals - 82.0 / 21) < 1e-12);
}

void TestReviewReference::formula()
{
    const auto f = Ref::Formula::parse(u"\"Weekly visitors\" * 2 - -b / (c + 1)"_s);
    QVERIFY(f);
    QCOMPARE(f->operands(), (QStringList{u"Weekly visitors"_s, u"b"_s, u"c"_s}));
    QCOMPARE(*f->evaluate({10.0, 6.0, 2.0}), 22.0); // 20 - (-6/3)
    QVERIFY(!f->evaluate({10.0, 6.0, -1.0}));       // division by zero: empty
    QVERIFY(!f->evaluate({10.0, std::nullopt, 2.0})); // an empty operand: empty
    QCOMPARE(*Ref::Formula::parse(u"a - b - c"_s)->evaluate({10.0, 3.0, 2.0}), 5.0); // left to right
    QCOMPARE(*Ref::Formula::parse(u"a + b * c"_s)->evaluate({1.0, 2.0, 3.0}), 7.0);  // precedence
    QVERIFY(!Ref::Formula::parse(u"a * (b"_s));
    QVERIFY(!Ref::Formula::parse(u"a b"_s));
}

void TestReviewReference::computationsAreValid()
{
    // The reference reads the JSON by hand; the engine validates it. A generator typo
    // must fail here rather than make the two read different metrics.
    for (const WorkspaceData *model : {&m_plantedModel, &m_handModel}) {
        for (const Metric &m : model->metrics) {
            if (m.computation.isEmpty())
                continue;
            const auto spec = MetricSpec::fromJson(m.computation);
            QVERIFY2(spec, qPrintable(m.name + u": "_s + (spec ? QString() : spec.error())));
            QCOMPARE(spec->toJson(), m.computation);
        }
    }
}

void TestReviewReference::handWorkedFormulas()
{
    const QJsonObject product = review(m_hand, m_handModel, u"Product"_s);
    QCOMPARE(product.value(u"period"_s).toString(), u"2025-03-10"_s);
    QCOMPARE(product.value(u"previous"_s).toString(), u"2025-03-03"_s);
    QCOMPARE(numberAt(metricEntry(product, u"a"_s), u"value"_s), 12.0);
    QCOMPARE(numberAt(metricEntry(product, u"a"_s), u"previous"_s), 10.0);
    QCOMPARE(numberAt(metricEntry(product, u"b"_s), u"change"_s), 1.0);
    QCOMPARE(numberAt(metricEntry(product, u"b"_s), u"relative_change"_s), 0.2);
    const QJsonObject ab = contributionOf(product, u"a times b"_s);
    QCOMPARE(ab.value(u"method"_s).toString(), u"formula"_s);
    QCOMPARE(numberAt(ab, u"change"_s), 22.0);
    QCOMPARE(numberAt(partOf(ab, u"a"_s), u"contribution"_s), 11.0);
    QCOMPARE(numberAt(partOf(ab, u"b"_s), u"contribution"_s), 11.0);
    QVERIFY(ab.value(u"unexplained"_s).isNull());
    QVERIFY(product.value(u"segments"_s).toArray().isEmpty()); // formulas are not split by segment

    const QJsonObject sum = contributionOf(review(m_hand, m_handModel, u"Sum"_s), u"a plus b plus c"_s);
    QCOMPARE(numberAt(sum, u"change"_s), 0.0);
    QCOMPARE(numberAt(partOf(sum, u"c"_s), u"contribution"_s), -3.0);

    // c is an operand but not a child: reported under its own name.
    const QJsonObject ratio = contributionOf(review(m_hand, m_handModel, u"Ratio"_s), u"a over c"_s);
    QCOMPARE(numberAt(ratio, u"change"_s), 9.5);
    QCOMPARE(numberAt(partOf(ratio, u"a"_s), u"contribution"_s), 1.25);
    QCOMPARE(numberAt(partOf(ratio, u"c"_s), u"contribution"_s), 8.25);

    const QJsonObject three = contributionOf(review(m_hand, m_handModel, u"Three"_s), u"ab over c"_s);
    QVERIFY(std::abs(numberAt(partOf(three, u"c"_s), u"contribution"_s) - 45.5) < 1e-12);
    QVERIFY(std::abs(numberAt(partOf(three, u"a"_s), u"contribution"_s) - 7) < 1e-12);
}

void TestReviewReference::handWorkedLeverageAndSegments()
{
    const QJsonObject r = review(m_hand, m_handModel, u"Leverage"_s);
    const QJsonObject a = contributionOf(r, u"a"_s);
    QCOMPARE(a.value(u"method"_s).toString(), u"leverage"_s);
    QCOMPARE(numberAt(a, u"change"_s), 2.0);
    QCOMPARE(numberAt(partOf(a, u"b"_s), u"contribution"_s), 0.5); // 0.5 * (6 - 5)
    QVERIFY(partOf(a, u"c"_s).value(u"contribution"_s).isNull()); // no leverage on its edge
    QCOMPARE(numberAt(a, u"unexplained"_s), 1.5);
    // A count splits into the segments' own changes: DE 6 -> 5, NL 4 -> 0, FR 0 -> 4,
    // no country 0 -> 3; the plan has a single segment.
    QCOMPARE(numberAt(segmentOf(r, u"country"_s, u"DE"_s), u"contribution"_s), -1.0);
    QCOMPARE(numberAt(segmentOf(r, u"country"_s, u"NL"_s), u"contribution"_s), -4.0);
    QCOMPARE(numberAt(segmentOf(r, u"country"_s, u"FR"_s), u"contribution"_s), 4.0);
    QCOMPARE(numberAt(segmentOf(r, u"country"_s, u"(none)"_s), u"contribution"_s), 3.0);
    QCOMPARE(numberAt(segmentOf(r, u"plan"_s, u"free"_s), u"contribution"_s), 2.0);
    QCOMPARE(r.value(u"segments"_s).toArray().size(), 5);
    // Promo ships in P: too early on both inputs it serves.
    QCOMPARE(verdictLines(r), (QStringList{u"Promo on b: too_early"_s, u"Promo on c: too_early"_s}));
    QVERIFY(workEntry(r, u"Promo"_s, u"b"_s).value(u"effect"_s).isNull());
    QCOMPARE(numberAt(workEntry(r, u"Promo"_s, u"b"_s), u"expected"_s), 0.1);
    QCOMPARE(workEntry(r, u"Promo"_s, u"b"_s).value(u"expected_relative"_s).toBool(), true);

    // Depth of ea, R = 16/10 -> 25/12. DE (w 0.6 -> 5/12, r 2 -> 2): mix 0.4*(5/12-0.6);
    // NL absent in P (r' = r = 1): mix (1-1.6)*(0-0.4) = 0.24; FR absent in P-1 (r = R):
    // interaction (1/3)*(3-1.6); no country (r = R): interaction 0.25*(1-1.6) = -0.15.
    const QJsonObject depth = review(m_hand, m_handModel, u"Depth"_s);
    QVERIFY(std::abs(numberAt(metricEntry(depth, u"a depth"_s), u"change"_s) - (25.0 / 12 - 1.6)) < 1e-12);
    const auto segment = [&](const QString &value) { return numberAt(segmentOf(depth, u"country"_s, value), u"contribution"_s); };
    QVERIFY(std::abs(segment(u"DE"_s) - 0.4 * (5.0 / 12 - 0.6)) < 1e-12);
    QVERIFY(std::abs(segment(u"NL"_s) - 0.24) < 1e-12);
    QVERIFY(std::abs(segment(u"FR"_s) - (1.0 / 3) * 1.4) < 1e-12);
    QVERIFY(std::abs(segment(u"(none)"_s) + 0.15) < 1e-12);
}

void TestReviewReference::plantedOutcomes()
{
    const QJsonObject r = review(m_planted, m_plantedModel, u"Growth"_s);
    QCOMPARE(r.value(u"period"_s).toString(), u"2025-07-28"_s); // week 30 is partial
    QCOMPARE(verdictLines(r), (QStringList{
                                  u"Ads experiment on Sharers: moved_down"_s,
                                  u"Dark mode on Searchers: moved_up"_s,
                                  u"Data pipeline on Undefined input: no_data"_s,
                                  u"Early bird on Saved items: too_little_history"_s,
                                  u"Faster search on Searchers: as_expected"_s,
                                  u"New ranking on Search depth: opposite"_s,
                                  u"Onboarding tour on Setup rate: too_early"_s,
                                  u"Quick filters on Search depth: too_early"_s,
                                  u"Share button on Sharers: smaller_than_expected"_s,
                                  u"Wishlist on Saved items: no_clear_effect"_s,
                              }));
    QCOMPARE(disconnectLines(r), (QStringList{
                                     u"guardrail_breached Complaints"_s,
                                     u"idle_input Share depth"_s,
                                     u"off_target Setup rate"_s,
                                     u"off_target Weekly visitors"_s,
                                     u"unexplained_movement Saved items"_s,
                                     u"work_without_effect Saved items [Wishlist]"_s,
                                     u"work_without_effect Search depth [New ranking]"_s,
                                     u"work_without_effect Sharers [Share button]"_s,
                                 }));
    // The planted sizes come back: +36 searchers (~22% of the course), -0.4 searches per searcher.
    QVERIFY(std::abs(numberAt(workEntry(r, u"Faster search"_s, u"Searchers"_s), u"effect"_s) - 36) < 1.5);
    QVERIFY(std::abs(numberAt(workEntry(r, u"New ranking"_s, u"Search depth"_s), u"effect"_s) + 0.4) < 0.03);
    QVERIFY(std::abs(numberAt(workEntry(r, u"Share button"_s, u"Sharers"_s), u"effect"_s) - 5) < 1.5);
    const QJsonObject saved = metricEntry(r, u"Saved items"_s);
    QVERIFY(saved.value(u"unusual"_s).toBool());
    QVERIFY(numberAt(saved, u"value"_s) > numberAt(saved, u"usual_high"_s));
    const QJsonObject searchers = metricEntry(r, u"Searchers"_s);
    QVERIFY(!searchers.value(u"unusual"_s).toBool());
    QVERIFY(numberAt(searchers, u"usual_low"_s) <= numberAt(searchers, u"value"_s));
    QVERIFY(numberAt(searchers, u"value"_s) <= numberAt(searchers, u"usual_high"_s));
    QVERIFY(metricEntry(r, u"Undefined input"_s).value(u"value"_s).isNull());
}

void TestReviewReference::plantedTargetsAndCohort()
{
    const QJsonObject growth = review(m_planted, m_plantedModel, u"Growth"_s);
    const QJsonObject engagement = review(m_planted, m_plantedModel, u"Engagement"_s);
    const auto status = [](const QJsonObject &r, const QString &metric) {
        return metricEntry(r, metric).value(u"target"_s).toObject().value(u"status"_s).toString();
    };
    QCOMPARE(status(growth, u"Weekly visitors"_s), u"behind"_s); // default baseline
    QCOMPARE(status(growth, u"Setup rate"_s), u"behind"_s);      // stored baseline
    QCOMPARE(status(engagement, u"Visits per visitor"_s), u"on_track"_s);
    QCOMPARE(status(engagement, u"Visit days"_s), u"reached"_s);
    QVERIFY(metricEntry(growth, u"Searchers"_s).value(u"target"_s).isNull());
    // Setup rate from B = 0.3 on 2025-01-01 to 0.7 on 2025-10-01, at 2025-07-27 (the last day
    // of its cohort week): 0.3 + 0.4 * 207/273.
    QVERIFY(std::abs(numberAt(metricEntry(growth, u"Setup rate"_s).value(u"target"_s).toObject(), u"expected"_s)
                     - (0.3 + 0.4 * 207 / 273)) < 1e-12);
    QCOMPARE(metricEntry(growth, u"Setup rate"_s).value(u"period"_s).toString(), u"2025-07-21"_s);
    QCOMPARE(metricEntry(growth, u"Complaints"_s).value(u"role"_s).toString(), u"guardrail"_s);
    QVERIFY(!disconnectLines(engagement).contains(u"guardrail_breached Complaints"_s)); // at least 5 there
    // The segments absent in one of the two periods are there.
    QVERIFY(!segmentOf(engagement, u"country"_s, u"NL"_s).isEmpty());
    QVERIFY(!segmentOf(engagement, u"plan"_s, u"team"_s).isEmpty());
    QCOMPARE(numberAt(segmentOf(growth, u"country"_s, u"NL"_s), u"contribution"_s), -20.0);
    QCOMPARE(numberAt(segmentOf(growth, u"plan"_s, u"team"_s), u"contribution"_s), 12.0);
}

void TestReviewReference::partsAddUp_data()
{
    QTest::addColumn<QString>("tree");
    QTest::addColumn<QString>("grain");
    for (const QString &grain : {u"week"_s, u"month"_s}) {
        for (const QString &tree : {u"Growth"_s, u"Engagement"_s, u"Activation"_s, u"Search share"_s})
            QTest::addRow("%s %s", qPrintable(tree), qPrintable(grain)) << tree << grain;
    }
}

void TestReviewReference::partsAddUp()
{
    QFETCH(QString, tree);
    QFETCH(QString, grain);
    const QJsonObject r = review(m_planted, m_plantedModel, tree, grain);
    QVERIFY(!r.isEmpty());
    const QJsonObject northStar = r.value(u"metrics"_s).toArray().first().toObject();
    const double change = numberAt(northStar, u"change"_s);
    const QJsonArray segments = r.value(u"segments"_s).toArray();
    QCOMPARE(segments.isEmpty(), tree == u"Search share");
    for (const QString &attribute : {u"country"_s, u"plan"_s}) {
        double sum = 0;
        for (const QJsonValue &s : segments)
            sum += s.toObject().value(u"attribute"_s) == attribute ? s.toObject().value(u"contribution"_s).toDouble() : 0.0;
        if (!segments.isEmpty())
            QVERIFY2(std::abs(sum - change) < 1e-9 * std::max(1.0, std::abs(change)), qPrintable(attribute));
    }
    for (const QJsonValue &v : r.value(u"contributions"_s).toArray()) {
        const QJsonObject c = v.toObject();
        const double parts = sumOf(c.value(u"parts"_s).toArray(), u"contribution"_s);
        if (c.value(u"method"_s).toString() == u"formula")
            QVERIFY(std::abs(parts - numberAt(c, u"change"_s)) < 1e-9);
        if (c.value(u"method"_s).toString() == u"leverage")
            QVERIFY(std::abs(parts + numberAt(c, u"unexplained"_s) - numberAt(c, u"change"_s)) < 1e-9);
    }
}

void TestReviewReference::monthGrain()
{
    const QJsonObject r = review(m_planted, m_plantedModel, u"Growth"_s, u"month"_s);
    QCOMPARE(r.value(u"period"_s).toString(), u"2025-07-01"_s);
    QCOMPARE(r.value(u"previous"_s).toString(), u"2025-06-01"_s);
    QCOMPARE(metricEntry(r, u"Setup rate"_s).value(u"period"_s).toString(), u"2025-06-01"_s);
    // February .. June give 4 changes before July: too few for a usual range.
    QVERIFY(metricEntry(r, u"Saved items"_s).value(u"usual_low"_s).isNull());
    for (const QString &line : verdictLines(r))
        QVERIFY2(line.endsWith(u"too_early"_s) || line.endsWith(u"too_little_history"_s) || line.endsWith(u"no_data"_s),
                 qPrintable(line));
}

void TestReviewReference::pastPeriodUsesOnlyItsData()
{
    // The review of week 26 reads the same with the later data removed.
    const QJsonObject past = review(m_planted, m_plantedModel, u"Growth"_s, u"week"_s, QDate(2025, 7, 9));
    const QJsonObject then = review(eventsUpTo(m_planted, QDate(2025, 7, 13)), m_plantedModel, u"Growth"_s);
    QCOMPARE(past.value(u"period"_s).toString(), u"2025-07-07"_s);
    const QStringList differences = compareReviews(past, then);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    QVERIFY(past != review(m_planted, m_plantedModel, u"Growth"_s)); // and differs from the latest
}

void TestReviewReference::errors()
{
    const auto error = [](const Ref::RawData &data, const WorkspaceData &model, Id tree, const QString &grain,
                          std::optional<QDate> date) {
        const auto r = Ref::review(data, model, {tree, grain, date});
        return r ? QString() : r.error();
    };
    const Id growth = treeNamed(m_plantedModel, u"Growth"_s);
    QVERIFY(!error(m_hand, m_handModel, treeNamed(m_handModel, u"No computation"_s), u"week"_s, {}).isEmpty());
    QVERIFY(!error({}, m_plantedModel, growth, u"week"_s, {}).isEmpty());
    QVERIFY(!error(m_planted, m_plantedModel, growth, u"day"_s, {}).isEmpty());
    QVERIFY(!error(m_planted, m_plantedModel, 999999, u"week"_s, {}).isEmpty());
    QVERIFY(!error(m_planted, m_plantedModel, growth, u"week"_s, QDate(2024, 6, 1)).isEmpty());
    QVERIFY(!error(m_planted, m_plantedModel, growth, u"week"_s, QDate(2026, 1, 1)).isEmpty());
    QVERIFY(!error(m_planted, m_plantedModel, growth, u"week"_s, QDate(2025, 8, 5)).isEmpty()); // partial
    QVERIFY(!error(m_planted, m_plantedModel, growth, u"week"_s, QDate(2025, 1, 9)).isEmpty()); // partial
    QVERIFY(error(m_planted, m_plantedModel, growth, u"week"_s, QDate(2025, 1, 13)).isEmpty());
}

QTEST_GUILESS_MAIN(TestReviewReference)
#include "tst_reviewreference.moc"
