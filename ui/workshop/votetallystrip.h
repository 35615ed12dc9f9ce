#pragma once

// A strip over the canvas while the room votes (issue #11 §2): what the room votes on, how
// many of its dots are placed ("14 of 24 dots placed · 10 left"), who leads (ties shown as
// ties) and the keys. Hidden outside a voting step.

#include <QFrame>

class QLabel;

namespace NorthStar {

class WorkshopSession;

class VoteTallyStrip final : public QFrame
{
    Q_OBJECT

public:
    explicit VoteTallyStrip(WorkshopSession *session, QWidget *parent = nullptr);

    // The texts shown, for the minutes and tests: "14 of 24 dots placed · 10 left".
    QString budgetText() const;
    // "Leading: Activation rate (5)", "Tied for 1.: A, B (4 each)"; empty without votes.
    QString leaderText() const;

    // The budget sentence for `placed` of `budget` dots (budget 0: the room's size not set).
    static QString budgetText(int placed, int budget);

private:
    void refresh();

    WorkshopSession *m_session;
    QLabel *m_subject;
    QLabel *m_budget;
    QLabel *m_leaders;
    QLabel *m_keys;
};

} // namespace NorthStar
