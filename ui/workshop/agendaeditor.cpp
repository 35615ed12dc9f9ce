#include "workshop/agendaeditor.h"

#include "workshop/agenda.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace NorthStar {

AgendaEditor::AgendaEditor(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add Step"), this))
    , m_remove(new QPushButton(tr("Remo&ve Step"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move Do&wn"), this))
    , m_title(new QLineEdit(this))
    , m_minutes(new QSpinBox(this))
    , m_prompt(new QLineEdit(this))
    , m_total(new QLabel(this))
{
    m_list->setObjectName(u"agendaSteps"_s);
    m_title->setObjectName(u"stepTitle"_s);
    m_minutes->setObjectName(u"stepMinutes"_s);
    m_prompt->setObjectName(u"stepPrompt"_s);
    m_total->setObjectName(u"agendaTotal"_s);
    m_list->setMinimumWidth(300);
    m_minutes->setRange(1, 480);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccelerated(true);
    m_prompt->setPlaceholderText(tr("The one line the room sees during this step"));
    m_prompt->setMinimumWidth(420);

    auto *listLabel = new QLabel(tr("A&genda:"), this);
    listLabel->setBuddy(m_list);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Minutes:"), m_minutes);
    form->addRow(tr("P&rompt:"), m_prompt);

    auto *left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    left->addLayout(buttons);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(form, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns, 1);
    layout->addWidget(m_total);

    connect(m_list, &QListWidget::currentRowChanged, this, &AgendaEditor::showStep);
    connect(m_title, &QLineEdit::textEdited, this, &AgendaEditor::storeField);
    connect(m_prompt, &QLineEdit::textEdited, this, &AgendaEditor::storeField);
    connect(m_minutes, &QSpinBox::valueChanged, this, &AgendaEditor::storeField);
    connect(m_add, &QPushButton::clicked, this, &AgendaEditor::addStep);
    connect(m_remove, &QPushButton::clicked, this, &AgendaEditor::removeStep);
    connect(m_up, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveStep(1); });
}

void AgendaEditor::setSteps(const QList<WorkshopStep> &steps, int currentStep)
{
    m_steps = steps;
    m_runningStep = currentStep;
    refreshList();
    // Editing a running agenda starts where the room is.
    selectStep(std::max(0, currentStep));
}

int AgendaEditor::untitledStep() const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).title.trimmed().isEmpty())
            return i;
    }
    return -1;
}

void AgendaEditor::selectStep(int index)
{
    if (index >= 0 && index < m_steps.size())
        m_list->setCurrentRow(index);
    showStep(m_list->currentRow());
}

QString AgendaEditor::itemText(int row) const
{
    const WorkshopStep &s = m_steps.at(row);
    const QString title = s.title.trimmed().isEmpty() ? tr("(untitled step)") : s.title.trimmed();
    // A running workshop's list says where the room is: done, now, still to come.
    QString mark;
    if (row == m_runningStep)
        mark = tr("now: ");
    else if (s.ended.isValid())
        mark = tr("done: ");
    return tr("%1. %2%3 (%4 min)").arg(row + 1).arg(mark, title).arg(s.minutes);
}

void AgendaEditor::refreshList()
{
    const int row = m_list->currentRow();
    const QSignalBlocker blocker(m_list);
    while (m_list->count() > m_steps.size())
        delete m_list->takeItem(m_list->count() - 1);
    while (m_list->count() < m_steps.size())
        m_list->addItem(QString());
    for (int i = 0; i < m_steps.size(); ++i)
        m_list->item(i)->setText(itemText(i));
    m_list->setCurrentRow(std::clamp(row, 0, int(m_steps.size()) - 1));
    Workshop w;
    w.steps = m_steps;
    const qint64 total = Agenda::plannedTotalSeconds(w);
    // Singular and plural spelled out: there is no English plural catalogue to fill "%n".
    const QString time = tr("%1 h %2 min").arg(total / 3600).arg((total % 3600) / 60, 2, 10, QLatin1Char('0'));
    m_total->setText(m_steps.size() == 1 ? tr("Planned time: %1 in 1 step").arg(time)
                                         : tr("Planned time: %1 in %2 steps").arg(time).arg(m_steps.size()));
    const int current = m_list->currentRow();
    m_remove->setEnabled(m_steps.size() > 1); // the room is always somewhere: one step stays
    m_up->setEnabled(current > 0);
    m_down->setEnabled(current >= 0 && current + 1 < m_steps.size());
}

void AgendaEditor::showStep(int row)
{
    const bool valid = row >= 0 && row < m_steps.size();
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_minutes, m_prompt})
        w->setEnabled(valid);
    m_showing = true;
    m_title->setText(valid ? m_steps.at(row).title : QString());
    m_minutes->setValue(valid ? m_steps.at(row).minutes : 10);
    m_prompt->setText(valid ? m_steps.at(row).prompt : QString());
    m_prompt->setCursorPosition(0);
    m_showing = false;
    m_up->setEnabled(row > 0);
    m_down->setEnabled(valid && row + 1 < m_steps.size());
}

void AgendaEditor::storeField()
{
    const int row = m_list->currentRow();
    if (m_showing || row < 0 || row >= m_steps.size())
        return;
    WorkshopStep &s = m_steps[row];
    s.title = m_title->text();
    s.minutes = m_minutes->value();
    s.prompt = m_prompt->text();
    refreshList();
    emit changed();
}

void AgendaEditor::addStep()
{
    WorkshopStep s; // kind Custom, id 0: the model gives it its id
    s.title = tr("New step");
    s.minutes = 10;
    const int at = m_list->currentRow() + 1;
    m_steps.insert(at, s);
    if (m_runningStep >= at)
        ++m_runningStep;
    refreshList();
    selectStep(at);
    m_title->setFocus();
    m_title->selectAll();
    emit changed();
}

void AgendaEditor::removeStep()
{
    const int row = m_list->currentRow();
    if (row < 0 || m_steps.size() <= 1)
        return;
    m_steps.removeAt(row);
    if (m_runningStep == row)
        m_runningStep = -1;
    else if (m_runningStep > row)
        --m_runningStep;
    refreshList();
    selectStep(std::min(row, int(m_steps.size()) - 1));
    m_list->setFocus();
    emit changed();
}

void AgendaEditor::moveStep(int by)
{
    const int row = m_list->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_steps.size())
        return;
    m_steps.move(row, to);
    if (m_runningStep == row)
        m_runningStep = to;
    else if (m_runningStep == to)
        m_runningStep = row;
    refreshList();
    selectStep(to);
    emit changed();
}

} // namespace NorthStar
