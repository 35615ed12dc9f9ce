// Leverage fit on synthetic series with known coefficients, its "not enough history" and
// degenerate cases, and the what-if propagation on small graphs.

#include "metrics/leveragefit.h"
#include "metrics/whatif.h"

#include <QTest>

#include <cmath>

using namespace NorthStar;
using namespace Qt::StringLiterals;

namespace {

std::vector<SeriesRow> series(const std::vector<double> &values)
{
    std::vector<SeriesRow> rows;
    for (std::size_t i = 0; i < values.size(); ++i)
        rows.push_back({QDate(2024, 1, 1).addDays(qint64(i) * 7), values[i], false});
    return rows;
}

// Two wandering inputs and a parent = 40 + 2.5 * a - 0.75 * b (+ optional noise).
struct Synthetic
{
    std::vector<SeriesRow> parent;
    std::vector<std::vector<SeriesRow>> inputs;
};

Synthetic synthetic(int periods, double noise)
{
    quint64 state = 42;
    auto uniform = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return double(state >> 11) / double(1ULL << 53) - 0.5;
    };
    std::vector<double> a, b, parent;
    double x = 100, y = 50;
    for (int i = 0; i < periods; ++i) {
        x += 10 * uniform();
        y += 10 * uniform();
        a.push_back(x);
        b.push_back(y);
        parent.push_back(40 + 2.5 * x - 0.75 * y + noise * uniform());
    }
    return {series(parent), {series(a), series(b)}};
}

} // namespace

class TestLeverage : public QObject
{
    Q_OBJECT

private slots:
    void exactFit();
    void noisyFit();
    void skipsPartialAndEmpty();
    void notEnoughHistory();
    void degenerateInputs();
    void whatIfChain();
    void whatIfSharedParent();
    void whatIfErrors();
};

void TestLeverage::exactFit()
{
    const Synthetic data = synthetic(20, 0.0);
    const Result<LeverageFit> fit = fitLeverage(data.parent, data.inputs);
    QVERIFY2(fit.ok(), fit.ok() ? "" : qPrintable(fit.error()));
    QCOMPARE(fit->coefficients.size(), 2u);
    QVERIFY(std::abs(fit->coefficients[0] - 2.5) < 1e-9);
    QVERIFY(std::abs(fit->coefficients[1] + 0.75) < 1e-9);
    QVERIFY(fit->rSquared.has_value());
    QVERIFY(std::abs(*fit->rSquared - 1.0) < 1e-12);
    QCOMPARE(fit->periodsUsed, 19);
}

void TestLeverage::noisyFit()
{
    const Synthetic data = synthetic(200, 4.0);
    const Result<LeverageFit> fit = fitLeverage(data.parent, data.inputs);
    QVERIFY(fit.ok());
    QVERIFY2(std::abs(fit->coefficients[0] - 2.5) < 0.1, qPrintable(QString::number(fit->coefficients[0])));
    QVERIFY2(std::abs(fit->coefficients[1] + 0.75) < 0.1, qPrintable(QString::number(fit->coefficients[1])));
    QVERIFY(*fit->rSquared > 0.5 && *fit->rSquared < 1.0);
}

void TestLeverage::skipsPartialAndEmpty()
{
    Synthetic data = synthetic(10, 0.0);
    data.parent.front().partial = true;     // drops change 0 -> 1
    data.inputs[1][5].value = std::nullopt; // drops 4 -> 5 and 5 -> 6
    data.parent.back().partial = true;      // drops 8 -> 9
    const Result<LeverageFit> fit = fitLeverage(data.parent, data.inputs);
    QVERIFY(fit.ok());
    QCOMPARE(fit->periodsUsed, 5);
    QVERIFY(std::abs(fit->coefficients[0] - 2.5) < 1e-9);
}

void TestLeverage::notEnoughHistory()
{
    const Synthetic data = synthetic(3, 0.0); // 2 changes for 2 inputs
    const Result<LeverageFit> fit = fitLeverage(data.parent, data.inputs);
    QVERIFY(!fit.ok());
    QVERIFY2(fit.error().contains(u"Not enough history"_s) && fit.error().contains(u"need at least 3"_s),
             qPrintable(fit.error()));
    QVERIFY(fitLeverage(series({1, 2, 4}), {series({1, 2, 3})}).ok()); // 2 changes, 1 input
}

