#include "model/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Fragment)
};

// What was found, as the file has it: a scalar as JSON (strings quoted, long ones cut),
// containers and absence in words.
QString describeFound(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return Text::tr("nothing");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Array:
        return Text::tr("an array");
    default:
        break;
    }
    QString json = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    json = json.mid(1, json.size() - 2);
    constexpr qsizetype longest = 60;
    if (json.size() > longest)
        json = json.left(longest - 2) + (value.isString() ? u"…\""_s : u"…"_s);
    return json;
}

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

// Integers beyond 2^53 are not exact in a JSON number (a double).
constexpr double largestId = 9007199254740992.0;

} // namespace

void JsonProblems::expected(const QString &path, const QString &what, const QJsonValue &found)
{
    if (m_first.isEmpty())
        m_first = Text::tr("%1: expected %2, found %3").arg(path, what, describeFound(found));
}

JsonObjectReader::JsonObjectReader(JsonProblems &problems, const QJsonValue &value, const QString &path)
    : m_problems(&problems)
    , m_object(value.toObject())
    , m_path(path)
{
    if (!value.isObject())
        problems.expected(path, Text::tr("an object"), value);
}

QString JsonObjectReader::pathOf(const QString &key) const
{
    return m_path + u'.' + key;
}

bool JsonObjectReader::has(const QString &key) const
{
    return !isAbsent(m_object.value(key));
}

void JsonObjectReader::expected(const QString &key, const QString &what) const
{
    m_problems->expected(pathOf(key), what, m_object.value(key));
}

bool JsonObjectReader::present(const QString &key, Presence presence, const QString &what) const
{
    if (has(key))
        return true;
    if (presence == Presence::Required)
        expected(key, what);
    return false;
}

QString JsonObjectReader::string(const QString &key, Presence presence) const
{
    const QString what = Text::tr("a string");
    if (!present(key, presence, what))
        return {};
    const QJsonValue v = m_object.value(key);
    if (!v.isString())
        expected(key, what);
    return v.toString();
}

QString JsonObjectReader::name(const QString &key) const
{
    const QString what = Text::tr("a name (a string that is not empty)");
    const QJsonValue v = m_object.value(key);
    if (!v.isString() || v.toString().trimmed().isEmpty())
        expected(key, what);
    return v.toString();
}

std::optional<double> JsonObjectReader::number(const QString &key, Presence presence) const
{
    const QString what = Text::tr("a number");
    if (!present(key, presence, what))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        expected(key, what);
        return std::nullopt;
    }
    return v.toDouble();
}

Id JsonObjectReader::id(const QString &key, Presence presence) const
{
    const QString what = Text::tr("an id (a whole number from 1)");
    if (!present(key, presence, what))
        return 0;
    const QJsonValue v = m_object.value(key);
    const double d = v.toDouble();
    if (presence == Presence::Optional && v.isDouble() && d == 0)
        return 0;
    if (!v.isDouble() || d < 1 || d > largestId || std::floor(d) != d) {
        expected(key, what);
        return 0;
    }
    return static_cast<Id>(d);
}

QDate JsonObjectReader::date(const QString &key, Presence presence) const
{
    const QString what = Text::tr("a date YYYY-MM-DD");
    if (!present(key, presence, what))
        return {};
    static const QRegularExpression shape(uR"(^\d{4}-\d{2}-\d{2}$)"_s);
    const QJsonValue v = m_object.value(key);
    const QDate date = QDate::fromString(v.toString(), Qt::ISODate);
    if (!v.isString() || !shape.match(v.toString()).hasMatch() || !date.isValid()) {
        expected(key, what);
        return {};
    }
    return date;
}

std::optional<QString> JsonObjectReader::choiceKey(const QString &key, const QStringList &keys,
                                                  Presence presence) const
{
    QStringList quoted;
    for (const QString &k : keys)
        quoted.append(u'"' + k + u'"');
    const QString what = Text::tr("one of %1").arg(quoted.join(u", "_s));
    if (!present(key, presence, what))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (v.isString() && keys.contains(v.toString()))
        return v.toString();
    expected(key, what);
    return std::nullopt;
}

QList<JsonObjectReader> JsonObjectReader::objects(const QString &key) const
{
    if (!has(key))
        return {};
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        expected(key, Text::tr("an array"));
        return {};
    }
    QList<JsonObjectReader> result;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i)
        result.append(JsonObjectReader(*m_problems, array.at(i), pathOf(key) + u'[' + QString::number(i) + u']'));
    return result;
}

} // namespace NorthStar
