// The Versions panel in the main window (issue #11 §3), driven with real key events on a
// tree from a template: save (with the model's refusals shown in the dialog), rename, delete
// and undo, compare with now (the marks the canvas items carry, the changes in words, Enter
// centring a change, Escape ending it), two saved versions on the read-only version canvas,
// and restore as one undo step.

#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/edgeitem.h"
#include "canvas/ghostitem.h"
#include "canvas/nodeitem.h"
#include "mainwindow/documentcontroller.h"
#include "mainwindow/mainwindow.h"
#include "model/document.h"
#include "model/edits.h"
#include "versions/comparedialog.h"
#include "versions/versionnamedialog.h"
#include "versions/versionspanel.h"
#include "versions/versionview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;
using namespace NorthStar;

namespace {

// Acts once on the modal dialog of type T as soon as it is the active window: exec() blocks
// the key click that opened it, so the test answers from inside its event loop.
template<typename T>
void whenActive(std::function<void(T *)> act, bool *done)
{
    auto *timer = new QTimer(qApp);
    timer->setObjectName(u"dialogWatcher"_s);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act, done] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isActiveWindow())
            return;
        timer->stop();
        timer->deleteLater();
        act(dialog);
        *done = true;
    });
    timer->start();
}

QStringList titles(const WorkspaceData &data, Id treeId)
{
    QStringList list;
    for (const Node &n : data.nodesOfTree(treeId))
        list.append(data.nodeTitle(n));
    list.sort();
    return list;
}

} // namespace

class TestVersionsPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void savesWithADefaultName();
    void refusesTakenAndEmptyNames();
    void renames();
    void deletesAndUndoes();
    void comparesWithNow();
    void escapeOnTheCanvasEndsComparing();
    void comparesTwoSavedVersions();
    void restoresInOneUndoStep();

private:
    Document *doc() const { return m_window->controller()->document(); }
    VersionsPanel *panel() const { return m_window->versionsPanel(); }
    CanvasScene *scene() const { return m_window->canvas()->canvasScene(); }
    Id treeId() const { return doc()->currentTreeId(); }
    Id saveDirect(const QString &name);
    void focusList();
    // Ctrl+Alt+S, once the window is active again (after a dialog).
    void pressSave();
    // The offscreen platform does not give the window back its activation after a dialog.
    void reactivate();
    // Opens the Tree menu with Alt+T and picks the entry with `mnemonic`.
    void treeMenu(Qt::Key mnemonic);
    // The first input under the North Star, and the first work item in the tree.
    Id firstInput() const;
    Id firstWork() const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestVersionsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
}

void TestVersionsPanel::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->newFromTemplate(u"slack"_s);
    QVERIFY(doc()->data().tree(treeId()));
    QVERIFY(firstInput() != 0);
    QVERIFY(firstWork() != 0);
    m_window->canvas()->setFocus();
}

void TestVersionsPanel::cleanup()
{
    // A test that failed before its dialog came leaves its watcher: it must not act on the next.
    qDeleteAll(qApp->findChildren<QTimer *>(u"dialogWatcher"_s, Qt::FindDirectChildrenOnly));
    doc()->markSaved(); // no "save changes?" on close
    m_window.reset();
}

Id TestVersionsPanel::saveDirect(const QString &name)
{
    const auto saved = Edit::saveVersion(*doc(), treeId(), name);
    return saved ? *saved : 0;
}

void TestVersionsPanel::reactivate()
{
    if (!m_window->isActiveWindow())
        m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
}

void TestVersionsPanel::pressSave()
{
    reactivate();
    QTest::keyClick(m_window->canvas(), Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
}

void TestVersionsPanel::focusList()
{
    reactivate();
    QTest::keyClick(m_window.get(), Qt::Key_V, Qt::ControlModifier | Qt::AltModifier);
    QTRY_VERIFY(panel()->versionList()->hasFocus());
}

void TestVersionsPanel::treeMenu(Qt::Key mnemonic)
{
    reactivate();
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::AltModifier);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr);
    QCOMPARE(menu->objectName(), u"treeMenu"_s);
    QTest::keyClick(menu, mnemonic);
}

