#include "review/reviewjson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

// Up to 12 significant digits (REVIEW.md, METRICS.md): the shortest text of the rounded
// value, so 0.1 stays 0.1 and 1/3 is 0.333333333333.
QJsonValue number(double value)
{
    if (!std::isfinite(value))
        return QJsonValue::Null;
    return QString::number(value, 'g', 12).toDouble();
}

QJsonValue number(const std::optional<double> &value)
{
    return value ? number(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue target(const std::optional<TargetReview> &t)
{
    if (!t)
        return QJsonValue::Null;
    return QJsonObject{{u"value"_s, number(t->value)},
                       {u"date"_s, date(t->date)},
                       {u"expected"_s, number(t->expected)},
                       {u"status"_s, t->status ? QJsonValue(toKey(*t->status)) : QJsonValue(QJsonValue::Null)}};
}

QJsonArray metrics(const Review &review)
{
    QJsonArray list;
    for (const MetricReview &m : review.metrics) {
        list.append(QJsonObject{{u"name"_s, m.name},
                                {u"role"_s, toKey(m.role)},
                                {u"period"_s, date(m.period)},
                                {u"value"_s, number(m.value)},
                                {u"previous"_s, number(m.previous)},
                                {u"change"_s, number(m.change)},
                                {u"relative_change"_s, number(m.relativeChange)},
                                {u"unusual"_s, m.unusual},
                                {u"usual_low"_s, number(m.usualLow)},
                                {u"usual_high"_s, number(m.usualHigh)},
                                {u"target"_s, target(m.target)}});
    }
    return list;
}

QJsonArray contributions(const Review &review)
{
    QJsonArray list;
    for (const Contribution &c : review.contributions) {
        QJsonArray parts;
        for (const ContributionPart &p : c.parts)
            parts.append(QJsonObject{{u"name"_s, p.name}, {u"contribution"_s, number(p.contribution)}});
        list.append(QJsonObject{{u"parent"_s, c.parent},
                                {u"method"_s, toKey(c.method)},
                                {u"change"_s, number(c.change)},
                                {u"parts"_s, parts},
                                {u"unexplained"_s, number(c.unexplained)}});
    }
    return list;
}

QJsonArray segments(const Review &review)
{
    QJsonArray list;
    for (const SegmentContribution &s : review.segments) {
        list.append(QJsonObject{{u"metric"_s, s.metric},
                                {u"attribute"_s, s.attribute},
                                {u"value"_s, s.value},
                                {u"contribution"_s, number(s.contribution)}});
    }
    return list;
}

QJsonArray work(const Review &review)
{
    QJsonArray list;
    for (const WorkReview &w : review.work) {
        list.append(QJsonObject{
            {u"title"_s, w.title},
            {u"input"_s, w.input},
            {u"shipped"_s, date(w.shipped)},
            {u"expected"_s, w.expected ? number(w.expected->amount) : QJsonValue(QJsonValue::Null)},
            {u"expected_relative"_s, w.expected ? QJsonValue(w.expected->relative) : QJsonValue(QJsonValue::Null)},
            {u"effect"_s, number(w.effect)},
            {u"relative_effect"_s, number(w.relativeEffect)},
            {u"noise"_s, number(w.noise)},
            {u"verdict"_s, toKey(w.verdict)}});
    }
    return list;
}

QJsonArray disconnects(const Review &review)
{
    QJsonArray list;
    for (const Disconnect &d : review.disconnects)
        list.append(QJsonObject{{u"kind"_s, toKey(d.kind)}, {u"metric"_s, d.metric}, {u"work"_s, text(d.work)}});
    return list;
}

} // namespace

QJsonObject reviewToJson(const Review &review)
{
    return QJsonObject{{u"tree"_s, review.tree},
                       {u"grain"_s, grainName(review.grain)},
                       {u"period"_s, date(review.period)},
                       {u"previous"_s, date(review.previous)},
                       {u"metrics"_s, metrics(review)},
                       {u"contributions"_s, contributions(review)},
                       {u"segments"_s, segments(review)},
                       {u"work"_s, work(review)},
                       {u"disconnects"_s, disconnects(review)}};
}

QByteArray reviewJsonText(const Review &review)
{
    return QJsonDocument(reviewToJson(review)).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace NorthStar
