#pragma once

// The dry run, kept up to date: after any change to the request (debounced), Importer::
// validate reads the whole file on a worker thread and the panel says how many rows will be
// imported and rejected, the range and the users, before anything is written. A newer
// request cancels the run in flight. When the dates read both month-first and day-first it
// asks which (never guesses) and holds the import until answered.

#include "eventstore/importtypes.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QFrame;

namespace NorthStar {

class ImportJob;
struct ImportOutcome;

class ImportCheckPanel final : public QWidget
{
    Q_OBJECT

public:
    enum class State {
        Blocked,   // a problem found without reading the file (see message())
        Checking,  // a dry run is pending or running
        Failed,    // the dry run failed (see message())
        NeedsTime, // the time format must be chosen (ambiguous or unreadable)
        Nothing,   // read fine, but nothing to import (duplicate, or no valid row)
        Ready,     // the import can go ahead
    };

    explicit ImportCheckPanel(const QString &workspacePath, QWidget *parent = nullptr);
    ~ImportCheckPanel() override;

    // Checks `request` after a short pause; replaces any earlier check.
    void check(const ImportRequest &request);
    // Shows `message` instead of checking (the mapping or an option is incomplete).
    void block(const QString &message);
    // Time values from the preview, to explain an ambiguous column with a real example.
    void setTimeExamples(const QStringList &values);

    State state() const { return m_state; }
    QString message() const { return m_message; }
    // The dry run's result for the current request (also for NeedsTime and Nothing).
    const std::optional<ImportSummary> &result() const { return m_result; }

    static int debounceMs() { return 250; }

signals:
    void stateChanged();
    // The person answered the ambiguity: the time format to use (a Qt pattern).
    void timeFormatChosen(const QString &format);
    void showRejectedRequested();

private:
    void startCheck();
    void retireJob();
    void onFinished(const ImportOutcome &outcome);
    void setState(State state, const QString &message = {});
    void showResult();
    void showAmbiguity(const TimeFormatDetector::Conclusion &conclusion);

    QString m_workspacePath;
    ImportRequest m_request;
    QStringList m_timeExamples;
    QPointer<ImportJob> m_job;
    QTimer *m_debounce;
    State m_state = State::Blocked;
    QString m_message;
    std::optional<ImportSummary> m_result;

    QFrame *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_monthFirst;
    QPushButton *m_dayFirst;
    QProgressBar *m_spinner;
    QLabel *m_status;
    QLabel *m_details;
};

} // namespace NorthStar
