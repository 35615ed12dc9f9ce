#include "mainwindow/documentcontroller.h"

#include "model/document.h"
#include "storage/workspacefile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace NorthStar {

DocumentController::DocumentController(QObject *parent)
    : QObject(parent)
    , m_document(new Document(this))
    , m_autosaveTimer(new QTimer(this))
    , m_untitledKey(QUuid::createUuid().toString(QUuid::Id128))
{
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(autosaveDelayMs());
    connect(m_autosaveTimer, &QTimer::timeout, this, &DocumentController::autosaveNow);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &DocumentController::scheduleAutosave);
}

DocumentController::~DocumentController() = default;

int DocumentController::autosaveDelayMs()
{
    // Short enough that a crash loses a sentence at most; tests shorten it further.
    bool ok = false;
    const int overridden = qEnvironmentVariableIntValue("NORTHSTAR_AUTOSAVE_MS", &ok);
    return ok && overridden > 0 ? overridden : 2000;
}

void DocumentController::newWorkspace(const WorkspaceData &data)
{
    m_autosaveTimer->stop();
    m_untitledKey = QUuid::createUuid().toString(QUuid::Id128);
    m_document->load(data, {});
}

Result<void> DocumentController::open(const QString &path)
{
    auto data = WorkspaceFile::read(path);
    if (!data)
        return fail(data.error());
    m_autosaveTimer->stop();
    m_document->load(std::move(data).value(), QFileInfo(path).absoluteFilePath());
    return {};
}

Result<void> DocumentController::restore(const Recovery::Entry &entry)
{
    auto data = Recovery::read(entry.recoveryPath);
    if (!data)
        return fail(data.error());
    m_autosaveTimer->stop();
    if (entry.originalPath.isEmpty()) {
        m_untitledKey = QUuid::createUuid().toString(QUuid::Id128);
        m_document->load(std::move(data).value(), {});
        // The restored edits now live in this session's recovery file.
        Recovery::discard(entry.recoveryPath);
        autosaveNow();
    } else {
        m_document->load(std::move(data).value(), entry.originalPath);
    }
    m_document->markRecovered();
    return {};
}

Result<void> DocumentController::save()
{
    if (m_document->filePath().isEmpty())
        return fail(QCoreApplication::translate("NorthStar::DocumentController", "The workspace has no file yet."));
    if (auto r = WorkspaceFile::write(m_document->filePath(), m_document->data()); !r)
        return r;
    m_autosaveTimer->stop();
    Recovery::discard(recoveryPath());
    m_document->markSaved();
    return {};
}

Result<void> DocumentController::saveAs(const QString &path)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    const QString source = m_document->filePath();
    // Imported data lives in the file, so Save As copies the file, not just the model.
    const QString from = QFileInfo::exists(source) ? source : QString();
    Result<void> written = WorkspaceFile::saveCopy(from, target, m_document->data());
    if (!written)
        return written;
    m_autosaveTimer->stop();
    Recovery::discard(recoveryPath());
    m_document->setFilePath(target);
    m_document->markSaved();
    return {};
}

void DocumentController::discardRecovery()
{
    m_autosaveTimer->stop();
    Recovery::discard(recoveryPath());
}

void DocumentController::autosaveNow()
{
    if (!m_document->isModified()) {
        Recovery::discard(recoveryPath());
        return;
    }
    if (auto r = Recovery::write(recoveryPath(), m_document->data(), m_document->filePath()); !r)
        emit autosaveFailed(r.error());
}

void DocumentController::scheduleAutosave()
{
    m_autosaveTimer->start();
}

QString DocumentController::recoveryPath() const
{
    return Recovery::pathFor(m_document->filePath(), m_untitledKey);
}

} // namespace NorthStar
