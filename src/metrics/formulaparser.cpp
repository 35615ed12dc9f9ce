#include "metrics/formulaparser.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace NorthStar {

namespace {

// Deep enough for any hand-written formula; stops a pathological input from overflowing
// the stack of the recursive descent.
constexpr int kMaxDepth = 200;
// Evaluating walks the tree recursively, and a chain of N terms is N levels deep: a stored
// formula of 150,000 terms overflowed the stack. No formula a person writes comes near this.
constexpr std::size_t kMaxNodes = 2000;

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(Metrics)
};

bool isNameStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'.';
}

} // namespace

std::optional<double> Formula::evaluate(const std::vector<std::optional<double>> &operandValues) const
{
    for (const std::optional<double> &value : operandValues) {
        if (!value)
            return std::nullopt;
    }
    bool defined = true;
    const double result = evaluateNode(root, operandValues, defined);
    if (!defined || !std::isfinite(result))
        return std::nullopt;
    return result;
}

double Formula::evaluateNode(int index, const std::vector<std::optional<double>> &operandValues, bool &defined) const
{
    const Node &node = nodes[std::size_t(index)];
    switch (node.op) {
    case Op::Number:
        return node.number;
    case Op::Operand:
        return *operandValues[std::size_t(node.operand)];
    case Op::Negate:
        return -evaluateNode(node.left, operandValues, defined);
    case Op::Add:
        return evaluateNode(node.left, operandValues, defined) + evaluateNode(node.right, operandValues, defined);
    case Op::Subtract:
        return evaluateNode(node.left, operandValues, defined) - evaluateNode(node.right, operandValues, defined);
    case Op::Multiply:
        return evaluateNode(node.left, operandValues, defined) * evaluateNode(node.right, operandValues, defined);
    case Op::Divide: {
        const double numerator = evaluateNode(node.left, operandValues, defined);
        const double denominator = evaluateNode(node.right, operandValues, defined);
        if (denominator == 0.0) {
            defined = false;
            return 0.0;
        }
        return numerator / denominator;
    }
    }
    defined = false;
    return 0.0;
}

Result<Formula> FormulaParser::parse(const QString &text)
{
    FormulaParser parser(text);
    parser.skipSpace();
    if (parser.m_pos >= text.size())
        return fail(Text::tr("The formula is empty: write e.g. \"bookings / breadth\"."));
    Result<int> root = parser.parseSum();
    if (!root)
        return fail(root.error());
    parser.skipSpace();
    if (parser.m_pos < text.size())
        return parser.errorAt(parser.m_pos, Text::tr("expected an operator (+ - * /) or the end"));
    parser.m_formula.root = *root;
    return std::move(parser.m_formula);
}

Result<int> FormulaParser::parseSum()
{
    Result<int> left = parseProduct();
    if (!left)
        return left;
    int node = *left;
    for (;;) {
        skipSpace();
        if (m_pos >= m_text.size() || (m_text[m_pos] != u'+' && m_text[m_pos] != u'-'))
            return node;
        const Formula::Op op = m_text[m_pos] == u'+' ? Formula::Op::Add : Formula::Op::Subtract;
        ++m_pos;
        if (m_formula.nodes.size() >= kMaxNodes)
            return errorAt(m_pos, Text::tr("the formula has too many terms (at most %1)").arg(kMaxNodes / 2));
        Result<int> right = parseProduct();
        if (!right)
            return right;
        node = addNode({op, 0.0, -1, node, *right});
    }
}

Result<int> FormulaParser::parseProduct()
{
    Result<int> left = parseUnary();
    if (!left)
        return left;
    int node = *left;
    for (;;) {
        skipSpace();
        if (m_pos >= m_text.size() || (m_text[m_pos] != u'*' && m_text[m_pos] != u'/'))
            return node;
        const Formula::Op op = m_text[m_pos] == u'*' ? Formula::Op::Multiply : Formula::Op::Divide;
        ++m_pos;
        if (m_formula.nodes.size() >= kMaxNodes)
            return errorAt(m_pos, Text::tr("the formula has too many terms (at most %1)").arg(kMaxNodes / 2));
        Result<int> right = parseUnary();
        if (!right)
            return right;
        node = addNode({op, 0.0, -1, node, *right});
    }
}

