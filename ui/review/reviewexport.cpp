#include "review/reviewexport.h"

#include "analysis/metricscontroller.h"
#include "model/document.h"
#include "report/report.h"

#include <QDateTime>
#include <QLocale>
#include <QProgressDialog>
#include <QTimer>

#include <limits>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

// The C locale writes 1522 without a separator: read numbers the American way then (the
// command line does the same), and print on A4.
QLocale readingLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

} // namespace

ReviewExport::ReviewExport(Document *document, MetricsController *metrics, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_document(document)
    , m_metrics(metrics)
    , m_dialogParent(dialogParent)
{
    connect(m_metrics, &MetricsController::reviewReady, this, [this](quint64 ticket, const Review &review) {
        if (ticket != m_reviewTicket)
            return;
        m_reviewTicket = 0;
        writeReport(review);
    });
    connect(m_metrics, &MetricsController::reportWritten, this, [this](quint64 ticket, const QString &path) {
        if (ticket != m_reportTicket)
            return;
        m_reportTicket = 0;
        finish(true, path);
    });
    connect(m_metrics, &MetricsController::requestFailed, this, [this](quint64 ticket, const QString &message) {
        if (ticket == 0 || (ticket != m_reviewTicket && ticket != m_reportTicket))
            return;
        m_reviewTicket = m_reportTicket = 0;
        finish(false, message);
    });
}

ReviewExport::~ReviewExport()
{
    // A report still being written when the window closes is not wanted any more.
    if (m_cancelled)
        m_cancelled->store(true);
}

QString ReviewExport::suggestedFileName(const QString &treeName, const std::optional<QDate> &period)
{
    QString name = treeName;
    // Characters file systems or mail clients trip over.
    static const QString unsafe = u"/\\:*?\"<>|"_s;
    for (QChar &c : name) {
        if (unsafe.contains(c))
            c = u' ';
    }
    name = name.simplified();
    if (name.isEmpty())
        name = tr("North Star");
    const QString date = period ? period->toString(Qt::ISODate) : QString();
    return (date.isEmpty() ? tr("%1 review").arg(name) : tr("%1 review %2").arg(name, date)) + u".pdf"_s;
}

void ReviewExport::start(const ReviewOptions &options, const QString &path)
{
    if (isRunning())
        return;
    m_path = path;
    m_cancelled = std::make_shared<std::atomic<bool>>(false);

    m_progress = new QProgressDialog(tr("Writing the review report…"), tr("Cancel"), 0, 0, m_dialogParent);
    m_progress->setWindowTitle(tr("Export Review"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    // A busy dialog (range 0..0) never reaches the value that starts QProgressDialog's own
    // delay, so it is shown by a timer of ours; quick exports never flash it.
    m_progress->setMinimumDuration(std::numeric_limits<int>::max());
    QTimer::singleShot(m_progressDelay, m_progress, &QProgressDialog::show);
    connect(m_progress, &QProgressDialog::canceled, this, &ReviewExport::cancel);

    if (const auto cached = m_metrics->cachedReview(options)) {
        writeReport(*cached);
        return;
    }
    m_reviewTicket = m_metrics->requestReview(options);
}

void ReviewExport::writeReport(const Review &review)
{
    ReportOptions options;
    options.locale = readingLocale();
    options.generated = QDateTime::currentDateTimeUtc();
    // The paper follows the system's country; a C locale has none and prints on A4.
    options.pageSize = defaultPageSize(QLocale());
    m_reportTicket = m_metrics->requestReport(review, m_document->data(), m_path, options, m_cancelled);
}

void ReviewExport::cancel()
{
    if (!isRunning())
        return;
    m_cancelled->store(true);
    m_reviewTicket = m_reportTicket = 0;
    finish(false, QString());
}

void ReviewExport::finish(bool ok, const QString &message)
{
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    emit finished(ok, message);
}

} // namespace NorthStar
