#include "review/reviewworklist.h"

#include "review/reviewformat.h"
#include "review/reviewtext.h"
#include "review/reviewworkchart.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

ReviewFormat::Tone verdictTone(WorkVerdict verdict)
{
    switch (verdict) {
    case WorkVerdict::AsExpected:
    case WorkVerdict::MovedUp: return ReviewFormat::Tone::Good;
    case WorkVerdict::SmallerThanExpected:
    case WorkVerdict::NoClearEffect: return ReviewFormat::Tone::Warning;
    case WorkVerdict::Opposite: return ReviewFormat::Tone::Bad;
    default: break;
    }
    return ReviewFormat::Tone::Neutral;
}

// "Expected +10%, measured +24.8% against the trend (noise 3.1)"
QString effectLine(const Review &review, const WorkReview &w)
{
    const MetricReview *input = review.metricOfNode(w.inputNodeId);
    const auto relative = [](double fraction) -> QString { return signedAmountText(nullptr, fraction * 100.0) + u'%'; };
    QString expected = ReviewWorkList::tr("no expected impact set");
    if (w.expected)
        expected = ReviewWorkList::tr("expected %1").arg(w.expected->relative ? relative(w.expected->amount)
                                                                               : signedAmountText(input, w.expected->amount));
    if (!w.effect)
        return expected;
    const bool asRelative = w.relativeEffect && (!w.expected || w.expected->relative);
    const QString measured = asRelative ? relative(*w.relativeEffect) : signedAmountText(input, *w.effect);
    return ReviewWorkList::tr("%1, measured %2 against the trend").arg(expected, measured);
}

QLabel *rowLabel(const QString &text, QWidget *parent, bool bold = false)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (bold) {
        QFont font = label->font();
        font.setWeight(QFont::DemiBold);
        label->setFont(font);
    }
    return label;
}

} // namespace

ReviewWorkList::ReviewWorkList(QWidget *parent) : QWidget(parent), m_rows(new QVBoxLayout(this))
{
    setObjectName(u"reviewWork"_s);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(10);
}

void ReviewWorkList::setReview(const Review &review)
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_texts.clear();
    if (review.work.empty()) {
        m_rows->addWidget(ReviewFormat::mutedLabel(tr("Nothing shipped by the end of this period."), this));
        return;
    }
    for (const WorkReview &w : review.work) {
        auto *row = new QFrame(this);
        row->setObjectName(u"reviewWorkRow"_s);
        row->setFrameShape(QFrame::StyledPanel);
        row->setFocusPolicy(Qt::StrongFocus);
        row->setStyleSheet(u"#reviewWorkRow { background: palette(base); border: 1px solid #e1e5eb; border-radius: 6px; }"
                           "#reviewWorkRow:focus { border: 2px solid #2563eb; }"_s);
        auto *text = new QVBoxLayout;
        text->setSpacing(3);
        const QString title = w.title;
        const QString where = tr("on %1, shipped %2").arg(w.input, reviewDateText(w.shipped));
        const QString verdict = verdictText(w, review.grain);
        const QString effect = effectLine(review, w);
        text->addWidget(rowLabel(title, row, true));
        text->addWidget(rowLabel(where, row));
        QLabel *verdictLabel = rowLabel(verdict, row, true);
        verdictLabel->setStyleSheet(ReviewFormat::colorStyle(verdictTone(w.verdict)));
        text->addWidget(verdictLabel);
        text->addWidget(rowLabel(effect, row));
        text->addStretch(1);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(12, 10, 12, 10);
        layout->setSpacing(16);
        layout->addLayout(text, 1);
        layout->addWidget(new ReviewWorkChart(w, row), 1);
        const QString all = QStringList{title, where, verdict, effect}.join(u"; "_s);
        row->setAccessibleName(all);
        m_texts << all;
        m_rows->addWidget(row);
    }
}

} // namespace NorthStar
