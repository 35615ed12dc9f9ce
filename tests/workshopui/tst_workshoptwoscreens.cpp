// Two screens (issue #11 §1): run with a laptop panel and a 1920 x 1080 wall screen beside it
// (the offscreen platform's screen file, see CMakeLists.txt). F5 during a workshop puts the
// presentation full screen on the wall and leaves the editor on the laptop, active; the
// facilitator's keys on the laptop move the room; an edit on the laptop shows on the wall.

#include "workshoptest.h"

#include "canvas/canvasview.h"
#include "model/edits.h"
#include "workshop/agenda.h"
#include "workshop/presentationwindow.h"

#include <QScreen>

using namespace Qt::StringLiterals;
using namespace NorthStar;
using namespace WorkshopTest;

class TestWorkshopTwoScreens final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void presentsOnTheWallScreen();

private:
    QTemporaryDir m_dir;
};

void TestWorkshopTwoScreens::initTestCase()
{
    QVERIFY(m_dir.isValid());
    isolateSettings(m_dir);
    const QList<QScreen *> screens = QGuiApplication::screens();
    QCOMPARE(screens.size(), 2);
    QCOMPARE(screens.at(0)->name(), u"laptop"_s);
    QCOMPARE(screens.at(1)->name(), u"wall"_s);
    QCOMPARE(screens.at(1)->geometry(), QRect(1440, 0, 1920, 1080));
}

void TestWorkshopTwoScreens::presentsOnTheWallScreen()
{
    MainWindow window;
    ManualWorkshopClock clock(workshopDay());
    window.workshopSession()->setClock(&clock);
    window.setGeometry(QRect(60, 60, 1300, 800));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.newFromTemplate(u"spotify"_s);
    Document *doc = window.controller()->document();
    QCOMPARE(window.screen()->name(), u"laptop"_s);
    QVERIFY(window.workshopSession()->start(u"Mock workshop"_s, Agenda::playbook(), 8, 3));

    press(Qt::Key_F5);
    PresentationWindow *p = window.presentationWindow();
    QVERIFY(p);
    QTRY_VERIFY(p->isVisible());
    QTRY_COMPARE(p->screen()->name(), u"wall"_s);
    QVERIFY(p->isFullScreen());
    QTRY_COMPARE(p->geometry(), QRect(1440, 0, 1920, 1080));
    QVERIFY(!p->coversEditor());
    // The laptop keeps the full editor, and the keyboard.
    QCOMPARE(window.screen()->name(), u"laptop"_s);
    QVERIFY(!window.isFullScreen());
    QTRY_VERIFY(window.isActiveWindow());
    QVERIFY(window.canvas()->isVisible());
    QVERIFY(!window.canvas()->isPresentationMode());

    // The facilitator moves the room from the laptop.
    window.canvas()->setFocus();
    for (int i = 0; i < 4; ++i)
        press(Qt::Key_PageDown);
    QCOMPARE(window.workshopSession()->workshop()->currentStep, 4);
    QTRY_COMPARE(p->boardKind(), StepBoard::Kind::Inputs);
    QCOMPARE(p->stepTitle(), u"Inputs"_s);
    clock.advance(90);
    QCOMPARE(p->clockText(), u"23:30"_s);

    // An input renamed on the laptop is renamed on the wall.
    const StepBoard::InputCard input = p->inputsBoard().inputs.constFirst();
    Edit::renameNode(*doc, input.nodeId, u"Weekly listening hours per listener"_s);
    QTRY_COMPARE(p->inputsBoard().inputs.constFirst().name, u"Weekly listening hours per listener"_s);
    QCOMPARE(doc->data().nodeTitle(*doc->data().node(input.nodeId)), u"Weekly listening hours per listener"_s);

    // Esc on the wall leaves it; the laptop is as it was.
    QTest::keyClick(p, Qt::Key_Escape);
    QTRY_VERIFY(!p->isVisible());
    QCOMPARE(window.screen()->name(), u"laptop"_s);
    doc->markSaved();
}

QTEST_MAIN(TestWorkshopTwoScreens)
#include "tst_workshoptwoscreens.moc"
