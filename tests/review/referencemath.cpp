#include "referencemath.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace NorthStar::ReviewReference {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

namespace {

double factorial(int n)
{
    double f = 1.0;
    for (int i = 2; i <= n; ++i)
        f *= i;
    return f;
}

} // namespace

std::vector<std::optional<double>> shapley(const OperandFunction &f, const std::vector<double> &before,
                                           const std::vector<double> &after)
{
    const int n = int(before.size());
    // f at the mix of subset `mask` (bit j set: operand j takes its new value).
    const auto at = [&](unsigned mask) {
        std::vector<double> x = before;
        for (int j = 0; j < n; ++j) {
            if (mask & (1u << j))
                x[std::size_t(j)] = after[std::size_t(j)];
        }
        return f(x);
    };
    std::vector<std::optional<double>> phi(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        double sum = 0.0;
        bool defined = true;
        for (unsigned mask = 0; mask < (1u << n); ++mask) {
            if (mask & (1u << i))
                continue;
            const int size = std::popcount(mask);
            const double weight = factorial(size) * factorial(n - size - 1) / factorial(n);
            const auto with = at(mask | (1u << i));
            const auto without = at(mask);
            if (!with || !without) {
                defined = false;
                break;
            }
            sum += weight * (*with - *without);
        }
        if (defined)
            phi[std::size_t(i)] = sum;
    }
    return phi;
}

LineFit fitLine(const std::vector<double> &t, const std::vector<double> &y)
{
    const double n = double(t.size());
    double tMean = 0.0, yMean = 0.0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        tMean += t[i] / n;
        yMean += y[i] / n;
    }
    double sty = 0.0, stt = 0.0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        sty += (t[i] - tMean) * (y[i] - yMean);
        stt += (t[i] - tMean) * (t[i] - tMean);
    }
    LineFit fit;
    fit.b = stt > 0 ? sty / stt : 0.0;
    fit.a = yMean - fit.b * tMean;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const double r = y[i] - (fit.a + fit.b * t[i]);
        fit.squaredResiduals += r * r;
    }
    return fit;
}

// ---- formulas ------------------------------------------------------------------------

class FormulaReader final
{
public:
    FormulaReader(const QString &text, Formula &out) : m_text(text), m_out(out) {}

    bool read()
    {
        m_out.m_root = sum();
        space();
        return m_out.m_root >= 0 && m_pos == m_text.size();
    }

private:
    void space()
    {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
    }
    bool peek(QChar c)
    {
        space();
        return m_pos < m_text.size() && m_text[m_pos] == c;
    }
    int add(QChar op, int left, int right)
    {
        Formula::Node node;
        node.op = op;
        node.left = left;
        node.right = right;
        m_out.m_nodes.push_back(node);
        return int(m_out.m_nodes.size()) - 1;
    }
    int sum()
    {
        int left = product();
        while (left >= 0 && (peek(u'+') || peek(u'-'))) {
            const QChar op = m_text[m_pos++];
            const int right = product();
            if (right < 0)
                return -1;
            left = add(op, left, right);
        }
        return left;
    }
    int product()
    {
        int left = unary();
        while (left >= 0 && (peek(u'*') || peek(u'/'))) {
            const QChar op = m_text[m_pos++];
            const int right = unary();
            if (right < 0)
                return -1;
            left = add(op, left, right);
        }
        return left;
    }
    int unary()
    {
        if (peek(u'-')) {
            ++m_pos;
            const int inner = unary();
            return inner < 0 ? -1 : add(u'~', inner, -1);
        }
        return primary();
    }
    int operand(const QString &name)
    {
        qsizetype index = m_out.m_operands.indexOf(name);
        if (index < 0) {
            m_out.m_operands.append(name);
            index = m_out.m_operands.size() - 1;
        }
        const int node = add(u'v', -1, -1);
        m_out.m_nodes[std::size_t(node)].operand = int(index);
        return node;
    }
    int primary()
    {
        space();
        if (m_pos >= m_text.size())
            return -1;
        const QChar c = m_text[m_pos];
        if (c == u'(') {
            ++m_pos;
            const int inner = sum();
            if (inner < 0 || !peek(u')'))
                return -1;
            ++m_pos;
            return inner;
        }
        if (c == u'"') {
            const qsizetype close = m_text.indexOf(u'"', m_pos + 1);
            if (close < 0)
                return -1;
            const QString name = m_text.mid(m_pos + 1, close - m_pos - 1);
            m_pos = close + 1;
            return operand(name);
        }
        if (c.isDigit() || c == u'.') {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && (m_text[m_pos].isDigit() || m_text[m_pos] == u'.'))
                ++m_pos;
            bool ok = false;
            const double value = m_text.mid(start, m_pos - start).toDouble(&ok);
            if (!ok)
                return -1;
            const int node = add(u'n', -1, -1);
            m_out.m_nodes[std::size_t(node)].number = value;
            return node;
        }
        if (c.isLetter() || c == u'_') {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size()
                   && (m_text[m_pos].isLetterOrNumber() || m_text[m_pos] == u'_' || m_text[m_pos] == u'.'))
                ++m_pos;
            return operand(m_text.mid(start, m_pos - start));
        }
        return -1;
    }

    const QString &m_text;
    Formula &m_out;
    qsizetype m_pos = 0;
};

std::optional<Formula> Formula::parse(const QString &text)
{
    Formula formula;
    FormulaReader reader(text, formula);
    if (!reader.read())
        return std::nullopt;
    return formula;
}

double Formula::eval(int index, const std::vector<std::optional<double>> &values, bool &ok) const
{
    const Node &node = m_nodes[std::size_t(index)];
    switch (node.op.unicode()) {
    case 'n':
        return node.number;
    case 'v':
        return values[std::size_t(node.operand)].value_or(0.0);
    case '~':
        return -eval(node.left, values, ok);
    default:
        break;
    }
    const double l = eval(node.left, values, ok);
    const double r = eval(node.right, values, ok);
    switch (node.op.unicode()) {
    case '+':
        return l + r;
    case '-':
        return l - r;
    case '*':
        return l * r;
    default:
        if (r == 0.0) {
            ok = false;
            return 0.0;
        }
        return l / r;
    }
}

std::optional<double> Formula::evaluate(const std::vector<std::optional<double>> &operandValues) const
{
    for (const auto &v : operandValues) {
        if (!v)
            return std::nullopt;
    }
    bool ok = true;
    const double value = eval(m_root, operandValues, ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace NorthStar::ReviewReference
