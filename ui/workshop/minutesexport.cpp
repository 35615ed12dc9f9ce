#include "workshop/minutesexport.h"

#include "common/wholefile.h"
#include "minutes/minutes.h"
#include "model/workspacedata.h"
#include "report/report.h"

#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

// The C locale writes times the American way on the command line too; print on A4 then.
QLocale readingLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

QString safeName(QString name)
{
    // Characters file systems or mail clients trip over.
    static const QString unsafe = u"/\\:*?\"<>|"_s;
    for (QChar &c : name) {
        if (unsafe.contains(c))
            c = u' ';
    }
    return name.simplified();
}

} // namespace

MinutesExport::MinutesExport(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
{
    m_pool.setMaxThreadCount(1);
}

MinutesExport::~MinutesExport()
{
    // Minutes still being written when the window closes are not wanted any more.
    if (m_cancelled)
        m_cancelled->store(true);
    m_pool.waitForDone();
}

QString MinutesExport::suggestedFileName(const QString &treeName, const QString &workshopName, const QDate &date)
{
    const QString tree = safeName(treeName);
    const QString workshop = safeName(workshopName);
    QString name = tree.isEmpty() ? workshop : workshop.isEmpty() ? tree : tree + u' ' + workshop;
    if (name.isEmpty())
        name = tr("Workshop");
    name = date.isValid() ? tr("%1 minutes %2").arg(name, date.toString(Qt::ISODate)) : tr("%1 minutes").arg(name);
    return name + u".pdf"_s;
}

void MinutesExport::start(const WorkspaceData &data, Id workshopId, const QString &path)
{
    if (m_running)
        return;
    m_running = true;
    m_path = path;
    m_cancelled = std::make_shared<std::atomic<bool>>(false);

    m_progress = new QProgressDialog(tr("Writing the workshop minutes…"), tr("Cancel"), 0, 0, m_dialogParent);
    m_progress->setWindowTitle(tr("Export Minutes"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    // A busy dialog (range 0..0) never reaches the value that starts QProgressDialog's own
    // delay, so it is shown by a timer of ours; quick exports never flash it.
    m_progress->setMinimumDuration(std::numeric_limits<int>::max());
    QTimer::singleShot(m_progressDelay, m_progress, &QProgressDialog::show);
    connect(m_progress, &QProgressDialog::canceled, this, &MinutesExport::cancel);

    Minutes::Options options;
    options.locale = readingLocale();
    options.generated = QDateTime::currentDateTimeUtc();
    // The paper follows the system's country; a C locale has none and prints on A4.
    options.pageSize = defaultPageSize(QLocale());

    // The worker gets its own copy of the workspace (edits go on meanwhile) and the flag;
    // it never touches this object, which may be gone when it ends. An empty answer is success.
    auto cancelled = m_cancelled;
    m_watcher = new QFutureWatcher<QString>(this);
    connect(m_watcher, &QFutureWatcher<QString>::finished, this, [this, watcher = m_watcher, cancelled] {
        watcher->deleteLater();
        if (watcher != m_watcher || cancelled->load())
            return;
        m_watcher = nullptr;
        const QString failure = watcher->result();
        finish(failure.isEmpty(), failure.isEmpty() ? m_path : failure);
    });
    m_watcher->setFuture(QtConcurrent::run(&m_pool, [data, workshopId, path, options, cancelled]() -> QString {
        if (cancelled->load())
            return {};
        const auto content = Minutes::build(data, workshopId);
        if (!content)
            return content.error();
        if (cancelled->load())
            return {};
        const auto bytes = Minutes::render(*content, QFileInfo(path).suffix(), options);
        if (!bytes)
            return tr("Cannot write the minutes \"%1\": %2").arg(path, bytes.error());
        if (cancelled->load())
            return {};
        const auto written = writeWholeFile(path, *bytes);
        return written ? QString() : written.error();
    }));
}

void MinutesExport::cancel()
{
    if (!m_running)
        return;
    m_cancelled->store(true);
    m_watcher = nullptr; // its answer is ignored; it deletes itself when the worker ends
    finish(false, QString());
}

void MinutesExport::finish(bool ok, const QString &message)
{
    m_running = false;
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    emit finished(ok, message);
}

} // namespace NorthStar
