#pragma once

// Formulas over other metrics (METRICS.md "Formulas and leverage"): `a / b`, `a * b`,
// `a + b`, `a - b`, unary minus, constants and parentheses. Operands are metric names:
// bare (letters, digits, `_`, `.`; not starting with a digit) or in double quotes for names
// with spaces or other characters (`"Weekly bookers" / breadth`).

#include "common/result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace NorthStar {

struct Formula final
{
    enum class Op { Number, Operand, Add, Subtract, Multiply, Divide, Negate };
    struct Node
    {
        Op op = Op::Number;
        double number = 0.0; // Op::Number
        int operand = -1;    // Op::Operand: index into operands
        int left = -1;       // operators: node indexes
        int right = -1;
    };

    std::vector<Node> nodes;
    int root = -1;
    QStringList operands; // distinct metric names, in order of first use

    // One period: empty when any operand is empty (even in a branch that would not need it),
    // on a division by zero (a ratio with denominator 0 is empty) or a non-finite result.
    std::optional<double> evaluate(const std::vector<std::optional<double>> &operandValues) const;

private:
    double evaluateNode(int node, const std::vector<std::optional<double>> &operandValues, bool &defined) const;
};

class FormulaParser final
{
public:
    // The error names the column (1-based) and what was expected there.
    static Result<Formula> parse(const QString &text);

private:
    explicit FormulaParser(const QString &text) : m_text(text) {}

    Result<int> parseSum();
    Result<int> parseProduct();
    Result<int> parseUnary();
    Result<int> parsePrimary();
    Result<int> parseNumber();
    Result<int> parseName();
    Result<int> parseQuotedName();
    int addNode(Formula::Node node);
    int addOperand(const QString &name);
    void skipSpace();
    Error errorAt(qsizetype position, const QString &what) const;

    QString m_text;
    qsizetype m_pos = 0;
    int m_depth = 0;
    Formula m_formula;
};

} // namespace NorthStar
