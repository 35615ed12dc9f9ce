#pragma once

// One Pull::run on a worker thread (File ▸ Pull from Warehouse, issue #12 §3), as ImportJob
// runs an import: the window never waits for the server. Progress and the outcome come back
// as signals on the thread that owns the job. Cancel sets the flag the pull polls; a
// cancelled pull leaves the workspace as it was.

#include "pull/pullrequest.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace NorthStar {

struct PullOutcome final
{
    std::optional<Pull::PullSummary> summary; // set when the pull succeeded
    QString error;                            // else what went wrong
    bool cancelled = false;                   // the error is the cancel the person asked for
};

class PullJob final : public QObject
{
    Q_OBJECT

public:
    PullJob(const QString &workspacePath, const Pull::PullRequest &request, QObject *parent = nullptr);
    // Cancels a pull still going and waits for it: the worker reports to this object.
    ~PullJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelling() const { return m_running && m_cancel->load(); }

signals:
    void progress(const NorthStar::Pull::PullProgress &progress);
    void finished(const NorthStar::PullOutcome &outcome);

private:
    void finish(const PullOutcome &outcome);

    QString m_workspacePath;
    Pull::PullRequest m_request;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFuture<void> m_future;
    bool m_running = false;
};

} // namespace NorthStar
