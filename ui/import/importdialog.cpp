#include "import/importdialog.h"

#include "import/importcheckpanel.h"
#include "import/importjob.h"
#include "import/importprogresspage.h"
#include "import/importsetuppage.h"
#include "import/importsummarypage.h"
#include "import/importtext.h"
#include "import/rejectedrowsdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace NorthStar {

namespace {

QString noticeStyle(bool error)
{
    return error ? u"color:#B3261E"_s : QString();
}

} // namespace

ImportDialog::ImportDialog(const QString &csvPath, const QString &workspacePath, QWidget *parent)
    : QDialog(parent)
    , m_csvPath(csvPath)
    , m_workspacePath(workspacePath)
    , m_pages(new QStackedWidget(this))
    , m_setup(new ImportSetupPage(csvPath, workspacePath, this))
    , m_progress(new ImportProgressPage(this))
    , m_summaryPage(new ImportSummaryPage(this))
    , m_notice(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"importDialog"_s);
    const QFileInfo file(csvPath);
    setWindowTitle(tr("Import %1").arg(file.fileName()));
    resize(1040, 720);

    auto *title = new QLabel(tr("Import %1").arg(file.fileName()), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    title->setFont(font);
    auto *subtitle = new QLabel(this);
    subtitle->setForegroundRole(QPalette::PlaceholderText);
    subtitle->setText(workspacePath.isEmpty()
                          ? tr("%1  ·  %2").arg(file.absoluteFilePath(), QLocale().formattedDataSize(file.size()))
                          : tr("%1  ·  %2  →  %3")
                                .arg(file.absoluteFilePath(), QLocale().formattedDataSize(file.size()),
                                     QFileInfo(workspacePath).fileName()));
    subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_pages->addWidget(m_setup);
    m_pages->addWidget(m_progress);
    m_pages->addWidget(m_summaryPage);

    m_notice->setObjectName(u"importNotice"_s);
    m_notice->setWordWrap(true);
    m_import = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"importButton"_s);
    m_import->setDefault(true);
    m_close = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(u"closeButton"_s);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_notice, 1);
    bottom->addSpacing(16);
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(4);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(12);
    layout->addWidget(m_pages, 1);
    layout->addSpacing(8);
    layout->addLayout(bottom);

    if (workspacePath.isEmpty()) {
        m_notice->setText(tr("This workspace has not been saved yet. Imported rows are stored in the workspace "
                             "file: save the workspace, then import."));
    }

    connect(m_setup, &ImportSetupPage::readyChanged, this, [this] {
        updateButtons();
        if (m_setup->checkPanel()->state() != ImportCheckPanel::State::Checking)
            emit checked();
    });
    connect(m_setup, &ImportSetupPage::showRejectedRequested, this, [this] {
        if (const auto result = validation())
            showRejected(*result);
    });
    connect(m_progress, &ImportProgressPage::cancelRequested, this, &ImportDialog::cancelImport);
    connect(m_summaryPage, &ImportSummaryPage::showRejectedRequested, this, [this] {
        if (m_summary)
            showRejected(*m_summary);
    });
    updateButtons();
}

ImportDialog::~ImportDialog() = default;

ImportDialog::Outcome ImportDialog::run(QWidget *parent, const QString &csvPath, const QString &workspacePath)
{
    if (workspacePath.isEmpty())
        return Outcome::NeedsSavedWorkspace;
    ImportDialog dialog(csvPath, workspacePath, parent);
    dialog.exec();
    return dialog.dataChanged() ? Outcome::DataChanged : Outcome::Unchanged;
}

bool ImportDialog::isImportableFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"csv" || suffix == u"tsv" || suffix == u"txt";
}

bool ImportDialog::isImportableUrl(const QUrl &url)
{
    return url.isLocalFile() && isImportableFile(url.toLocalFile());
}

QString ImportDialog::fileDialogFilter()
{
    return tr("Usage data (*.csv *.tsv *.txt)");
}

ImportRequest ImportDialog::request() const
{
    return m_setup->request();
}

std::optional<ImportSummary> ImportDialog::validation() const
{
    return m_setup->checkPanel()->result();
}

bool ImportDialog::isImporting() const
{
    return m_job && m_job->isRunning();
}

void ImportDialog::updateButtons()
{
    const bool onSetup = m_pages->currentWidget() == m_setup;
    const bool onSummary = m_pages->currentWidget() == m_summaryPage;
    m_buttons->setVisible(!isImporting());
    m_import->setVisible(onSetup);
    m_import->setEnabled(onSetup && !m_workspacePath.isEmpty() && m_setup->isReady());
    m_close->setText(onSummary ? tr("Close") : tr("Cancel"));
}

void ImportDialog::startImport()
{
    if (isImporting() || m_workspacePath.isEmpty() || !m_setup->isReady())
        return;
    auto *job = new ImportJob(ImportJob::Kind::Import, m_workspacePath, m_setup->request(), this);
    m_job = job;
    connect(job, &ImportJob::progress, m_progress, &ImportProgressPage::setProgress);
    connect(job, &ImportJob::finished, this, &ImportDialog::importDone);
    m_notice->clear();
    m_progress->start(QFileInfo(m_csvPath).fileName());
    m_pages->setCurrentWidget(m_progress);
    job->start();
    updateButtons();
}

void ImportDialog::cancelImport()
{
    if (!isImporting())
        return;
    m_job->cancel();
    m_progress->setCancelling();
}

void ImportDialog::importDone(const ImportOutcome &outcome)
{
    m_job->deleteLater();
    m_job.clear();
    if (outcome.summary) {
        m_summary = outcome.summary;
        m_dataChanged = !m_summary->duplicate;
        m_summaryPage->setSummary(*m_summary);
        m_pages->setCurrentWidget(m_summaryPage);
        m_import->setDefault(false);
        m_close->setDefault(true);
    } else {
        // Back to the options with what happened; the workspace is as it was.
        m_pages->setCurrentWidget(m_setup);
        m_notice->setStyleSheet(noticeStyle(!outcome.cancelled));
        m_notice->setText(outcome.cancelled ? tr("Import cancelled: the workspace is unchanged.")
                                            : tr("The import failed and the workspace is unchanged: %1")
                                                  .arg(outcome.error));
    }
    updateButtons();
    emit importFinished(outcome.summary.has_value());
    if (m_closeWhenDone)
        QDialog::reject();
}

void ImportDialog::reject()
{
    if (isImporting()) {
        // Closing while importing cancels; the dialog goes once the importer has stopped.
        m_closeWhenDone = true;
        cancelImport();
        return;
    }
    if (m_summary)
        done(m_dataChanged ? QDialog::Accepted : QDialog::Rejected);
    else
        QDialog::reject();
}

void ImportDialog::showRejected(const ImportSummary &summary)
{
    RejectedRowsDialog dialog(summary, this);
    dialog.exec();
}

} // namespace NorthStar
