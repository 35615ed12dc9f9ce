#include "review/reviewformat.h"

#include "review/reviewtext.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace NorthStar::ReviewFormat {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::ReviewFormat)
};

} // namespace

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
    const QString limit = metricValueText(metric, metric.bound->value);
    const QString side = metric.bound->side == GuardrailBound::Side::AtLeast ? Text::tr("at least %1").arg(limit)
                                                                            : Text::tr("at most %1").arg(limit);
    if (!metric.value)
        return side;
    return metric.breached ? Text::tr("breached: must stay %1").arg(side) : Text::tr("within: must stay %1").arg(side);
}

QString periodRange(QDate start, QDate end)
{
    return Text::tr("%1 to %2").arg(reviewDateText(start), reviewDateText(end));
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
