// Workshop mode in the window (issue #11 §1), by keyboard: Ctrl+Shift+W plans the workshop
// (a timebox edited in the agenda), PageDown and PageUp move the room, Ctrl+Z takes a move
// back, the bar's clock follows a manual clock and turns amber over time, decisions are typed
// into the bar (one undo step), the agenda is edited while running, F5 shows the presentation
// (one screen: it covers the window, Right / Left step, Esc returns) with each step's board
// following the document, and Finish ends it.

#include "workshoptest.h"

#include "canvas/canvasview.h"
#include "model/edits.h"
#include "workshop/agenda.h"
#include "workshop/agendaeditor.h"
#include "workshop/presentationwindow.h"
#include "workshop/startworkshopdialog.h"
#include "workshop/workshopbar.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSpinBox>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace NorthStar;
using namespace WorkshopTest;

class TestWorkshopSession final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsThroughTheDialog();
    void refusesAnUntitledStep();
    void stepsWithTheKeysAndUndoes();
    void clockCountsDownAndWarnsOverTime();
    void decisionsAreOneUndoStep();
    void editsTheAgendaWhileRunning();
    void presentsOnTheOneScreen();
    void boardsFollowTheDocument();
    void finishes();

private:
    Document *document() const { return m_window->controller()->document(); }
    WorkshopSession *session() const { return m_window->workshopSession(); }
    WorkshopBar *bar() const { return m_window->findChild<WorkshopBar *>(); }
    void startPlaybook();
    void openMenuItem(int menuKey, int itemKey);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ManualWorkshopClock> m_clock;
};

void TestWorkshopSession::initTestCase()
{
    QVERIFY(m_dir.isValid());
    isolateSettings(m_dir);
}

void TestWorkshopSession::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->newFromTemplate(u"spotify"_s);
    m_clock = std::make_unique<ManualWorkshopClock>(workshopDay());
    session()->setClock(m_clock.get());
}

void TestWorkshopSession::cleanup()
{
    document()->markSaved(); // no "save changes?" on close
    m_window.reset();
    m_clock.reset();
}

void TestWorkshopSession::startPlaybook()
{
    const auto started = session()->start(u"Mock workshop"_s, Agenda::playbook(), 8, 3);
    QVERIFY2(started, qPrintable(started ? QString() : started.error()));
}

void TestWorkshopSession::openMenuItem(int menuKey, int itemKey)
{
    press(menuKey, Qt::AltModifier);
    QTRY_VERIFY(QApplication::activePopupWidget());
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key(itemKey));
}

void TestWorkshopSession::startsThroughTheDialog()
{
    QVERIFY(!bar()->isVisible());
    bool seen = false;
    whenActive<StartWorkshopDialog>([&seen](StartWorkshopDialog *d) {
        seen = true;
        QCOMPARE(d->findChild<QLineEdit *>(u"workshopName"_s)->text(), u"Workshop 3 Dec"_s);
        auto *list = d->findChild<QListWidget *>(u"agendaSteps"_s);
        QCOMPARE(list->count(), 7);
        QVERIFY(d->findChild<QLabel *>(u"agendaTotal"_s)->text().contains(u"2 h 00 min"_s));
        press(Qt::Key_G, Qt::AltModifier); // A&genda
        QCOMPARE(QApplication::focusWidget(), list);
        press(Qt::Key_Down);
        QCOMPARE(list->currentRow(), 1);
        QCOMPARE(d->findChild<QLineEdit *>(u"stepTitle"_s)->text(), u"Candidates"_s);
        press(Qt::Key_M, Qt::AltModifier); // &Minutes
        QCOMPARE(QApplication::focusWidget(), d->findChild<QSpinBox *>(u"stepMinutes"_s));
        press(Qt::Key_A, Qt::ControlModifier);
        type(u"25"_s);
        QCOMPARE(d->agenda()->steps().at(1).minutes, 25);
        QVERIFY(list->item(1)->text().contains(u"25 min"_s));
        QVERIFY(d->findChild<QLabel *>(u"agendaTotal"_s)->text().contains(u"2 h 05 min"_s));
        press(Qt::Key_P, Qt::AltModifier); // &Participants
        press(Qt::Key_A, Qt::ControlModifier);
        type(u"8"_s);
        press(Qt::Key_Return); // the default button: Start Workshop
    });
    press(Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(seen);
    const Workshop *w = session()->workshop();
    QVERIFY(w);
    QCOMPARE(w->name, u"Workshop 3 Dec"_s);
    QCOMPARE(w->participants, 8);
    QCOMPARE(w->dotsPerPerson, 3);
    QCOMPARE(w->steps.size(), 7);
    QCOMPARE(w->steps.at(1).minutes, 25);
    QCOMPARE(w->started, workshopDay());
    QVERIFY(bar()->isVisible());
    QVERIFY(bar()->stepText().contains(u"Step 1 of 7"_s));
    QCOMPARE(bar()->clockText(), u"15:00"_s);
    // One workshop at a time on a tree: Start is off while it runs, the rest on.
    QMenu *menu = nullptr;
    for (QMenu *m : m_window->findChildren<QMenu *>()) {
        if (m->title() == u"&Workshop"_s)
            menu = m;
    }
    QVERIFY(menu);
    QVERIFY(!menu->actions().at(0)->isEnabled());
    QVERIFY(menu->actions().at(1)->isEnabled());
}

void TestWorkshopSession::refusesAnUntitledStep()
{
    bool seen = false;
    whenActive<StartWorkshopDialog>([&seen](StartWorkshopDialog *d) {
        seen = true;
        press(Qt::Key_G, Qt::AltModifier);
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        press(Qt::Key_T, Qt::AltModifier); // &Title
        press(Qt::Key_A, Qt::ControlModifier);
        press(Qt::Key_Delete);
        press(Qt::Key_Return);
        QVERIFY(d->isVisible());
        auto *error = d->findChild<QLabel *>(u"workshopError"_s);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"Step 3 has no title"_s));
        QCOMPARE(QApplication::focusWidget(), d->findChild<QLineEdit *>(u"stepTitle"_s));
        d->reject();
    });
    press(Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(seen);
    QVERIFY(!session()->isRunning());
}

