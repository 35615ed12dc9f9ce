#include "workshop/votecell.h"

#include "render/cardpainter.h"
#include "workshop/votekeys.h"
#include "workshop/workshopsession.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPainter>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace NorthStar {

VoteCell::VoteCell(WorkshopSession *session, Id itemId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_itemId(itemId)
    , m_less(new QToolButton(this))
    , m_more(new QToolButton(this))
{
    setObjectName(u"voteCell"_s);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("The room's dots: + adds one, − takes one away, 0–9 set them"));
    // The keys are the keyboard's way; the buttons are for the mouse and stay out of the
    // focus chain.
    m_less->setText(u"−"_s);
    m_less->setObjectName(u"removeDot"_s);
    m_less->setToolTip(tr("Take a dot away"));
    m_more->setText(u"+"_s);
    m_more->setObjectName(u"addDot"_s);
    m_more->setToolTip(tr("Add a dot"));
    for (QToolButton *b : {m_less, m_more}) {
        b->setFocusPolicy(Qt::NoFocus);
        b->setAutoRaise(true);
    }
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_less);
    layout->addStretch(1);
    layout->addWidget(m_more);
    connect(m_less, &QToolButton::clicked, this, [this] { m_session->removeDot(m_itemId); });
    connect(m_more, &QToolButton::clicked, this, [this] { m_session->addDot(m_itemId); });
}

void VoteCell::setVotes(const CardVotes &votes)
{
    if (votes == m_votes)
        return;
    m_votes = votes;
    setAccessibleName(VoteKeys::resultText(tr("Votes"), votes.dots)
                      + (votes.rank.isEmpty() ? QString() : u", "_s + votes.rank));
    update();
}

QSize VoteCell::sizeHint() const
{
    const CardVotes widest{12, tr("tied %1.").arg(10)};
    const QSizeF badge = voteBadgeSize(CardStyle::standard(), widest);
    return {int(badge.width()) + 2 * m_more->sizeHint().width() + 16,
            std::max(int(badge.height()), m_more->sizeHint().height()) + 8};
}

void VoteCell::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const CardStyle style = CardStyle::standard();
    const QRectF frame = QRectF(rect()).adjusted(1, 1, -1, -1);
    p.setPen(hasFocus() ? QPen(style.accent, 2.0) : QPen(style.inputBorder, 1.0));
    p.setBrush(hasFocus() ? QColor(0xE8, 0xEF, 0xFD) : QColor(Qt::white));
    p.drawRoundedRect(frame, 6, 6);
    const QRectF middle(m_less->geometry().right() + 4, 0, m_more->geometry().left() - m_less->geometry().right() - 8,
                        height());
    if (m_votes.dots > 0) {
        QSizeF size = voteBadgeSize(style, m_votes);
        QRectF badge(QPointF(), size);
        badge.moveCenter(middle.center());
        paintVoteBadge(p, badge, style, m_votes);
    } else {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(middle, Qt::AlignCenter, tr("no dots"));
    }
}

void VoteCell::keyPressEvent(QKeyEvent *event)
{
    if (VoteKeys::dotsAfter(*event, 0)) {
        VoteKeys::apply(*m_session, m_itemId, *event);
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void VoteCell::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    QWidget::mousePressEvent(event);
}

void VoteCell::focusInEvent(QFocusEvent *event)
{
    update();
    QWidget::focusInEvent(event);
}

void VoteCell::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

} // namespace NorthStar
