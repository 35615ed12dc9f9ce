#include "review/reviewheadline.h"

#include "review/reviewformat.h"
#include "review/reviewtext.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

QLabel *scaledLabel(QWidget *parent, double scale, QFont::Weight weight, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setWeight(weight);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

ReviewHeadline::ReviewHeadline(QWidget *parent)
    : QWidget(parent)
    , m_name(scaledLabel(this, 1.25, QFont::Normal, u"reviewNorthStarName"_s))
    , m_value(scaledLabel(this, 3.2, QFont::DemiBold, u"reviewNorthStarValue"_s))
    , m_change(scaledLabel(this, 1.35, QFont::Normal, u"reviewNorthStarChange"_s))
    , m_target(scaledLabel(this, 1.35, QFont::DemiBold, u"reviewNorthStarTarget"_s))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_name);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addSpacing(4);
    layout->addWidget(m_target);
    m_name->setStyleSheet(u"color: #5f6b7a;"_s);
}

void ReviewHeadline::setReview(const Review &review)
{
    const MetricReview *ns = review.northStar();
    if (!ns) {
        m_name->clear();
        m_value->setText(tr("No North Star"));
        m_change->clear();
        m_target->clear();
        return;
    }
    m_name->setText(tr("North Star: %1").arg(ns->name));
    m_value->setText(ns->value ? metricValueText(*ns, *ns->value) : tr("no value"));
    QString change;
    const QString noun = ns->cohort ? tr("the cohort before")
                                    : review.grain == Grain::Month ? tr("last month") : tr("last week");
    if (const QString c = metricChangeText(*ns); !c.isEmpty() && ns->previous)
        change = tr("%1 on %2 (%3)").arg(c, noun, metricValueText(*ns, *ns->previous));
    else
        change = tr("no change to compare with %1").arg(noun);
    if (ns->usualLow && ns->usualHigh) {
        change += u"  ·  "_s + (ns->unusual ? tr("unusual: the usual range is %1 to %2")
                                            : tr("within the usual range of %1 to %2"))
                                   .arg(metricValueText(*ns, *ns->usualLow), metricValueText(*ns, *ns->usualHigh));
    }
    m_change->setText(change);
    m_change->setStyleSheet(ReviewFormat::colorStyle(ns->unusual ? ReviewFormat::Tone::Warning : ReviewFormat::Tone::Neutral));
    const QString target = targetSentenceText(*ns);
    m_target->setText(target.isEmpty() ? tr("no target set") : target);
    m_target->setStyleSheet(target.isEmpty() ? u"color: #5f6b7a;"_s : ReviewFormat::colorStyle(ReviewFormat::targetTone(*ns)));
    setAccessibleName(tr("Headline"));
    setAccessibleDescription(QStringList{m_name->text(), m_value->text(), m_change->text(), m_target->text()}.join(u". "_s));
}

QString ReviewHeadline::valueText() const { return m_value->text(); }
QString ReviewHeadline::changeText() const { return m_change->text(); }
QString ReviewHeadline::targetText() const { return m_target->text(); }

} // namespace NorthStar
