// MainWindow: File ▸ Export Minutes, the record of the current tree's latest workshop
// (docs/minutes.md), written by MinutesExport off the UI thread.

#include "mainwindow/mainwindow.h"
#include "mainwindow/mainwindow_actions.h"

#include "mainwindow/documentcontroller.h"
#include "minutes/minutes.h"
#include "model/document.h"
#include "model/workspacemodel.h"
#include "workshop/minutesexport.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace NorthStar {

void MainWindow::createMinutesExport()
{
    m_minutesExport = new MinutesExport(this);
    QAction *action = new QAction(tr("Export &Minutes…"), this);
    action->setIconText(tr("Export Minutes"));
    action->setStatusTip(tr("The record of this tree's latest workshop as a PDF to send round or Markdown: the "
                            "agenda as it ran, votes, the North Star, the tree, the parking lot and the decisions"));
    m_actions->exportMinutes = action;
    connect(action, &QAction::triggered, this, &MainWindow::exportMinutes);
    connect(m_minutesExport, &MinutesExport::finished, this, [this](bool ok, const QString &message) {
        if (ok)
            statusBar()->showMessage(tr("Exported the minutes to %1").arg(QDir::toNativeSeparators(message)), 8000);
        else if (!message.isEmpty())
            showError(tr("Cannot export the minutes"), message);
        else
            statusBar()->showMessage(tr("Export cancelled: no file was written."), 5000);
    });
    // A workshop started, removed or undone, another tree on screen.
    Document *doc = m_controller->document();
    connect(doc, &Document::currentTreeChanged, this, &MainWindow::updateMinutesAction);
    connect(doc->model(), &WorkspaceModel::changed, this, &MainWindow::updateMinutesAction);
    connect(doc->model(), &WorkspaceModel::wasReset, this, &MainWindow::updateMinutesAction);
}

void MainWindow::updateMinutesAction()
{
    if (!m_actions->exportMinutes)
        return;
    const Document *doc = m_controller->document();
    const bool editing = m_stack->currentWidget() == m_editor;
    m_actions->exportMinutes->setEnabled(editing && !doc->data().workshopsOfTree(doc->currentTreeId()).isEmpty());
}

void MainWindow::exportMinutes()
{
    Document *doc = m_controller->document();
    const Tree *tree = doc->data().tree(doc->currentTreeId());
    if (!tree || m_minutesExport->isRunning())
        return;
    const QList<Workshop> workshops = doc->data().workshopsOfTree(tree->id);
    if (workshops.isEmpty())
        return;
    const Workshop &workshop = workshops.constLast();
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export minutes"),
        MinutesExport::suggestedFileName(tree->name, workshop.name, workshop.started.toTimeZone(Minutes::timeZoneOf(doc->data())).date()),
        tr("PDF document (*.pdf);;Markdown text (*.md)"), &selectedFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selectedFilter.contains(u".md"_s) ? u".md"_s : u".pdf"_s;
    if (!Minutes::suffixes().contains(QFileInfo(path).suffix().toLower())) {
        showError(tr("Cannot export the minutes"),
                  tr("The minutes can be written as a PDF (.pdf) or Markdown (.md) file, not \"%1\". Choose a name "
                     "ending in .pdf or .md.").arg(QFileInfo(path).fileName()));
        return;
    }
    m_minutesExport->start(doc->data(), workshop.id, path);
}

} // namespace NorthStar
