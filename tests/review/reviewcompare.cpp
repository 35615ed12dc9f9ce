#include "reviewcompare.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace NorthStar::ReviewTest {

namespace {

QString show(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String:
        return u'"' + v.toString() + u'"';
    case QJsonValue::Array:
        return u"[array]"_s;
    case QJsonValue::Object:
        return u"{object}"_s;
    default:
        return u"(missing)"_s;
    }
}

// What identifies an entry of the list under `key`.
QString identity(const QString &key, const QJsonObject &o)
{
    if (key == u"metrics" || key == u"parts")
        return o.value(u"name"_s).toString();
    if (key == u"contributions")
        return o.value(u"parent"_s).toString();
    if (key == u"segments")
        return o.value(u"attribute"_s).toString() + u'=' + o.value(u"value"_s).toString();
    if (key == u"work")
        return o.value(u"title"_s).toString() + u" on "_s + o.value(u"input"_s).toString();
    // disconnects: the whole entry
    return o.value(u"kind"_s).toString() + u' ' + o.value(u"metric"_s).toString() + u' '
           + show(o.value(u"work"_s));
}

class Comparer final
{
public:
    explicit Comparer(double tolerance) : m_tolerance(tolerance) {}

    void value(const QString &path, const QString &key, const QJsonValue &a, const QJsonValue &b)
    {
        if (a.type() != b.type()) {
            differ(path, a, b);
            return;
        }
        switch (a.type()) {
        case QJsonValue::Double: {
            const double x = a.toDouble(), y = b.toDouble();
            // Relative, with a floor for results that should be 0 and carry rounding noise.
            if (std::abs(x - y) > m_tolerance * std::max(std::abs(x), std::abs(y)) + 1e-10)
                differ(path, a, b);
            break;
        }
        case QJsonValue::Object:
            object(path, a.toObject(), b.toObject());
            break;
        case QJsonValue::Array:
            array(path, key, a.toArray(), b.toArray());
            break;
        default:
            if (a != b)
                differ(path, a, b);
        }
    }

    QStringList differences;

private:
    void differ(const QString &path, const QJsonValue &a, const QJsonValue &b)
    {
        differences.append(path + u": engine "_s + show(a) + u", reference "_s + show(b));
    }

    void object(const QString &path, const QJsonObject &a, const QJsonObject &b)
    {
        QStringList keys = a.keys();
        for (const QString &k : b.keys()) {
            if (!keys.contains(k))
                keys.append(k);
        }
        for (const QString &k : keys) {
            if (!a.contains(k) || !b.contains(k)) {
                differences.append(path + u'.' + k + (a.contains(k) ? u": only in the engine"_s : u": missing in the engine"_s));
                continue;
            }
            value(path + u'.' + k, k, a.value(k), b.value(k));
        }
    }

    void array(const QString &path, const QString &key, const QJsonArray &a, const QJsonArray &b)
    {
        std::multimap<QString, QJsonObject> left, right;
        for (const QJsonValue &v : a)
            left.emplace(identity(key, v.toObject()), v.toObject());
        for (const QJsonValue &v : b)
            right.emplace(identity(key, v.toObject()), v.toObject());
        for (auto it = left.begin(); it != left.end();) {
            const auto match = right.find(it->first);
            if (match == right.end()) {
                differences.append(path + u'[' + it->first + u"]: only in the engine"_s);
            } else {
                value(path + u'[' + it->first + u']', QString(), it->second, match->second);
                right.erase(match);
            }
            it = left.erase(it);
        }
        for (const auto &[id, o] : right)
            differences.append(path + u'[' + id + u"]: missing in the engine"_s);
    }

    double m_tolerance;
};

QJsonObject find(const QJsonArray &array, const std::function<bool(const QJsonObject &)> &match)
{
    for (const QJsonValue &v : array) {
        if (match(v.toObject()))
            return v.toObject();
    }
    return {};
}

} // namespace

QStringList compareReviews(const QJsonObject &engine, const QJsonObject &reference, double tolerance)
{
    Comparer c(tolerance);
    c.value(u"review"_s, QString(), engine, reference);
    return c.differences;
}

QJsonObject metricEntry(const QJsonObject &review, const QString &name)
{
    return find(review.value(u"metrics"_s).toArray(), [&](const QJsonObject &o) { return o.value(u"name"_s) == name; });
}

QJsonObject contributionOf(const QJsonObject &review, const QString &parent)
{
    return find(review.value(u"contributions"_s).toArray(),
                [&](const QJsonObject &o) { return o.value(u"parent"_s) == parent; });
}

QJsonObject partOf(const QJsonObject &contribution, const QString &name)
{
    return find(contribution.value(u"parts"_s).toArray(), [&](const QJsonObject &o) { return o.value(u"name"_s) == name; });
}

QJsonObject segmentOf(const QJsonObject &review, const QString &attribute, const QString &value)
{
    return find(review.value(u"segments"_s).toArray(), [&](const QJsonObject &o) {
        return o.value(u"attribute"_s) == attribute && o.value(u"value"_s) == value;
    });
}

QJsonObject workEntry(const QJsonObject &review, const QString &title, const QString &input)
{
    return find(review.value(u"work"_s).toArray(), [&](const QJsonObject &o) {
        return o.value(u"title"_s) == title && o.value(u"input"_s) == input;
    });
}

QStringList disconnectLines(const QJsonObject &review)
{
    QStringList lines;
    for (const QJsonValue &v : review.value(u"disconnects"_s).toArray()) {
        const QJsonObject o = v.toObject();
        QString line = o.value(u"kind"_s).toString() + u' ' + o.value(u"metric"_s).toString();
        if (!o.value(u"work"_s).isNull())
            line += u" ["_s + o.value(u"work"_s).toString() + u']';
        lines.append(line);
    }
    lines.sort();
    return lines;
}

QStringList verdictLines(const QJsonObject &review)
{
    QStringList lines;
    for (const QJsonValue &v : review.value(u"work"_s).toArray()) {
        const QJsonObject o = v.toObject();
        lines.append(o.value(u"title"_s).toString() + u" on "_s + o.value(u"input"_s).toString() + u": "_s
                     + o.value(u"verdict"_s).toString());
    }
    lines.sort();
    return lines;
}

double sumOf(const QJsonArray &array, const QString &key)
{
    double sum = 0.0;
    for (const QJsonValue &v : array)
        sum += v.toObject().value(key).toDouble();
    return sum;
}

} // namespace NorthStar::ReviewTest
