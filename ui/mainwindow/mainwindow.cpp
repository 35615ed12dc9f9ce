#include "mainwindow/mainwindow.h"
#include "mainwindow/mainwindow_actions.h"

#include "analysis/metricscontroller.h"
#include "canvas/canvasview.h"
#include "demo/demoworkspace.h"
#include "mainwindow/documentcontroller.h"
#include "mainwindow/recentfiles.h"
#include "mainwindow/startpage.h"
#include "model/document.h"
#include "model/edits.h"
#include "panels/candidatespanel.h"
#include "panels/lintpanel.h"
#include "panels/propertiespanel.h"
#include "review/reviewexport.h"
#include "review/reviewview.h"
#include "storage/recovery.h"
#include "storage/workspacefile.h"
#include "workshop/templates.h"
#include "workshop/workshopclock.h"
#include "workshop/workshopsession.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QResizeEvent>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

// QMainWindow's saved dock arrangement; raised when the default layout changes (2: the
// chart dock gets 40% of the height, issue #10).
constexpr int dockLayoutVersion = 2;

QString templateName(const QString &key)
{
    for (const Templates::Info &t : Templates::list()) {
        if (t.key == key)
            return t.name;
    }
    return key;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new DocumentController(this))
    , m_recentFiles(new RecentFiles(this))
    , m_stack(new QStackedWidget(this))
    , m_startPage(new StartPage(m_recentFiles, this))
    , m_editor(new QWidget(this))
    , m_treeTabs(new QTabBar(m_editor))
    , m_modes(new QStackedWidget(m_editor))
    , m_canvas(new CanvasView(m_controller->document(), m_modes))
    , m_metrics(new MetricsController(this))
    , m_review(new ReviewView(m_controller->document(), m_metrics, m_modes))
    , m_reviewExport(new ReviewExport(m_controller->document(), m_metrics, this))
    , m_workshopClock(new SystemWorkshopClock(this))
    , m_workshop(new WorkshopSession(m_controller->document(), m_workshopClock, this))
    , m_actions(std::make_unique<Actions>())
{
    setAcceptDrops(true);
    setObjectName(u"mainWindow"_s);

    m_treeTabs->setObjectName(u"treeTabs"_s);
    m_treeTabs->setDocumentMode(true);
    m_treeTabs->setExpanding(false);
    m_treeTabs->setDrawBase(true);
    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(m_treeTabs);
    m_modes->setObjectName(u"centralModes"_s);
    m_modes->addWidget(m_canvas);
    m_modes->addWidget(m_review);
    editorLayout->addWidget(m_modes, 1);

    m_stack->addWidget(m_startPage);
    m_stack->addWidget(m_editor);
    setCentralWidget(m_stack);

    QList<StartPage::TemplateEntry> templates;
    for (const Templates::Info &t : Templates::list())
        templates.append({t.key, t.name, t.description});
    m_startPage->setTemplates(templates);

    connect(m_reviewExport, &ReviewExport::finished, this, [this](bool ok, const QString &message) {
        if (ok)
            statusBar()->showMessage(tr("Exported the review to %1").arg(QDir::toNativeSeparators(message)), 8000);
        else if (!message.isEmpty())
            showError(tr("Cannot export the review"), message);
        else
            statusBar()->showMessage(tr("Export cancelled: no file was written."), 5000);
    });

    createActions();
    createMenus();
    createToolBar();
    createDocks();
    createVersionsPanel();
    connectMetrics();
    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel);

    Document *doc = m_controller->document();
    connect(doc, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(doc, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(doc, &Document::currentTreeChanged, this, &MainWindow::updateTreeTabs);
    connect(doc->model(), &WorkspaceModel::changed, this, [this, doc](const ChangeSet &change) {
        // Tabs name the trees; the status bar counts the inputs and work of the one on screen.
        if (!change.trees.isEmpty() || change.changesStructure(doc->currentTreeId()))
            updateTreeTabs();
    });
    connect(doc->model(), &WorkspaceModel::wasReset, this, &MainWindow::updateTreeTabs);
    connect(doc, &Document::selectionChanged, this, &MainWindow::updateActions);
    connect(m_controller, &DocumentController::autosaveFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(message), 10000);
    });
    connect(m_treeTabs, &QTabBar::currentChanged, this, [this](int index) {
        if (!m_updatingTabs && index >= 0)
            m_controller->document()->setCurrentTree(m_treeTabs->tabData(index).toLongLong());
    });
    connect(m_treeTabs, &QTabBar::tabBarDoubleClicked, this, &MainWindow::renameTree);

    connect(m_startPage, &StartPage::openDemoRequested, this, &MainWindow::openDemo);
    connect(m_startPage, &StartPage::newRequested, this, &MainWindow::newWorkspace);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openDialog);
    connect(m_startPage, &StartPage::openFileRequested, this, &MainWindow::openWorkspace);
    connect(m_startPage, &StartPage::templateRequested, this, &MainWindow::newFromTemplate);

    restoreWindowLayout();
    showStartPage();
    updateTitle();
    updateRecentMenu();
}