void TestWorkshopSession::stepsWithTheKeysAndUndoes()
{
    startPlaybook();
    m_window->canvas()->setFocus();
    press(Qt::Key_PageUp); // nothing before the first step
    QCOMPARE(session()->workshop()->currentStep, 0);
    m_clock->advance(14 * 60);
    press(Qt::Key_PageDown);
    QCOMPARE(session()->workshop()->currentStep, 1);
    QVERIFY(bar()->stepText().contains(u"Step 2 of 7"_s));
    QCOMPARE(session()->workshop()->steps.at(0).ended, workshopDay().addSecs(14 * 60));
    QCOMPARE(bar()->clockText(), u"20:00"_s);
    press(Qt::Key_PageDown);
    press(Qt::Key_PageDown);
    QCOMPARE(session()->workshop()->currentStep, 3);
    press(Qt::Key_PageUp);
    QCOMPARE(session()->workshop()->currentStep, 2);
    // A step moved by mistake: Ctrl+Z takes it back.
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(session()->workshop()->currentStep, 3);
    QVERIFY(bar()->stepText().contains(u"Step 4 of 7"_s));
    for (int i = 0; i < 10; ++i)
        press(Qt::Key_PageDown);
    QCOMPARE(session()->workshop()->currentStep, 6); // the last step stays the last
}

void TestWorkshopSession::clockCountsDownAndWarnsOverTime()
{
    startPlaybook();
    QCOMPARE(bar()->clockText(), u"15:00"_s);
    m_clock->advance(61);
    QCOMPARE(bar()->clockText(), u"13:59"_s);
    QVERIFY(!bar()->isOverTime());
    QVERIFY(bar()->overText().isEmpty());
    m_clock->advance(14 * 60 - 1);
    QCOMPARE(bar()->clockText(), u"0:00"_s);
    QVERIFY(!bar()->isOverTime());
    m_clock->advance(90);
    QVERIFY(bar()->isOverTime());
    QCOMPARE(bar()->overText(), u"+1:30 over"_s);
    QCOMPARE(bar()->findChild<QLabel *>(u"workshopClock"_s)->styleSheet(), u"color: #B45309;"_s); // amber
    // The next step starts in time again.
    press(Qt::Key_PageDown);
    QVERIFY(!bar()->isOverTime());
    QCOMPARE(bar()->clockText(), u"20:00"_s);
}

