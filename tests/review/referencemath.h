#pragma once

// The arithmetic of REVIEW.md for the reference review, written the plain way: a sorted
// copy for the median, every subset for Shapley, the textbook formulas for least squares,
// a small recursive-descent parser for formulas. Nothing here comes from src/metrics or
// src/review, so the engine and the reference can only agree by both being right.

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace NorthStar::ReviewReference {

// The middle value of a sorted copy; an even count gives the mean of the two middle ones.
// `values` must not be empty.
double median(std::vector<double> values);

// Shapley value of each operand for the change f(after) - f(before):
//   phi_i = sum over S not containing i of |S|! (n-|S|-1)! / n! * (f(x'[S+i]) - f(x'[S]))
// with x'[S] taking `after` for the operands in S and `before` for the others. Brute force
// over all 2^n subsets. An operand whose sum meets an empty f has an empty value.
using OperandFunction = std::function<std::optional<double>(const std::vector<double> &)>;
std::vector<std::optional<double>> shapley(const OperandFunction &f, const std::vector<double> &before,
                                           const std::vector<double> &after);

// Ordinary least squares y = a + b t.
struct LineFit
{
    double a = 0.0;
    double b = 0.0;
    double squaredResiduals = 0.0; // sum over the points of (y - a - b t)^2
};
LineFit fitLine(const std::vector<double> &t, const std::vector<double> &y);

// METRICS.md's formulas: + - * /, unary minus, numbers, parentheses, operands by name (bare
// letters/digits/_/. or in double quotes). A period where any operand is empty, a division
// by zero or a non-finite result is empty.
class Formula final
{
public:
    static std::optional<Formula> parse(const QString &text);

    const QStringList &operands() const { return m_operands; } // distinct, in order of first use
    std::optional<double> evaluate(const std::vector<std::optional<double>> &operandValues) const;

private:
    struct Node
    {
        QChar op;          // 'n' number, 'v' operand, '+', '-', '*', '/', '~' (negation)
        double number = 0.0;
        int operand = -1;
        int left = -1;
        int right = -1;
    };
    friend class FormulaReader;
    double eval(int node, const std::vector<std::optional<double>> &values, bool &ok) const;

    std::vector<Node> m_nodes;
    int m_root = -1;
    QStringList m_operands;
};

} // namespace NorthStar::ReviewReference