void MainWindow::restoreWindowLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        // First start: most of the screen, the canvas is the point.
        const QRect available = screen()->availableGeometry();
        resize(available.size() * 0.9);
        move(available.center() - rect().center());
    }
    // A layout saved by an older version (a cramped chart dock, no review mode) is not
    // restored: the panels start in today's default arrangement.
    restoreState(settings.value(u"window/state"_s).toByteArray(), dockLayoutVersion);
    // The panels the person had closed stay closed when a workspace opens.
    if (settings.contains(u"window/closedPanels"_s)) {
        const QStringList closed = settings.value(u"window/closedPanels"_s).toStringList();
        m_hiddenDocks.clear();
        for (QDockWidget *dock : std::as_const(m_docks)) {
            if (closed.contains(dock->objectName()))
                m_hiddenDocks.insert(dock);
        }
    }
}

// Showing a panel beside the others makes QMainWindow grow the window rather than narrow the
// canvas, past the screen's edge on a laptop. A window that was within its screen and has
// grown past its edge is brought back (the panels then share the room it has); one larger
// than its screen to begin with (a small virtual screen) is left as it was made.
void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (!screen() || !event->oldSize().isValid())
        return;
    const QRect available = screen()->availableGeometry();
    const QSize frameExtra = frameGeometry().size() - size();
    const QRect before(frameGeometry().topLeft(), event->oldSize() + frameExtra);
    if (available.contains(before) && !available.contains(frameGeometry()))
        QTimer::singleShot(0, this, &MainWindow::keepOnScreen);
}

void MainWindow::keepOnScreen()
{
    if (isMaximized() || isFullScreen() || !screen())
        return;
    const QRect available = screen()->availableGeometry();
    QRect frame = frameGeometry();
    if (available.contains(frame))
        return;
    const QSize margins = frame.size() - size();
    const int width = std::max(minimumSizeHint().width(), std::min(size().width(), available.width() - margins.width()));
    const int height = std::max(minimumSizeHint().height(), std::min(size().height(), available.height() - margins.height()));
    resize(width, height);
    frame = frameGeometry();
    move(std::clamp(frame.left(), available.left(), std::max(available.left(), available.right() + 1 - frame.width())),
         std::clamp(frame.top(), available.top(), std::max(available.top(), available.bottom() + 1 - frame.height())));
}

void MainWindow::saveWindowLayout()
{
    if (m_presenting)
        return;
    QStringList closed;
    for (QDockWidget *dock : std::as_const(m_docks)) {
        // Panels put away for the review are open: they come back with the canvas.
        const bool isClosed = m_stack->currentWidget() == m_editor
                                  ? dock->isHidden() && !m_docksBeforeReview.contains(dock)
                                  : m_hiddenDocks.contains(dock);
        if (isClosed)
            closed.append(dock->objectName());
    }
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState(dockLayoutVersion));
    settings.setValue(u"window/closedPanels"_s, closed);
}

MainWindow::~MainWindow()
{
    // The views go before the document they show (the controller, created first, would be
    // deleted first): the canvas reacts to the metrics controller going by reading it.
    delete m_stack;
    delete m_metrics;
}

