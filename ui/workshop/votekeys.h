#pragma once

// The facilitator records the room's dot votes by keyboard (issue #11 §2): on the selected
// card or candidate, + (or =) adds a dot, - takes one away, a digit 0–9 sets the count. Each
// key is one undo step through the session (Edit::setVotes). Outside a step where the room
// votes, the keys are left to whoever had them.

#include "model/types.h"
#include "workshop/agenda.h"

#include <QObject>

#include <optional>

class QKeyEvent;

namespace NorthStar {

class CanvasView;
class WorkshopSession;
struct Node;

namespace VoteKeys {

// The dots an item has after this key, from `current`; nullopt when the key is no vote key
// (Ctrl, Alt and Meta combinations never are: Ctrl++ zooms).
std::optional<int> dotsAfter(const QKeyEvent &event, int current);
// Whether the room votes on this card in a step with this subject.
bool votesOn(Agenda::VoteSubject subject, const Node &node);
// Sets the item's dots in the session's current step; false when nothing changed.
bool apply(WorkshopSession &session, Id itemId, const QKeyEvent &event);
// "Activation rate: 3 dots": what the status bar says after a vote key.
QString resultText(const QString &itemName, int dots);

} // namespace VoteKeys

// The vote keys on the canvas: with a card of the step's subject selected, they vote on it;
// with another card selected (or none) they say what to select. Typing into a card's name
// editor never reaches them (the editor has the focus).
class CanvasVoteKeys final : public QObject
{
    Q_OBJECT

public:
    CanvasVoteKeys(WorkshopSession *session, CanvasView *canvas, QObject *parent = nullptr);

signals:
    // What a key did, or why it did nothing, for the status bar.
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    WorkshopSession *m_session;
    CanvasView *m_canvas;
};

} // namespace NorthStar
