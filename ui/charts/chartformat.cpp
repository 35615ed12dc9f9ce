#include "charts/chartformat.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace NorthStar::Charts {

namespace {

// Up to 12 significant digits with group separators and without trailing zeros.
QString fullNumber(double value, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QString::number(value);
    const double magnitude = std::abs(value);
    // Digits after the decimal point that keep 12 significant digits in total.
    const int integerDigits = magnitude >= 1.0 ? int(std::floor(std::log10(magnitude))) + 1 : 1;
    int decimals = std::max(0, 12 - integerDigits);
    if (magnitude > 0 && magnitude < 1.0)
        decimals = std::min(15, 12 - int(std::floor(std::log10(magnitude))) - 1);
    QString text = locale.toString(value, 'f', decimals);
    const QChar point = locale.decimalPoint().at(0);
    if (text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    if (text == u"-0"_s)
        text = u"0"_s;
    return text;
}

QString withUnit(const QString &number, const QString &unit)
{
    const QString trimmed = unit.trimmed();
    if (trimmed.isEmpty())
        return number;
    if (trimmed == u"%"_s)
        return number + trimmed;
    return number + u' ' + trimmed;
}

bool isShare(MetricKind kind) { return kind == MetricKind::Activation; }

} // namespace

QString formatValue(double value, const QString &unit, MetricKind kind, const QLocale &locale)
{
    if (isShare(kind))
        return fullNumber(value * 100.0, locale) + u'%';
    return withUnit(fullNumber(value, locale), unit);
}

QString formatOptionalValue(const std::optional<double> &value, const QString &unit, MetricKind kind,
                            const QLocale &locale)
{
    if (!value)
        return QCoreApplication::translate("Charts", "no value (nobody to average over)");
    return formatValue(*value, unit, kind, locale);
}

QString formatReadable(double value, const QString &unit, MetricKind kind, const QLocale &locale)
{
    const double shown = isShare(kind) ? value * 100.0 : value;
    const double magnitude = std::abs(shown);
    const int decimals = magnitude >= 1000 ? 0 : magnitude >= 10 ? 1 : 2;
    QString text = locale.toString(shown, 'f', decimals);
    const QChar point = locale.decimalPoint().at(0);
    if (text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    if (text == u"-0"_s)
        text = u"0"_s;
    if (isShare(kind))
        return text + u'%';
    return withUnit(text, unit);
}

QString formatCompact(double value, MetricKind kind, const QLocale &locale)
{
    if (isShare(kind))
        return locale.toString(value * 100.0, 'g', 3) + u'%';
    const double magnitude = std::abs(value);
    if (magnitude >= 1e6)
        return locale.toString(value / 1e6, 'g', 3) + u'M';
    if (magnitude >= 1e4)
        return locale.toString(value / 1e3, 'g', 3) + u'k';
    if (magnitude >= 1000)
        return locale.toString(qRound64(value));
    return locale.toString(value, 'g', 4);
}

QString formatChange(double from, double to, const QString &unit, MetricKind kind, const QLocale &locale)
{
    const double delta = to - from;
    // A change of a share is in percentage points, so it is not mistaken for the relative one.
    QString text = isShare(kind) ? formatReadable(delta * 100.0, QCoreApplication::translate("Charts", "pts"),
                                                  MetricKind::Breadth, locale)
                                 : formatReadable(delta, unit, kind, locale);
    if (delta > 0)
        text.prepend(u'+');
    if (from != 0.0) {
        const double percent = delta / std::abs(from) * 100.0;
        const QString sign = percent > 0 ? u"+"_s : QString();
        text += u" ("_s + sign + locale.toString(percent, 'f', 1) + u"%)"_s;
    }
    return text;
}

QString periodLabel(QDate periodStart, Grain grain, const QLocale &locale)
{
    const QString iso = periodStart.toString(Qt::ISODate);
    switch (grain) {
    case Grain::Day:
        return iso + u" ("_s + locale.dayName(periodStart.dayOfWeek(), QLocale::ShortFormat) + u')';
    case Grain::Week:
        return QCoreApplication::translate("Charts", "Week of %1").arg(iso);
    case Grain::Month:
        return locale.standaloneMonthName(periodStart.month()) + u' ' + QString::number(periodStart.year());
    }
    return iso;
}

int periodDays(QDate periodStart, Grain grain)
{
    switch (grain) {
    case Grain::Day:
        return 1;
    case Grain::Week:
        return 7;
    case Grain::Month:
        return periodStart.daysInMonth();
    }
    return 1;
}

} // namespace NorthStar::Charts
