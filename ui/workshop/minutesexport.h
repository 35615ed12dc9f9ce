#pragma once

// File ▸ Export Minutes: writes the minutes of a workshop (PDF or Markdown, src/minutes)
// without blocking the window. The workspace is copied as it is when the person asks; the
// minutes are built, painted and written on a worker of their own, and a progress dialog
// with Cancel shows while that runs. A cancelled export leaves no file behind: the worker
// looks at Cancel before it writes.

#include "model/types.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <memory>

QT_BEGIN_NAMESPACE
class QProgressDialog;
QT_END_NAMESPACE

namespace NorthStar {

class WorkspaceData;

class MinutesExport final : public QObject
{
    Q_OBJECT

public:
    explicit MinutesExport(QWidget *dialogParent);
    ~MinutesExport() override;

    // Exports the minutes of `workshopId` in `data` to `path`; the format comes from the
    // suffix. Returns at once; finished() tells how it went.
    void start(const WorkspaceData &data, Id workshopId, const QString &path);
    bool isRunning() const { return m_running; }
    // How long the export may take before the progress dialog appears (300 ms).
    void setProgressDelay(int milliseconds) { m_progressDelay = milliseconds; }
    // The worker's pool (one thread): tests hold it busy to cancel before the export runs.
    QThreadPool *threadPool() { return &m_pool; }

    // "Growth Kick-off minutes 2026-12-03.pdf": a name for the save dialog.
    static QString suggestedFileName(const QString &treeName, const QString &workshopName, const QDate &date);

signals:
    // `ok`: the file at `message` was written; else `message` says why not (empty when the
    // person cancelled).
    void finished(bool ok, const QString &message);

private:
    void finish(bool ok, const QString &message);
    void cancel();

    QPointer<QWidget> m_dialogParent;
    QProgressDialog *m_progress = nullptr;
    QThreadPool m_pool;
    QFutureWatcher<QString> *m_watcher = nullptr;
    QString m_path;
    bool m_running = false;
    int m_progressDelay = 300;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

} // namespace NorthStar
