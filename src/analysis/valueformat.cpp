#include "analysis/valueformat.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Card)
};

// A real minus sign: on a projector "-3%" and "−3%" differ more than one would think.
constexpr QChar minusSign(0x2212);

// Decimals that keep three significant digits without noise: 3.42, 12.5, 1,234.
int ratioDecimals(double magnitude)
{
    return magnitude < 10.0 ? 2 : magnitude < 100.0 ? 1 : 0;
}

QString millions(double value, const QLocale &locale)
{
    const double m = value / 1e6;
    const double a = std::abs(m);
    return locale.toString(m, 'f', a < 10 ? 2 : a < 100 ? 1 : 0) + u'M';
}

} // namespace

QString signedText(double v, const QString &body)
{
    if (body.startsWith(u'-'))
        return minusSign + body.mid(1);
    return (v > 0 ? u"+"_s : QString()) + body;
}

ValueStyle valueStyle(MetricKind kind, const QString &unit)
{
    switch (kind) {
    case MetricKind::Breadth:
    case MetricKind::Threshold:
    case MetricKind::Stickiness:
    case MetricKind::StickinessCumulative:
    case MetricKind::Lifecycle:
        return ValueStyle::Count;
    case MetricKind::Activation:
        return ValueStyle::Share;
    case MetricKind::TimeToValue:
        return ValueStyle::Days;
    case MetricKind::Depth:
    case MetricKind::DepthValue:
    case MetricKind::Frequency:
        return ValueStyle::Ratio;
    case MetricKind::Formula:
        break;
    }
    // A formula is whatever its operands make it; a team that writes "%" as the unit means
    // a share between 0 and 1 (a ratio of two counts).
    return unit.trimmed() == u"%"_s ? ValueStyle::Share : ValueStyle::Ratio;
}

bool lowerIsBetter(MetricKind kind)
{
    return kind == MetricKind::TimeToValue;
}

QString formatMetricValue(double value, ValueStyle style, const QLocale &locale)
{
    const double a = std::abs(value);
    QString body;
    switch (style) {
    case ValueStyle::Count:
        body = a >= 1e6 ? millions(value, locale) : locale.toString(std::llround(value));
        break;
    case ValueStyle::Ratio:
        body = a >= 1e6 ? millions(value, locale) : locale.toString(value, 'f', ratioDecimals(a));
        break;
    case ValueStyle::Share:
        body = locale.toString(value * 100.0, 'f', 1) + locale.percent();
        break;
    case ValueStyle::Days:
        body = locale.toString(value, 'f', a < 10.0 ? 1 : 0);
        break;
    }
    return body.startsWith(u'-') ? minusSign + body.mid(1) : body;
}

QString formatChange(double change, ValueStyle style, const QLocale &locale)
{
    const double a = std::abs(change);
    if (style == ValueStyle::Share) {
        if (a < 0.05)
            return u"±0 "_s + Text::tr("pt");
        return signedText(change, locale.toString(change, 'f', 1)) + u' ' + Text::tr("pt");
    }
    if (a < 0.05)
        return u"±0"_s + locale.percent();
    return signedText(change, locale.toString(change, 'f', a < 10.0 ? 1 : 0)) + locale.percent();
}

} // namespace NorthStar
