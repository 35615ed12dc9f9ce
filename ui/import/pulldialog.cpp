#include "import/pulldialog.h"

#include "import/importtext.h"
#include "import/pullform.h"
#include "import/pulljob.h"
#include "pull/savedpull.h"
#include "pull/warehousepull.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace NorthStar {

namespace {

QLabel *messageLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // A long URL or message wraps instead of widening the dialog.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}

QString megabytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

} // namespace

PullDialog::PullDialog(const QString &workspacePath, const QString &timeZone, QWidget *parent)
    : QDialog(parent)
    , m_workspacePath(workspacePath)
    , m_progressPanel(new QWidget(this))
    , m_phase(messageLabel(u"pullPhaseLabel"_s, this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel Pull"), this))
    , m_tick(new QTimer(this))
    , m_result(messageLabel(u"pullResultLabel"_s, this))
    , m_notice(messageLabel(u"pullNotice"_s, this))
    , m_showQuery(new QPushButton(tr("Show &Query…"), this))
    , m_pull(new QPushButton(tr("&Pull"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(u"pullDialog"_s);
    setWindowTitle(tr("Pull from Warehouse"));

    const auto saved = Pull::loadSavedPulls(workspacePath);
    if (saved)
        m_saved = *saved;
    m_form = new PullForm(m_saved, timeZone, this);
    m_form->setObjectName(u"pullForm"_s);

    auto *title = new QLabel(tr("Pull from Warehouse"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    title->setFont(font);
    auto *subtitle = messageLabel(u"pullSubtitle"_s, this);
    subtitle->setForegroundRole(QPalette::PlaceholderText);
    subtitle->setText(tr("The daily rollup's query runs on the server and its rows are imported into %1. The "
                         "connection is saved in the workspace, without the password.")
                          .arg(QFileInfo(workspacePath).fileName()));

    m_bar->setObjectName(u"pullProgressBar"_s);
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(u"cancelPullButton"_s);
    m_result->setTextFormat(Qt::RichText);
    m_showQuery->setObjectName(u"showQueryButton"_s);
    m_showQuery->setAutoDefault(false);
    m_pull->setObjectName(u"pullButton"_s);
    m_pull->setDefault(true);
    m_close->setObjectName(u"closeButton"_s);
    m_close->setAutoDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, &PullDialog::cancelPull);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &PullDialog::showPhase);
    connect(m_showQuery, &QPushButton::clicked, this, &PullDialog::showQuery);
    connect(m_pull, &QPushButton::clicked, this, &PullDialog::startPull);
    connect(m_close, &QPushButton::clicked, this, &PullDialog::reject);
    connect(m_form, &PullForm::changed, this, &PullDialog::formChanged);

    auto *progressLayout = new QVBoxLayout(m_progressPanel);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->setSpacing(6);
    auto *barRow = new QHBoxLayout;
    barRow->setSpacing(12);
    barRow->addWidget(m_bar, 1);
    barRow->addWidget(m_cancel);
    progressLayout->addWidget(m_phase);
    progressLayout->addLayout(barRow);
    m_progressPanel->hide();
    m_result->hide();

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_showQuery);
    buttons->addStretch(1);
    buttons->addWidget(m_pull);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(4);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(14);
    layout->addWidget(m_form);
    layout->addSpacing(14);
    layout->addWidget(m_progressPanel);
    layout->addWidget(m_result);
    layout->addWidget(m_notice);
    layout->addStretch(1);
    layout->addSpacing(10);
    layout->addLayout(buttons);

    setTabOrder(m_form->lastField(), m_cancel);
    setTabOrder(m_cancel, m_showQuery);
    setTabOrder(m_showQuery, m_pull);
    setTabOrder(m_pull, m_close);

    if (!saved) {
        m_loadError = true;
        setNotice(tr("The saved connections of %1 could not be read: %2")
                      .arg(QFileInfo(workspacePath).fileName(), saved.error()), true);
    } else {
        setNotice(m_form->problem(), m_form->problemIsError());
    }
    updateState();
    resize(720, sizeHint().height());
    if (QWidget *start = m_form->initialFocus())
        start->setFocus();
    else
        m_pull->setFocus();
}

PullDialog::~PullDialog() = default;

Pull::PullRequest PullDialog::request() const
{
    return m_form->request();
}

bool PullDialog::isPulling() const
{
    return m_job && m_job->isRunning();
}

QString PullDialog::resultMessage() const
{
    return m_resultMessage;
}

void PullDialog::setNotice(const QString &text, bool error)
{
    m_notice->setText(text);
    m_notice->setStyleSheet(error ? u"color:#B3261E"_s : QString());
    m_notice->setForegroundRole(error ? QPalette::WindowText : QPalette::PlaceholderText);
    m_notice->setVisible(!text.isEmpty());
}

void PullDialog::formChanged()
{
    // A pull's result, error or cancel stays until the fields change; then what they lack shows.
    if (!isPulling()) {
        m_result->hide();
        m_close->setDefault(false);
        m_pull->setDefault(true);
        if (!m_loadError)
            setNotice(m_form->problem(), m_form->problemIsError());
    }
    updateState();
}

void PullDialog::updateState()
{
    const bool pulling = isPulling();
    m_form->setEnabled(!pulling);
    m_pull->setEnabled(!pulling && m_form->problem().isEmpty() && !m_workspacePath.isEmpty());
    m_showQuery->setEnabled(!pulling);
    m_progressPanel->setVisible(pulling);
    if (!pulling && m_queryWindow && m_queryWindow->isVisible())
        m_queryText->setPlainText(queryText());
}

QString PullDialog::queryText() const
{
    if (const QString problem = m_form->problem(); !problem.isEmpty())
        return tr("-- No query yet: %1").arg(problem);
    Pull::PullRequest r = m_form->request();
    auto sql = Pull::queryFor(m_saved, r); // read once, not at every keystroke
    if (!sql)
        return tr("-- No query: %1").arg(sql.error());
    QString head = tr("-- %1, source \"%2\"").arg(r.url.describe(), r.source);
    if (!r.query.since.isEmpty())
        head += u"\n"_s + tr("-- local dates from %1 on").arg(r.query.since);
    return head + u"\n\n"_s + *sql;
}

void PullDialog::showQuery()
{
    if (!m_queryWindow) {
        auto *window = new QDialog(this);
        window->setObjectName(u"pullQueryWindow"_s);
        window->setWindowTitle(tr("The Rollup Query"));
        m_queryText = new QPlainTextEdit(window);
        m_queryText->setObjectName(u"pullQueryText"_s);
        m_queryText->setReadOnly(true);
        m_queryText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        const QFontMetrics metrics(mono);
        if (metrics.horizontalAdvance(u"iiii"_s) != metrics.horizontalAdvance(u"MMMM"_s)) { // no fixed font of its own
            mono.setFamilies({u"monospace"_s});
            mono.setStyleHint(QFont::TypeWriter);
            mono.setFixedPitch(true);
        }
        m_queryText->setFont(mono);
        m_queryText->setLineWrapMode(QPlainTextEdit::NoWrap);
        auto *note = new QLabel(tr("What the server gets: read only, nothing is changed there."), window);
        note->setForegroundRole(QPalette::PlaceholderText);
        auto *close = new QPushButton(tr("Close"), window);
        connect(close, &QPushButton::clicked, window, &QDialog::close);
        auto *bottom = new QHBoxLayout;
        bottom->addWidget(note, 1);
        bottom->addWidget(close);
        auto *layout = new QVBoxLayout(window);
        layout->addWidget(m_queryText, 1);
        layout->addLayout(bottom);
        window->resize(760, 560);
        m_queryWindow = window;
    }
    m_queryText->setPlainText(queryText());
    m_queryWindow->show();
    m_queryWindow->raise();
    m_queryWindow->activateWindow();
    m_queryText->setFocus();
}

void PullDialog::startPull()
{
    if (isPulling() || m_workspacePath.isEmpty() || !m_form->problem().isEmpty())
        return;
    m_running = m_form->request();
    auto *job = new PullJob(m_workspacePath, m_running, this);
    m_job = job;
    connect(job, &PullJob::progress, this, &PullDialog::setProgress);
    connect(job, &PullJob::finished, this, &PullDialog::pullDone);
    m_result->hide();
    setNotice(QString(), false);
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("&Cancel Pull"));
    m_clock.start();
    m_tick->start();
    setProgress({});
    job->start();
    updateState();
    m_cancel->setFocus();
    emit pullStarted();
}

void PullDialog::setProgress(const Pull::PullProgress &p)
{
    m_lastProgress = p;
    showPhase();
}

void PullDialog::showPhase()
{
    using Phase = Pull::PullProgress::Phase;
    const Pull::PullProgress &p = m_lastProgress;
    QString text;
    switch (p.phase) {
    case Phase::Connecting:
        // Until the first rows come, the server may still be computing the rollup.
        m_bar->setRange(0, 0);
        text = tr("Connecting to %1, then waiting for the server's first rows…").arg(m_running.url.describe());
        break;
    case Phase::Fetching:
        m_bar->setRange(0, 0);
        text = tr("Receiving rows: %1 rows, %2").arg(ImportText::count(p.rows), megabytes(p.bytes));
        break;
    case Phase::Importing: {
        const int permille = p.totalBytes > 0 ? int(1000 * p.bytes / p.totalBytes) : 0;
        m_bar->setRange(0, 1000);
        m_bar->setValue(permille);
        text = tr("Importing into %1: %2 %").arg(QFileInfo(m_workspacePath).fileName()).arg(permille / 10);
        break;
    }
    }
    const qint64 seconds = m_clock.isValid() ? m_clock.elapsed() / 1000 : 0;
    if (seconds >= 1)
        text += u"  ·  "_s + tr("%1 s").arg(seconds);
    m_phase->setText(text);
}

void PullDialog::cancelPull()
{
    if (!isPulling())
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_cancel->setText(tr("Cancelling…"));
}

void PullDialog::pullDone(const PullOutcome &outcome)
{
    m_job->deleteLater();
    m_job.clear();
    m_tick->stop();
    m_loadError = false;
    if (outcome.summary) {
        // The next pull of the source continues from the date this one brought.
        if (auto saved = Pull::loadSavedPulls(m_workspacePath)) {
            m_saved = *saved;
            m_form->setSavedPulls(m_saved);
        }
        m_summary = outcome.summary;
        m_dataChanged = m_dataChanged || !outcome.summary->import.duplicate;
        showSummary(*outcome.summary, m_running);
    } else if (outcome.cancelled) {
        setNotice(tr("Pull cancelled: the workspace is unchanged."), false);
    } else {
        setNotice(tr("The pull failed and the workspace is unchanged.\n%1").arg(outcome.error), true);
    }
    updateState();
    if (outcome.summary) {
        m_pull->setDefault(false);
        m_close->setDefault(true);
        m_close->setFocus();
    } else {
        m_pull->setFocus();
    }
    fitToScreen();
    emit pullFinished(outcome.summary.has_value());
    if (m_closeWhenDone)
        reject();
}

void PullDialog::showSummary(const Pull::PullSummary &summary, const Pull::PullRequest &request)
{
    const ImportSummary &s = summary.import;
    const QString from = request.url.describe();
    if (s.duplicate) {
        m_resultMessage = tr("%1 sent the same rows as the last pull: the workspace is unchanged.").arg(from);
        m_result->setText(m_resultMessage.toHtmlEscaped());
        m_result->show();
        return;
    }
    m_resultMessage = tr("Pulled %1 rollup rows (%2 events) from %3.")
                          .arg(ImportText::count(s.imported), ImportText::count(s.events), from);
    QList<std::pair<QString, QString>> rows;
    if (s.firstDay && s.lastDay)
        rows.append({tr("Dates"), tr("%1 to %2, local dates in %3").arg(*s.firstDay, *s.lastDay, s.timeZone)});
    rows.append({tr("Users"), ImportText::count(s.users)});
    rows.append({tr("Replaced earlier rows"), ImportText::count(s.replaced)});
    rows.append({tr("Received"), tr("%1 rows, %2 in %3 s")
                                     .arg(ImportText::count(summary.fetchedRows), megabytes(summary.fetchedBytes),
                                          QLocale().toString(summary.fetchMs / 1000.0, 'f', 1))});
    rows.append({tr("Source"), tr("%1, saved with its connection (no password)").arg(request.source)});
    QString html = u"<p><b>%1</b></p><table cellspacing=\"0\" cellpadding=\"0\">"_s.arg(m_resultMessage.toHtmlEscaped());
    for (const auto &[name, value] : rows) {
        html += u"<tr><td style=\"padding:0 16px 3px 0\">%1</td><td style=\"padding-bottom:3px\">%2</td></tr>"_s
                    .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    }
    html += u"</table>"_s;
    if (s.reportingTimeZoneSet)
        html += u"<p>%1</p>"_s.arg(tr("The workspace's reporting timezone is now %1, the rollup's.").arg(s.timeZone)
                                       .toHtmlEscaped());
    m_result->setText(html);
    m_result->show();
}

void PullDialog::reject()
{
    if (isPulling()) {
        // Esc while pulling cancels; pressed again, the dialog goes once the pull has stopped.
        if (m_job->isCancelling())
            m_closeWhenDone = true;
        cancelPull();
        return;
    }
    if (m_queryWindow)
        m_queryWindow->close();
    if (m_dataChanged)
        done(QDialog::Accepted);
    else
        QDialog::reject();
}

void PullDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitToScreen();
}

void PullDialog::fitToScreen()
{
    // Never larger than the screen it is on (a 1440x900 laptop included).
    const QScreen *s = screen();
    if (!s)
        return;
    const QRect available = s->availableGeometry();
    const int width = std::min(this->width(), available.width() - 40);
    const int height = std::min(std::max(this->height(), sizeHint().height()), available.height() - 40);
    if (width != this->width() || height != this->height())
        resize(width, height);
}

} // namespace NorthStar
