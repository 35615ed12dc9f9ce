#include "workshop/workshopsession.h"

#include "model/document.h"
#include "model/edits.h"
#include "model/workspacemodel.h"
#include "workshop/workshopclock.h"

namespace NorthStar {

WorkshopSession::WorkshopSession(Document *document, WorkshopClock *clock, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    setClock(clock);
    connect(document->model(), &WorkspaceModel::changed, this, [this](const ChangeSet &change) {
        if (!change.workshops.isEmpty() || !change.votes.isEmpty() || !change.trees.isEmpty()
            || !change.nodes.isEmpty() || !change.candidates.isEmpty())
            emit changed();
    });
    connect(document->model(), &WorkspaceModel::wasReset, this, &WorkshopSession::changed);
    connect(document, &Document::currentTreeChanged, this, &WorkshopSession::changed);
}

void WorkshopSession::setClock(WorkshopClock *clock)
{
    disconnect(m_tick);
    m_clock = clock;
    if (m_clock)
        m_tick = connect(m_clock, &WorkshopClock::ticked, this, &WorkshopSession::ticked);
    emit ticked();
}

QDateTime WorkshopSession::now() const
{
    return m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
}

const Workshop *WorkshopSession::workshop() const
{
    return m_document->data().runningWorkshop(m_document->currentTreeId());
}

const WorkshopStep *WorkshopSession::step() const
{
    const Workshop *w = workshop();
    return w ? w->current() : nullptr;
}

Agenda::VoteSubject WorkshopSession::voteSubject() const
{
    const WorkshopStep *s = step();
    return s ? Agenda::voteSubject(s->kind) : Agenda::VoteSubject::None;
}

qint64 WorkshopSession::remainingSeconds() const
{
    const WorkshopStep *s = step();
    return s ? Agenda::remainingSeconds(*s, now()) : 0;
}

Result<Id> WorkshopSession::start(const QString &name, const QList<WorkshopStep> &agenda, int participants,
                                  int dotsPerPerson)
{
    Workshop plan;
    plan.name = name;
    plan.steps = agenda;
    plan.participants = participants;
    plan.dotsPerPerson = dotsPerPerson;
    return Edit::startWorkshop(*m_document, m_document->currentTreeId(), plan, now());
}

void WorkshopSession::next()
{
    if (const Workshop *w = workshop())
        goTo(w->currentStep + 1);
}

void WorkshopSession::previous()
{
    if (const Workshop *w = workshop())
        goTo(w->currentStep - 1);
}

void WorkshopSession::goTo(int index)
{
    if (const Workshop *w = workshop())
        Edit::goToStep(*m_document, w->id, index, now());
}

void WorkshopSession::finish()
{
    if (const Workshop *w = workshop())
        Edit::finishWorkshop(*m_document, w->id, now());
}

int WorkshopSession::dotsOn(Id itemId) const
{
    const WorkshopStep *s = step();
    const Vote *v = s ? m_document->data().vote(s->id, itemId) : nullptr;
    return v ? v->dots : 0;
}

bool WorkshopSession::addDot(Id itemId)
{
    const Workshop *w = workshop();
    const WorkshopStep *s = step();
    return w && s && Edit::setVotes(*m_document, w->id, s->id, itemId, dotsOn(itemId) + 1);
}

bool WorkshopSession::removeDot(Id itemId)
{
    const Workshop *w = workshop();
    const WorkshopStep *s = step();
    const int dots = dotsOn(itemId);
    return w && s && dots > 0 && Edit::setVotes(*m_document, w->id, s->id, itemId, dots - 1);
}

} // namespace NorthStar
