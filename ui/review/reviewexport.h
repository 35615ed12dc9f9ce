#pragma once

// File ▸ Export Review: writes the review of one tree and period as a report (PDF, HTML or
// Markdown, src/report) without blocking the window. The review comes from the
// MetricsController (cached when it is the one on screen), the report is built and written
// on its worker, and a progress dialog with Cancel shows while that runs; a cancelled
// export leaves no file behind.

#include "review/weeklyreview.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

QT_BEGIN_NAMESPACE
class QProgressDialog;
QT_END_NAMESPACE

namespace NorthStar {

class Document;
class MetricsController;

class ReviewExport final : public QObject
{
    Q_OBJECT

public:
    ReviewExport(Document *document, MetricsController *metrics, QWidget *dialogParent);
    ~ReviewExport() override;

    // Exports the review of `options` (no period: the latest complete one) to `path`; the
    // format comes from the suffix. Returns at once; finished() tells how it went.
    void start(const ReviewOptions &options, const QString &path);
    bool isRunning() const { return m_reviewTicket != 0 || m_reportTicket != 0; }
    // How long the export may take before the progress dialog appears (300 ms).
    void setProgressDelay(int milliseconds) { m_progressDelay = milliseconds; }

    // "Lingo weekly learners review 2026-11-16.pdf": a name for the save dialog.
    static QString suggestedFileName(const QString &treeName, const std::optional<QDate> &period);

signals:
    // `ok`: the file at `message` was written; else `message` says why not (empty when the
    // person cancelled).
    void finished(bool ok, const QString &message);

private:
    void writeReport(const Review &review);
    void finish(bool ok, const QString &message);
    void cancel();

    Document *m_document;
    MetricsController *m_metrics;
    QPointer<QWidget> m_dialogParent;
    QProgressDialog *m_progress = nullptr;
    QString m_path;
    quint64 m_reviewTicket = 0;
    quint64 m_reportTicket = 0;
    int m_progressDelay = 300;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

} // namespace NorthStar
