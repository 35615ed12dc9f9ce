#include "workshop/votekeys.h"

#include "canvas/canvasview.h"
#include "model/document.h"
#include "model/edits.h"
#include "model/workspacedata.h"
#include "workshop/workshopsession.h"

#include <QCoreApplication>
#include <QKeyEvent>

namespace NorthStar {
namespace VoteKeys {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::VoteKeys)
};

} // namespace

std::optional<int> dotsAfter(const QKeyEvent &event, int current)
{
    // Shift is part of "+" on most layouts; the keypad's keys count as the main ones.
    if (event.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return std::nullopt;
    const int key = event.key();
    if (key == Qt::Key_Plus || key == Qt::Key_Equal)
        return current + 1;
    if (key == Qt::Key_Minus || key == Qt::Key_Underscore)
        return std::max(0, current - 1);
    if (key >= Qt::Key_0 && key <= Qt::Key_9)
        return key - Qt::Key_0;
    return std::nullopt;
}

bool votesOn(Agenda::VoteSubject subject, const Node &node)
{
    switch (subject) {
    case Agenda::VoteSubject::Inputs: return node.kind == NodeKind::Input;
    case Agenda::VoteSubject::Work: return node.kind == NodeKind::Work;
    case Agenda::VoteSubject::Candidates:
    case Agenda::VoteSubject::None: break;
    }
    return false;
}

bool apply(WorkshopSession &session, Id itemId, const QKeyEvent &event)
{
    const Workshop *workshop = session.workshop();
    const WorkshopStep *step = session.step();
    const int current = session.dotsOn(itemId);
    const std::optional<int> after = dotsAfter(event, current);
    if (!workshop || !step || !after || *after == current)
        return false;
    return Edit::setVotes(*session.document(), workshop->id, step->id, itemId, *after);
}

QString resultText(const QString &itemName, int dots)
{
    if (dots == 0)
        return Text::tr("%1: no dots").arg(itemName);
    return dots == 1 ? Text::tr("%1: 1 dot").arg(itemName) : Text::tr("%1: %2 dots").arg(itemName).arg(dots);
}

} // namespace VoteKeys

CanvasVoteKeys::CanvasVoteKeys(WorkshopSession *session, CanvasView *canvas, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_canvas(canvas)
{
    canvas->installEventFilter(this);
}

bool CanvasVoteKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_canvas || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return false;
    const Agenda::VoteSubject subject = m_session->voteSubject();
    const auto *key = static_cast<QKeyEvent *>(event);
    if (subject == Agenda::VoteSubject::None || !VoteKeys::dotsAfter(*key, 0))
        return false;
    const Document &doc = *m_session->document();
    const Node *node = doc.data().node(doc.currentNodeId());
    const bool fits = node && VoteKeys::votesOn(subject, *node);
    if (event->type() == QEvent::ShortcutOverride) {
        // A window shortcut on the same key must not take a vote away from the card.
        if (fits)
            event->accept();
        return false;
    }
    if (!fits) {
        switch (subject) {
        case Agenda::VoteSubject::Inputs:
            emit message(tr("The room votes on inputs in this step: select an input card, then + adds a dot."));
            break;
        case Agenda::VoteSubject::Work:
            emit message(tr("The room votes on work items in this step: select a work item, then + adds a dot."));
            break;
        case Agenda::VoteSubject::Candidates:
            emit message(tr("The room votes on candidates in this step: vote in the Candidates panel."));
            break;
        case Agenda::VoteSubject::None: break;
        }
        return true;
    }
    if (VoteKeys::apply(*m_session, node->id, *key))
        emit message(VoteKeys::resultText(doc.data().nodeTitle(*node), m_session->dotsOn(node->id)));
    return true;
}

} // namespace NorthStar
