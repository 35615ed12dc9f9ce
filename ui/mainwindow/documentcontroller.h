#pragma once

// Owns the open Document and everything about its life on disk: new, open, save, save as,
// and autosave into a recovery file while there are unsaved edits. It asks nothing itself:
// questions to the person (recover? discard?) are the main window's, through the results.

#include "common/result.h"
#include "storage/recovery.h"

#include <QObject>
#include <QString>

class QTimer;

namespace NorthStar {

class Document;
class WorkspaceData;

class DocumentController final : public QObject
{
    Q_OBJECT

public:
    explicit DocumentController(QObject *parent = nullptr);
    ~DocumentController() override;

    Document *document() const { return m_document; }

    // Replaces the open workspace (the caller has dealt with unsaved edits).
    void newWorkspace(const WorkspaceData &data);
    Result<void> open(const QString &path);
    // Restores unsaved edits from a recovery file over the workspace it belongs to.
    Result<void> restore(const Recovery::Entry &entry);

    Result<void> save();
    Result<void> saveAs(const QString &path);

    // Drops the recovery file: the person chose to discard the unsaved edits.
    void discardRecovery();
    // Writes the recovery file now (normally on a short timer after each edit).
    void autosaveNow();

    static int autosaveDelayMs();

signals:
    void autosaveFailed(const QString &message);

private:
    void scheduleAutosave();
    QString recoveryPath() const;

    Document *m_document;
    QTimer *m_autosaveTimer;
    QString m_untitledKey;
};

} // namespace NorthStar
