#pragma once

// The running workshop in the main window, under the tree tabs: which step ("Step 3 of 7"),
// its title and prompt, the time left in large type (amber and "+1:30 over" once the step
// runs over its timebox) and the room's decisions in this step, typed in place (one undo
// step per burst of typing).

#include "model/types.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QToolButton;

namespace NorthStar {

class WorkshopSession;

class WorkshopBar final : public QWidget
{
    Q_OBJECT

public:
    explicit WorkshopBar(WorkshopSession *session, QWidget *parent = nullptr);

    // The window's Previous / Next Step actions, shown as buttons at the bar's end.
    void setStepActions(QAction *previous, QAction *next);

    QString stepText() const;
    QString clockText() const;
    QString overText() const; // "+1:30 over", empty while in time
    bool isOverTime() const { return m_over; }
    QLineEdit *decisionsField() const { return m_decisions; }

private:
    void refresh();
    void refreshClock();
    void storeDecisions(const QString &text);
    bool eventFilter(QObject *watched, QEvent *event) override;

    WorkshopSession *m_session;
    QLabel *m_step;
    QLabel *m_title;
    QLabel *m_prompt;
    QLabel *m_clock;
    QLabel *m_clockCaption;
    QLineEdit *m_decisions;
    QToolButton *m_previous;
    QToolButton *m_next;
    Id m_stepId = 0;
    int m_burst = 0;
    bool m_pushing = false;
    bool m_over = false;
};

} // namespace NorthStar