Id TestVersionsPanel::firstInput() const
{
    const Node *northStar = doc()->data().northStarOf(treeId());
    const QList<Id> children = northStar ? doc()->data().childrenOf(northStar->id) : QList<Id>();
    return children.isEmpty() ? 0 : children.constFirst();
}

Id TestVersionsPanel::firstWork() const
{
    for (const Node &n : doc()->data().nodesOfTree(treeId())) {
        if (n.kind == NodeKind::Work && !doc()->data().parentsOf(n.id).isEmpty())
            return n.id;
    }
    return 0;
}

void TestVersionsPanel::savesWithADefaultName()
{
    const QString tree = doc()->data().tree(treeId())->name;
    const QString expectedDefault = tree + u", "_s + QLocale().toString(QDate::currentDate(), u"d MMM yyyy"_s);
    const int undoIndex = doc()->undoStack()->index();
    // Nothing to compare, restore, rename or delete yet.
    QVERIFY(panel()->saveAction()->isEnabled());
    for (QAction *a : {panel()->compareAction(), panel()->restoreAction(), panel()->renameAction(),
                       panel()->deleteAction(), panel()->stopCompareAction()})
        QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
    QString prefilled;
    bool answered = false;
    whenActive<VersionNameDialog>([&](VersionNameDialog *dialog) {
        prefilled = dialog->nameField()->text();
        // The default is selected: typing replaces it.
        QTest::keyClicks(dialog->nameField(), u"Hypothesis v1"_s);
        QTest::keyClick(dialog->nameField(), Qt::Key_Return);
    }, &answered);
    pressSave();
    QVERIFY(answered);
    QCOMPARE(prefilled, expectedDefault);

    const QList<TreeVersion> versions = doc()->data().versionsOfTree(treeId());
    QCOMPARE(versions.size(), 1);
    QCOMPARE(versions.constFirst().name, u"Hypothesis v1"_s);
    QCOMPARE(doc()->undoStack()->index(), undoIndex + 1);
    QTreeWidget *list = panel()->versionList();
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), u"Hypothesis v1"_s);
    QCOMPARE(list->topLevelItem(0)->text(1),
             QLocale().toString(versions.constFirst().saved.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(panel()->currentVersionId(), versions.constFirst().id);
    for (QAction *a : {panel()->compareAction(), panel()->restoreAction(), panel()->renameAction(),
                       panel()->deleteAction()})
        QVERIFY2(a->isEnabled(), qPrintable(a->text()));

    // The next default does not clash with a version saved under it.
    saveDirect(expectedDefault);
    whenActive<VersionNameDialog>([&](VersionNameDialog *dialog) {
        prefilled = dialog->nameField()->text();
        QTest::keyClick(dialog, Qt::Key_Escape);
    }, &answered);
    answered = false;
    pressSave();
    QVERIFY(answered);
    QCOMPARE(prefilled, expectedDefault + u" (2)"_s);
    QCOMPARE(doc()->data().versionsOfTree(treeId()).size(), 2);
    // Oldest first, as the command line lists them.
    QCOMPARE(list->topLevelItem(1)->text(0), expectedDefault);
}

void TestVersionsPanel::refusesTakenAndEmptyNames()
{
    saveDirect(u"Hypothesis v1"_s);
    const QString tree = doc()->data().tree(treeId())->name;
    QString taken, empty;
    bool stillOpen = false;
    bool answered = false;
    whenActive<VersionNameDialog>([&](VersionNameDialog *dialog) {
        QTest::keyClicks(dialog->nameField(), u"hypothesis V1"_s);
        QTest::keyClick(dialog->nameField(), Qt::Key_Return);
        taken = dialog->errorText();
        QTest::keyClick(dialog->nameField(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(dialog->nameField(), Qt::Key_Delete);
        QTest::keyClicks(dialog->nameField(), u"   "_s);
        QTest::keyClick(dialog->nameField(), Qt::Key_Return);
        empty = dialog->errorText();
        stillOpen = dialog->isVisible();
        QTest::keyClick(dialog, Qt::Key_Escape);
    }, &answered);
    pressSave();
    QVERIFY(answered);
    QCOMPARE(taken, u"The tree \"%1\" has a version \"Hypothesis v1\" already; choose another name."_s.arg(tree));
    QCOMPARE(empty, u"A version needs a name."_s);
    QVERIFY(stillOpen);
    QCOMPARE(doc()->data().versionsOfTree(treeId()).size(), 1);
}

void TestVersionsPanel::renames()
{
    const Id id = saveDirect(u"Hypothesis v1"_s);
    focusList();
    QCOMPARE(panel()->currentVersionId(), id);
    bool answered = false;
    QString prefilled;
    whenActive<VersionNameDialog>([&](VersionNameDialog *dialog) {
        prefilled = dialog->nameField()->text();
        QTest::keyClicks(dialog->nameField(), u"Before the workshop"_s);
        QTest::keyClick(dialog->nameField(), Qt::Key_Return);
    }, &answered);
    QTest::keyClick(panel()->versionList(), Qt::Key_F2);
    QVERIFY(answered);
    QCOMPARE(prefilled, u"Hypothesis v1"_s);
    QCOMPARE(doc()->data().versions.value(id).name, u"Before the workshop"_s);
    QCOMPARE(panel()->versionList()->topLevelItem(0)->text(0), u"Before the workshop"_s);
    reactivate();
    QTRY_VERIFY(panel()->versionList()->hasFocus());
}

void TestVersionsPanel::deletesAndUndoes()
{
    saveDirect(u"v1"_s);
    const Id second = saveDirect(u"v2"_s);
    focusList();
    panel()->setCurrentVersion(second);
    QTest::keyClick(panel()->versionList(), Qt::Key_Delete);
    QCOMPARE(doc()->data().versionsOfTree(treeId()).size(), 1);
    QCOMPARE(panel()->versionList()->topLevelItemCount(), 1);
    QVERIFY(!doc()->data().versions.contains(second));
    QTest::keyClick(panel()->versionList(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc()->data().versionsOfTree(treeId()).size(), 2);
    QVERIFY(doc()->data().versions.contains(second));
    QCOMPARE(panel()->versionList()->topLevelItemCount(), 2);
}

void TestVersionsPanel::comparesWithNow()
{
    const Id input = firstInput();
    const Id work = firstWork();
    const Id v1 = saveDirect(u"Hypothesis v1"_s);
    // What the room changes after saving: a rename, a new input, a work item gone, a weight.
    Edit::renameNode(*doc(), input, u"Renamed input"_s);
    const Id added = Edit::addChild(*doc(), doc()->data().northStarOf(treeId())->id);
    Edit::renameNode(*doc(), added, u"Brand-new input"_s);
    Edit::deleteNodes(*doc(), {work});
    Edge link = *doc()->data().edgeBetween(input, doc()->data().northStarOf(treeId())->id);
    link.leverage = 0.77;
    Edit::updateEdge(*doc(), link);

    focusList();
    panel()->setCurrentVersion(v1);
    QTest::keyClick(panel()->versionList(), Qt::Key_Return); // Enter compares with Now
    QVERIFY(panel()->isComparing());
    QCOMPARE(panel()->comparedFrom(), v1);
    QCOMPARE(panel()->comparedTo(), Id(0));
    QCOMPARE(panel()->comparisonTitle(), u"Comparing \u201CHypothesis v1\u201D → Now"_s);
    QVERIFY(scene()->isShowingDiff());

    // The marks the canvas items carry.
    QVERIFY(scene()->nodeItem(input)->diffMarks().testFlag(DiffMark::Renamed));
    QVERIFY(scene()->nodeItem(input)->diffMarks().testFlag(DiffMark::Reweighted));
    QCOMPARE(scene()->nodeItem(added)->diffMarks(), DiffMarkSet(DiffMark::Added));
    QCOMPARE(scene()->edgeItem(link.id)->diffMarks(), DiffMarkSet(DiffMark::Reweighted));
    const Edge addedLink = *doc()->data().edgeBetween(added, doc()->data().northStarOf(treeId())->id);
    QCOMPARE(scene()->edgeItem(addedLink.id)->diffMarks(), DiffMarkSet(DiffMark::Added));
    QCOMPARE(scene()->nodeItem(doc()->data().northStarOf(treeId())->id)->diffMarks(), DiffMarkSet());
    GhostItem *ghost = scene()->ghostItem(work);
    QVERIFY(ghost);
    QVERIFY(ghost->isVisible());
    for (Id id : scene()->nodeIds())
        QVERIFY2(!scene()->cardRect(id).intersects(ghost->cardSceneRect()), "a ghost covers a card");

    // The changes in words; Enter on one selects and centres its card.
    QListWidget *changes = panel()->changeList();
    QVERIFY(changes->isVisible());
    QCOMPARE(changes->count(), panel()->diff().changes.size());
    int renamedRow = -1;
    for (int i = 0; i < changes->count(); ++i) {
        if (changes->item(i)->text().startsWith(u"Renamed"_s))
            renamedRow = i;
    }
    QVERIFY(renamedRow >= 0);
    // A card selected on the canvas brings its change forward in the list.
    doc()->setSelection({added});
    QVERIFY(changes->currentItem()->text().startsWith(u"Added input \"Brand-new input\""_s));
    // The comparison takes the keyboard to its changes.
    QTRY_VERIFY(changes->hasFocus());
    changes->setCurrentRow(renamedRow);
    QTest::keyClick(changes, Qt::Key_Return);
    QCOMPARE(doc()->selection(), QList<Id>{input});
    const QPointF centre = m_window->canvas()->mapToScene(m_window->canvas()->viewport()->rect().center());
    QVERIFY(scene()->nodeItem(input)->cardSceneRect().adjusted(-40, -40, 40, 40).contains(centre));

    // Comparing with Now follows edits.
    const int before = changes->count();
    Edit::renameNode(*doc(), added, u"Brand-new input, renamed"_s);
    QCOMPARE(changes->count(), before);
    QVERIFY(changes->findItems(u"Brand-new input, renamed"_s, Qt::MatchContains).size() == 1);

    // Escape in the panel ends it.
    QTest::keyClick(changes, Qt::Key_Escape);
    QVERIFY(!panel()->isComparing());
    QVERIFY(!scene()->isShowingDiff());
    QCOMPARE(scene()->nodeItem(input)->diffMarks(), DiffMarkSet());
    QVERIFY(scene()->ghostItems().isEmpty());
    QVERIFY(!changes->isVisible());
    QVERIFY(panel()->versionList()->hasFocus());
}

void TestVersionsPanel::escapeOnTheCanvasEndsComparing()
{
    saveDirect(u"v1"_s);
    Edit::renameNode(*doc(), firstInput(), u"Renamed input"_s);
    focusList();
    QTest::keyClick(panel()->versionList(), Qt::Key_Return);
    QVERIFY(panel()->isComparing());
    m_window->canvas()->setFocus();
    doc()->setSelection({firstInput()});
    QTest::keyClick(m_window->canvas(), Qt::Key_Escape);
    QVERIFY(!panel()->isComparing());
    QVERIFY(!scene()->isShowingDiff());
    // The first Escape ends the comparison only; the next one clears the selection.
    QCOMPARE(doc()->selection(), QList<Id>{firstInput()});
}

void TestVersionsPanel::comparesTwoSavedVersions()
{
    const Id v1 = saveDirect(u"v1"_s);
    const Id input = firstInput();
    Edit::renameNode(*doc(), input, u"Renamed input"_s);
    const Id v2 = saveDirect(u"v2"_s);
    Edit::renameNode(*doc(), input, u"Renamed again, after v2"_s);

    focusList();
    panel()->setCurrentVersion(v1);
    bool answered = false;
    whenActive<CompareDialog>([&](CompareDialog *dialog) {
        QTRY_VERIFY(dialog->fromBox()->hasFocus());
        QCOMPARE(dialog->from(), v1);
        QCOMPARE(dialog->to(), Id(0));
        QTest::keyClick(dialog->fromBox(), Qt::Key_Tab);
        QTest::keyClick(dialog->toBox(), Qt::Key_Up); // from Now to v2
        QTest::keyClick(dialog->toBox(), Qt::Key_Return);
    }, &answered);
    treeMenu(Qt::Key_P); // Com&pare Versions…
    QVERIFY(answered);
    QVERIFY(panel()->isComparing());
    QCOMPARE(panel()->comparedFrom(), v1);
    QCOMPARE(panel()->comparedTo(), v2);

    // The canvas shows v2, read-only and labelled; the live tree carries no marks.
    VersionView *view = m_window->versionView();
    QTRY_VERIFY(view->isVisible());
    QVERIFY(!m_window->canvas()->isVisible());
    QVERIFY(view->canvas()->isReadOnly());
    QVERIFY(view->bannerText().contains(u"read-only"_s));
    QVERIFY(view->bannerText().contains(u"v2"_s));
    CanvasScene *shown = view->canvas()->canvasScene();
    QVERIFY(shown->isShowingDiff());
    QCOMPARE(shown->nodeItem(input)->diffMarks(), DiffMarkSet(DiffMark::Renamed));
    QCOMPARE(view->document()->data().nodeTitle(*view->document()->data().node(input)), u"Renamed input"_s);
    QVERIFY(!scene()->isShowingDiff());
    QCOMPARE(panel()->changeList()->count(), 1);

    // Nothing on it can be edited from the keyboard.
    view->canvas()->setFocus();
    view->document()->setSelection({input});
    const int undoIndex = view->document()->undoStack()->index();
    for (Qt::Key key : {Qt::Key_Tab, Qt::Key_Return, Qt::Key_Delete, Qt::Key_Insert})
        QTest::keyClick(view->canvas(), key);
    QCOMPARE(view->document()->undoStack()->index(), undoIndex);
    QVERIFY(view->document()->data().node(input));

    // Escape goes back to the live tree.
    QTest::keyClick(view->canvas(), Qt::Key_Escape);
    QVERIFY(!panel()->isComparing());
    QTRY_VERIFY(m_window->canvas()->isVisible());
    QVERIFY(!view->isVisible());
}

void TestVersionsPanel::restoresInOneUndoStep()
{
    const Id input = firstInput();
    const Id v1 = saveDirect(u"Hypothesis v1"_s);
    const QStringList atV1 = titles(doc()->data(), treeId());
    // Work items carry their own titles (an input shows its catalog record, which is shared
    // and stays as it is on restore: docs/versions.md).
    Edit::renameNode(*doc(), firstWork(), u"Renamed work"_s);
    Edit::renameNode(*doc(), Edit::addChild(*doc(), input), u"New work"_s);
    const QStringList edited = titles(doc()->data(), treeId());
    QVERIFY(edited != atV1);
    const int undoIndex = doc()->undoStack()->index();
    // A selected work item shows the properties' "&Title:", whose Alt+T hides the Tree menu's.
    doc()->setSelection({});

    focusList();
    panel()->setCurrentVersion(v1);
    bool answered = false;
    QString question;
    whenActive<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        QTest::keyClick(box, Qt::Key_Return); // Restore is the default
    }, &answered);
    treeMenu(Qt::Key_R); // &Restore Version…
    QVERIFY(answered);
    QVERIFY(question.contains(u"Hypothesis v1"_s));
    QCOMPARE(titles(doc()->data(), treeId()), atV1);
    QCOMPARE(doc()->undoStack()->index(), undoIndex + 1);

    reactivate();
    QTest::keyClick(m_window->canvas(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(titles(doc()->data(), treeId()), edited);
    QCOMPARE(doc()->undoStack()->index(), undoIndex);

    // Cancel changes nothing.
    whenActive<QMessageBox>([&](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Escape); }, &answered);
    answered = false;
    treeMenu(Qt::Key_R);
    QVERIFY(answered);
    QCOMPARE(titles(doc()->data(), treeId()), edited);
    QCOMPARE(doc()->undoStack()->index(), undoIndex);
}

QTEST_MAIN(TestVersionsPanel)
#include "tst_versionspanel.moc"