void TestLeverage::degenerateInputs()
{
    const std::vector<SeriesRow> a = series({1, 3, 2, 6, 5});
    const std::vector<SeriesRow> twice = series({2, 6, 4, 12, 10});
    const Result<LeverageFit> lockstep = fitLeverage(series({1, 2, 3, 4, 5}), {a, twice});
    QVERIFY(!lockstep.ok());
    QVERIFY2(lockstep.error().contains(u"lockstep"_s), qPrintable(lockstep.error()));
    std::vector<SeriesRow> shifted = a;
    shifted[0].periodStart = QDate(2020, 1, 1);
    QVERIFY(!fitLeverage(series({1, 2, 3, 4, 5}), {shifted}).ok());
    QVERIFY(!fitLeverage(series({1, 2, 3}), {}).ok());
    // A parent that never changes: the fit is 0 and R² is undefined (empty).
    const Result<LeverageFit> flat = fitLeverage(series({5, 5, 5, 5}), {a});
    QVERIFY(!flat.ok() || !flat->rSquared.has_value());
}

void TestLeverage::whatIfChain()
{
    // root (1000) <- a (100, leverage 2) <- b (50, leverage 0.5); root <- c (10, leverage 3).
    LeverageGraph graph;
    graph.nodes = {{u"root"_s, 1000}, {u"a"_s, 100}, {u"b"_s, 50}, {u"c"_s, 10}};
    graph.edges = {{1, 0, 2.0}, {2, 1, 0.5}, {3, 0, 3.0}};
    const Result<std::vector<WhatIfChange>> changes = whatIf(graph, 2, 10.0);
    QVERIFY(changes.ok());
    QCOMPARE(changes->size(), 3u); // b, a, root; c does not move
    QCOMPARE((*changes)[0].node, 2);
    QCOMPARE((*changes)[0].absoluteChange, 5.0);
    QCOMPARE(*(*changes)[0].percentChange, 10.0);
    QCOMPARE((*changes)[1].node, 1);
    QCOMPARE((*changes)[1].absoluteChange, 2.5);
    QCOMPARE(*(*changes)[1].percentChange, 2.5);
    QCOMPARE((*changes)[2].node, 0);
    QCOMPARE((*changes)[2].absoluteChange, 5.0);
    QCOMPARE(*(*changes)[2].percentChange, 0.5);
}

void TestLeverage::whatIfSharedParent()
{
    // b feeds a and the root directly; the root gets both paths: 2.5 * 2 + 5 * 1 = 10.
    // The root's latest value is 0: its percentage is undefined (empty).
    LeverageGraph graph;
    graph.nodes = {{u"root"_s, 0}, {u"a"_s, 100}, {u"b"_s, 50}};
    graph.edges = {{1, 0, 2.0}, {2, 1, 0.5}, {2, 0, 1.0}};
    const Result<std::vector<WhatIfChange>> changes = whatIf(graph, 2, 10.0);
    QVERIFY(changes.ok());
    QCOMPARE(changes->size(), 3u);
    QCOMPARE(changes->back().node, 0);
    QCOMPARE(changes->back().absoluteChange, 10.0);
    QVERIFY(!changes->back().percentChange.has_value());
    const Result<std::vector<WhatIfChange>> down = whatIf(graph, 1, -20.0);
    QVERIFY(down.ok());
    QCOMPARE(down->back().absoluteChange, -40.0);
}

void TestLeverage::whatIfErrors()
{
    LeverageGraph graph;
    graph.nodes = {{u"a"_s, 1}, {u"b"_s, 2}};
    graph.edges = {{0, 1, 1.0}, {1, 0, 1.0}};
    const Result<std::vector<WhatIfChange>> cycle = whatIf(graph, 0, 5);
    QVERIFY(!cycle.ok());
    QVERIFY(cycle.error().contains(u"cycle"_s));
    QVERIFY(!whatIf(graph, 7, 5).ok());
    graph.edges = {{0, 9, 1.0}};
    QVERIFY(!whatIf(graph, 0, 5).ok());
}

QTEST_GUILESS_MAIN(TestLeverage)
#include "tst_leverage.moc"
