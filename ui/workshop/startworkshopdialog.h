#pragma once

// Plans a workshop: its name, the room's size and dots, and the agenda (the playbook's steps
// by default). The same dialog edits the agenda of the running workshop (Workshop ▸ Edit
// Agenda…), keeping the steps' ids and how they ran.

#include "model/entities.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace NorthStar {

class AgendaEditor;

class StartWorkshopDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Start, EditAgenda };

    // `plan`: the workshop to edit, or for Mode::Start the defaults to offer.
    StartWorkshopDialog(const Workshop &plan, Mode mode, QWidget *parent = nullptr);

    // A new plan for today: "Workshop 3 Dec", the playbook's agenda, three dots each.
    static Workshop defaultPlan(const QDate &today);

    // The plan as edited (the workshop passed in with its name, room and agenda changed).
    Workshop plan() const;
    AgendaEditor *agenda() const { return m_agenda; }

    void accept() override;

private:
    Workshop m_plan;
    QLineEdit *m_name;
    QSpinBox *m_participants;
    QSpinBox *m_dots;
    AgendaEditor *m_agenda;
    QLabel *m_error;
};

} // namespace NorthStar
