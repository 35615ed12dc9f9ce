// "Why it moved" of REVIEW.md for the reference: the change of each parent split among its
// children (Shapley over a formula's operands, leverage, or just listed) and the North
// Star's change split over the segments of every user attribute.

#include "referencemath.h"
#include "referenceparts.h"

using namespace Qt::StringLiterals;

namespace NorthStar::ReviewReference {

namespace {

const QJsonValue null(QJsonValue::Null);

struct Child
{
    const Entry *entry = nullptr;
    std::optional<double> leverage; // the edge's
};

// Shapley over the operands, each computed as inside the formula (its segment applies to them).
QJsonArray formulaParts(const Context &c, const Entry &parent, const Formula &formula)
{
    UserFilter filter = c.treeFilter;
    if (parent.spec->segment)
        filter.push_back({parent.spec->segment->first, parent.spec->segment->second});
    const int R = parent.reviewed;
    std::vector<double> before, after;
    bool defined = parent.change.has_value() && R >= 1;
    for (const QString &name : formula.operands()) {
        const auto spec = c.values.specNamed(name);
        std::optional<double> x, xNew;
        if (spec && defined) {
            const auto series = c.values.series(*spec, filter);
            x = series[std::size_t(R - 1)].value;
            xNew = series[std::size_t(R)].value;
        }
        defined = defined && x && xNew;
        before.push_back(x.value_or(0.0));
        after.push_back(xNew.value_or(0.0));
    }
    const auto f = [&](const std::vector<double> &x) {
        return formula.evaluate(std::vector<std::optional<double>>(x.begin(), x.end()));
    };
    const auto phi = defined ? shapley(f, before, after) : std::vector<std::optional<double>>(before.size());
    QJsonArray parts;
    for (qsizetype i = 0; i < formula.operands().size(); ++i)
        parts.append(QJsonObject{{u"name"_s, formula.operands()[i]}, {u"contribution"_s, jsonNumber(phi[std::size_t(i)])}});
    return parts;
}

} // namespace

QJsonArray contributions(const Context &c, const std::vector<Entry> &entries)
{
    QJsonArray out;
    for (const Entry &parent : entries) {
        if (parent.nodeId == 0)
            continue;
        std::vector<Child> children; // the metric nodes with an edge into the parent
        for (const Edge &edge : c.model.edgesOfTree(c.tree.id)) {
            if (edge.parentId != parent.nodeId)
                continue;
            if (const Entry *child = entryOfNode(entries, edge.childId))
                children.push_back({child, edge.leverage});
        }
        if (children.empty())
            continue;
        QJsonObject json{{u"parent"_s, parent.metric->name}, {u"change"_s, jsonNumber(parent.change)}, {u"unexplained"_s, null}};
        const auto formula = parent.spec && parent.spec->kind == u"formula" ? Formula::parse(parent.spec->formula)
                                                                            : std::nullopt;
        bool operandIsChild = false, anyLeverage = false;
        for (const Child &child : children) {
            operandIsChild = operandIsChild || (formula && formula->operands().contains(child.entry->metric->name));
            anyLeverage = anyLeverage || child.leverage.has_value();
        }
        QJsonArray parts;
        if (operandIsChild) {
            json[u"method"_s] = u"formula"_s;
            parts = formulaParts(c, parent, *formula);
            // REVIEW.md does not say; read as the engine does: a child that is no operand is
            // listed, with nothing attributed to it.
            for (const Child &child : children) {
                if (!formula->operands().contains(child.entry->metric->name))
                    parts.append(QJsonObject{{u"name"_s, child.entry->metric->name}, {u"contribution"_s, null}});
            }
        } else if (anyLeverage) {
            // Modelled: leverage times the child's change; the rest is not explained.
            json[u"method"_s] = u"leverage"_s;
            double explained = 0.0;
            for (const Child &child : children) {
                std::optional<double> contribution;
                if (parent.change && child.leverage && child.entry->change) {
                    contribution = *child.leverage * *child.entry->change;
                    explained += *contribution;
                }
                parts.append(QJsonObject{{u"name"_s, child.entry->metric->name}, {u"contribution"_s, jsonNumber(contribution)}});
            }
            if (parent.change)
                json[u"unexplained"_s] = *parent.change - explained;
        } else {
            json[u"method"_s] = u"none"_s;
            for (const Child &child : children)
                parts.append(QJsonObject{{u"name"_s, child.entry->metric->name}, {u"contribution"_s, null}});
        }
        json[u"parts"_s] = parts;
        out.append(json);
    }
    return out;
}

QJsonArray segments(const Context &c, const Entry &northStar)
{
    QJsonArray out;
    const QString kind = northStar.spec->kind;
    const int R = northStar.reviewed;
    if ((!isCount(kind) && !isRatio(kind)) || R < 1 || !northStar.change)
        return out; // formulas and time-to-value are not split, nor an empty change
    const PeriodValue whole = northStar.series[std::size_t(R - 1)];
    const PeriodValue wholeNow = northStar.series[std::size_t(R)];
    for (const QString &attribute : c.raw.attributeNames) {
        for (const QString &value : c.values.segmentsOf(attribute)) {
            UserFilter filter = c.treeFilter;
            filter.push_back({attribute, value == noneSegment ? std::nullopt : std::optional<QString>(value)});
            const auto series = c.values.series(*northStar.spec, filter);
            const PeriodValue &a = series[std::size_t(R - 1)], &aNow = series[std::size_t(R)];
            double contribution = 0.0;
            if (isCount(kind)) {
                contribution = aNow.value.value_or(0.0) - a.value.value_or(0.0);
            } else {
                // rate + mix + interaction, with w the share of the denominator and r the
                // metric within the segment; absent in P-1: r = R, absent in P: r' = r.
                const double w = a.denominator / whole.denominator;
                const double wNow = aNow.denominator / wholeNow.denominator;
                const double r = a.denominator > 0 ? a.numerator / a.denominator : *whole.value;
                const double rNow = aNow.denominator > 0 ? aNow.numerator / aNow.denominator : r;
                const double rate = w * (rNow - r);
                const double mix = (r - *whole.value) * (wNow - w);
                const double interaction = (wNow - w) * (rNow - r);
                contribution = rate + mix + interaction;
            }
            out.append(QJsonObject{{u"metric"_s, northStar.metric->name},
                                   {u"attribute"_s, attribute},
                                   {u"value"_s, value},
                                   {u"contribution"_s, contribution}});
        }
    }
    return out;
}

} // namespace NorthStar::ReviewReference
