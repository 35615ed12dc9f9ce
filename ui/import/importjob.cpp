#include "import/importjob.h"

#include "eventstore/eventimport.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace NorthStar {

ImportJob::ImportJob(Kind kind, const QString &workspacePath, const ImportRequest &request, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_workspacePath(workspacePath)
    , m_request(request)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
}

ImportJob::~ImportJob()
{
    // The worker posts to `this`; it must be done before `this` goes. Cancelling makes the
    // importer stop within a few thousand rows (and roll back).
    m_cancel->store(true);
    m_future.waitForFinished();
}

void ImportJob::start()
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_cancel->store(false);
    // Both lambdas run on the worker thread; `this` outlives them (see the destructor), and
    // queued calls to a deleted object are dropped by Qt.
    ImportControl control;
    control.cancel = m_cancel.get();
    control.progress = [this](const ImportProgress &p) {
        QMetaObject::invokeMethod(this, [this, p] { emit progress(p); }, Qt::QueuedConnection);
    };
    const auto cancelFlag = m_cancel; // keeps the flag alive with the worker
    m_future = QtConcurrent::run([this, control, cancelFlag, kind = m_kind, workspace = m_workspacePath,
                                  request = m_request] {
        Result<ImportSummary> result = kind == Kind::Validate ? EventImport::validate(request, control, workspace)
                                                              : EventImport::run(workspace, request, control);
        ImportOutcome outcome;
        if (result) {
            outcome.summary = std::move(result).value();
        } else {
            outcome.error = result.error();
            outcome.cancelled = cancelFlag->load();
        }
        QMetaObject::invokeMethod(this, [this, outcome] { finish(outcome); }, Qt::QueuedConnection);
    });
}

void ImportJob::cancel()
{
    m_cancel->store(true);
}

void ImportJob::finish(ImportOutcome outcome)
{
    m_running = false;
    emit finished(outcome);
}

} // namespace NorthStar
