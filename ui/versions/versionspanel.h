#pragma once

// The Versions panel (issue #11 §3): the saved versions of the tree on screen, oldest first
// as `northstar versions` lists them, with their saved time in local time; saving, renaming,
// deleting and restoring them (each one undo step); and comparing two states of the tree
// (a version or Now): the canvas marks what changed, the panel lists the changes in words,
// and activating one selects and centres its card.
//
// The canvas shows the second state of a comparison: the live canvas when it is Now, else a
// read-only canvas of that version under a banner (VersionView), so what is marked is always
// what is shown.
//
// Keys (list focused): Enter compares the version with Now (the changes list takes the
// focus: arrows and Enter go through them), F2 renames, Delete deletes, Escape stops
// comparing. Ctrl+Alt+S saves a version from anywhere in the window.

#include "model/types.h"
#include "workshop/treediff.h"

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QTreeWidget;

namespace NorthStar {

class CanvasScene;
class CanvasView;
class ChangeSet;
class Document;
class VersionView;

class VersionsPanel final : public QWidget
{
    Q_OBJECT

public:
    VersionsPanel(Document *doc, CanvasView *canvas, VersionView *versionView, QWidget *parent = nullptr);

    QAction *saveAction() const { return m_save; }
    QAction *compareAction() const { return m_compare; }
    QAction *stopCompareAction() const { return m_stopCompare; }
    QAction *restoreAction() const { return m_restore; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }

    QTreeWidget *versionList() const { return m_list; }
    QListWidget *changeList() const { return m_changes; }
    // The version the list's current row names (0: none).
    Id currentVersionId() const;
    void setCurrentVersion(Id versionId);

    bool isComparing() const { return m_comparing; }
    // The two states compared (0: Now) and what changed between them.
    Id comparedFrom() const { return m_from; }
    Id comparedTo() const { return m_to; }
    const TreeDiff &diff() const { return m_diff; }
    QString comparisonTitle() const;

    // From `from` to `to` (version ids, 0 for Now; not both the same).
    void compare(Id from, Id to);
    void stopComparing();

    void saveVersion();
    void renameVersion();
    void deleteVersion();
    void restoreVersion();
    void chooseComparison();

signals:
    // The central area should show `view`: the live canvas, or the version view while the
    // second state compared is a saved version.
    void viewRequested(QWidget *view);
    // A short note for the status bar.
    void message(const QString &text);

private:
    void buildActions();
    void refreshList();
    void updateActions();
    void compareAndFocus(Id from, Id to);
    void onModelChanged(const ChangeSet &change);
    // versionspanel_compare.cpp
    void refreshComparison();
    void showChanges();
    void activateChange(QListWidgetItem *item);
    // A card selected on the canvas shown: its change becomes the list's current row.
    void followSelection(Document *shown);
    void onMarksChanged(CanvasScene *scene);
    CanvasView *shownCanvas() const;
    QString sideName(Id versionId) const;

    Document *m_doc;
    CanvasView *m_canvas;
    VersionView *m_versionView;
    QAction *m_save = nullptr;
    QAction *m_compare = nullptr;
    QAction *m_stopCompare = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_compareWithNow = nullptr;
    QLabel *m_empty;
    QTreeWidget *m_list;
    QWidget *m_compareBox;
    QLabel *m_compareTitle;
    QLabel *m_compareSummary;
    QListWidget *m_changes;

    bool m_comparing = false;
    bool m_ending = false;  // stopComparing() clears the marks, which reports back
    Id m_from = 0;
    Id m_to = 0;
    Id m_shownVersion = 0;  // the version the version view holds
    TreeDiff m_diff;
};

} // namespace NorthStar
