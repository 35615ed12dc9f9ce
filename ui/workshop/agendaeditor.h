#pragma once

// The agenda of a workshop, editable by keyboard: the steps in a list (add, remove, move up
// and down) and the selected step's title, timebox and prompt beside it, with the planned
// total below. Steps keep their ids and how they ran, so the running workshop's agenda is
// edited in place.

#include "model/entities.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace NorthStar {

class AgendaEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit AgendaEditor(QWidget *parent = nullptr);

    void setSteps(const QList<WorkshopStep> &steps, int currentStep = -1);
    const QList<WorkshopStep> &steps() const { return m_steps; }
    // The first step without a title (-1 when every step has one): such an agenda is not
    // accepted.
    int untitledStep() const;
    void selectStep(int index);
    QListWidget *list() const { return m_list; }

signals:
    void changed();

private:
    void addStep();
    void removeStep();
    void moveStep(int by);
    void showStep(int row);
    void storeField();
    void refreshList();
    QString itemText(int row) const;

    QList<WorkshopStep> m_steps;
    int m_runningStep = -1; // the room's step in a running workshop (marked in the list)
    bool m_showing = false;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLineEdit *m_title;
    QSpinBox *m_minutes;
    QLineEdit *m_prompt;
    QLabel *m_total;
};

} // namespace NorthStar
