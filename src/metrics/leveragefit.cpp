#include "metrics/leveragefit.h"

#include <QCoreApplication>

#include <Eigen/Dense>

namespace NorthStar {

namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(Metrics)
};

bool usable(const SeriesRow &row)
{
    return row.value.has_value() && !row.partial;
}

} // namespace

Result<LeverageFit> fitLeverage(const std::vector<SeriesRow> &parent, const std::vector<std::vector<SeriesRow>> &inputs)
{
    if (inputs.empty())
        return fail(Text::tr("Leverage needs at least one input metric."));
    for (const std::vector<SeriesRow> &input : inputs) {
        bool aligned = input.size() == parent.size();
        for (std::size_t t = 0; aligned && t < parent.size(); ++t)
            aligned = input[t].periodStart == parent[t].periodStart;
        if (!aligned)
            return fail(Text::tr("Leverage: the input and parent series cover different periods; compute them with the same grain."));
    }

    std::vector<std::size_t> changes; // index t of each usable change t-1 -> t
    for (std::size_t t = 1; t < parent.size(); ++t) {
        bool ok = usable(parent[t]) && usable(parent[t - 1]);
        for (std::size_t i = 0; ok && i < inputs.size(); ++i)
            ok = usable(inputs[i][t]) && usable(inputs[i][t - 1]);
        if (ok)
            changes.push_back(t);
    }
    const auto inputCount = Eigen::Index(inputs.size());
    const auto rows = Eigen::Index(changes.size());
    if (rows <= inputCount) {
        return fail(Text::tr("Not enough history to estimate leverage: %1 usable period-over-period changes for %2 inputs, "
                       "need at least %3 (complete periods with a value in the parent and every input).")
                        .arg(rows).arg(inputCount).arg(inputCount + 1));
    }

    Eigen::MatrixXd x(rows, inputCount);
    Eigen::VectorXd y(rows);
    for (Eigen::Index r = 0; r < rows; ++r) {
        const std::size_t t = changes[std::size_t(r)];
        y(r) = *parent[t].value - *parent[t - 1].value;
        for (Eigen::Index i = 0; i < inputCount; ++i) {
            const std::vector<SeriesRow> &input = inputs[std::size_t(i)];
            x(r, i) = *input[t].value - *input[t - 1].value;
        }
    }
    const Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(x);
    if (qr.rank() < inputCount) {
        return fail(Text::tr("Leverage cannot be estimated: some inputs never change or move in lockstep with others "
                       "over the %1 usable periods; remove one of them or wait for more history.")
                        .arg(rows));
    }
    const Eigen::VectorXd coefficients = qr.solve(y);

    LeverageFit fit;
    fit.periodsUsed = int(rows);
    fit.coefficients.assign(coefficients.data(), coefficients.data() + coefficients.size());
    const double residual = (x * coefficients - y).squaredNorm();
    const double total = (y.array() - y.mean()).matrix().squaredNorm();
    if (total > 0.0)
        fit.rSquared = 1.0 - residual / total;
    return fit;
}

} // namespace NorthStar
