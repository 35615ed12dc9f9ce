#pragma once

// File ▸ Pull from Warehouse (issue #12 §3): the daily rollup's query run on PostgreSQL or
// ClickHouse and its rows imported into the open workspace's file, as `northstar pull` does.
// The fields (PullForm) are checked as they are typed; Show Query shows the SQL the server
// will get. The pull runs on a worker (PullJob) with its phase and Cancel; its result or
// error shows in the dialog, which stays open for another try. The connection is saved in
// the workspace by the pull, without the password.
//
// The main window opens it with a saved workspace; when dataChanged(), it reloads what it
// shows from the file (and follows the file's reporting timezone).

#include "pull/pullrequest.h"
#include "pull/savedpull.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace NorthStar {

class PullForm;
class PullJob;
struct PullOutcome;

class PullDialog final : public QDialog
{
    Q_OBJECT

public:
    // `timeZone`: the workspace's reporting timezone, shown for a source never pulled.
    PullDialog(const QString &workspacePath, const QString &timeZone, QWidget *parent = nullptr);
    ~PullDialog() override;

    PullForm *form() const { return m_form; }
    Pull::PullRequest request() const;
    // The SQL the server would get for the fields as they are, or why there is none.
    QString queryText() const;
    bool isPulling() const;
    // A pull of this dialog changed the workspace file.
    bool dataChanged() const { return m_dataChanged; }
    // The last successful pull's summary; resultMessage() is its headline, for the status bar.
    const std::optional<Pull::PullSummary> &summary() const { return m_summary; }
    QString resultMessage() const;

    // The Pull button (Enter): runs request() in the background, when the fields allow it.
    void startPull();
    // Cancel Pull (Esc while pulling): the workspace stays exactly as it was.
    void cancelPull();
    void showQuery();

public slots:
    // Esc: cancels a pull still running (the dialog stays, saying so), else closes.
    void reject() override;

signals:
    void pullStarted();
    void pullFinished(bool pulled);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void formChanged();
    void updateState();
    void setProgress(const Pull::PullProgress &progress);
    void showPhase();
    void pullDone(const PullOutcome &outcome);
    void showSummary(const Pull::PullSummary &summary, const Pull::PullRequest &request);
    void setNotice(const QString &text, bool error);
    void fitToScreen();

    QString m_workspacePath;
    PullForm *m_form;
    QList<Pull::SavedPull> m_saved; // the workspace's, read when the dialog opens and after a pull
    QWidget *m_progressPanel;
    QLabel *m_phase;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QTimer *m_tick;           // the seconds go on while the server works
    QElapsedTimer m_clock;
    Pull::PullProgress m_lastProgress;
    QLabel *m_result;
    QLabel *m_notice;
    QPushButton *m_showQuery;
    QPushButton *m_pull;
    QPushButton *m_close;
    QPointer<QDialog> m_queryWindow;
    QPlainTextEdit *m_queryText = nullptr;
    QPointer<PullJob> m_job;
    Pull::PullRequest m_running; // what the job pulls, for its messages
    std::optional<Pull::PullSummary> m_summary;
    QString m_resultMessage;
    bool m_dataChanged = false;
    bool m_closeWhenDone = false;
    bool m_loadError = false;
};

} // namespace NorthStar
