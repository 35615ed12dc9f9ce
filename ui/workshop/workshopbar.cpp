#include "workshop/workshopbar.h"

#include "model/document.h"
#include "model/edits.h"
#include "review/reviewnotes.h"
#include "workshop/agenda.h"
#include "workshop/workshopsession.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

// Calm on a laptop beside a wall screen: a light blue band; over time turns the clock amber.
const QString barStyle = u"#workshopBar { background: #EEF3FB; border-bottom: 1px solid #D6DEEB; }"_s;
const QString clockInTime = u"color: #162545;"_s;
const QString clockOver = u"color: #B45309;"_s;

} // namespace

WorkshopBar::WorkshopBar(WorkshopSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_step(new QLabel(this))
    , m_title(new QLabel(this))
    , m_prompt(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_clockCaption(new QLabel(this))
    , m_decisions(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
{
    setObjectName(u"workshopBar"_s);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(barStyle);
    m_step->setObjectName(u"workshopStep"_s);
    m_title->setObjectName(u"workshopStepTitle"_s);
    m_prompt->setObjectName(u"workshopPrompt"_s);
    m_clock->setObjectName(u"workshopClock"_s);
    m_clockCaption->setObjectName(u"workshopClockCaption"_s);
    m_decisions->setObjectName(u"workshopDecisions"_s);

    QFont small = font();
    small.setCapitalization(QFont::AllUppercase);
    small.setLetterSpacing(QFont::PercentageSpacing, 106);
    m_step->setFont(small);
    m_step->setStyleSheet(u"color: #5F6B7A;"_s);
    QFont title = font();
    title.setPointSizeF(title.pointSizeF() * 1.35);
    title.setBold(true);
    m_title->setFont(title);
    m_prompt->setWordWrap(true);
    m_prompt->setStyleSheet(u"color: #334155;"_s);
    QFont clock = font();
    clock.setPointSizeF(clock.pointSizeF() * 2.6);
    clock.setBold(true);
    m_clock->setFont(clock);
    m_clock->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_clockCaption->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_clockCaption->setMinimumWidth(m_clockCaption->fontMetrics().horizontalAdvance(u"left of 120 min"_s));
    m_decisions->setPlaceholderText(tr("What the room decided in this step"));
    m_decisions->setAccessibleName(tr("Decisions in this step"));
    m_decisions->setClearButtonEnabled(true);
    routeUndoToDocument(m_decisions);
    m_decisions->installEventFilter(this);
    auto *decisionsLabel = new QLabel(tr("De&cisions:"), this);
    decisionsLabel->setBuddy(m_decisions);
    for (QToolButton *b : {m_previous, m_next})
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(16, 8, 16, 10);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_step, 0, 0, 1, 4);
    grid->addWidget(m_title, 1, 0, 1, 4);
    grid->addWidget(m_prompt, 2, 0, 1, 4);
    grid->addWidget(decisionsLabel, 3, 0);
    grid->addWidget(m_decisions, 3, 1);
    grid->addWidget(m_previous, 3, 2);
    grid->addWidget(m_next, 3, 3);
    grid->addWidget(m_clock, 0, 4, 3, 1);
    grid->addWidget(m_clockCaption, 3, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnMinimumWidth(4, 180);

    connect(m_decisions, &QLineEdit::textEdited, this, &WorkshopBar::storeDecisions);
    connect(session, &WorkshopSession::changed, this, &WorkshopBar::refresh);
    connect(session, &WorkshopSession::ticked, this, &WorkshopBar::refreshClock);
    // Undo, redo or another edit in between: the next keystroke starts a new undo step.
    connect(session->document()->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (!m_pushing)
            ++m_burst;
    });
    refresh();
}

void WorkshopBar::setStepActions(QAction *previous, QAction *next)
{
    m_previous->setDefaultAction(previous);
    m_next->setDefaultAction(next);
}

QString WorkshopBar::stepText() const
{
    return m_step->text();
}

QString WorkshopBar::clockText() const
{
    return m_clock->text();
}

QString WorkshopBar::overText() const
{
    return m_over ? m_clock->text() : QString();
}

bool WorkshopBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        ++m_burst; // a burst is the typing between entering the field and leaving it
    return QWidget::eventFilter(watched, event);
}

void WorkshopBar::refresh()
{
    const Workshop *w = m_session->workshop();
    const WorkshopStep *s = m_session->step();
    setVisible(w && s);
    if (!w || !s)
        return;
    if (s->id != m_stepId) {
        m_stepId = s->id;
        ++m_burst;
    }
    m_step->setText(tr("%1 · Step %2 of %3").arg(w->name).arg(w->currentStep + 1).arg(w->steps.size()));
    m_title->setText(s->title);
    m_prompt->setText(s->prompt);
    m_prompt->setVisible(!s->prompt.isEmpty());
    if (m_decisions->text() != s->decisions)
        m_decisions->setText(s->decisions);
    refreshClock();
}

void WorkshopBar::refreshClock()
{
    const WorkshopStep *s = m_session->step();
    if (!s)
        return;
    const qint64 left = m_session->remainingSeconds();
    const bool over = left < 0;
    // Over time the clock counts up, in amber: how far over, without alarm.
    m_clock->setText(over ? tr("+%1 over").arg(Agenda::clockText(-left)) : Agenda::clockText(left));
    m_clockCaption->setText(over ? tr("%1 min planned").arg(s->minutes) : tr("left of %1 min").arg(s->minutes));
    if (over != m_over || m_clock->styleSheet().isEmpty()) {
        m_over = over;
        m_clock->setStyleSheet(over ? clockOver : clockInTime);
        m_clockCaption->setStyleSheet(over ? clockOver : u"color: #5F6B7A;"_s);
    }
}

void WorkshopBar::storeDecisions(const QString &text)
{
    const Workshop *w = m_session->workshop();
    const WorkshopStep *s = m_session->step();
    if (!w || !s)
        return;
    const QScopedValueRollback guard(m_pushing, true);
    Edit::setStepDecisions(*m_session->document(), w->id, s->id, text,
                           u"workshopDecisions-%1-%2"_s.arg(s->id).arg(m_burst));
}

} // namespace NorthStar
