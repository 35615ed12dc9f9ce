#include "workshop/votetallystrip.h"

#include "model/document.h"
#include "model/workspacedata.h"
#include "workshop/votetally.h"
#include "workshop/workshopsession.h"

#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace NorthStar {

VoteTallyStrip::VoteTallyStrip(WorkshopSession *session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_subject(new QLabel(this))
    , m_budget(new QLabel(this))
    , m_leaders(new QLabel(this))
    , m_keys(new QLabel(this))
{
    setObjectName(u"voteTallyStrip"_s);
    // Calm, but readable from the back of the room: a tinted band, the numbers in bold.
    setStyleSheet(u"QFrame#voteTallyStrip { background: #e8effd; border-bottom: 1px solid #c7d6f7; }"
                  " QLabel { color: #1c2533; }"_s);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.1);
    for (QLabel *label : {m_subject, m_budget, m_leaders})
        label->setFont(big);
    QFont bold = big;
    bold.setBold(true);
    m_subject->setFont(bold);
    m_budget->setObjectName(u"voteBudget"_s);
    m_leaders->setObjectName(u"voteLeaders"_s);
    m_leaders->setTextFormat(Qt::PlainText);
    m_keys->setForegroundRole(QPalette::PlaceholderText);
    // The strip must never widen the window: the leaders and the keys wrap when room is short.
    m_leaders->setWordWrap(true);
    m_leaders->setMinimumWidth(m_leaders->fontMetrics().averageCharWidth() * 16);
    m_keys->setWordWrap(true);
    m_keys->setMinimumWidth(m_keys->fontMetrics().averageCharWidth() * 16);
    m_keys->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_keys->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(18);
    layout->addWidget(m_subject);
    layout->addWidget(m_budget);
    layout->addWidget(m_leaders, 1);
    layout->addWidget(m_keys);
    connect(session, &WorkshopSession::changed, this, &VoteTallyStrip::refresh);
    refresh();
}

QString VoteTallyStrip::budgetText(int placed, int budget)
{
    if (budget <= 0) {
        const QString dots = placed == 1 ? tr("1 dot placed") : tr("%1 dots placed").arg(placed);
        return tr("%1 (set the room's size to see its budget)").arg(dots);
    }
    if (placed > budget)
        return tr("%1 of %2 dots placed: %3 more than the room has").arg(placed).arg(budget).arg(placed - budget);
    const int left = budget - placed;
    return tr("%1 of %2 dots placed · %3 left").arg(placed).arg(budget).arg(left);
}

QString VoteTallyStrip::budgetText() const
{
    return m_budget->text();
}

QString VoteTallyStrip::leaderText() const
{
    return m_leaders->text();
}

void VoteTallyStrip::refresh()
{
    const Agenda::VoteSubject subject = m_session->voteSubject();
    const Workshop *workshop = m_session->workshop();
    const WorkshopStep *step = m_session->step();
    const bool voting = subject != Agenda::VoteSubject::None && workshop && step;
    setVisible(voting);
    if (!voting) {
        m_budget->clear();
        m_leaders->clear();
        return;
    }
    switch (subject) {
    case Agenda::VoteSubject::Candidates: m_subject->setText(tr("Dot voting on candidates")); break;
    case Agenda::VoteSubject::Inputs: m_subject->setText(tr("Dot voting on inputs")); break;
    case Agenda::VoteSubject::Work: m_subject->setText(tr("Dot voting on work items")); break;
    case Agenda::VoteSubject::None: break;
    }
    m_keys->setText(subject == Agenda::VoteSubject::Candidates ? tr("+ / − / 0–9: dots on a candidate (Candidates panel)")
                                                               : tr("+ / − / 0–9: dots on the selected card"));
    m_keys->setToolTip(tr("+ (or =) adds a dot, − takes one away, a digit sets the count; Ctrl+Z undoes"));
    const WorkspaceData &workspace = m_session->document()->data();
    const int placed = VoteTally::placedDots(workspace, step->id);
    const int budget = VoteTally::budget(*workshop);
    m_budget->setText(budgetText(placed, budget));
    m_budget->setStyleSheet(budget > 0 && placed > budget ? u"color: #b42318;"_s : QString());

    const QList<VoteTally::Entry> entries = VoteTally::ofStep(workspace, step->id);
    QStringList leaders;
    for (const VoteTally::Entry &e : entries) {
        if (e.rank == 1)
            leaders.append(e.name);
    }
    if (leaders.isEmpty())
        m_leaders->clear();
    else if (leaders.size() == 1)
        m_leaders->setText(tr("Leading: %1 (%2)").arg(leaders.constFirst()).arg(entries.constFirst().dots));
    else
        m_leaders->setText(tr("Tied for 1.: %1 (%2 each)").arg(leaders.join(u", "_s)).arg(entries.constFirst().dots));
}

} // namespace NorthStar
