#include "import/pulljob.h"

#include "pull/warehousepull.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace NorthStar {

PullJob::PullJob(const QString &workspacePath, const Pull::PullRequest &request, QObject *parent)
    : QObject(parent)
    , m_workspacePath(workspacePath)
    , m_request(request)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
}

PullJob::~PullJob()
{
    // The worker posts to `this`; it must be done before `this` goes. A cancelled pull stops
    // within a second once connected (a connection still being made waits for its timeout).
    m_cancel->store(true);
    m_future.waitForFinished();
}

void PullJob::start()
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_cancel->store(false);
    // Both lambdas run on the worker thread; `this` outlives them (see the destructor), and
    // queued calls to a deleted object are dropped by Qt.
    Pull::PullControl control;
    control.cancel = m_cancel.get();
    control.progress = [this](const Pull::PullProgress &p) {
        QMetaObject::invokeMethod(this, [this, p] { emit progress(p); }, Qt::QueuedConnection);
    };
    const auto cancelFlag = m_cancel; // keeps the flag alive with the worker
    m_future = QtConcurrent::run([this, control, cancelFlag, workspace = m_workspacePath, request = m_request] {
        Result<Pull::PullSummary> result = Pull::run(workspace, request, control);
        PullOutcome outcome;
        if (result) {
            outcome.summary = std::move(result).value();
        } else {
            outcome.error = result.error();
            outcome.cancelled = cancelFlag->load();
        }
        QMetaObject::invokeMethod(this, [this, outcome] { finish(outcome); }, Qt::QueuedConnection);
    });
}

void PullJob::cancel()
{
    m_cancel->store(true);
}

void PullJob::finish(const PullOutcome &outcome)
{
    m_running = false;
    emit finished(outcome);
}

} // namespace NorthStar
