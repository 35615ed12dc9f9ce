#include "metrics/metricspec.h"

#include "metrics/formulaparser.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>

using namespace Qt::StringLiterals;

namespace NorthStar {

namespace {

struct KindName
{
    MetricKind kind;
    const char16_t *name;
};

constexpr std::array<KindName, 11> kKindNames{{
    {MetricKind::Breadth, u"breadth"},
    {MetricKind::Depth, u"depth"},
    {MetricKind::DepthValue, u"depth-value"},
    {MetricKind::Frequency, u"frequency"},
    {MetricKind::Stickiness, u"stickiness"},
    {MetricKind::StickinessCumulative, u"stickiness-cumulative"},
    {MetricKind::Threshold, u"threshold"},
    {MetricKind::Activation, u"activation"},
    {MetricKind::TimeToValue, u"time-to-value"},
    {MetricKind::Lifecycle, u"lifecycle"},
    {MetricKind::Formula, u"formula"},
}};

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(Metrics)
};

bool usesEvents(MetricKind kind)
{
    return kind != MetricKind::Formula;
}

// Reads an optional integer field that must be >= 1; absent keeps the default.
Result<int> readPositive(const QJsonObject &json, const QString &key, int fallback)
{
    if (!json.contains(key))
        return fallback;
    const QJsonValue value = json.value(key);
    const double number = value.toDouble(-1.0);
    if (!value.isDouble() || number < 1.0 || number > 100000.0 || number != double(int(number)))
        return fail(Text::tr("Metric field '%1' must be a whole number of at least 1.").arg(key));
    return int(number);
}

} // namespace

QString metricKindName(MetricKind kind)
{
    for (const KindName &entry : kKindNames) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

Result<MetricKind> metricKindFromName(const QString &name)
{
    for (const KindName &entry : kKindNames) {
        if (name == QStringView(entry.name))
            return entry.kind;
    }
    return fail(Text::tr("Unknown metric kind '%1': use one of %2.").arg(name, metricKindNames().join(u", "_s)));
}

QStringList metricKindNames()
{
    QStringList names;
    for (const KindName &entry : kKindNames)
        names.append(QString::fromUtf16(entry.name));
    return names;
}

QJsonObject MetricSpec::toJson() const
{
    QJsonObject json;
    json.insert(u"kind"_s, metricKindName(kind));
    if (usesEvents(kind))
        json.insert(u"events"_s, QJsonArray::fromStringList(events));
    if (kind == MetricKind::Stickiness || kind == MetricKind::StickinessCumulative)
        json.insert(u"k"_s, k);
    if (kind == MetricKind::Activation)
        json.insert(u"window"_s, window);
    if (kind == MetricKind::Threshold)
        json.insert(u"threshold"_s, threshold);
    if (kind == MetricKind::Formula)
        json.insert(u"formula"_s, formula);
    if (segment)
        json.insert(u"segment"_s, segment->toString());
    return json;
}

Result<MetricSpec> MetricSpec::fromJson(const QJsonObject &json)
{
    MetricSpec spec;
    const QJsonValue kindValue = json.value(u"kind"_s);
    if (!kindValue.isString())
        return fail(Text::tr("Metric definition has no 'kind' (one of %1).").arg(metricKindNames().join(u", "_s)));
    Result<MetricKind> kind = metricKindFromName(kindValue.toString());
    if (!kind)
        return fail(kind.error());
    spec.kind = *kind;

    const QJsonValue eventsValue = json.value(u"events"_s);
    if (!eventsValue.isUndefined() && !eventsValue.isArray())
        return fail(Text::tr("Metric field 'events' must be a list of event names."));
    for (const QJsonValue &event : eventsValue.toArray()) {
        if (!event.isString() || event.toString().trimmed().isEmpty())
            return fail(Text::tr("Metric field 'events' must hold non-empty event names."));
        if (!spec.events.contains(event.toString()))
            spec.events.append(event.toString());
    }

    const Result<int> k = readPositive(json, u"k"_s, spec.k);
    if (!k)
        return fail(k.error());
    spec.k = *k;
    const Result<int> window = readPositive(json, u"window"_s, spec.window);
    if (!window)
        return fail(window.error());
    spec.window = *window;
    const Result<int> threshold = readPositive(json, u"threshold"_s, spec.threshold);
    if (!threshold)
        return fail(threshold.error());
    spec.threshold = *threshold;

    if (json.contains(u"segment"_s)) {
        const QJsonValue segment = json.value(u"segment"_s);
        if (!segment.isString())
            return fail(Text::tr("Metric field 'segment' must be text like \"country = DE\"."));
        Result<Segment> parsed = Segment::parse(segment.toString());
        if (!parsed)
            return fail(parsed.error());
        spec.segment = *parsed;
    }

    if (spec.kind == MetricKind::Formula) {
        const QJsonValue formula = json.value(u"formula"_s);
        if (!formula.isString() || formula.toString().trimmed().isEmpty())
            return fail(Text::tr("A formula metric needs a 'formula', e.g. \"bookings / breadth\"."));
        spec.formula = formula.toString();
        const Result<Formula> parsed = FormulaParser::parse(spec.formula);
        if (!parsed)
            return fail(parsed.error());
    }
    return spec;
}

} // namespace NorthStar
