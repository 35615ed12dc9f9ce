#pragma once

// One EventImport::validate or EventImport::run on a worker thread, so the window never waits for
// a file. Progress and the outcome come back as signals on the thread that owns the job.
// Cancel sets the flag the importer polls; a cancelled import leaves the workspace as it was.

#include "eventstore/importtypes.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace NorthStar {

struct ImportOutcome final
{
    std::optional<ImportSummary> summary; // set when the run succeeded
    QString error;                        // else what went wrong
    bool cancelled = false;               // the error is the cancel the person asked for
};

class ImportJob final : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Validate, Import };

    ImportJob(Kind kind, const QString &workspacePath, const ImportRequest &request, QObject *parent = nullptr);
    // Cancels a run still going and waits for it: the worker reports to this object.
    ~ImportJob() override;

    Kind kind() const { return m_kind; }
    const ImportRequest &request() const { return m_request; }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(const NorthStar::ImportProgress &progress);
    void finished(const NorthStar::ImportOutcome &outcome);

private:
    void finish(ImportOutcome outcome);

    Kind m_kind;
    QString m_workspacePath;
    ImportRequest m_request;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFuture<void> m_future;
    bool m_running = false;
};

} // namespace NorthStar
