#include "workshop/startworkshopdialog.h"

#include "workshop/agenda.h"
#include "workshop/agendaeditor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace NorthStar {

StartWorkshopDialog::StartWorkshopDialog(const Workshop &plan, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_name(new QLineEdit(plan.name, this))
    , m_participants(new QSpinBox(this))
    , m_dots(new QSpinBox(this))
    , m_agenda(new AgendaEditor(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"startWorkshopDialog"_s);
    setWindowTitle(mode == Mode::Start ? tr("Start Workshop") : tr("Edit Agenda"));
    m_name->setObjectName(u"workshopName"_s);
    m_participants->setObjectName(u"workshopParticipants"_s);
    m_dots->setObjectName(u"workshopDots"_s);
    m_participants->setRange(0, 200);
    // Without the room's size the dots are still counted, only the budget is unknown.
    m_participants->setSpecialValueText(tr("Not set"));
    m_participants->setValue(plan.participants);
    m_dots->setRange(0, 20);
    m_dots->setValue(plan.dotsPerPerson);
    m_agenda->setSteps(plan.steps, mode == Mode::EditAgenda ? plan.currentStep : -1);
    m_error->setObjectName(u"workshopError"_s);
    m_error->setStyleSheet(u"color: #B42318;"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Participants:"), m_participants);
    form->addRow(tr("&Dots per person:"), m_dots);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Start ? tr("&Start Workshop") : tr("Save Agenda"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::EditAgenda) {
        auto *note = new QLabel(tr("Removing a step also removes the votes the room gave in it."), this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addLayout(form);
    layout->addWidget(m_agenda, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_agenda, &AgendaEditor::changed, m_error, &QWidget::hide);
    m_name->selectAll();
    m_name->setFocus();
    resize(880, 560);
}

Workshop StartWorkshopDialog::defaultPlan(const QDate &today)
{
    Workshop w;
    w.name = tr("Workshop %1").arg(QLocale().toString(today, u"d MMM"_s));
    w.dotsPerPerson = 3;
    w.steps = Agenda::playbook();
    return w;
}

Workshop StartWorkshopDialog::plan() const
{
    Workshop w = m_plan;
    w.name = m_name->text().trimmed();
    w.participants = m_participants->value();
    w.dotsPerPerson = m_dots->value();
    w.steps = m_agenda->steps();
    for (WorkshopStep &s : w.steps) {
        s.title = s.title.trimmed();
        s.prompt = s.prompt.trimmed();
    }
    return w;
}

void StartWorkshopDialog::accept()
{
    if (const int untitled = m_agenda->untitledStep(); untitled >= 0) {
        m_error->setText(tr("Step %1 has no title: give it one (the room sees it) or remove it.").arg(untitled + 1));
        m_error->show();
        m_agenda->selectStep(untitled);
        if (auto *title = m_agenda->findChild<QLineEdit *>(u"stepTitle"_s))
            title->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace NorthStar
