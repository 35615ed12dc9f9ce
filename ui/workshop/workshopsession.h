#pragma once

// The workshop running on the document's current tree, as the window sees it: which workshop
// and step, the clock, moving between steps, and the room's dots in the current step. The
// bar, the presentation, the vote keys and the parking lot read it; every change goes
// through Edit::, so it is one undo step and saved with the workspace.

#include "common/result.h"
#include "model/entities.h"
#include "workshop/agenda.h"

#include <QObject>

namespace NorthStar {

class Document;
class WorkshopClock;

class WorkshopSession final : public QObject
{
    Q_OBJECT

public:
    // The session takes no ownership of the clock (tests swap in a manual one).
    WorkshopSession(Document *document, WorkshopClock *clock, QObject *parent = nullptr);

    Document *document() const { return m_document; }
    WorkshopClock *clock() const { return m_clock; }
    void setClock(WorkshopClock *clock);
    QDateTime now() const;

    // The workshop running on the current tree, else nullptr; its current step.
    const Workshop *workshop() const;
    const WorkshopStep *step() const;
    bool isRunning() const { return workshop() != nullptr; }
    // What the room votes on in the current step (None outside a workshop).
    Agenda::VoteSubject voteSubject() const;
    qint64 remainingSeconds() const;

    // Starts a workshop on the current tree; the agenda's first step begins now.
    Result<Id> start(const QString &name, const QList<WorkshopStep> &agenda, int participants, int dotsPerPerson);
    void next();
    void previous();
    void goTo(int index);
    void finish();

    // The room's dots on an item (a node id, or a candidate's metric id) in the current step.
    int dotsOn(Id itemId) const;
    bool addDot(Id itemId);
    bool removeDot(Id itemId);

signals:
    // The workshop, its step, agenda or votes changed, or the current tree did.
    void changed();
    // The clock moved: time left changes.
    void ticked();

private:
    Document *m_document;
    WorkshopClock *m_clock = nullptr;
    QMetaObject::Connection m_tick;
};

} // namespace NorthStar
