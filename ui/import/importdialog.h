#pragma once

// Importing a usage CSV into the open workspace's file (issue #3, "The window"): the preview
// and dry run (ImportSetupPage), the import in the background with progress and Cancel
// (ImportProgressPage), and its summary (ImportSummaryPage); rejected rows are one click away
// from the dry run and the summary (RejectedRowsDialog).
//
// The main window calls run() for File > Import… and for a dropped file (isImportableUrl()
// in dragEnterEvent/dropEvent); on DataChanged it reloads what it shows from the file.

#include "eventstore/importtypes.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QUrl;

namespace NorthStar {

class ImportJob;
class ImportProgressPage;
class ImportSetupPage;
class ImportSummaryPage;
struct ImportOutcome;

class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Outcome {
        DataChanged,         // rows were imported into the workspace file: reload its data
        Unchanged,           // closed, cancelled, or nothing to add: the file is as before
        NeedsSavedWorkspace, // the workspace has no file yet: save it, then call run() again
    };

    // `workspacePath` empty: the workspace is untitled; the dialog previews and checks the
    // file but says the workspace must be saved first and does not import.
    ImportDialog(const QString &csvPath, const QString &workspacePath, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Shows the dialog modally and returns what happened. With an empty `workspacePath` it
    // shows nothing and returns NeedsSavedWorkspace.
    static Outcome run(QWidget *parent, const QString &csvPath, const QString &workspacePath);
    // .csv, .tsv or .txt (case-insensitive): what File > Import and dropping accept.
    static bool isImportableFile(const QString &path);
    static bool isImportableUrl(const QUrl &url);
    // For QFileDialog: "Usage data (*.csv *.tsv *.txt)".
    static QString fileDialogFilter();

    bool dataChanged() const { return m_dataChanged; }
    ImportRequest request() const;
    // The dry run's result for the current options, once it is in.
    std::optional<ImportSummary> validation() const;
    // The import's summary, once it ran.
    const std::optional<ImportSummary> &importSummary() const { return m_summary; }
    bool isImporting() const;
    ImportSetupPage *setupPage() const { return m_setup; }

    // The Import button: runs request() in the background.
    void startImport();
    // The progress page's Cancel: the workspace stays exactly as it was.
    void cancelImport();

public slots:
    void reject() override;

signals:
    // The dry run for the current options has an answer (or could not run).
    void checked();
    void importFinished(bool imported);

private:
    void updateButtons();
    void importDone(const ImportOutcome &outcome);
    void showRejected(const ImportSummary &summary);

    QString m_csvPath;
    QString m_workspacePath;
    QStackedWidget *m_pages;
    ImportSetupPage *m_setup;
    ImportProgressPage *m_progress;
    ImportSummaryPage *m_summaryPage;
    QLabel *m_notice;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
    QPushButton *m_close;
    QPointer<ImportJob> m_job;
    std::optional<ImportSummary> m_summary;
    bool m_dataChanged = false;
    bool m_closeWhenDone = false;
};

} // namespace NorthStar
