// The review view in the main window, on the demo workspace: Ctrl+2 opens it on the latest
// complete week with the engine's numbers; Back and Forward step through periods (a cached
// one at once, without asking the worker); a disconnect leads to its node on the canvas;
// notes are stored, one undo step per burst, and Ctrl+Z takes them back in the editor too;
// annotations are added, edited and deleted from the review.

#include "analysis/metricscontroller.h"
#include "analysis/workspacemetrics.h"
#include "charts/chartpanel.h"
#include "demo/demoworkspace.h"
#include "mainwindow/mainwindow.h"
#include "model/document.h"
#include "mainwindow/documentcontroller.h"
#include "review/reviewannotations.h"
#include "review/reviewtext.h"
#include "review/reviewdisconnects.h"
#include "review/reviewexport.h"
#include "review/reviewformat.h"
#include "review/reviewheadline.h"
#include "review/reviewnotes.h"
#include "review/reviewview.h"
#include "review/reviewwaterfall.h"
#include "review/weeklyreview.h"
#include "storage/workspacefile.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QFileDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace NorthStar;

class TestReviewView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnTheLatestWeek();
    void stepsThroughPeriods();
    void followsADisconnect();
    void editsNotesUndoably();
    void editsAnnotations();
    void exportsTheReview();
    void cancelledExportWritesNothing();
    void olderDockLayoutIsNotRestored();

private:
    Review expected(std::optional<QDate> period) const;
    void openReview();
    Document *document() const { return m_window->controller()->document(); }
    ReviewView *view() const { return m_window->review(); }

    QTemporaryDir m_dir;
    QString m_workspace;
    WorkspaceData m_model;
    Id m_tree = 0;
    std::unique_ptr<MainWindow> m_window;
};

void TestReviewView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    m_workspace = m_dir.filePath(u"demo.northstar"_s);
    const auto created = DemoWorkspace::create(m_workspace);
    QVERIFY2(created, qPrintable(created ? QString() : created.error()));
    const auto model = WorkspaceFile::read(m_workspace);
    QVERIFY2(model, qPrintable(model ? QString() : model.error()));
    m_model = *model;
    m_tree = m_model.treesInOrder().constFirst().id;
}

void TestReviewView::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openWorkspace(m_workspace));
    document()->setCurrentTree(m_tree);
}

void TestReviewView::cleanup()
{
    document()->markSaved(); // no "save changes?" on close
    m_window.reset();
}

Review TestReviewView::expected(std::optional<QDate> period) const
{
    const auto review = computeReview(WorkspaceMetrics(m_workspace, m_model), {m_tree, Grain::Week, period});
    return review ? *review : Review{};
}

void TestReviewView::openReview()
{
    QSignalSpy shown(view(), &ReviewView::reviewShown);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QVERIFY(m_window->isReviewShown());
    if (!view()->currentReview())
        QVERIFY(shown.wait(120000));
    QVERIFY(view()->currentReview());
}

void TestReviewView::opensOnTheLatestWeek()
{
    QVERIFY(!m_window->isReviewShown());
    openReview();
    const Review want = expected(std::nullopt);
    QVERIFY(want.period.isValid());
    const Review &shown = *view()->currentReview();
    QCOMPARE(shown.period, want.period);
    QCOMPARE(view()->options().periodDate, std::optional(want.period));
    QCOMPARE(view()->periodText(), reviewPeriodTitle(Grain::Week, want.period));

    const MetricReview *ns = want.northStar();
    QVERIFY(ns && ns->value && ns->change);
    ReviewHeadline *headline = view()->headline();
    QCOMPARE(headline->valueText(), metricValueText(*ns, *ns->value));
    QVERIFY2(headline->changeText().startsWith(metricChangeText(*ns)), qPrintable(headline->changeText()));
    QCOMPARE(headline->changeText().contains(u"unusual"_s), ns->unusual);
    if (ns->target && ns->target->status)
        QCOMPARE(headline->targetText(), targetSentenceText(*ns));
    // The waterfall starts at last week's value and ends at this week's.
    const QList<ReviewWaterfall::Step> steps = view()->waterfall()->steps();
    if (!steps.isEmpty()) {
        QCOMPARE(steps.constFirst().to, *ns->previous);
        QCOMPARE(steps.constLast().to, *ns->value);
    }
    QCOMPARE(view()->disconnects()->count(), std::max<int>(1, int(want.disconnects.size())));

    // Ctrl+1 goes back to the canvas, one key away.
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QVERIFY(!m_window->isReviewShown());
}