void MainWindow::start(const QString &path)
{
    if (!path.isEmpty()) {
        openWorkspace(path);
        return;
    }
    for (const Recovery::Entry &entry : Recovery::list()) {
        if (!entry.originalPath.isEmpty())
            continue;
        const auto answer = QMessageBox::question(
            this, tr("Recover unsaved work?"),
            tr("North Star Studio closed unexpectedly while an unsaved workspace had changes "
               "(last autosaved %1). Restore them?")
                .arg(QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            if (auto r = m_controller->restore(entry); r) {
                showEditor();
                return;
            }
        }
        Recovery::discard(entry.recoveryPath);
    }
}

bool MainWindow::openWorkspace(const QString &path)
{
    if (!maybeSave())
        return false;
    // An import or save that was cut off (a crash, kill -9, a full disk) left the file
    // half-written; rolling it back restores it, and the user should know why it changed.
    const auto recovered = WorkspaceFile::recoverInterruptedWrite(path);
    if (!recovered) {
        showError(tr("Cannot open workspace"), recovered.error());
        return false;
    }
    if (auto r = m_controller->open(path); !r) {
        showError(tr("Cannot open workspace"), r.error());
        if (!QFileInfo::exists(path))
            m_recentFiles->remove(path);
        return false;
    }
    m_recentFiles->add(path);
    showEditor();
    if (*recovered) {
        statusBar()->showMessage(tr("%1 was left half-written by an interrupted import or save; it was restored "
                                    "to how it was before it.")
                                     .arg(QFileInfo(path).fileName()),
                                 15000);
    }
    offerRecovery(m_controller->document()->filePath());
    return true;
}

void MainWindow::offerRecovery(const QString &path)
{
    const auto entry = Recovery::findFor(path);
    if (!entry)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Recover unsaved changes?"),
        tr("%1 has changes that were not saved when North Star Studio last closed (autosaved %2). "
           "Restore them? They are kept until you save or discard them.")
            .arg(QFileInfo(path).fileName(),
                 QLocale().toString(entry->savedAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        if (auto r = m_controller->restore(*entry); !r)
            showError(tr("Cannot restore changes"), r.error());
        return;
    }
    Recovery::discard(entry->recoveryPath);
}

void MainWindow::openDemo()
{
    if (DemoWorkspace::isCurrent()) {
        openWorkspace(DemoWorkspace::defaultPath());
        return;
    }
    // The first time (and after an update of the demo), the demo's year of usage data is
    // generated and imported: a second or two, so on a worker thread with progress and Cancel.
    auto *progress = new QProgressDialog(tr("Preparing the demo workspace: a year of usage data…"),
                                         tr("Cancel"), 0, 100, this);
    progress->setWindowTitle(tr("Demo workspace"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    QPointer<QProgressDialog> guard(progress);
    ImportControl control;
    control.cancel = cancel.get();
    control.progress = [guard](const ImportProgress &p) {
        const int percent = p.totalBytes > 0 ? static_cast<int>(100 * p.bytes / p.totalBytes) : 0;
        // Runs on the worker thread: the dialog may be closed at any moment, so only the
        // main thread looks at the guard (the application object outlives every job).
        QMetaObject::invokeMethod(QCoreApplication::instance(), [guard, percent] {
            if (guard)
                guard->setValue(std::min(percent, 99));
        }, Qt::QueuedConnection);
    };
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcher<Result<QString>>::finished, this, [this, watcher, guard, cancel] {
        watcher->deleteLater();
        if (guard)
            guard->close();
        const Result<QString> path = watcher->result();
        if (path)
            openWorkspace(*path);
        else if (!*cancel)
            showError(tr("Cannot open the demo"), path.error());
    });
    watcher->setFuture(QtConcurrent::run([control, cancel] { return DemoWorkspace::ensure(control); }));
}

void MainWindow::startWith(const WorkspaceData &fragment, const QString &treeName)
{
    m_controller->newWorkspace(WorkspaceData{});
    Document *doc = m_controller->document();
    if (fragment.nodes.isEmpty())
        Edit::addEmptyTree(*doc, treeName);
    else
        Edit::addTree(*doc, fragment, treeName);
    // The starting tree is where the workspace begins, not an edit to undo.
    doc->undoStack()->clear();
    doc->markSaved();
    showEditor();
}

void MainWindow::newWorkspace()
{
    if (!maybeSave())
        return;
    startWith(WorkspaceData{}, tr("North Star"));
}

void MainWindow::newFromTemplate(const QString &templateKey)
{
    if (!maybeSave())
        return;
    auto fragment = Templates::load(templateKey);
    if (!fragment) {
        showError(tr("Cannot use the template"), fragment.error());
        return;
    }
    startWith(*fragment, templateName(templateKey));
}

void MainWindow::addTreeFromTemplate(const QString &templateKey)
{
    auto fragment = Templates::load(templateKey);
    if (!fragment) {
        showError(tr("Cannot use the template"), fragment.error());
        return;
    }
    Edit::addTree(*m_controller->document(), *fragment, templateName(templateKey));
}

void MainWindow::addEmptyTree()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New tree"), tr("Name of the tree:"),
                                               QLineEdit::Normal, tr("North Star"), &ok);
    if (ok && !name.trimmed().isEmpty())
        Edit::addEmptyTree(*m_controller->document(), name.trimmed());
}

void MainWindow::renameTree(int tabIndex)
{
    Document *doc = m_controller->document();
    const Tree *tree = doc->data().tree(m_treeTabs->tabData(tabIndex).toLongLong());
    if (!tree)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename tree"), tr("Name of the tree:"),
                                               QLineEdit::Normal, tree->name, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    Tree after = *tree;
    after.name = name.trimmed();
    Edit::updateTree(*doc, after);
}

void MainWindow::deleteTree()
{
    Document *doc = m_controller->document();
    const Tree *tree = doc->data().tree(doc->currentTreeId());
    if (!tree)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete tree"), tr("Delete the tree \"%1\" with all its nodes? You can undo this.").arg(tree->name));
    if (answer == QMessageBox::Yes)
        Edit::removeTree(*doc, tree->id);
}

