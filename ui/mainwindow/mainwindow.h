#pragma once

// The window: tree tabs over the canvas, panels docked around it, menus for every command.
// It owns no workspace state itself: the DocumentController does, and the canvas and panels
// follow the Document.

#include "common/result.h"
#include "model/types.h"

#include <QMainWindow>
#include <QSet>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabBar;
class QToolBar;

namespace NorthStar {

class CandidatesPanel;
class ChartPanel;
class CanvasView;
class DocumentController;
class LintPanel;
class MetricsController;
class MinutesExport;
class PresentationWindow;
class ParkingLotPanel;
class PropertiesPanel;
class RecentFiles;
class ReviewExport;
class ReviewView;
class StartPage;
class VersionView;
class VersionsPanel;
class WorkspaceData;
class WorkshopClock;
class WorkshopBar;
class WorkshopSession;
class VoteTallyStrip;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` (offering recovered edits), or with no path offers recovered untitled
    // work, else shows the start page.
    void start(const QString &path);

    DocumentController *controller() const { return m_controller; }
    CanvasView *canvas() const { return m_canvas; }
    // The weekly review beside the canvas (View ▸ Review, Ctrl+2): its currentReview() and
    // options() are what File ▸ Export Review writes.
    ReviewView *review() const { return m_review; }
    bool isReviewShown() const;
    // Shows the canvas or the review in the central area (View ▸ Canvas / Review).
    void setReviewShown(bool review);

    bool openWorkspace(const QString &path);
    void openDemo();
    void newFromTemplate(const QString &templateKey);
    void newWorkspace();

    // Imports a usage CSV into the workspace (asks to save an untitled one first).
    void importFile(const QString &csvPath);
    MetricsController *metrics() const { return m_metrics; }
    // The workshop running on the current tree (Workshop menu); tests give it a manual clock.
    WorkshopSession *workshopSession() const { return m_workshop; }
    // The tree's saved versions and comparisons (Tree ▸ Save Version…, Ctrl+Alt+S).
    VersionsPanel *versionsPanel() const { return m_versionsPanel; }
    VersionView *versionView() const { return m_versionView; }
    // The workshop on the wall screen (F5 while a workshop runs); nullptr until first shown.
    PresentationWindow *presentationWindow() const { return m_presentation; }
    // The parking lot's dock content (Ctrl+Shift+P captures an idea) and the vote tally over
    // the canvas (issue #11 §2).
    ParkingLotPanel *parkingLot() const { return m_parkingLot; }
    VoteTallyStrip *voteTallyStrip() const { return m_voteStrip; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Actions;

    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void keepOnScreen();
    void createVersionsPanel();  // mainwindow_versions.cpp
    QDockWidget *addPanel(QWidget *panel, const QString &title, const QString &objectName,
                          Qt::DockWidgetArea area);

    void restoreWindowLayout();
    void saveWindowLayout();
    void updateTitle();
    void updateTreeTabs();
    void updateActions();
    void updateRecentMenu();
    void showEditor();
    void showStartPage();

    // Unsaved edits: asks Save / Discard / Cancel. Returns false on Cancel.
    bool maybeSave();
    bool save();
    bool saveAs();
    void openDialog();
    void importData();
    void pullFromWarehouse();
    // After an import or a pull changed the workspace file: the document follows the file's
    // reporting timezone and the numbers are computed again.
    void reloadChangedData();
    bool ensureSavedForData(const QString &question);
    void editWorkspaceSettings();
    void connectMetrics();
    void exportImage();
    void exportReview();
    // File ▸ Export Minutes (mainwindow_minutes.cpp): enabled when the current tree has a workshop.
    void createMinutesExport();
    void exportMinutes();
    void updateMinutesAction();
    void addTreeFromTemplate(const QString &templateKey);
    void addEmptyTree();
    void renameTree(int tabIndex);
    void deleteTree();
    void setPresentationMode(bool on);
    // The Workshop menu, its bar and the wall screen (mainwindow_workshop.cpp).
    void createWorkshopActions();
    void createWorkshopMenu();
    void updateWorkshopActions();
    void bringForwardForStep();
    void startWorkshop();
    void editAgenda();
    void finishWorkshop();
    // Shows or leaves the workshop's presentation; false when F5 means the canvas's own.
    bool presentWorkshop(bool on);
    // A disconnect or input row in the review: select the node, centre it on the canvas,
    // show its chart.
    void showNodeOnCanvas(Id nodeId);
    void offerRecovery(const QString &path);
    void showError(const QString &title, const QString &message);
    void startWith(const WorkspaceData &fragment, const QString &treeName);
    // Dot votes, the parking lot and confidence (mainwindow_votes.cpp).
    void addVotingMenuEntries(QMenu *tree);
    void createVotingPanels();
    void parkIdea();

    DocumentController *m_controller;
    RecentFiles *m_recentFiles;
    QStackedWidget *m_stack;
    StartPage *m_startPage;
    QWidget *m_editor;
    QTabBar *m_treeTabs;
    QStackedWidget *m_modes;  // the canvas or the review, under the tree tabs
    CanvasView *m_canvas;
    PropertiesPanel *m_propertiesPanel = nullptr;
    CandidatesPanel *m_candidatesPanel = nullptr;
    LintPanel *m_lintPanel = nullptr;
    VersionsPanel *m_versionsPanel = nullptr;
    VersionView *m_versionView = nullptr;  // a saved version's tree, while two are compared
    ChartPanel *m_chartPanel = nullptr;
    MetricsController *m_metrics;
    ReviewView *m_review;     // after m_metrics: built from it
    ReviewExport *m_reviewExport;
    MinutesExport *m_minutesExport = nullptr;
    WorkshopClock *m_workshopClock;
    WorkshopSession *m_workshop;
    WorkshopBar *m_workshopBar = nullptr;
    PresentationWindow *m_presentation = nullptr;
    ParkingLotPanel *m_parkingLot = nullptr;
    VoteTallyStrip *m_voteStrip = nullptr;
    QList<QDockWidget *> m_docks;
    Id m_stepBroughtForward = 0; // the workshop step whose panel was last raised
    QSet<QDockWidget *> m_hiddenDocks;  // docks the person closed, kept closed
    QList<QDockWidget *> m_docksBeforeReview;  // hidden while the review shows
    QToolBar *m_toolBar = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QLabel *m_statusLabel = nullptr;
    std::unique_ptr<Actions> m_actions;
    bool m_presenting = false;
    QByteArray m_stateBeforePresenting;
    bool m_updatingTabs = false;
};

} // namespace NorthStar
