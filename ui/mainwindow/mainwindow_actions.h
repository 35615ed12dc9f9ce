#pragma once

// The main window's actions, grouped so menus, the toolbar and tests find them by name.

#include <QList>

class QAction;

namespace NorthStar {

struct MainWindow::Actions final
{
    QAction *newWorkspace = nullptr;
    QAction *open = nullptr;
    QAction *save = nullptr;
    QAction *saveAs = nullptr;
    QAction *exportImage = nullptr;
    QAction *exportReview = nullptr;
    QAction *exportMinutes = nullptr;
    QAction *importData = nullptr;
    QAction *pullWarehouse = nullptr;
    QAction *settings = nullptr;
    QAction *quit = nullptr;

    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *cut = nullptr;
    QAction *copy = nullptr;
    QAction *paste = nullptr;
    QAction *deleteSelection = nullptr;
    QAction *selectAll = nullptr;
    QAction *rename = nullptr;

    QAction *addChild = nullptr;
    QAction *addSibling = nullptr;
    QAction *addSubInput = nullptr;
    QAction *addTree = nullptr;
    QAction *renameTree = nullptr;
    QAction *deleteTree = nullptr;
    QAction *relayout = nullptr;

    QAction *zoomIn = nullptr;
    QAction *zoomOut = nullptr;
    QAction *zoomReset = nullptr;
    QAction *fit = nullptr;
    QAction *present = nullptr;
    QAction *leavePresentation = nullptr;
    QAction *showCanvas = nullptr;
    QAction *showReview = nullptr;

    // The Workshop menu (mainwindow_workshop.cpp).
    QAction *startWorkshop = nullptr;
    QAction *editAgenda = nullptr;
    QAction *nextStep = nullptr;
    QAction *previousStep = nullptr;
    QAction *finishWorkshop = nullptr;
    QAction *showPresentation = nullptr;
    // Issue #11 §2 (mainwindow_votes.cpp).
    QAction *parkIdea = nullptr;
    QAction *addDot = nullptr;
    QAction *removeDot = nullptr;

    // Need an open workspace (disabled on the start page).
    QList<QAction *> editorOnly;
};

} // namespace NorthStar
