// MainWindow: actions, menus, toolbar, docks and presentation mode.

#include "mainwindow/mainwindow.h"
#include "mainwindow/mainwindow_actions.h"

#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/nodeitem.h"
#include "charts/chartpanel.h"
#include "mainwindow/documentcontroller.h"
#include "mainwindow/recentfiles.h"
#include "model/document.h"
#include "panels/candidatespanel.h"
#include "panels/lintpanel.h"
#include "panels/propertiespanel.h"
#include "panels/whatifpanel.h"
#include "render/treeexporter.h"
#include "review/reviewexport.h"
#include "review/reviewview.h"
#include "workshop/templates.h"

#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

QAction *makeAction(QObject *parent, const QString &text, const QKeySequence &shortcut = {},
                    const QString &statusTip = {})
{
    auto *action = new QAction(text, parent);
    // The toolbar shows the plain name; menus show the key hint after the tab.
    action->setIconText(QString(text).remove(u'&').section(u'\t', 0, 0).remove(u"…"_s));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setStatusTip(statusTip);
    return action;
}

} // namespace

void MainWindow::createActions()
{
    Actions &a = *m_actions;
    Document *doc = m_controller->document();

    a.newWorkspace = makeAction(this, tr("&New Workspace"), QKeySequence::New);
    a.open = makeAction(this, tr("&Open…"), QKeySequence::Open);
    a.save = makeAction(this, tr("&Save"), QKeySequence::Save);
    a.saveAs = makeAction(this, tr("Save &As…"), QKeySequence::SaveAs);
    a.exportImage = makeAction(this, tr("&Export Tree as Image…"), QKeySequence(u"Ctrl+E"_s),
                               tr("PNG, SVG or PDF, sized for slides"));
    a.exportReview = makeAction(this, tr("Export Re&view…"), QKeySequence(u"Ctrl+Shift+E"_s),
                                tr("The weekly review as a PDF to print, an HTML file to email or Markdown"));
    a.importData = makeAction(this, tr("&Import Usage Data…"), QKeySequence(u"Ctrl+I"_s),
                              tr("Import events from a CSV export (or drop the file on the window)"));
    a.pullWarehouse = makeAction(this, tr("&Pull from Warehouse…"), {},
                                 tr("Run the daily rollup's query on PostgreSQL or ClickHouse and import its rows"));
    a.settings = makeAction(this, tr("Wor&kspace Settings…"), {},
                            tr("Reporting timezone, week start and the segment every number is filtered to"));
    a.quit = makeAction(this, tr("&Quit"), QKeySequence::Quit);
    connect(a.importData, &QAction::triggered, this, &MainWindow::importData);
    connect(a.pullWarehouse, &QAction::triggered, this, &MainWindow::pullFromWarehouse);
    connect(a.settings, &QAction::triggered, this, &MainWindow::editWorkspaceSettings);
    connect(a.newWorkspace, &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(a.open, &QAction::triggered, this, &MainWindow::openDialog);
    connect(a.save, &QAction::triggered, this, &MainWindow::save);
    connect(a.saveAs, &QAction::triggered, this, &MainWindow::saveAs);
    connect(a.exportImage, &QAction::triggered, this, &MainWindow::exportImage);
    connect(a.exportReview, &QAction::triggered, this, &MainWindow::exportReview);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    createMinutesExport();

    a.undo = doc->undoStack()->createUndoAction(this, tr("&Undo"));
    a.undo->setShortcut(QKeySequence::Undo);
    a.redo = doc->undoStack()->createRedoAction(this, tr("&Redo"));
    a.redo->setShortcut(QKeySequence::Redo);

    // Keys the canvas handles itself (Tab, Enter, F2, Delete, arrows) are shown in the menus
    // for discovery but bound there, so typing in a panel never triggers them.
    a.cut = makeAction(this, tr("Cu&t"), QKeySequence::Cut);
    a.copy = makeAction(this, tr("&Copy"), QKeySequence::Copy);
    a.paste = makeAction(this, tr("&Paste"), QKeySequence::Paste);
    a.selectAll = makeAction(this, tr("Select &All"), QKeySequence::SelectAll);
    a.deleteSelection = makeAction(this, CanvasView::menuText(tr("&Delete"), QKeySequence::Delete));
    a.rename = makeAction(this, CanvasView::menuText(tr("Re&name"), Qt::Key_F2));
    a.addChild = makeAction(this, CanvasView::menuText(tr("Add &Child"), Qt::Key_Tab));
    a.addSibling = makeAction(this, CanvasView::menuText(tr("Add &Sibling"), Qt::Key_Enter));
    a.addSubInput = makeAction(this, CanvasView::menuText(tr("Add Sub-&input"), Qt::Key_Insert));
    for (QAction *canvasAction : {a.cut, a.copy, a.paste, a.selectAll})
        canvasAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction *canvasAction : {a.cut, a.copy, a.paste, a.selectAll})
        m_canvas->addAction(canvasAction);
    connect(a.cut, &QAction::triggered, m_canvas, &CanvasView::cut);
    connect(a.copy, &QAction::triggered, m_canvas, &CanvasView::copy);
    connect(a.paste, &QAction::triggered, m_canvas, &CanvasView::paste);
    connect(a.selectAll, &QAction::triggered, m_canvas, &CanvasView::selectAll);
    connect(a.deleteSelection, &QAction::triggered, m_canvas, &CanvasView::deleteSelection);
    connect(a.rename, &QAction::triggered, m_canvas, &CanvasView::renameCurrent);
    connect(a.addChild, &QAction::triggered, m_canvas, &CanvasView::addChild);
    connect(a.addSibling, &QAction::triggered, m_canvas, &CanvasView::addSibling);
    connect(a.addSubInput, &QAction::triggered, m_canvas, &CanvasView::addSubInput);

    a.addTree = makeAction(this, tr("New &Tree…"));
    a.renameTree = makeAction(this, tr("Re&name Tree…"));
    a.deleteTree = makeAction(this, tr("&Delete Tree"));
    a.relayout = makeAction(this, tr("&Automatic Layout"), QKeySequence(u"Ctrl+L"_s),
                            tr("Forget manual placement and lay the tree out again"));
    connect(a.addTree, &QAction::triggered, this, &MainWindow::addEmptyTree);
    connect(a.renameTree, &QAction::triggered, this, [this] { renameTree(m_treeTabs->currentIndex()); });
    connect(a.deleteTree, &QAction::triggered, this, &MainWindow::deleteTree);
    connect(a.relayout, &QAction::triggered, m_canvas, &CanvasView::relayout);

    a.zoomIn = makeAction(this, tr("Zoom &In"), QKeySequence::ZoomIn);
    a.zoomOut = makeAction(this, tr("Zoom &Out"), QKeySequence::ZoomOut);
    a.zoomReset = makeAction(this, tr("&Actual Size"), QKeySequence(u"Ctrl+0"_s));
    a.fit = makeAction(this, tr("&Fit to Window"), QKeySequence(u"Ctrl+9"_s));
    a.present = makeAction(this, tr("&Presentation Mode"), QKeySequence(u"F5"_s),
                           tr("Full screen, large type, no editing chrome"));
    a.present->setCheckable(true);
    a.leavePresentation = makeAction(this, tr("Leave Presentation Mode"), QKeySequence(Qt::Key_Escape));
    a.leavePresentation->setEnabled(false);
    addAction(a.leavePresentation);
    connect(a.zoomIn, &QAction::triggered, m_canvas, &CanvasView::zoomIn);
    connect(a.zoomOut, &QAction::triggered, m_canvas, &CanvasView::zoomOut);
    connect(a.zoomReset, &QAction::triggered, m_canvas, &CanvasView::zoomReset);
    connect(a.fit, &QAction::triggered, m_canvas, &CanvasView::fitToView);
    connect(a.present, &QAction::toggled, this, &MainWindow::setPresentationMode);
    connect(a.leavePresentation, &QAction::triggered, this, [this] { m_actions->present->setChecked(false); });

    // The central area shows the canvas or the weekly review; each is one key away.
    a.showCanvas = makeAction(this, tr("&Canvas"), QKeySequence(u"Ctrl+1"_s), tr("The tree, to build and edit it"));
    a.showReview = makeAction(this, tr("&Review"), QKeySequence(u"Ctrl+2"_s),
                              tr("The weekly review of this tree: are we winning, why did it move, did our work move it"));
    auto *modes = new QActionGroup(this);
    modes->setExclusive(true);
    for (QAction *mode : {a.showCanvas, a.showReview}) {
        mode->setCheckable(true);
        modes->addAction(mode);
    }
    a.showCanvas->setChecked(true);
    connect(a.showCanvas, &QAction::triggered, this, [this] { setReviewShown(false); });
    connect(a.showReview, &QAction::triggered, this, [this] { setReviewShown(true); });

    createWorkshopActions();

    a.editorOnly = {a.showCanvas, a.showReview, a.settings, a.save,      a.saveAs,   a.exportImage, a.exportReview, a.cut,        a.copy,
                    a.paste,     a.selectAll, a.deleteSelection, a.rename, a.addChild,
                    a.addSibling, a.addSubInput, a.addTree, a.renameTree, a.deleteTree,
                    a.relayout,  a.zoomIn,   a.zoomOut,     a.zoomReset,  a.fit,
                    a.present};
}

