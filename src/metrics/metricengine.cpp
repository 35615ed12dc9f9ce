#include "metrics/metricengine.h"

#include "metrics/activitymetrics.h"
#include "activity/activitycheck.h"
#include "metrics/cohortmetrics.h"
#include "metrics/formulaparser.h"
#include "metrics/lifecyclemetrics.h"
#include "metrics/metriccontext.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace NorthStar {

namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(Metrics)
};

} // namespace

// State of one compute() call: formulas memoise operands (a name used twice under the same
// segments is computed once) and keep the chain of names being evaluated to detect cycles.
struct MetricEngine::Evaluation
{
    const MetricLookup &lookup;
    QHash<QString, MetricSeries> done;
    QStringList chain;
};

MetricEngine::MetricEngine(const ActivityData &data) : m_data(data)
{
    const Result<void> check = checkActivityData(data);
    if (!check)
        m_dataError = check.error();
}

PeriodCalendar MetricEngine::calendar(const MetricRequest &request) const
{
    if (m_data.isEmpty())
        return {};
    return PeriodCalendar(request.grain, request.weekStart, m_data.firstDay, m_data.lastDay);
}

Result<MetricContext> MetricEngine::withSegment(MetricContext context, const Segment &segment) const
{
    QStringList attributeNames;
    for (const AttributeColumn &column : m_data.attributes) {
        attributeNames.append(column.name);
        if (column.name != segment.attribute)
            continue;
        const qsizetype value = column.values.indexOf(segment.value);
        if (value < 0) {
            QStringList known = column.values;
            known.sort();
            return fail(Text::tr("Segment '%1': no user has %2 '%3' (values match exactly); known values: %4.")
                            .arg(segment.toString(), segment.attribute, segment.value, known.join(u", "_s)));
        }
        context.filters.push_back({&column.valueOfUser, std::int32_t(value)});
        return context;
    }
    attributeNames.sort();
    return fail(Text::tr("Segment '%1': unknown attribute '%2'; the data has: %3.")
                    .arg(segment.toString(), segment.attribute,
                         attributeNames.isEmpty() ? Text::tr("no attributes") : attributeNames.join(u", "_s)));
}

Result<MetricContext> MetricEngine::context(const MetricRequest &request) const
{
    if (!m_dataError.isEmpty())
        return fail(m_dataError);
    MetricContext context;
    context.data = &m_data;
    context.calendar = calendar(request);
    if (request.segment)
        return withSegment(context, *request.segment);
    return context;
}

Result<MetricSeries> MetricEngine::compute(const MetricSpec &spec, const MetricRequest &request,
                                           const MetricLookup &lookup) const
{
    Result<MetricContext> context = this->context(request);
    if (!context)
        return fail(context.error());
    Evaluation evaluation{lookup, {}, {}};
    return evaluate(spec, *context, evaluation);
}

Result<std::vector<MetricSeries>> MetricEngine::computeBySegment(const MetricSpec &spec, const MetricRequest &request,
                                                                 const QString &attribute,
                                                                 const MetricLookup &lookup) const
{
    Result<MetricContext> context = this->context(request);
    if (!context)
        return fail(context.error());
    const auto column = std::find_if(m_data.attributes.cbegin(), m_data.attributes.cend(),
                                     [&](const AttributeColumn &c) { return c.name == attribute; });
    if (column == m_data.attributes.cend())
        return fail(Text::tr("Unknown attribute '%1'.").arg(attribute));
    std::vector<MetricSeries> result;
    // -1 last: the users without a value.
    for (std::int32_t value = 0; value <= std::int32_t(column->values.size()); ++value) {
        MetricContext cell = *context;
        cell.filters.push_back({&column->valueOfUser, value == std::int32_t(column->values.size()) ? -1 : value});
        Evaluation evaluation{lookup, {}, {}};
        Result<MetricSeries> series = evaluate(spec, cell, evaluation);
        if (!series)
            return fail(series.error());
        result.push_back(std::move(series).value());
    }
    return result;
}

Result<MetricSeries> MetricEngine::evaluate(const MetricSpec &spec, const MetricContext &outer,
                                            Evaluation &evaluation) const
{
    if (spec.segment) {
        Result<MetricContext> segmented = withSegment(outer, *spec.segment);
        if (!segmented)
            return fail(segmented.error());
        MetricSpec unsegmented = spec;
        unsegmented.segment.reset();
        return evaluate(unsegmented, *segmented, evaluation);
    }
    const MetricContext &context = outer;
    if (spec.kind == MetricKind::Formula)
        return evaluateFormula(spec, context, evaluation);
    Result<std::vector<std::uint8_t>> coreAction = coreActionMask(m_data, spec.events);
    if (!coreAction)
        return fail(coreAction.error());
    switch (spec.kind) {
    case MetricKind::Activation:
    case MetricKind::TimeToValue:
        return computeCohortMetric(context, spec, *coreAction);
    case MetricKind::Lifecycle:
        return computeLifecycle(context, *coreAction);
    default:
        return computeActivityMetric(context, spec, *coreAction);
    }
}

Result<MetricSeries> MetricEngine::evaluateFormula(const MetricSpec &spec, const MetricContext &context,
                                                   Evaluation &evaluation) const
{
    const Result<Formula> formula = FormulaParser::parse(spec.formula);
    if (!formula)
        return fail(formula.error());

    std::vector<MetricSeries> operands;
    for (const QString &name : formula->operands) {
        if (evaluation.chain.contains(name)) {
            const QStringList cycle = evaluation.chain.mid(evaluation.chain.indexOf(name)) << name;
            return fail(Text::tr("Formula cycle: %1 refer to each other; break the loop.").arg(cycle.join(u" -> "_s)));
        }
        // The same name can be evaluated under different segments (a segmented formula
        // and an unsegmented one sharing an operand): the memo key includes the filters.
        QString memoKey = name;
        for (const MetricContext::UserFilter &filter : context.filters)
            memoKey += u'|' % QString::number(quintptr(filter.column)) % u':' % QString::number(filter.value);
        if (const auto memo = evaluation.done.constFind(memoKey); memo != evaluation.done.cend()) {
            operands.push_back(*memo);
            continue;
        }
        const std::optional<MetricSpec> operand = evaluation.lookup ? evaluation.lookup(name) : std::nullopt;
        if (!operand)
            return fail(Text::tr("Formula \"%1\" uses the unknown metric '%2'.").arg(spec.formula, name));
        if (operand->kind == MetricKind::Lifecycle)
            return fail(Text::tr("Formula \"%1\": '%2' is a lifecycle (four counts) and cannot be used in a formula.")
                            .arg(spec.formula, name));
        evaluation.chain.append(name);
        Result<MetricSeries> series = evaluate(*operand, context, evaluation);
        evaluation.chain.removeLast();
        if (!series)
            return fail(Text::tr("In '%1': %2").arg(name, series.error()));
        evaluation.done.insert(memoKey, *series);
        operands.push_back(std::move(series).value());
    }

    MetricSeries result = context.emptySeries(MetricKind::Formula);
    std::vector<std::optional<double>> values(operands.size());
    for (std::size_t p = 0; p < result.rows.size(); ++p) {
        for (std::size_t i = 0; i < operands.size(); ++i) {
            values[i] = operands[i].rows[p].value;
            result.rows[p].partial = result.rows[p].partial || operands[i].rows[p].partial;
        }
        result.rows[p].value = formula->evaluate(values);
    }
    return result;
}

} // namespace NorthStar