Result<int> FormulaParser::parseUnary()
{
    skipSpace();
    if (++m_depth > kMaxDepth)
        return errorAt(m_pos, Text::tr("the formula is nested too deeply"));
    Result<int> result = fail(QString());
    if (m_pos < m_text.size() && (m_text[m_pos] == u'-' || m_text[m_pos] == u'+')) {
        const bool negate = m_text[m_pos] == u'-';
        ++m_pos;
        result = parseUnary();
        if (result && negate)
            result = addNode({Formula::Op::Negate, 0.0, -1, *result, -1});
    } else {
        result = parsePrimary();
    }
    --m_depth;
    return result;
}

Result<int> FormulaParser::parsePrimary()
{
    skipSpace();
    if (m_pos >= m_text.size())
        return errorAt(m_pos, Text::tr("expected a number, a metric name or '(' but the formula ends"));
    const QChar c = m_text[m_pos];
    if (c == u'(') {
        const qsizetype open = m_pos;
        ++m_pos;
        Result<int> inner = parseSum();
        if (!inner)
            return inner;
        skipSpace();
        if (m_pos >= m_text.size() || m_text[m_pos] != u')')
            return errorAt(m_pos, Text::tr("expected ')' to close the '(' at column %1").arg(open + 1));
        ++m_pos;
        return inner;
    }
    if (c.isDigit() || c == u'.')
        return parseNumber();
    if (c == u'"')
        return parseQuotedName();
    if (isNameStart(c))
        return parseName();
    return errorAt(m_pos, Text::tr("expected a number, a metric name or '(' but found '%1'").arg(c));
}

Result<int> FormulaParser::parseNumber()
{
    const qsizetype start = m_pos;
    while (m_pos < m_text.size() && (m_text[m_pos].isDigit() || m_text[m_pos] == u'.'))
        ++m_pos;
    if (m_pos < m_text.size() && (m_text[m_pos] == u'e' || m_text[m_pos] == u'E')) {
        qsizetype exponent = m_pos + 1;
        if (exponent < m_text.size() && (m_text[exponent] == u'+' || m_text[exponent] == u'-'))
            ++exponent;
        if (exponent < m_text.size() && m_text[exponent].isDigit()) {
            m_pos = exponent;
            while (m_pos < m_text.size() && m_text[m_pos].isDigit())
                ++m_pos;
        }
    }
    bool ok = false;
    const double number = m_text.mid(start, m_pos - start).toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return errorAt(start, Text::tr("'%1' is not a number").arg(m_text.mid(start, m_pos - start)));
    if (m_pos < m_text.size() && isNameStart(m_text[m_pos]))
        return errorAt(m_pos, Text::tr("a metric name cannot start with a digit; put it in double quotes"));
    return addNode({Formula::Op::Number, number, -1, -1, -1});
}

Result<int> FormulaParser::parseName()
{
    const qsizetype start = m_pos;
    while (m_pos < m_text.size() && isNameChar(m_text[m_pos]))
        ++m_pos;
    return addNode({Formula::Op::Operand, 0.0, addOperand(m_text.mid(start, m_pos - start)), -1, -1});
}

Result<int> FormulaParser::parseQuotedName()
{
    const qsizetype open = m_pos;
    const qsizetype close = m_text.indexOf(u'"', open + 1);
    if (close < 0)
        return errorAt(open, Text::tr("the quoted metric name is not closed with '\"'"));
    const QString name = m_text.mid(open + 1, close - open - 1).trimmed();
    if (name.isEmpty())
        return errorAt(open, Text::tr("the quoted metric name is empty"));
    m_pos = close + 1;
    return addNode({Formula::Op::Operand, 0.0, addOperand(name), -1, -1});
}

int FormulaParser::addNode(Formula::Node node)
{
    m_formula.nodes.push_back(node);
    return int(m_formula.nodes.size()) - 1;
}

int FormulaParser::addOperand(const QString &name)
{
    qsizetype index = m_formula.operands.indexOf(name);
    if (index < 0) {
        m_formula.operands.append(name);
        index = m_formula.operands.size() - 1;
    }
    return int(index);
}

void FormulaParser::skipSpace()
{
    while (m_pos < m_text.size() && m_text[m_pos].isSpace())
        ++m_pos;
}

Error FormulaParser::errorAt(qsizetype position, const QString &what) const
{
    return fail(Text::tr("Formula \"%1\", column %2: %3.").arg(m_text).arg(position + 1).arg(what));
}

} // namespace NorthStar
