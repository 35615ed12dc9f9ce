// MainWindow: the Versions panel (issue #11 §3), its Tree menu entries, and the read-only
// canvas of a saved version in the central area while two versions are compared.

#include "mainwindow/mainwindow.h"
#include "mainwindow/mainwindow_actions.h"

#include "canvas/canvasview.h"
#include "mainwindow/documentcontroller.h"
#include "versions/versionspanel.h"
#include "versions/versionview.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace NorthStar {

void MainWindow::createVersionsPanel()
{
    m_versionView = new VersionView(m_modes);
    m_modes->addWidget(m_versionView);
    m_versionsPanel = new VersionsPanel(m_controller->document(), m_canvas, m_versionView, this);
    QDockWidget *dock = addPanel(m_versionsPanel, tr("Versions"), u"versionsDock"_s, Qt::RightDockWidgetArea);
    if (auto *properties = findChild<QDockWidget *>(u"propertiesDock"_s)) {
        tabifyDockWidget(properties, dock);
        properties->raise();
    }

    // Keyboard: Ctrl+Alt+V brings the panel forward with its list focused.
    auto *show = new QAction(tr("Show &Versions"), this);
    show->setShortcut(QKeySequence(u"Ctrl+Alt+V"_s));
    show->setStatusTip(tr("The saved versions of this tree: save, compare, restore"));
    const auto bringForward = [this, dock] {
        m_hiddenDocks.remove(dock);
        dock->show();
        dock->raise();
    };
    connect(show, &QAction::triggered, this, [this, bringForward] {
        bringForward();
        m_versionsPanel->versionList()->setFocus(Qt::ShortcutFocusReason);
    });

    if (auto *tree = findChild<QMenu *>(u"treeMenu"_s)) {
        tree->addSeparator();
        tree->addAction(m_versionsPanel->saveAction());
        tree->addAction(show);
        tree->addAction(m_versionsPanel->compareAction());
        tree->addAction(m_versionsPanel->stopCompareAction());
        tree->addAction(m_versionsPanel->restoreAction());
    }
    // The panel enables its own actions (a tree to save, versions to compare); the window
    // only needs the editor for this one.
    m_actions->editorOnly.append(show);

    // The panel asks for the live canvas or the version's; a comparison brings the list of
    // changes forward, beside the marks.
    connect(m_versionsPanel, &VersionsPanel::viewRequested, this, [this, bringForward](QWidget *view) {
        if (isReviewShown())
            setReviewShown(false);
        if (m_versionsPanel->isComparing() && !m_presenting)
            bringForward();
        m_modes->setCurrentWidget(view);
        updateActions();
    });
    connect(m_versionsPanel, &VersionsPanel::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    // On the wall screen a saved version's canvas shows in the same large type as the tree.
    connect(m_actions->present, &QAction::toggled, m_versionView->canvas(), &CanvasView::setPresentationMode);
    // The review is another page: a comparison does not follow it there.
    connect(m_actions->showReview, &QAction::triggered, m_versionsPanel, &VersionsPanel::stopComparing);
}

} // namespace NorthStar