bool MainWindow::maybeSave()
{
    Document *doc = m_controller->document();
    if (!doc->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("%1 has unsaved changes. Save them before continuing?").arg(doc->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    m_controller->discardRecovery();
    return true;
}

bool MainWindow::save()
{
    if (m_controller->document()->filePath().isEmpty())
        return saveAs();
    if (auto r = m_controller->save(); !r) {
        showError(tr("Cannot save"), r.error());
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_controller->document()->filePath()), 4000);
    return true;
}

bool MainWindow::saveAs()
{
    const QString suggested = m_controller->document()->filePath().isEmpty()
                                  ? m_controller->document()->displayName() + u".northstar"_s
                                  : m_controller->document()->filePath();
    QString path = QFileDialog::getSaveFileName(this, tr("Save workspace"), suggested,
                                                tr("North Star workspaces (*.northstar)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".northstar"_s;
    if (auto r = m_controller->saveAs(path); !r) {
        showError(tr("Cannot save"), r.error());
        return false;
    }
    m_recentFiles->add(path);
    statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
    return true;
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), {},
                                                      tr("North Star workspaces (*.northstar);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave()) {
        saveWindowLayout();
        event->accept();
    } else {
        event->ignore();
    }
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void MainWindow::showEditor()
{
    if (m_stack->currentWidget() != m_editor) {
        m_stack->setCurrentWidget(m_editor);
        for (QDockWidget *dock : std::as_const(m_docks))
            dock->setVisible(!m_hiddenDocks.contains(dock));
    }
    updateTreeTabs();
    updateActions();
    // Typing goes to the canvas (or the review) at once, also when the window was just created.
    activateWindow();
    QWidget *focus = m_modes->currentWidget();
    focus->setFocus();
    QTimer::singleShot(0, focus, [focus] { focus->setFocus(); });
}

void MainWindow::showStartPage()
{
    setReviewShown(false); // the panels it put away come back first
    if (m_stack->currentWidget() == m_editor) {
        m_hiddenDocks.clear();
        for (QDockWidget *dock : std::as_const(m_docks)) {
            if (!dock->isVisible())
                m_hiddenDocks.insert(dock);
        }
    }
    m_stack->setCurrentWidget(m_startPage);
    for (QDockWidget *dock : std::as_const(m_docks))
        dock->setVisible(false);
    updateActions();
}

void MainWindow::updateTitle()
{
    Document *doc = m_controller->document();
    setWindowTitle(doc->displayName() + u"[*]"_s);
    setWindowModified(doc->isModified());
}

void MainWindow::updateTreeTabs()
{
    Document *doc = m_controller->document();
    m_updatingTabs = true;
    const QList<Tree> trees = doc->data().treesInOrder();
    while (m_treeTabs->count() > trees.size())
        m_treeTabs->removeTab(m_treeTabs->count() - 1);
    for (int i = 0; i < trees.size(); ++i) {
        if (i >= m_treeTabs->count())
            m_treeTabs->addTab(QString());
        m_treeTabs->setTabText(i, trees.at(i).name.isEmpty() ? tr("Untitled tree") : trees.at(i).name);
        m_treeTabs->setTabData(i, trees.at(i).id);
        if (trees.at(i).id == doc->currentTreeId())
            m_treeTabs->setCurrentIndex(i);
    }
    m_updatingTabs = false;
    int inputs = 0, work = 0;
    for (const Node &n : doc->data().nodesOfTree(doc->currentTreeId())) {
        inputs += n.kind == NodeKind::Input ? 1 : 0;
        work += n.kind == NodeKind::Work ? 1 : 0;
    }
    const QString inputText = inputs == 1 ? tr("1 input") : tr("%1 inputs").arg(inputs);
    const QString workText = work == 1 ? tr("1 work item") : tr("%1 work items").arg(work);
    m_statusLabel->setText(inputText + u" · "_s + workText);
    updateActions();
}

} // namespace NorthStar
