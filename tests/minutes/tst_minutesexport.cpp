// File ▸ Export Minutes in the window (issue #11 §4): enabled only for a tree with a workshop,
// the save dialog filled in and the Markdown written on the worker, and Cancel (Escape on the
// progress dialog) before the worker writes leaves no file.

#include "mainwindow/mainwindow.h"
#include "mainwindow/documentcontroller.h"
#include "model/document.h"
#include "model/edits.h"
#include "storage/workspacefile.h"
#include "workshop/minutesexport.h"

#include "minutesfixture.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressDialog>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace NorthStar;
using namespace Qt::StringLiterals;

class TstMinutesExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void enabledWithAWorkshop();
    void exportsTheMinutes();
    void cancelledExportWritesNothing();

private:
    Document *document() const { return m_window->controller()->document(); }
    QAction *exportAction() const;

    QTemporaryDir m_dir;
    QString m_workspace;
    MinutesFixture::Session m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TstMinutesExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    m_session = MinutesFixture::kickOff();
    m_workspace = m_dir.filePath(u"team.northstar"_s);
    QVERIFY(WorkspaceFile::write(m_workspace, m_session.data).ok());
}

void TstMinutesExport::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openWorkspace(m_workspace));
    document()->setCurrentTree(m_session.treeId);
}

void TstMinutesExport::cleanup()
{
    document()->markSaved(); // no "save changes?" on close
    m_window.reset();
}

QAction *TstMinutesExport::exportAction() const
{
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == u"Export &Minutes…"_s)
                return action;
        }
    }
    return nullptr;
}

void TstMinutesExport::enabledWithAWorkshop()
{
    QAction *action = exportAction();
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    // Removing the workshop (one undo step) disables it; undo brings both back.
    Edit::removeWorkshop(*document(), m_session.workshopId);
    QVERIFY(!action->isEnabled());
    document()->undoStack()->undo();
    QVERIFY(action->isEnabled());
}

// With real keys: Alt+F opens the File menu, M (the mnemonic) the save dialog, whose file
// name is set and confirmed with Enter.
void TstMinutesExport::exportsTheMinutes()
{
    auto *exporter = m_window->findChild<MinutesExport *>();
    QVERIFY(exporter);
    QSignalSpy finished(exporter, &MinutesExport::finished);
    const QString path = m_dir.filePath(u"kick-off.md"_s);
    bool typed = false;
    QTimer poll;
    int polls = 0;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        auto *name = dialog ? dialog->findChild<QLineEdit *>(u"fileNameEdit"_s) : nullptr;
        if (!name) {
            if (++polls > 400)
                poll.stop(); // no dialog: the test fails below
            return;
        }
        poll.stop();
        QVERIFY(name->text().endsWith(u"Growth Kick-off minutes 2026-12-03.pdf"_s));
        // Set, not typed: typing a path opens the completer, which would take the Return.
        name->setText(path);
        QTest::keyClick(name, Qt::Key_Return);
        typed = true;
    });
    poll.start(25);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::AltModifier);
    QMenu *file = nullptr;
    QTRY_VERIFY((file = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QTest::keyClick(file, Qt::Key_M);
    QTRY_VERIFY(typed);
    QVERIFY(finished.count() == 1 || finished.wait(60000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(finished.at(0).at(1).toString(), path);
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(written.readAll());
    QVERIFY2(text.startsWith(u"# Workshop minutes: Kick-off\n"_s), qPrintable(text.left(200)));
    QVERIFY(text.contains(u"| 7 | Next steps | 10 min | — | — | Not reached |"_s));
}

void TstMinutesExport::cancelledExportWritesNothing()
{
    auto *exporter = m_window->findChild<MinutesExport *>();
    QVERIFY(exporter);
    exporter->setProgressDelay(0);
    QSignalSpy finished(exporter, &MinutesExport::finished);
    const QString path = m_dir.filePath(u"cancelled.pdf"_s);
    // Hold the export's worker busy, so the export is still queued when the person cancels.
    QSemaphore release;
    exporter->threadPool()->start([&release] { release.acquire(); });
    exporter->start(document()->data(), m_session.workshopId, path);
    QVERIFY(exporter->isRunning());
    QProgressDialog *progress = nullptr;
    QTRY_VERIFY((progress = m_window->findChild<QProgressDialog *>()) && progress->isVisible());
    QTest::keyClick(progress, Qt::Key_Escape);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(finished.at(0).at(1).toString(), QString());
    QVERIFY(!exporter->isRunning());
    release.release();
    QVERIFY(exporter->threadPool()->waitForDone(60000));
    QCoreApplication::processEvents();
    QVERIFY(!QFile::exists(path));
    QCOMPARE(finished.count(), 1);

    // Started again and left alone, the same export writes the file.
    exporter->start(document()->data(), m_session.workshopId, path);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(1).at(0).toBool(), true);
    QVERIFY(QFile::exists(path));
}

QTEST_MAIN(TstMinutesExport)
#include "tst_minutesexport.moc"