void TestReviewView::stepsThroughPeriods()
{
    openReview();
    const Review latest = *view()->currentReview();
    MetricsController *metrics = m_window->metrics();
    // After showing a period the one before is computed in the background.
    const ReviewOptions previous{m_tree, Grain::Week, latest.previous};
    QTRY_VERIFY_WITH_TIMEOUT(metrics->cachedReview(previous).has_value(), 120000);
    QVERIFY(!view()->forwardAction()->isEnabled()); // the latest complete week

    QSignalSpy shown(view(), &ReviewView::reviewShown);
    QTest::keyClick(view()->focusWidget() ? view()->focusWidget() : view(), Qt::Key_Left, Qt::AltModifier);
    // Cached: on screen at once, no request pending.
    QCOMPARE(shown.count(), 1);
    QVERIFY(!view()->isComputing());
    QCOMPARE(view()->currentReview()->period, latest.previous);
    QCOMPARE(view()->periodText(), reviewPeriodTitle(Grain::Week, latest.previous));
    const Review before = expected(latest.previous);
    const MetricReview *ns = before.northStar();
    QCOMPARE(view()->headline()->valueText(), metricValueText(*ns, *ns->value));

    // Once more with the button (the week before that is being prefetched or computed).
    QTest::mouseClick(view()->findChild<QWidget *>(u"reviewBackButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view()->currentReview()->period, before.previous, 120000);
    QCOMPARE(view()->periodText(), reviewPeriodTitle(Grain::Week, before.previous));

    // Forward twice with ]: both cached, each at once.
    shown.clear();
    QTest::keyClick(view()->findChild<QWidget *>(u"reviewBackButton"_s), Qt::Key_BracketRight);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(view()->currentReview()->period, latest.previous);
    QTest::keyClick(view()->findChild<QWidget *>(u"reviewBackButton"_s), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(shown.count(), 2);
    QCOMPARE(view()->currentReview()->period, latest.period);
    QCOMPARE(view()->headline()->valueText(), metricValueText(*latest.northStar(), *latest.northStar()->value));
    QVERIFY(!view()->forwardAction()->isEnabled());

    // A month grain on the chart: the review follows it when opened.
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    m_window->findChild<ChartPanel *>()->setGrain(Grain::Month);
    openReview();
    QTRY_COMPARE_WITH_TIMEOUT(view()->currentReview()->grain, Grain::Month, 120000);
    QVERIFY(view()->periodText() != reviewPeriodTitle(Grain::Week, latest.period));
}

void TestReviewView::followsADisconnect()
{
    openReview();
    const Review &review = *view()->currentReview();
    QVERIFY(!review.disconnects.empty());
    ReviewDisconnects *list = view()->disconnects();
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home);
    QTest::keyClick(list, Qt::Key_Down);
    const int row = list->currentRow();
    QVERIFY(row >= 0);
    const Id nodeId = list->item(row)->data(ReviewDisconnects::NodeRole).toLongLong();
    const Disconnect &d = review.disconnects[std::size_t(row)];
    QCOMPARE(nodeId, d.nodeId != 0 ? d.nodeId : review.northStar()->nodeId);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(document()->selection(), QList<Id>{nodeId});
    QVERIFY(!m_window->isReviewShown());
    auto *chartDock = m_window->findChild<QDockWidget *>(u"chartDock"_s);
    QVERIFY(chartDock && chartDock->isVisible());
}

void TestReviewView::editsNotesUndoably()
{
    openReview();
    const QDate period = view()->currentReview()->period;
    QUndoStack *undo = document()->undoStack();
    const int steps = undo->count();
    QPlainTextEdit *editor = view()->notes()->reviewNoteEditor();
    QTest::mouseClick(editor->viewport(), Qt::LeftButton);
    QVERIFY(editor->hasFocus());
    QTest::keyClicks(editor, u"Hold the pricing test"_s);
    const ReviewNote *note = document()->data().reviewNote(m_tree, 0, period, ReviewGrain::Week);
    QVERIFY(note);
    QCOMPARE(note->text, u"Hold the pricing test"_s);
    QCOMPARE(undo->count(), steps + 1); // one step for the burst

    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!document()->data().reviewNote(m_tree, 0, period, ReviewGrain::Week));
    QCOMPARE(editor->toPlainText(), QString());
    QTest::keySequence(editor, QKeySequence::Redo);
    QCOMPARE(editor->toPlainText(), u"Hold the pricing test"_s);

    // A metric's note: its own compact editor, its own step.
    const Id metricId = view()->currentReview()->northStar()->metricId;
    QLineEdit *metricNote = view()->notes()->metricNoteEditor(metricId);
    QVERIFY(metricNote);
    QTest::mouseClick(metricNote, Qt::LeftButton);
    QTest::keyClicks(metricNote, u"Seasonal dip"_s);
    QCOMPARE(document()->data().reviewNote(m_tree, metricId, period, ReviewGrain::Week)->text, u"Seasonal dip"_s);
    QCOMPARE(undo->count(), steps + 2);
    QTest::keyClick(metricNote, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!document()->data().reviewNote(m_tree, metricId, period, ReviewGrain::Week));
    QCOMPARE(metricNote->text(), QString());
    QCOMPARE(editor->toPlainText(), u"Hold the pricing test"_s);

    // A note is of its period: the week before has none.
    QTest::keyClick(view()->findChild<QWidget *>(u"reviewBackButton"_s), Qt::Key_Left, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(view()->currentReview() && view()->currentReview()->period < period, 120000);
    QCOMPARE(editor->toPlainText(), QString());
}

void TestReviewView::editsAnnotations()
{
    openReview();
    const QDate period = view()->currentReview()->period;
    ReviewAnnotations *annotations = view()->annotations();
    QTableWidget *table = annotations->table();
    const int rows = table->rowCount();
    const int stored = int(document()->data().annotations.size());
    QCOMPARE(annotations->newDate()->date(), period);

    // Add: text, metric, Enter.
    annotations->newMetric()->setFocus();
    const QString northStar = view()->currentReview()->northStar()->name;
    QTest::keyClick(annotations->newMetric(), Qt::Key_Down);
    QCOMPARE(annotations->newMetric()->currentText(), northStar);
    QTest::mouseClick(annotations->newText(), Qt::LeftButton);
    QTest::keyClicks(annotations->newText(), u"Pricing page relaunched"_s);
    QTest::keyClick(annotations->newText(), Qt::Key_Return);
    QCOMPARE(int(document()->data().annotations.size()), stored + 1);
    const Annotation added = document()->data().annotations.last();
    QCOMPARE(added.text, u"Pricing page relaunched"_s);
    QCOMPARE(added.date, period);
    QCOMPARE(added.metricId, view()->currentReview()->northStar()->metricId);
    QCOMPARE(table->rowCount(), rows + 1);
    QVERIFY(annotations->newText()->text().isEmpty());

    // Edit its text in place: F2, type, Enter.
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, ReviewAnnotations::DateColumn)->data(ReviewAnnotations::IdRole).toLongLong() == added.id)
            row = r;
    }
    QVERIFY(row >= 0);
    const QRect cell = table->visualItemRect(table->item(row, ReviewAnnotations::TextColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(table->hasFocus());
    QCOMPARE(table->currentRow(), row);
    QTest::keyClick(table, Qt::Key_F2);
    auto *cellEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(cellEditor && table->isAncestorOf(cellEditor));
    cellEditor->selectAll();
    QTest::keyClicks(cellEditor, u"Pricing page v2"_s);
    QTest::keyClick(cellEditor, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    QTRY_COMPARE(document()->data().annotations.value(added.id).text, u"Pricing page v2"_s);

    // Delete with the key, and back with Ctrl+Z.
    table->setFocus();
    QTRY_VERIFY(table->currentRow() >= 0);
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(!document()->data().annotations.contains(added.id));
    QCOMPARE(table->rowCount(), rows);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(document()->data().annotations.contains(added.id));
    QCOMPARE(table->rowCount(), rows + 1);
    // And with the button.
    table->setCurrentCell(row, ReviewAnnotations::TextColumn);
    QTest::mouseClick(annotations->deleteButton(), Qt::LeftButton);
    QVERIFY(!document()->data().annotations.contains(added.id));
}


// File > Export Review with real keys: Ctrl+Shift+E, the file name typed into the save
// dialog, Enter; the Markdown written on the worker holds the review on screen.
void TestReviewView::exportsTheReview()
{
    openReview();
    const Review review = *view()->currentReview();
    auto *exporter = m_window->findChild<ReviewExport *>();
    QVERIFY(exporter);
    QSignalSpy finished(exporter, &ReviewExport::finished);
    const QString path = m_dir.filePath(u"weekly.md"_s);
    // The save dialog runs its own event loop: poll for it (bounded) and fill it in.
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
        // Set, not typed: typing a path opens the completer, which would take the Return.
        name->setText(path);
        QTest::keyClick(name, Qt::Key_Return);
        typed = true;
    });
    poll.start(25);
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(typed);
    QVERIFY(finished.count() == 1 || finished.wait(120000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(finished.at(0).at(1).toString(), path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(review.tree), qPrintable(text.left(400)));
    QVERIFY(text.contains(review.northStar()->name));
    QVERIFY(text.contains(review.period.toString(Qt::ISODate)) || text.contains(QLocale().toString(review.period, QLocale::ShortFormat))
            || text.contains(review.period.toString(u"d MMM yyyy"_s)));
}

// Cancel (Escape on the progress dialog) before the worker writes: no file, no error.
void TestReviewView::cancelledExportWritesNothing()
{
    auto *exporter = m_window->findChild<ReviewExport *>();
    QVERIFY(exporter);
    exporter->setProgressDelay(0);
    QSignalSpy finished(exporter, &ReviewExport::finished);
    const QString path = m_dir.filePath(u"cancelled.pdf"_s);
    // Keep the worker busy first, so the export is still queued when the person cancels.
    m_window->metrics()->requestReview({m_tree, Grain::Month, std::nullopt});
    exporter->start({m_tree, Grain::Week, std::nullopt}, path);
    QVERIFY(exporter->isRunning());
    QProgressDialog *progress = nullptr;
    QTRY_VERIFY((progress = m_window->findChild<QProgressDialog *>()) && progress->isVisible());
    QTest::keyClick(progress, Qt::Key_Escape);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(finished.at(0).at(1).toString(), QString());
    QVERIFY(!exporter->isRunning());
    m_window->metrics()->waitForIdle();
    QCoreApplication::processEvents();
    QVERIFY(!QFile::exists(path));
    QCOMPARE(finished.count(), 1);
}

// A dock layout saved by an older version (QMainWindow state version 0) is not restored: the
// window starts in today's default arrangement. The layout saved now is restored as it was.
void TestReviewView::olderDockLayoutIsNotRestored()
{
    auto *chart = m_window->findChild<QDockWidget *>(u"chartDock"_s);
    QVERIFY(chart && chart->isVisible());
    const int standard = chart->height();
    m_window->resizeDocks({chart}, {standard + 300}, Qt::Vertical);
    QTRY_VERIFY(chart->height() > standard + 100);
    const int changed = chart->height();
    QSettings().setValue(u"window/state"_s, m_window->saveState(/*version=*/0));
    cleanup();

    init();
    chart = m_window->findChild<QDockWidget *>(u"chartDock"_s);
    QVERIFY(chart && chart->isVisible());
    QTRY_COMPARE(chart->height(), standard);

    m_window->resizeDocks({chart}, {standard + 300}, Qt::Vertical);
    QTRY_COMPARE(chart->height(), changed);
    document()->markSaved();
    m_window->close(); // saves the layout
    m_window.reset();
    init();
    chart = m_window->findChild<QDockWidget *>(u"chartDock"_s);
    QTRY_COMPARE(chart->height(), changed);
    QSettings().remove(u"window/state"_s); // the other tests start from the default
}

QTEST_MAIN(TestReviewView)
#include "tst_reviewview.moc"