void MainWindow::createMenus()
{
    Actions &a = *m_actions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(a.newWorkspace);
    QMenu *fromTemplate = file->addMenu(tr("New from &Template"));
    for (const Templates::Info &t : Templates::list()) {
        QAction *action = fromTemplate->addAction(t.name);
        action->setStatusTip(t.description);
        connect(action, &QAction::triggered, this, [this, key = t.key] { newFromTemplate(key); });
    }
    file->addAction(a.open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    QAction *demo = file->addAction(tr("Open &Demo Workspace"));
    connect(demo, &QAction::triggered, this, &MainWindow::openDemo);
    file->addSeparator();
    file->addAction(a.save);
    file->addAction(a.saveAs);
    file->addSeparator();
    file->addAction(a.importData);
    file->addAction(a.pullWarehouse);
    file->addAction(a.exportImage);
    file->addAction(a.exportReview);
    file->addAction(a.exportMinutes);
    file->addSeparator();
    file->addAction(a.settings);
    file->addSeparator();
    file->addAction(a.quit);
    connect(m_recentFiles, &RecentFiles::changed, this, &MainWindow::updateRecentMenu);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(a.undo);
    edit->addAction(a.redo);
    edit->addSeparator();
    edit->addAction(a.cut);
    edit->addAction(a.copy);
    edit->addAction(a.paste);
    edit->addAction(a.deleteSelection);
    edit->addSeparator();
    edit->addAction(a.selectAll);
    edit->addAction(a.rename);

    QMenu *tree = menuBar()->addMenu(tr("&Tree"));
    tree->setObjectName(u"treeMenu"_s);
    tree->addAction(a.addChild);
    tree->addAction(a.addSibling);
    tree->addAction(a.addSubInput);
    tree->addSeparator();
    tree->addAction(a.addTree);
    QMenu *treeFromTemplate = tree->addMenu(tr("New Tree from Te&mplate"));
    for (const Templates::Info &t : Templates::list()) {
        QAction *action = treeFromTemplate->addAction(t.name);
        connect(action, &QAction::triggered, this, [this, key = t.key] { addTreeFromTemplate(key); });
    }
    a.editorOnly.append(treeFromTemplate->menuAction());
    tree->addAction(a.renameTree);
    tree->addAction(a.deleteTree);
    tree->addSeparator();
    tree->addAction(a.relayout);
    addVotingMenuEntries(tree);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(a.showCanvas);
    view->addAction(a.showReview);
    view->addAction(m_review->backAction());
    view->addAction(m_review->forwardAction());
    view->addSeparator();
    view->addAction(a.zoomIn);
    view->addAction(a.zoomOut);
    view->addAction(a.zoomReset);
    view->addAction(a.fit);
    view->addSeparator();
    view->addAction(a.present);
    view->addSeparator();
    m_panelsMenu = view->addMenu(tr("Pa&nels"));

    createWorkshopMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About North Star Studio"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About North Star Studio"),
                           tr("<h3>North Star Studio %1</h3><p>Build, test and track a North Star "
                              "Metric tree: one metric for the value customers get, the inputs "
                              "that drive it, and the work that moves them.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::createToolBar()
{
    Actions &a = *m_actions;
    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(a.showCanvas);
    m_toolBar->addAction(a.showReview);
    m_toolBar->addSeparator();
    m_toolBar->addAction(a.addChild);
    m_toolBar->addAction(a.addSibling);
    m_toolBar->addAction(a.deleteSelection);
    m_toolBar->addSeparator();
    m_toolBar->addAction(a.undo);
    m_toolBar->addAction(a.redo);
    m_toolBar->addSeparator();
    m_toolBar->addAction(a.fit);
    m_toolBar->addAction(a.relayout);
    m_toolBar->addSeparator();
    m_toolBar->addAction(a.importData);
    m_toolBar->addAction(a.exportImage);
    m_toolBar->addAction(a.present);
}

QDockWidget *MainWindow::addPanel(QWidget *panel, const QString &title, const QString &objectName,
                                  Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable
                      | QDockWidget::DockWidgetFloatable);
    addDockWidget(area, dock);
    m_panelsMenu->addAction(dock->toggleViewAction());
    // Shown from the menu, a panel tabbed behind another comes to the front with the focus:
    // by keyboard there is no tab to click.
    connect(dock->toggleViewAction(), &QAction::triggered, dock, [dock](bool shown) {
        if (!shown)
            return;
        dock->raise();
        if (dock->widget())
            dock->widget()->setFocus(Qt::ShortcutFocusReason);
    });
    m_docks.append(dock);
    return dock;
}

void MainWindow::createDocks()
{
    Document *doc = m_controller->document();
    m_propertiesPanel = new PropertiesPanel(doc, this);
    m_candidatesPanel = new CandidatesPanel(doc, this);
    m_lintPanel = new LintPanel(doc, this);
    QDockWidget *properties = addPanel(m_propertiesPanel, tr("Properties"), u"propertiesDock"_s, Qt::RightDockWidgetArea);
    QDockWidget *lint = addPanel(m_lintPanel, tr("Checks"), u"lintDock"_s, Qt::RightDockWidgetArea);
    m_chartPanel = new ChartPanel(doc, m_metrics, this);
    QDockWidget *chart = addPanel(m_chartPanel, tr("Chart"), u"chartDock"_s, Qt::BottomDockWidgetArea);
    QDockWidget *candidates = addPanel(m_candidatesPanel, tr("Candidates"), u"candidatesDock"_s, Qt::BottomDockWidgetArea);
    auto *whatIf = new WhatIfPanel(doc, m_metrics, this);
    QDockWidget *whatIfDock = addPanel(whatIf, tr("What if"), u"whatIfDock"_s, Qt::RightDockWidgetArea);
    tabifyDockWidget(properties, whatIfDock);
    tabifyDockWidget(chart, candidates);
    chart->raise();
    auto showCount = [lint](int count) {
        lint->setWindowTitle(count == 0 ? tr("Checks") : tr("Checks (%1)").arg(count));
    };
    connect(m_lintPanel, &LintPanel::findingCountChanged, lint, showCount);
    showCount(m_lintPanel->findingCount());
    tabifyDockWidget(properties, lint);
    properties->raise();
    resizeDocks({properties}, {380}, Qt::Horizontal);
    // First start: the tree above with room to read its cards, the chart below with about
    // 40% of the window's height (the window takes 90% of the screen).
    const int windowHeight = int(screen()->availableGeometry().height() * 0.9);
    resizeDocks({chart}, {windowHeight * 2 / 5}, Qt::Vertical);
    // Candidates are for the part of the workshop that picks the North Star: opened on demand.
    m_hiddenDocks.insert(candidates);
    createVotingPanels();
}

void MainWindow::updateActions()
{
    updateMinutesAction();
    const bool editing = m_stack->currentWidget() == m_editor;
    for (QAction *action : std::as_const(m_actions->editorOnly))
        action->setEnabled(editing);
    if (!editing)
        return;
    Document *doc = m_controller->document();
    const bool hasSelection = !doc->selection().isEmpty();
    // Not the review, nor a saved version's read-only canvas while two versions are compared.
    const bool canvasShown = m_modes->currentWidget() == m_canvas;
    for (QAction *action : {m_actions->cut, m_actions->copy, m_actions->deleteSelection,
                            m_actions->rename, m_actions->addChild, m_actions->addSibling,
                            m_actions->addSubInput})
        action->setEnabled(hasSelection && !m_presenting && canvasShown);
    // What works on the canvas waits while the review shows; stepping is the review's.
    for (QAction *action : {m_actions->paste, m_actions->selectAll, m_actions->relayout, m_actions->zoomIn,
                            m_actions->zoomOut, m_actions->zoomReset, m_actions->fit})
        action->setEnabled(canvasShown);
    m_review->backAction()->setVisible(!canvasShown);
    m_review->forwardAction()->setVisible(!canvasShown);
    m_actions->deleteTree->setEnabled(doc->data().trees.size() > 0);
    updateWorkshopActions();
}

bool MainWindow::isReviewShown() const
{
    return m_modes->currentWidget() == m_review;
}

void MainWindow::setReviewShown(bool review)
{
    (review ? m_actions->showReview : m_actions->showCanvas)->setChecked(true);
    if (review == isReviewShown())
        return;
    if (review) {
        // The review's grain is the chart's (a day grain reviews weeks).
        m_review->setGrain(m_chartPanel->request().grain);
        // The review is a page to read: the panels, which edit and chart the canvas's
        // selection, make room and come back with the canvas.
        m_docksBeforeReview.clear();
        for (QDockWidget *dock : std::as_const(m_docks)) {
            if (dock->isVisible() && !dock->isFloating()) {
                m_docksBeforeReview.append(dock);
                dock->hide();
            }
        }
        m_modes->setCurrentWidget(m_review);
        m_review->setFocus();
    } else {
        m_modes->setCurrentWidget(m_canvas);
        for (QDockWidget *dock : std::as_const(m_docksBeforeReview))
            dock->show();
        m_docksBeforeReview.clear();
        m_canvas->setFocus();
    }
    updateActions();
}

void MainWindow::showNodeOnCanvas(Id nodeId)
{
    Document *doc = m_controller->document();
    const Node *node = doc->data().node(nodeId);
    if (!node)
        return;
    if (node->treeId != doc->currentTreeId())
        doc->setCurrentTree(node->treeId);
    doc->setSelection({nodeId});
    setReviewShown(false);
    if (const NodeItem *item = m_canvas->canvasScene()->nodeItem(nodeId))
        m_canvas->centerOn(item->cardSceneRect().center());
    // The chart panel follows the selection: its dock comes to the front.
    if (auto *chartDock = findChild<QDockWidget *>(u"chartDock"_s)) {
        chartDock->show();
        chartDock->raise();
        m_hiddenDocks.remove(chartDock);
    }
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recentFiles->files();
    for (const QString &f : files) {
        QAction *action = m_recentMenu->addAction(QFileInfo(f).fileName());
        action->setStatusTip(f);
        connect(action, &QAction::triggered, this, [this, f] { openWorkspace(f); });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Recent"), m_recentFiles, &RecentFiles::clear);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::exportImage()
{
    Document *doc = m_controller->document();
    const Tree *tree = doc->data().tree(doc->currentTreeId());
    if (!tree)
        return;
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export tree"), tree->name + u".png"_s,
        tr("PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)"), &selectedFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selectedFilter.contains(u"svg"_s) ? u".svg"_s : selectedFilter.contains(u"pdf"_s) ? u".pdf"_s : u".png"_s;
    if (auto r = exportTree(doc->data(), tree->id, path, m_canvas->cardNumbers()); !r) {
        QMessageBox::warning(this, tr("Cannot export"), r.error());
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
}

void MainWindow::exportReview()
{
    Document *doc = m_controller->document();
    const Tree *tree = doc->data().tree(doc->currentTreeId());
    if (!tree || m_reviewExport->isRunning())
        return;
    // The review on screen when there is one for this tree, else the latest complete period
    // at the chart's grain (what Ctrl+2 would open on).
    ReviewOptions options;
    if (m_review->currentReview() && m_review->currentReview()->treeId == tree->id) {
        options = m_review->options();
    } else {
        options.treeId = tree->id;
        options.grain = m_chartPanel->request().grain == Grain::Month ? Grain::Month : Grain::Week;
    }
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export review"), ReviewExport::suggestedFileName(tree->name, options.periodDate),
        tr("PDF document (*.pdf);;HTML page (*.html);;Markdown text (*.md)"), &selectedFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selectedFilter.contains(u"html"_s) ? u".html"_s : selectedFilter.contains(u".md"_s) ? u".md"_s : u".pdf"_s;
    m_reviewExport->start(options, path);
}

void MainWindow::setPresentationMode(bool on)
{
    if (presentWorkshop(on))
        return;
    if (on == m_presenting)
        return;
    m_presenting = on;
    if (on) {
        m_stateBeforePresenting = saveState();
        for (QDockWidget *dock : std::as_const(m_docks))
            dock->hide();
        menuBar()->hide();
        m_toolBar->hide();
        statusBar()->hide();
        m_treeTabs->hide();
        showFullScreen();
    } else {
        showNormal();
        menuBar()->show();
        m_toolBar->show();
        statusBar()->show();
        m_treeTabs->show();
        restoreState(m_stateBeforePresenting);
    }
    m_actions->leavePresentation->setEnabled(on);
    m_canvas->setPresentationMode(on);
    m_canvas->fitToView();
    updateActions();
}

} // namespace NorthStar
