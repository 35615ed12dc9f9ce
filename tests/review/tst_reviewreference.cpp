// The reference review alone, without the engine: its arithmetic on hand-worked numbers,
// its review of the hand-worked workspace, and the outcomes planted in the generated data.
// When the engine and the reference disagree (tst_review), these say the reference does
// what REVIEW.md says, so the disagreement points at the engine.

#include "referencemath.h"
#include "referencereview.h"
#include "reviewcompare.h"
#include "reviewdata.h"
#include "reviewexpectations.h"

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
    void handWorked_data();
    void handWorked();
    void planted();
    void partsAddUp_data();
    void partsAddUp();
    void monthGrain();
    void pastPeriodUsesOnlyItsData();
    void errors();
    void comparisonCanFail();

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

void TestReviewReference::handWorked_data()
{
    QTest::addColumn<QString>("tree");
    for (const QString &tree : {u"Product"_s, u"Sum"_s, u"Ratio"_s, u"Three"_s, u"Leverage"_s, u"Depth"_s, u"Formula extra"_s, u"Leverage gap"_s})
        QTest::newRow(qPrintable(tree)) << tree;
}

void TestReviewReference::handWorked()
{
    QFETCH(QString, tree);
    const QJsonObject r = review(m_hand, m_handModel, tree);
    const QStringList problems = ReviewTest::handWorked(tree, r) + ReviewTest::partsAddUp(r);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestReviewReference::planted()
{
    const QJsonObject growth = review(m_planted, m_plantedModel, u"Growth"_s);
    const QJsonObject engagement = review(m_planted, m_plantedModel, u"Engagement"_s);
    const QStringList problems = plantedGrowth(growth) + plantedTargets(growth, engagement)
                                 + plantedKinds(review(m_planted, m_plantedModel, u"Lifecycle"_s),
                                                review(m_planted, m_plantedModel, u"Habits"_s),
                                                review(m_planted, m_plantedModel, u"Saving"_s))
                                 + plantedProbes(review(m_planted, m_plantedModel, u"Probes"_s));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestReviewReference::partsAddUp_data()
{
    QTest::addColumn<QString>("tree");
    QTest::addColumn<QString>("grain");
    for (const QString &grain : {u"week"_s, u"month"_s}) {
        for (const QString &tree : {u"Growth"_s, u"Engagement"_s, u"Activation"_s, u"Search share"_s, u"Habits"_s, u"Lifecycle"_s, u"Saving"_s, u"Probes"_s})
            QTest::addRow("%s %s", qPrintable(tree), qPrintable(grain)) << tree << grain;
    }
}

void TestReviewReference::partsAddUp()
{
    QFETCH(QString, tree);
    QFETCH(QString, grain);
    const QJsonObject r = review(m_planted, m_plantedModel, tree, grain);
    QVERIFY(!r.isEmpty());
    QCOMPARE(r.value(u"segments"_s).toArray().isEmpty(), tree == u"Search share"); // a formula is not split
    const QStringList problems = ReviewTest::partsAddUp(r);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestReviewReference::monthGrain()
{
    const QStringList problems = plantedMonth(review(m_planted, m_plantedModel, u"Growth"_s, u"month"_s));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
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

void TestReviewReference::comparisonCanFail()
{
    // compareReviews() must see every kind of difference, or tst_review proves nothing.
    const QJsonObject r = review(m_hand, m_handModel, u"Leverage"_s);
    QVERIFY(compareReviews(r, r).isEmpty());
    const auto withMetric = [&](const QString &key, const QJsonValue &value) {
        QJsonObject copy = r;
        QJsonArray metrics = copy[u"metrics"_s].toArray();
        QJsonObject first = metrics[0].toObject();
        first[key] = value;
        metrics[0] = first;
        copy[u"metrics"_s] = metrics;
        return copy;
    };
    const double value = metricEntry(r, u"a"_s).value(u"value"_s).toDouble();
    QVERIFY(compareReviews(withMetric(u"value"_s, value * (1 + 1e-12)), r).isEmpty()); // 12 digits are enough
    QCOMPARE(compareReviews(withMetric(u"value"_s, value * (1 + 1e-6)), r).size(), 1);
    QCOMPARE(compareReviews(withMetric(u"usual_low"_s, 0.0), r).size(), 1); // null vs 0
    QCOMPARE(compareReviews(withMetric(u"unusual"_s, true), r).size(), 1);
    QCOMPARE(compareReviews(withMetric(u"extra"_s, 1), r).size(), 1);
    QCOMPARE(compareReviews(withMetric(u"role"_s, u"input"_s), r).size(), 1);

    QJsonObject fewer = r;
    QJsonArray segments = fewer[u"segments"_s].toArray();
    segments.removeAt(1);
    fewer[u"segments"_s] = segments;
    QCOMPARE(compareReviews(fewer, r).size(), 1);
    QJsonObject doubled = r;
    QJsonArray disconnects = doubled[u"disconnects"_s].toArray();
    QVERIFY(!disconnects.isEmpty());
    disconnects.append(disconnects.first());
    doubled[u"disconnects"_s] = disconnects;
    QCOMPARE(compareReviews(doubled, r).size(), 1);
    QJsonObject verdict = r;
    QJsonArray work = verdict[u"work"_s].toArray();
    QJsonObject item = work[0].toObject();
    item[u"verdict"_s] = u"as_expected"_s;
    work[0] = item;
    verdict[u"work"_s] = work;
    QCOMPARE(compareReviews(verdict, r).size(), 1);
}

QTEST_GUILESS_MAIN(TestReviewReference)
#include "tst_reviewreference.moc"