void TestWorkshopSession::decisionsAreOneUndoStep()
{
    startPlaybook();
    QUndoStack *undo = document()->undoStack();
    const int before = undo->count();
    press(Qt::Key_C, Qt::AltModifier); // De&cisions
    QCOMPARE(QApplication::focusWidget(), bar()->decisionsField());
    type(u"We play the attention game"_s);
    QCOMPARE(session()->step()->decisions, u"We play the attention game"_s);
    QCOMPARE(undo->count(), before + 1);
    // Each step has its own decisions.
    m_window->canvas()->setFocus();
    press(Qt::Key_PageDown);
    QVERIFY(bar()->decisionsField()->text().isEmpty());
    press(Qt::Key_C, Qt::AltModifier);
    type(u"Two candidates"_s);
    QCOMPARE(session()->step()->decisions, u"Two candidates"_s);
    QCOMPARE(session()->workshop()->steps.at(0).decisions, u"We play the attention game"_s);
    // Ctrl+Z in the field takes back the whole burst, through the document.
    press(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(session()->step()->decisions.isEmpty());
    QVERIFY(bar()->decisionsField()->text().isEmpty());
}

void TestWorkshopSession::editsTheAgendaWhileRunning()
{
    startPlaybook();
    m_window->canvas()->setFocus();
    press(Qt::Key_PageDown);
    const Workshop before = *session()->workshop();
    const int steps = document()->undoStack()->count();
    bool seen = false;
    whenActive<StartWorkshopDialog>([&seen](StartWorkshopDialog *d) {
        seen = true;
        auto *list = d->findChild<QListWidget *>(u"agendaSteps"_s);
        QVERIFY(list->item(0)->text().contains(u"done"_s));
        QVERIFY(list->item(1)->text().contains(u"now"_s));
        press(Qt::Key_G, Qt::AltModifier);
        QCOMPARE(list->currentRow(), 1); // it opens where the room is
        press(Qt::Key_Down);
        press(Qt::Key_T, Qt::AltModifier);
        press(Qt::Key_A, Qt::ControlModifier);
        type(u"Checklist"_s);
        press(Qt::Key_Return);
    });
    openMenuItem(Qt::Key_W, Qt::Key_A); // &Workshop ▸ Edit &Agenda…
    QVERIFY(seen);
    const Workshop *after = session()->workshop();
    QCOMPARE(after->steps.at(2).title, u"Checklist"_s);
    QCOMPARE(after->steps.at(2).id, before.steps.at(2).id);
    QCOMPARE(after->currentStep, 1);
    QCOMPARE(after->steps.at(1).started, before.steps.at(1).started);
    QCOMPARE(document()->undoStack()->count(), steps + 1);
}

void TestWorkshopSession::presentsOnTheOneScreen()
{
    startPlaybook();
    m_clock->advance(16 * 60);
    press(Qt::Key_F5);
    PresentationWindow *p = m_window->presentationWindow();
    QVERIFY(p);
    QTRY_VERIFY(p->isVisible());
    QVERIFY(p->isFullScreen());
    QVERIFY(p->coversEditor());
    QCOMPARE(p->screen(), m_window->screen());
    QTRY_VERIFY(p->isActiveWindow());
    QCOMPARE(p->stepTitle(), u"Value and game"_s);
    QCOMPARE(p->boardKind(), StepBoard::Kind::Tree);
    QCOMPARE(p->clockText(), u"+1:00"_s);
    QVERIFY(p->isOverTime());
    m_clock->advance(30);
    QCOMPARE(p->clockText(), u"+1:30"_s);

    QTest::keyClick(p, Qt::Key_Right);
    QCOMPARE(session()->workshop()->currentStep, 1);
    QCOMPARE(p->stepTitle(), u"Candidates"_s);
    QTRY_COMPARE(p->boardKind(), StepBoard::Kind::Candidates);
    QCOMPARE(p->clockText(), u"20:00"_s);
    QVERIFY(!p->isOverTime());
    QTest::keyClick(p, Qt::Key_PageDown);
    QCOMPARE(session()->workshop()->currentStep, 2);
    QTest::keyClick(p, Qt::Key_Left);
    QTest::keyClick(p, Qt::Key_PageUp);
    QCOMPARE(session()->workshop()->currentStep, 0);
    // Undo works on the wall screen too.
    QTest::keyClick(p, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(session()->workshop()->currentStep, 1);

    QTest::keyClick(p, Qt::Key_Escape);
    QTRY_VERIFY(!p->isVisible());
    QTRY_VERIFY(m_window->isActiveWindow());
    // F5 again brings it back; F5 while it shows leaves it.
    press(Qt::Key_F5);
    QTRY_VERIFY(p->isVisible());
    QTRY_VERIFY(p->isActiveWindow());
    QTest::keyClick(p, Qt::Key_Escape);
    QTRY_VERIFY(!p->isVisible());
}

void TestWorkshopSession::boardsFollowTheDocument()
{
    startPlaybook();
    press(Qt::Key_F5);
    PresentationWindow *p = m_window->presentationWindow();
    QTRY_VERIFY(p && p->isVisible());
    const Id tree = document()->currentTreeId();

    session()->goTo(2); // checklist and stress test
    QTRY_COMPARE(p->boardKind(), StepBoard::Kind::Candidates);
    const QList<Candidate> candidates = document()->data().candidatesOfTree(tree);
    QCOMPARE(p->candidateColumns().size(), candidates.size());
    QVERIFY(p->candidateColumns().size() >= 2);
    const Id first = p->candidateColumns().at(0).metricId;
    const Id second = p->candidateColumns().at(1).metricId;
    // The room's dots (recorded on the laptop) appear at once; equal dots are a tie.
    QVERIFY(session()->addDot(first));
    QVERIFY(session()->addDot(second));
    QTRY_COMPARE(p->candidateColumns().at(0).dots.dots, 1);
    QVERIFY(p->candidateColumns().at(0).dots.tied);
    QVERIFY(p->candidateColumns().at(1).dots.tied);
    QVERIFY(session()->addDot(second));
    QTRY_COMPARE(p->candidateColumns().at(1).dots.dots, 2);
    QCOMPARE(p->candidateColumns().at(1).dots.rank, 1);
    QVERIFY(!p->candidateColumns().at(1).dots.tied);
    // A checklist answer changed on the laptop.
    const Candidate &c = candidates.at(0);
    Edit::setAnswer(*document(), c.id, ChecklistItem::Measurable, Answer::Unsure);
    QTRY_COMPARE(p->candidateColumns().at(0).answers[std::size_t(ChecklistItem::Measurable)], Answer::Unsure);

    session()->goTo(4); // inputs
    QTRY_COMPARE(p->boardKind(), StepBoard::Kind::Inputs);
    const qsizetype inputs = p->inputsBoard().inputs.size();
    QVERIFY(inputs > 0);
    const Node *northStar = document()->data().northStarOf(tree);
    const Id added = Edit::addChild(*document(), northStar->id);
    QTRY_COMPARE(p->inputsBoard().inputs.size(), inputs + 1);

    session()->goTo(5); // work and gaps: the new input has no work
    QTRY_COMPARE(p->boardKind(), StepBoard::Kind::Work);
    const auto column = std::find_if(p->workColumns().cbegin(), p->workColumns().cend(),
                                     [added](const StepBoard::WorkColumn &w) { return w.inputId == added; });
    QVERIFY(column != p->workColumns().cend());
    QVERIFY(column->gap);
    QVERIFY(column->work.isEmpty());
    const Id work = Edit::addChild(*document(), added);
    QVERIFY(work != 0);
    QTRY_VERIFY(!std::find_if(p->workColumns().cbegin(), p->workColumns().cend(),
                              [added](const StepBoard::WorkColumn &w) { return w.inputId == added; })->gap);

    session()->goTo(6); // next steps: the tree
    QTRY_COMPARE(p->boardKind(), StepBoard::Kind::Tree);
    const QImage shot = p->grab().toImage();
    QCOMPARE(shot.size(), p->size() * p->devicePixelRatio());
}

void TestWorkshopSession::finishes()
{
    startPlaybook();
    press(Qt::Key_F5);
    PresentationWindow *p = m_window->presentationWindow();
    QTRY_VERIFY(p && p->isVisible());
    QTest::keyClick(p, Qt::Key_Escape);
    QTRY_VERIFY(m_window->isActiveWindow());
    m_clock->advance(600);
    bool asked = false;
    whenActive<QMessageBox>([&asked](QMessageBox *box) {
        asked = true;
        QTest::keyClick(box, Qt::Key_Return); // Yes, the default
    });
    openMenuItem(Qt::Key_W, Qt::Key_F); // &Workshop ▸ &Finish Workshop…
    QVERIFY(asked);
    QVERIFY(!session()->isRunning());
    const Workshop w = document()->data().workshopsOfTree(document()->currentTreeId()).constFirst();
    QCOMPARE(w.finished, workshopDay().addSecs(600));
    QCOMPARE(w.steps.at(0).ended, w.finished);
    QVERIFY(!bar()->isVisible());
    // Undone, it runs again. (Offscreen has no window manager to give the window back its
    // activation after the message box.)
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    m_window->canvas()->setFocus();
    press(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(session()->isRunning());
    QVERIFY(bar()->isVisible());
}

QTEST_MAIN(TestWorkshopSession)
#include "tst_workshopsession.moc"
