#include "review/reviewmath.h"

#include "analysis/targetline.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace NorthStar::ReviewMath {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

std::optional<UsualChange> usualChange(const std::vector<double> &changes, double previous)
{
    if (changes.size() < 6)
        return std::nullopt;
    const double m = median(changes);
    std::vector<double> deviations;
    deviations.reserve(changes.size());
    for (double d : changes)
        deviations.push_back(std::abs(d - m));
    const double s = 1.4826 * median(deviations);
    return UsualChange{m, std::max(3.0 * s, 0.01 * std::abs(previous))};
}

double expectedByTarget(double baseline, QDate baselineDate, double target, QDate date, QDate at)
{
    return TargetLine{baseline, baselineDate, target, date}.expectedAt(at);
}

TargetStatus targetStatus(double value, double baseline, double target, double expected)
{
    const double direction = target >= baseline ? 1.0 : -1.0;
    if ((value - target) * direction >= 0)
        return TargetStatus::Reached;
    if ((value - expected) * direction >= 0)
        return TargetStatus::OnTrack;
    return TargetStatus::Behind;
}

std::optional<std::vector<double>> shapley(int n, const std::function<std::optional<double>(unsigned mask)> &f)
{
    if (n <= 0 || n > 16)
        return std::nullopt;
    const unsigned subsets = 1u << n;
    std::vector<double> value(subsets);
    for (unsigned mask = 0; mask < subsets; ++mask) {
        const std::optional<double> v = f(mask);
        if (!v)
            return std::nullopt;
        value[mask] = *v;
    }
    // weight[k] = k! (n-k-1)! / n!
    std::vector<double> weight(std::size_t(n), 1.0);
    for (int k = 0; k < n; ++k) {
        double w = 1.0 / n;
        for (int j = 1; j <= k; ++j)
            w *= double(j) / double(n - j); // k!(n-1-k)!/(n-1)! built up term by term
        weight[std::size_t(k)] = w;
    }
    std::vector<double> phi(std::size_t(n), 0.0);
    for (unsigned mask = 0; mask < subsets; ++mask) {
        const int size = std::popcount(mask);
        for (int i = 0; i < n; ++i) {
            const unsigned bit = 1u << i;
            if (mask & bit)
                continue;
            phi[std::size_t(i)] += weight[std::size_t(size)] * (value[mask | bit] - value[mask]);
        }
    }
    return phi;
}

LineFit fitLine(const std::vector<double> &t, const std::vector<double> &y)
{
    const auto n = double(t.size());
    double meanT = 0.0, meanY = 0.0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        meanT += t[i];
        meanY += y[i];
    }
    meanT /= n;
    meanY /= n;
    double stt = 0.0, sty = 0.0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        stt += (t[i] - meanT) * (t[i] - meanT);
        sty += (t[i] - meanT) * (y[i] - meanY);
    }
    LineFit fit;
    fit.b = stt > 0 ? sty / stt : 0.0;
    fit.a = meanY - fit.b * meanT;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const double r = y[i] - (fit.a + fit.b * t[i]);
        fit.residualSquares += r * r;
    }
    return fit;
}

WorkVerdict verdictOf(bool clear, double effect, const std::optional<ExpectedImpact> &impact,
                      const std::optional<double> &measured)
{
    if (!clear)
        return WorkVerdict::NoClearEffect;
    // An impact of 0 expects no movement: it has no sign to compare, so it reads like none.
    if (!impact || impact->amount == 0.0)
        return effect > 0 ? WorkVerdict::MovedUp : WorkVerdict::MovedDown;
    if ((effect > 0) != (impact->amount > 0))
        return WorkVerdict::Opposite;
    if (!measured || std::abs(*measured) >= 0.5 * std::abs(impact->amount))
        return WorkVerdict::AsExpected;
    return WorkVerdict::SmallerThanExpected;
}

} // namespace NorthStar::ReviewMath
