#pragma once

// One open workspace as the editor sees it: the model, its undo stack, the selection and the
// tree on screen. Widgets read from here and change things only through the Edit:: facade
// (edits.h), which pushes undo commands; the commands change the model.

#include "model/changeset.h"
#include "model/workspacemodel.h"

#include <QList>
#include <QObject>
#include <QString>

class QUndoStack;

namespace NorthStar {

class Document final : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    WorkspaceModel *model() const { return m_model; }
    const WorkspaceData &data() const { return m_model->data(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Where the workspace lives on disk; empty while untitled.
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    QString displayName() const;

    bool isModified() const;
    // After saving: the current state is what the file holds.
    void markSaved();
    // After restoring unsaved edits from a recovery file: modified although the undo stack
    // is clean.
    void markRecovered();

    // Replaces the whole content (open, recovery); clears undo history and selection.
    void load(WorkspaceData data, const QString &filePath);

    Id currentTreeId() const { return m_currentTreeId; }
    void setCurrentTree(Id treeId);

    const QList<Id> &selection() const { return m_selection; }
    Id currentNodeId() const { return m_selection.isEmpty() ? 0 : m_selection.constLast(); }
    void setSelection(const QList<Id> &nodeIds);

    // Pushes an edit as one undo step. `mergeKey`: consecutive edits with the same non-empty
    // key merge into one step (typing into one field, nudging with the arrow keys).
    void push(const ChangeSet &change, const QString &text, const QList<Id> &selectionAfter,
              const QString &mergeKey = {});

signals:
    void selectionChanged();
    void currentTreeChanged();
    void filePathChanged();
    void modifiedChanged(bool modified);

private:
    void pruneSelection();
    void ensureCurrentTree();

    WorkspaceModel *m_model;
    QUndoStack *m_undoStack;
    QString m_filePath;
    QList<Id> m_selection;
    Id m_currentTreeId = 0;
    bool m_recovered = false;
};

} // namespace NorthStar
