#include "review/reviewformat.h"

#include "analysis/valueformat.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace NorthStar::ReviewFormat {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::ReviewFormat)
};

ValueStyle styleOf(const MetricReview &metric)
{
    return valueStyle(metric.kind.value_or(MetricKind::Formula), metric.unit);
}

} // namespace

QString value(const MetricReview &metric, double v)
{
    return formatMetricValue(v, styleOf(metric), QLocale());
}

QString amount(const MetricReview *metric, double v)
{
    const QLocale locale;
    if (metric && styleOf(*metric) == ValueStyle::Share)
        return formatChange(v * 100.0, ValueStyle::Share, locale);
    if (v == 0)
        return u"±0"_s;
    const double magnitude = std::abs(v);
    return signedText(v, magnitude >= 100 ? locale.toString(std::llround(v)) : locale.toString(v, 'g', 3));
}

QString change(const MetricReview &metric)
{
    if (!metric.change)
        return {};
    if (styleOf(metric) == ValueStyle::Share || !metric.relativeChange)
        return amount(&metric, *metric.change);
    return formatChange(*metric.relativeChange * 100.0, styleOf(metric), QLocale());
}

QString target(const MetricReview &metric)
{
    if (!metric.target || !metric.target->status || !metric.value)
        return {};
    const TargetReview &t = *metric.target;
    const QString now = value(metric, *metric.value);
    switch (*t.status) {
    case TargetStatus::Reached:
        return Text::tr("target reached: %1 against a target of %2").arg(now, value(metric, t.value));
    case TargetStatus::OnTrack:
        return Text::tr("on track: %1 against %2 expected by now").arg(now, value(metric, t.expected));
    case TargetStatus::Behind:
        return Text::tr("behind: %1 against %2 expected by now").arg(now, value(metric, t.expected));
    }
    return {};
}

Tone targetTone(const MetricReview &metric)
{
    if (!metric.target || !metric.target->status)
        return Tone::Neutral;
    return *metric.target->status == TargetStatus::Behind ? Tone::Warning : Tone::Good;
}

QString bound(const MetricReview &metric)
{
    if (!metric.bound)
        return {};
    const QString limit = value(metric, metric.bound->value);
    const QString side = metric.bound->side == GuardrailBound::Side::AtLeast ? Text::tr("at least %1").arg(limit)
                                                                            : Text::tr("at most %1").arg(limit);
    if (!metric.value)
        return side;
    return metric.breached ? Text::tr("breached: must stay %1").arg(side) : Text::tr("within: must stay %1").arg(side);
}

QString date(QDate d)
{
    //: A date on the review page (QDate format: 28 Jul 2025).
    return QLocale().toString(d, Text::tr("d MMM yyyy"));
}

QString periodTitle(Grain grain, QDate start)
{
    if (grain == Grain::Month)
        //: The reviewed month (QDate format: July 2025).
        return QLocale().toString(start, Text::tr("MMMM yyyy"));
    return Text::tr("Week of %1").arg(date(start));
}

QString periodRange(QDate start, QDate end)
{
    return Text::tr("%1 to %2").arg(date(start), date(end));
}

QColor color(Tone tone)
{
    switch (tone) {
    case Tone::Good: return QColor(0x1E, 0x7B, 0x4F);
    case Tone::Warning: return QColor(0xA1, 0x5C, 0x07);
    case Tone::Bad: return QColor(0xB4, 0x23, 0x18);
    case Tone::Neutral: break;
    }
    return QColor(0x1C, 0x25, 0x33);
}

QString colorStyle(Tone tone)
{
    return u"color: %1;"_s.arg(color(tone).name());
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->setAccessibleName(text);
    label->setContentsMargins(0, 12, 0, 2);
    return label;
}

QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #5f6b7a;"_s);
    return label;
}

} // namespace NorthStar::ReviewFormat
