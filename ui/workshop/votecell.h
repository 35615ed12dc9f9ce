#pragma once

// One item's dots outside the canvas (a candidate's column): the same badge as on the cards,
// with − and + buttons for the mouse. With the keyboard focus on it, the vote keys (+ or =,
// −, 0–9) set the item's dots in the current step (VoteKeys).

#include "model/types.h"
#include "render/cardcontent.h"

#include <QWidget>

class QToolButton;

namespace NorthStar {

class WorkshopSession;

class VoteCell final : public QWidget
{
    Q_OBJECT

public:
    // `itemId`: what the votes name (a node, or a candidate's metric).
    VoteCell(WorkshopSession *session, Id itemId, QWidget *parent = nullptr);

    Id itemId() const { return m_itemId; }
    void setVotes(const CardVotes &votes);
    const CardVotes &votes() const { return m_votes; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    WorkshopSession *m_session;
    Id m_itemId;
    CardVotes m_votes;
    QToolButton *m_less;
    QToolButton *m_more;
};

} // namespace NorthStar
