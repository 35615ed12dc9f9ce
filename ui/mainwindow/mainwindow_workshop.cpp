// MainWindow: the Workshop menu, the workshop bar under the tree tabs and the presentation
// on the wall screen (issue #11 §1).
//
// Presentation Mode (F5) and the workshop: while a workshop runs on the tree, F5 shows the
// workshop's presentation (its own window, on the wall screen when there is a second one)
// instead of turning the window itself into a full-screen canvas; without a workshop F5 is
// the canvas presentation it always was.

#include "mainwindow/mainwindow.h"
#include "mainwindow/mainwindow_actions.h"

#include "canvas/canvasview.h"
#include "mainwindow/documentcontroller.h"
#include "model/document.h"
#include "model/edits.h"
#include "panels/candidatespanel.h"
#include "panels/lintpanel.h"
#include "workshop/presentationwindow.h"
#include "workshop/startworkshopdialog.h"
#include "workshop/workshopbar.h"
#include "workshop/workshopsession.h"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace NorthStar {

void MainWindow::createWorkshopActions()
{
    Actions &a = *m_actions;
    a.startWorkshop = new QAction(tr("&Start Workshop…"), this);
    a.startWorkshop->setShortcut(QKeySequence(u"Ctrl+Shift+W"_s));
    a.startWorkshop->setStatusTip(tr("Run a North Star workshop on this tree: a timed agenda, shown on the wall screen"));
    a.editAgenda = new QAction(tr("Edit &Agenda…"), this);
    a.editAgenda->setStatusTip(tr("Change the running workshop's steps, timeboxes and prompts"));
    a.nextStep = new QAction(tr("&Next Step"), this);
    a.nextStep->setShortcut(QKeySequence(Qt::Key_PageDown));
    a.nextStep->setIconText(tr("Next ▶"));
    a.previousStep = new QAction(tr("&Previous Step"), this);
    a.previousStep->setShortcut(QKeySequence(Qt::Key_PageUp));
    a.previousStep->setIconText(tr("◀ Previous"));
    a.finishWorkshop = new QAction(tr("&Finish Workshop…"), this);
    // F5 shows the workshop's presentation while one runs (see above): named here, bound there.
    a.showPresentation = new QAction(CanvasView::menuText(tr("Show Presen&tation"), Qt::Key_F5), this);
    a.showPresentation->setStatusTip(tr("The current step, its prompt and the time left, full screen on the wall screen"));
    for (QAction *action : {a.startWorkshop, a.editAgenda, a.nextStep, a.previousStep, a.finishWorkshop,
                            a.showPresentation})
        addAction(action); // their keys work while the menu bar is hidden, too

    connect(a.startWorkshop, &QAction::triggered, this, &MainWindow::startWorkshop);
    connect(a.editAgenda, &QAction::triggered, this, &MainWindow::editAgenda);
    connect(a.nextStep, &QAction::triggered, m_workshop, &WorkshopSession::next);
    connect(a.previousStep, &QAction::triggered, m_workshop, &WorkshopSession::previous);
    connect(a.finishWorkshop, &QAction::triggered, this, &MainWindow::finishWorkshop);
    connect(a.showPresentation, &QAction::triggered, this, [this] {
        if (m_actions->present->isChecked() && m_presentation && m_presentation->isVisible())
            m_presentation->present(); // back onto the right screen
        else
            m_actions->present->setChecked(true);
    });

    m_workshopBar = new WorkshopBar(m_workshop, m_editor);
    m_workshopBar->setStepActions(a.previousStep, a.nextStep);
    // Under the tree tabs, above the canvas: the step is part of what the editor shows.
    static_cast<QVBoxLayout *>(m_editor->layout())->insertWidget(1, m_workshopBar);
    connect(m_workshop, &WorkshopSession::changed, this, &MainWindow::updateWorkshopActions);
    connect(m_workshop, &WorkshopSession::changed, this, &MainWindow::bringForwardForStep);
}

