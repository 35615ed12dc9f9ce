#include "model/reviewfields.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

std::optional<double> plainNumber(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok); // C locale, whatever the UI language
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString shortestNumber(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace

std::optional<ExpectedImpact> parseImpact(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool relative = false;
    if (t.endsWith(u'%')) {
        relative = true;
        t.chop(1);
        t = t.trimmed();
    }
    if (t.startsWith(u'+'))
        t.remove(0, 1);
    // The minus sign people type from a word processor.
    if (t.startsWith(QChar(0x2212)))
        t.replace(0, 1, u'-');
    if (t.isEmpty() || t.front().isSpace())
        return std::nullopt;
    const auto number = plainNumber(t);
    if (!number)
        return std::nullopt;
    return ExpectedImpact{relative ? *number / 100.0 : *number, relative};
}

QString impactToText(const ExpectedImpact &impact)
{
    const double shown = impact.relative ? impact.amount * 100.0 : impact.amount;
    const QString sign = shown >= 0 ? u"+"_s : QString();
    return sign + shortestNumber(shown) + (impact.relative ? u"%"_s : QString());
}

std::optional<Target> parseTargetText(const QString &text)
{
    static const QRegularExpression pattern(
        uR"(^\s*([-+]?[0-9][0-9,' \x{00A0}\x{202F}]*(?:\.[0-9]+)?)\s+by\s+([0-9]{4}-[0-9]{2}-[0-9]{2})\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    QString digits = match.captured(1);
    digits.remove(QRegularExpression(uR"([,' \x{00A0}\x{202F}])"_s));
    const auto value = plainNumber(digits);
    const QDate date = QDate::fromString(match.captured(2), Qt::ISODate);
    if (!value || !date.isValid())
        return std::nullopt;
    Target target;
    target.value = *value;
    target.date = date;
    return target;
}

void migrateTargetText(Metric &metric, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    if (const auto target = parseTargetText(trimmed)) {
        metric.target = *target;
        return;
    }
    const QString line = u"Target: "_s + trimmed;
    metric.notes = metric.notes.isEmpty() ? line : metric.notes + u'\n' + line;
}

} // namespace NorthStar
