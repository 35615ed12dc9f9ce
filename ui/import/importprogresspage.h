#pragma once

// The import running: a progress bar over the file's bytes, rows read, rows per second and
// the time left, and Cancel (the workspace then stays exactly as it was).

#include "eventstore/importtypes.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace NorthStar {

class ImportProgressPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ImportProgressPage(QWidget *parent = nullptr);

    void start(const QString &fileName);
    void setProgress(const ImportProgress &progress);
    // Cancel was pressed: the button waits for the importer to stop.
    void setCancelling();

signals:
    void cancelRequested();

private:
    QElapsedTimer m_clock;
    QLabel *m_title;
    QProgressBar *m_bar;
    QLabel *m_rate;
    QPushButton *m_cancel;
};

} // namespace NorthStar