// Each step brings forward on the laptop what it needs, once when the room reaches it: the
// candidates for the candidates, checklist and choose steps, the checks for the inputs
// and the work (its gaps). The facilitator can close them again; the next step decides anew.
void MainWindow::bringForwardForStep()
{
    const WorkshopStep *step = m_workshop->step();
    if (!step || step->id == m_stepBroughtForward)
        return;
    m_stepBroughtForward = step->id;
    QWidget *panel = nullptr;
    switch (step->kind) {
    case WorkshopStepKind::Candidates:
    case WorkshopStepKind::Checklist:
    case WorkshopStepKind::Choose:
        panel = m_candidatesPanel;
        break;
    case WorkshopStepKind::Inputs:
    case WorkshopStepKind::Work:
        panel = m_lintPanel;
        break;
    default:
        return;
    }
    for (QDockWidget *dock : std::as_const(m_docks)) {
        if (dock->widget() != panel || isReviewShown())
            continue;
        m_hiddenDocks.remove(dock);
        dock->show();
        dock->raise();
    }
}

void MainWindow::createWorkshopMenu()
{
    Actions &a = *m_actions;
    QMenu *menu = menuBar()->addMenu(tr("&Workshop"));
    menu->addAction(a.startWorkshop);
    menu->addAction(a.editAgenda);
    menu->addSeparator();
    menu->addAction(a.nextStep);
    menu->addAction(a.previousStep);
    menu->addSeparator();
    menu->addAction(a.showPresentation);
    menu->addSeparator();
    menu->addAction(a.finishWorkshop);
}

void MainWindow::updateWorkshopActions()
{
    Actions &a = *m_actions;
    if (!a.startWorkshop)
        return;
    const bool editing = m_stack->currentWidget() == m_editor;
    Document *doc = m_controller->document();
    const Workshop *w = editing ? m_workshop->workshop() : nullptr;
    a.startWorkshop->setEnabled(editing && !w && doc->data().tree(doc->currentTreeId()));
    for (QAction *action : {a.editAgenda, a.finishWorkshop, a.showPresentation})
        action->setEnabled(w != nullptr);
    a.nextStep->setEnabled(w && w->currentStep + 1 < w->steps.size());
    a.previousStep->setEnabled(w && w->currentStep > 0);
}

void MainWindow::startWorkshop()
{
    Document *doc = m_controller->document();
    if (!doc->data().tree(doc->currentTreeId()) || m_workshop->isRunning())
        return;
    StartWorkshopDialog dialog(StartWorkshopDialog::defaultPlan(m_workshop->now().toLocalTime().date()),
                               StartWorkshopDialog::Mode::Start, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Workshop plan = dialog.plan();
    if (auto started = m_workshop->start(plan.name, plan.steps, plan.participants, plan.dotsPerPerson); !started) {
        showError(tr("Cannot start the workshop"), started.error());
        return;
    }
    statusBar()->showMessage(tr("Workshop started: PageDown moves to the next step, F5 shows it on the wall screen."), 8000);
}

void MainWindow::editAgenda()
{
    const Workshop *running = m_workshop->workshop();
    if (!running)
        return;
    StartWorkshopDialog dialog(*running, StartWorkshopDialog::Mode::EditAgenda, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The workshop may have changed under the dialog (an undo): edit the one running now.
    if (const Workshop *now = m_workshop->workshop(); now && now->id == dialog.plan().id)
        Edit::updateWorkshop(*m_controller->document(), dialog.plan());
}

void MainWindow::finishWorkshop()
{
    const Workshop *w = m_workshop->workshop();
    if (!w)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Finish workshop"),
        tr("Finish \"%1\"? The current step ends now; the agenda, votes and decisions are kept for the minutes. "
           "You can undo this.")
            .arg(w->name));
    if (answer == QMessageBox::Yes)
        m_workshop->finish();
}

bool MainWindow::presentWorkshop(bool on)
{
    if (!on) {
        if (!m_presentation || !m_presentation->isVisible())
            return false;
        m_presentation->close();
        return true;
    }
    if (!m_workshop->isRunning())
        return false;
    if (!m_presentation) {
        m_presentation = new PresentationWindow(m_workshop, this);
        // Undo and redo work on the wall screen too (a step moved by mistake).
        m_presentation->addAction(m_actions->undo);
        m_presentation->addAction(m_actions->redo);
        // Bound to the action, not the window: while the window is destroyed (its actions go
        // before the presentation) nothing reaches a half-destroyed MainWindow. The
        // presentation gives the editor back its activation itself.
        QAction *present = m_actions->present;
        connect(m_presentation, &PresentationWindow::left, present, [present] { present->setChecked(false); });
    }
    m_presentation->present();
    return true;
}

} // namespace NorthStar
