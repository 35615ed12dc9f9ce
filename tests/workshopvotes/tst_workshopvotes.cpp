// Dot voting, the parking lot and confidence (issue #11 §2), driven like a facilitator does:
// real key events on the selected card or candidate, drops on the canvas, the properties
// panel's choice, and what the painter draws. Every edit is checked in the model and undone
// through the document's stack.

#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/edgeitem.h"
#include "canvas/inlineeditor.h"
#include "canvas/nodeitem.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/documentcontroller.h"
#include "model/document.h"
#include "model/edits.h"
#include "model/workspacedata.h"
#include "panels/candidatespanel.h"
#include "panels/propertiespanel.h"
#include "render/cardcontent.h"
#include "render/cardpainter.h"
#include "render/edgepainter.h"
#include "render/treeexporter.h"
#include "workshop/agenda.h"
#include "workshop/parkedideas.h"
#include "workshop/parkinglotpanel.h"
#include "workshop/votecell.h"
#include "workshop/votekeys.h"
#include "workshop/votetally.h"
#include "workshop/votetallystrip.h"
#include "workshop/workshopclock.h"
#include "workshop/workshopsession.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace NorthStar;

namespace {

constexpr int inputsStep = 4; // the playbook: value, candidates, checklist, choose, inputs, work, next
constexpr int workStep = 5;
constexpr int candidatesStep = 1;

// North Star, three inputs, a work item under each of the first two: built through the facade.
struct Sample final
{
    Id northStar = 0, activation = 0, retention = 0, collaboration = 0, checklist = 0, digest = 0;
};

Sample buildSample(Document &doc)
{
    Sample s;
    // A new workspace's tree may come with its North Star already.
    const Node *existing = doc.data().northStarOf(doc.currentTreeId());
    s.northStar = existing ? existing->id : Edit::addNode(doc, NodeKind::NorthStar);
    Edit::renameNode(doc, s.northStar, u"Weekly active teams"_s);
    s.activation = Edit::addChild(doc, s.northStar);
    Edit::renameNode(doc, s.activation, u"Activation"_s);
    s.retention = Edit::addSibling(doc, s.activation);
    Edit::renameNode(doc, s.retention, u"Retention"_s);
    s.collaboration = Edit::addSibling(doc, s.activation);
    Edit::renameNode(doc, s.collaboration, u"Collaboration"_s);
    s.checklist = Edit::addChild(doc, s.activation);
    Edit::renameNode(doc, s.checklist, u"Onboarding checklist"_s);
    s.digest = Edit::addChild(doc, s.retention);
    Edit::renameNode(doc, s.digest, u"Weekly digest"_s);
    return s;
}

WorkspaceData oneEmptyTree()
{
    WorkspaceData data;
    Tree tree;
    tree.id = data.allocateId();
    tree.name = u"Workshop"_s;
    data.trees.insert(tree.id, tree);
    return data;
}

const QDateTime start = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);

// How many pixels of a row (or column) are not `background`: a dashed stroke leaves gaps.
int inked(const QImage &image, QPoint from, QPoint to, QColor background)
{
    int count = 0;
    const int steps = std::max(std::abs(to.x() - from.x()), std::abs(to.y() - from.y()));
    for (int i = 0; i <= steps; ++i) {
        const QPoint p = from + (to - from) * i / steps;
        const QColor c = image.pixelColor(p);
        const int d = std::abs(c.red() - background.red()) + std::abs(c.green() - background.green())
                      + std::abs(c.blue() - background.blue());
        count += d > 24 ? 1 : 0;
    }
    return count;
}

} // namespace

class TestWorkshopVotes final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void voteKeysOnSelectedCard();
    void keysOutsideVotingDoNothing();
    void nameEditorKeepsItsKeys();
    void votesBelongToTheStep();
    void tiesShownAsTies();
    void budgetText();
    void candidatesVoteByKeyboard();

    void parkAnIdeaByKeystroke();
    void placeByAction();
    void dismissReopenAndEdit();
    void dropOntoCanvas();

    void confidenceFromPropertiesPanel();
    void confidenceFromTreeMenu();
    void lowConfidencePaintedDashed();
    void exportsDrawLowConfidenceDashed();

private:
    Document &doc() const { return *m_doc; }
    void startWorkshopAt(int step, int participants = 4, int dots = 3);
    QList<Id> votedIds() const;
    CardContent cardOf(Id nodeId) const { return m_view->canvasScene()->nodeItem(nodeId)->content(); }
    void openWindow();

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<CanvasView> m_view;
    std::unique_ptr<ManualWorkshopClock> m_clock;
    std::unique_ptr<WorkshopSession> m_session;
    std::unique_ptr<CanvasVoteKeys> m_keys;
    std::unique_ptr<MainWindow> m_window;
    Sample m_sample;
};

void TestWorkshopVotes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
}

void TestWorkshopVotes::init()
{
    m_clock = std::make_unique<ManualWorkshopClock>(start);
    m_doc = std::make_unique<Document>();
    m_doc->load(oneEmptyTree(), {});
    m_sample = buildSample(*m_doc);
    m_view = std::make_unique<CanvasView>(m_doc.get());
    m_session = std::make_unique<WorkshopSession>(m_doc.get(), m_clock.get());
    m_keys = std::make_unique<CanvasVoteKeys>(m_session.get(), m_view.get());
    m_view->resize(1400, 900);
    m_view->show();
    QApplication::setActiveWindow(m_view.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setFocus();
    QTRY_VERIFY(m_view->hasFocus());
}

void TestWorkshopVotes::cleanup()
{
    if (m_window) {
        m_window->controller()->document()->markSaved(); // no "save changes?" on close
        m_window.reset();
    }
    m_keys.reset();
    m_session.reset();
    m_view.reset();
    m_doc.reset();
    m_clock.reset();
}

void TestWorkshopVotes::startWorkshopAt(int step, int participants, int dots)
{
    const auto id = m_session->start(u"Kick-off"_s, Agenda::playbook(), participants, dots);
    QVERIFY2(id, qPrintable(id ? QString() : id.error()));
    m_session->goTo(step);
    QCOMPARE(m_session->workshop()->currentStep, step);
}

QList<Id> TestWorkshopVotes::votedIds() const
{
    QList<Id> ids;
    for (const VoteTally::Entry &e : VoteTally::ofStep(doc().data(), m_session->step()->id))
        ids.append(e.itemId);
    return ids;
}

void TestWorkshopVotes::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->newWorkspace();
    m_window->workshopSession()->setClock(m_clock.get());
    m_sample = buildSample(*m_window->controller()->document());
    QVERIFY(m_sample.digest != 0);
    m_window->canvas()->setFocus();
    QTRY_VERIFY(m_window->canvas()->hasFocus());
}

// + and = add a dot, - takes one away, a digit sets the count; each key is one undo step and
// the card shows its dots at once.
void TestWorkshopVotes::voteKeysOnSelectedCard()
{
    startWorkshopAt(inputsStep);
    const Id a = m_sample.activation;
    doc().setSelection({a});
    QUndoStack *undo = doc().undoStack();
    const int before = undo->index();

    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QCOMPARE(m_session->dotsOn(a), 1);
    QTest::keyClick(m_view.get(), Qt::Key_Plus, Qt::ShiftModifier); // "+" typed with Shift
    QCOMPARE(m_session->dotsOn(a), 2);
    QTest::keyClick(m_view.get(), Qt::Key_Equal);
    QCOMPARE(m_session->dotsOn(a), 3);
    QVERIFY(cardOf(a).votes);
    QCOMPARE(cardOf(a).votes->dots, 3);
    QCOMPARE(cardOf(a).votes->rank, u"1."_s);
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QCOMPARE(m_session->dotsOn(a), 2);
    QTest::keyClick(m_view.get(), Qt::Key_7);
    QCOMPARE(m_session->dotsOn(a), 7);
    QTest::keyClick(m_view.get(), Qt::Key_0);
    QCOMPARE(m_session->dotsOn(a), 0);
    QVERIFY(!cardOf(a).votes);
    QVERIFY(doc().data().votesOfStep(m_session->step()->id).isEmpty()); // zero dots is no vote
    QCOMPARE(undo->index(), before + 6);
    // "-" on no dots, "0" on no dots: nothing to undo.
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QTest::keyClick(m_view.get(), Qt::Key_0);
    QCOMPARE(undo->index(), before + 6);
    // The keypad counts too.
    QTest::keyClick(m_view.get(), Qt::Key_4, Qt::KeypadModifier);
    QCOMPARE(m_session->dotsOn(a), 4);

    undo->undo();
    QCOMPARE(m_session->dotsOn(a), 0);
    undo->undo();
    QCOMPARE(m_session->dotsOn(a), 7);
    QCOMPARE(cardOf(a).votes->dots, 7);
    undo->undo();
    undo->undo();
    QCOMPARE(m_session->dotsOn(a), 3);
    undo->redo();
    QCOMPARE(m_session->dotsOn(a), 2);
    // Ctrl++ still zooms; it is no vote.
    const double zoom = m_view->zoom();
    QTest::keyClick(m_view.get(), Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(m_session->dotsOn(a), 2);
    QVERIFY(m_view->zoom() > zoom);
}

// Without a workshop, in a step where nobody votes, or on a card the step does not vote on,
// the keys change nothing; on the wrong card they say what to select.
void TestWorkshopVotes::keysOutsideVotingDoNothing()
{
    QUndoStack *undo = doc().undoStack();
    doc().setSelection({m_sample.activation});
    int before = undo->index();
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QTest::keyClick(m_view.get(), Qt::Key_3);
    QCOMPARE(undo->index(), before);
    QVERIFY(doc().data().votes.isEmpty());

    startWorkshopAt(0); // value and game: no voting
    QCOMPARE(m_session->voteSubject(), Agenda::VoteSubject::None);
    before = undo->index();
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QCOMPARE(undo->index(), before);

    m_session->goTo(workStep);
    QSignalSpy messages(m_keys.get(), &CanvasVoteKeys::message);
    before = undo->index();
    QTest::keyClick(m_view.get(), Qt::Key_Plus); // an input, in the work step
    QCOMPARE(undo->index(), before);
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.constFirst().constFirst().toString().contains(u"work item"_s));
    doc().setSelection({});
    QTest::keyClick(m_view.get(), Qt::Key_2);
    QCOMPARE(undo->index(), before);
    QVERIFY(doc().data().votes.isEmpty());
}

// Typing into a card's name editor types: "+" and digits are text there.
void TestWorkshopVotes::nameEditorKeepsItsKeys()
{
    startWorkshopAt(inputsStep);
    doc().setSelection({m_sample.retention});
    QTest::keyClick(m_view.get(), Qt::Key_F2);
    InlineEditor *editor = m_view->inlineEditor();
    QVERIFY(editor && editor->isVisible());
    editor->selectAll();
    QTest::keyClicks(editor, u"Retention+2"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(doc().data().nodeTitle(*doc().data().node(m_sample.retention)), u"Retention+2"_s);
    QVERIFY(doc().data().votes.isEmpty());
}

// Votes belong to the step: another step shows its own dots; going back shows the first.
void TestWorkshopVotes::votesBelongToTheStep()
{
    startWorkshopAt(inputsStep);
    doc().setSelection({m_sample.activation});
    QTest::keyClick(m_view.get(), Qt::Key_3);
    QCOMPARE(cardOf(m_sample.activation).votes->dots, 3);

    m_session->goTo(workStep);
    QCOMPARE(m_session->dotsOn(m_sample.activation), 0);
    QVERIFY(!cardOf(m_sample.activation).votes);
    doc().setSelection({m_sample.digest});
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QCOMPARE(m_session->dotsOn(m_sample.digest), 1);
    QCOMPARE(cardOf(m_sample.digest).votes->dots, 1);

    m_session->goTo(inputsStep);
    QCOMPARE(cardOf(m_sample.activation).votes->dots, 3);
    QVERIFY(!cardOf(m_sample.digest).votes);
    QCOMPARE(doc().data().votesOfWorkshop(m_session->workshop()->id).size(), 2);
    m_session->finish();
    QVERIFY(!cardOf(m_sample.activation).votes); // a finished workshop's dots leave the canvas
}

// Equal dots share their rank, on the cards and in the tally.
void TestWorkshopVotes::tiesShownAsTies()
{
    startWorkshopAt(inputsStep);
    VoteTallyStrip strip(m_session.get());
    for (const auto &[id, key] : {std::pair{m_sample.activation, Qt::Key_3}, std::pair{m_sample.retention, Qt::Key_3},
                                  std::pair{m_sample.collaboration, Qt::Key_1}}) {
        doc().setSelection({id});
        QTest::keyClick(m_view.get(), key);
    }
    QCOMPARE(cardOf(m_sample.activation).votes->rank, u"tied 1."_s);
    QCOMPARE(cardOf(m_sample.retention).votes->rank, u"tied 1."_s);
    QCOMPARE(cardOf(m_sample.collaboration).votes->rank, u"3."_s);
    QCOMPARE(strip.leaderText(), u"Tied for 1.: Activation, Retention (3 each)"_s);
    QCOMPARE(strip.budgetText(), u"7 of 12 dots placed · 5 left"_s);

    // One more dot breaks the tie.
    doc().setSelection({m_sample.retention});
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QCOMPARE(cardOf(m_sample.retention).votes->rank, u"1."_s);
    QCOMPARE(cardOf(m_sample.activation).votes->rank, u"2."_s);
    QCOMPARE(strip.leaderText(), u"Leading: Retention (4)"_s);
    QCOMPARE(votedIds(), (QList<Id>{m_sample.retention, m_sample.activation, m_sample.collaboration}));
}

void TestWorkshopVotes::budgetText()
{
    QCOMPARE(VoteTallyStrip::budgetText(14, 24), u"14 of 24 dots placed · 10 left"_s);
    QCOMPARE(VoteTallyStrip::budgetText(26, 24), u"26 of 24 dots placed: 2 more than the room has"_s);
    QCOMPARE(VoteTallyStrip::budgetText(1, 0), u"1 dot placed (set the room's size to see its budget)"_s);

    VoteTallyStrip strip(m_session.get());
    QVERIFY(strip.isHidden()); // no workshop
    startWorkshopAt(workStep, 6, 4);
    QVERIFY(!strip.isHidden());
    QCOMPARE(strip.budgetText(), u"0 of 24 dots placed · 24 left"_s);
    QVERIFY(strip.leaderText().isEmpty());
    m_session->goTo(0);
    QVERIFY(strip.isHidden());
}

// In the candidates step, the focus on a candidate's dots (or its answers) and the same keys.
void TestWorkshopVotes::candidatesVoteByKeyboard()
{
    const Id first = Edit::addCandidate(doc(), doc().currentTreeId(), u"Weekly active teams"_s);
    const Id second = Edit::addCandidate(doc(), doc().currentTreeId(), u"Messages sent"_s);
    QVERIFY(first && second);
    const Id firstMetric = doc().data().candidates.value(first).metricId;
    const Id secondMetric = doc().data().candidates.value(second).metricId;
    CandidatesPanel panel(m_doc.get());
    panel.setWorkshopSession(m_session.get());
    panel.resize(900, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto cellOf = [&panel](Id candidateId) -> VoteCell * {
        for (VoteCell *cell : panel.findChildren<VoteCell *>()) {
            if (cell->property("candidateId").toLongLong() == candidateId)
                return cell;
        }
        return nullptr;
    };
    QVERIFY(cellOf(first) && cellOf(second));
    QVERIFY(cellOf(first)->isHidden()); // nobody votes yet

    startWorkshopAt(candidatesStep);
    VoteCell *cell = cellOf(first);
    QVERIFY(cell->isVisible());
    QApplication::setActiveWindow(&panel);
    cell->setFocus();
    QTRY_VERIFY(cell->hasFocus());
    QTest::keyClick(cell, Qt::Key_Plus);
    QTest::keyClick(cell, Qt::Key_Plus);
    QCOMPARE(m_session->dotsOn(firstMetric), 2);
    QCOMPARE(cellOf(first)->votes().dots, 2);
    QCOMPARE(cellOf(first)->votes().rank, u"1."_s);
    QTest::keyClick(cell, Qt::Key_5);
    QCOMPARE(m_session->dotsOn(firstMetric), 5);

    // On an answer of the second column, the keys vote for the second candidate.
    QComboBox *answer = nullptr;
    for (QComboBox *combo : panel.findChildren<QComboBox *>(u"answer0"_s)) {
        if (combo->property("candidateId").toLongLong() == second)
            answer = combo;
    }
    QVERIFY(answer);
    answer->setFocus();
    QTRY_VERIFY(answer->hasFocus());
    QTest::keyClick(answer, Qt::Key_5);
    QCOMPARE(m_session->dotsOn(secondMetric), 5);
    QCOMPARE(cellOf(first)->votes().rank, u"tied 1."_s);
    QCOMPARE(cellOf(second)->votes().rank, u"tied 1."_s);
    QCOMPARE(doc().data().candidates.value(second).answers[0], Answer::Unanswered);

    doc().undoStack()->undo();
    QCOMPARE(m_session->dotsOn(secondMetric), 0);
    QCOMPARE(cellOf(first)->votes().rank, u"1."_s);

    // Left and Right on the dots go to the neighbour's dots: the room's counts one after
    // the other without leaving the row.
    cellOf(first)->setFocus();
    QTRY_VERIFY(cellOf(first)->hasFocus());
    QTest::keyClick(cellOf(first), Qt::Key_Right);
    QTRY_VERIFY(cellOf(second)->hasFocus());
    QTest::keyClick(cellOf(second), Qt::Key_3);
    QCOMPARE(m_session->dotsOn(secondMetric), 3);
    QTest::keyClick(cellOf(second), Qt::Key_Right); // the last column: the focus stays
    QVERIFY(cellOf(second)->hasFocus());
    QTest::keyClick(cellOf(second), Qt::Key_Left);
    QTRY_VERIFY(cellOf(first)->hasFocus());
    doc().undoStack()->undo();
    QCOMPARE(m_session->dotsOn(secondMetric), 0);

    // A candidate added from the panel takes the focus on its dots, ready for the room's count.
    panel.addCandidateNamed(u"Lessons finished"_s);
    const Id third = doc().data().candidates.lastKey();
    QTRY_VERIFY(cellOf(third) && cellOf(third)->hasFocus());
    QTest::keyClick(cellOf(third), Qt::Key_2);
    QCOMPARE(m_session->dotsOn(doc().data().candidates.value(third).metricId), 2);
    doc().undoStack()->undo();
    doc().undoStack()->undo();

    // The mouse's buttons do the same.
    cellOf(first)->findChild<QAbstractButton *>(u"removeDot"_s)->click();
    QCOMPARE(m_session->dotsOn(firstMetric), 4);
    m_session->goTo(inputsStep);
    QVERIFY(cellOf(first)->isHidden());
}

// Ctrl+Shift+P from the canvas: the capture field, Enter parks (with the session's time),
// the field stays for the next idea, Escape goes back to the canvas. No workshop needed.
void TestWorkshopVotes::parkAnIdeaByKeystroke()
{
    openWindow();
    Document *d = m_window->controller()->document();
    ParkingLotPanel *lot = m_window->parkingLot();
    QVERIFY(lot);
    QVERIFY(!lot->isVisible());
    QTest::keyClick(m_window->canvas(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(lot->captureField()->hasFocus());
    QVERIFY(lot->isVisible());

    m_clock->advance(90);
    QTest::keyClicks(lot->captureField(), u"Referral programme"_s);
    QTest::keyClick(lot->captureField(), Qt::Key_Return);
    const QList<ParkedIdea> ideas = d->data().parkedIdeasOfTree(d->currentTreeId());
    QCOMPARE(ideas.size(), 1);
    QCOMPARE(ideas.constFirst().text, u"Referral programme"_s);
    QCOMPARE(ideas.constFirst().state, ParkedState::Open);
    QCOMPARE(ideas.constFirst().raised, start.addSecs(90));
    QVERIFY(lot->captureField()->text().isEmpty());
    QVERIFY(lot->captureField()->hasFocus());
    QCOMPARE(lot->ideaList()->count(), 1);

    // Enter on nothing parks nothing and says so.
    const int steps = d->undoStack()->index();
    QTest::keyClick(lot->captureField(), Qt::Key_Return);
    QCOMPARE(d->undoStack()->index(), steps);
    QVERIFY(lot->message().contains(u"Type the idea first"_s));

    QTest::keyClick(lot->captureField(), Qt::Key_Escape);
    QTRY_VERIFY(m_window->canvas()->hasFocus());

    d->undoStack()->undo();
    QVERIFY(d->data().parkedIdeasOfTree(d->currentTreeId()).isEmpty());
    QCOMPARE(lot->ideaList()->count(), 0);
}

// "Place as Work Item" under the selected input, "Place as Input" under the North Star; a
// parent the tree does not allow is refused with what to select instead.
void TestWorkshopVotes::placeByAction()
{
    openWindow();
    Document *d = m_window->controller()->document();
    ParkingLotPanel *lot = m_window->parkingLot();
    const Id idea = Edit::parkIdea(*d, d->currentTreeId(), u"Team templates"_s, start);
    const Id other = Edit::parkIdea(*d, d->currentTreeId(), u"Time to first message"_s, start);
    lot->setCurrentIdea(idea);
    // The list drags an idea out as its id, copied (the idea stays listed).
    QAbstractItemModel *model = lot->ideaList()->model();
    std::unique_ptr<QMimeData> dragged(model->mimeData({model->index(0, 0)}));
    QCOMPARE(ParkedIdeas::ideaId(dragged.get()), idea);
    QCOMPARE(model->supportedDragActions(), Qt::CopyAction);

    d->setSelection({m_sample.activation});
    lot->findChild<QPushButton *>(u"placeAsWork"_s)->click();
    const ParkedIdea placed = d->data().parkedIdeas.value(idea);
    QCOMPARE(placed.state, ParkedState::Placed);
    const Node *work = d->data().node(placed.nodeId);
    QVERIFY(work);
    QCOMPARE(work->kind, NodeKind::Work);
    QCOMPARE(work->title, u"Team templates"_s);
    QCOMPARE(d->data().parentsOf(work->id), QList<Id>{m_sample.activation});
    QCOMPARE(d->selection(), QList<Id>{work->id}); // the new card is selected

    // The placed idea is greyed, after the open one, with its state.
    QCOMPARE(lot->ideaList()->item(0)->data(Qt::UserRole).toLongLong(), other);
    QVERIFY(lot->ideaList()->item(1)->text().contains(u"Placed as a work item"_s));
    QVERIFY(!(lot->ideaList()->item(1)->flags() & Qt::ItemIsDragEnabled));

    // An input under a work item: refused, nothing changes.
    lot->setCurrentIdea(other);
    d->setSelection({m_sample.checklist});
    const int steps = d->undoStack()->index();
    lot->findChild<QPushButton *>(u"placeAsInput"_s)->click();
    QCOMPARE(d->undoStack()->index(), steps);
    QVERIFY(lot->message().contains(u"not a work item"_s));

    d->setSelection({m_sample.northStar});
    lot->findChild<QPushButton *>(u"placeAsInput"_s)->click();
    const Node *input = d->data().node(d->data().parkedIdeas.value(other).nodeId);
    QVERIFY(input);
    QCOMPARE(input->kind, NodeKind::Input);
    QCOMPARE(d->data().nodeTitle(*input), u"Time to first message"_s);
    QCOMPARE(d->data().parentsOf(input->id), QList<Id>{m_sample.northStar});

    // One undo step takes the card away and opens the idea again.
    const Id inputId = input->id;
    d->undoStack()->undo();
    QCOMPARE(d->data().parkedIdeas.value(other).state, ParkedState::Open);
    QVERIFY(!d->data().node(inputId));
}

// Delete dismisses the selected idea (greyed, kept); Reopen brings it back; F2 edits it.
void TestWorkshopVotes::dismissReopenAndEdit()
{
    openWindow();
    Document *d = m_window->controller()->document();
    ParkingLotPanel *lot = m_window->parkingLot();
    const Id idea = Edit::parkIdea(*d, d->currentTreeId(), u"Slack integration"_s, start);
    m_window->findChild<QDockWidget *>(u"parkingLotDock"_s)->show();
    QListWidget *list = lot->ideaList();
    lot->setCurrentIdea(idea);
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());

    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(d->data().parkedIdeas.value(idea).state, ParkedState::Dismissed);
    QVERIFY(list->item(0)->text().contains(u"Dismissed"_s));
    QVERIFY(!lot->findChild<QPushButton *>(u"placeAsWork"_s)->isEnabled());
    lot->findChild<QPushButton *>(u"reopenIdea"_s)->click();
    QCOMPARE(d->data().parkedIdeas.value(idea).state, ParkedState::Open);

    lot->setCurrentIdea(idea);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_F2);
    auto *editor = list->findChild<QLineEdit *>();
    QTRY_VERIFY(editor && editor->isVisible());
    editor->selectAll();
    QTest::keyClicks(editor, u"Slack and Teams integration"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(d->data().parkedIdeas.value(idea).text, u"Slack and Teams integration"_s);
    QCOMPARE(list->item(0)->text(), u"Slack and Teams integration"_s);
    d->undoStack()->undo();
    QCOMPARE(d->data().parkedIdeas.value(idea).text, u"Slack integration"_s);
}

// A parked idea dropped on an input becomes a work item under it, on the North Star an input
// under it, on empty canvas a work item of its own where it was dropped.
void TestWorkshopVotes::dropOntoCanvas()
{
    openWindow();
    Document *d = m_window->controller()->document();
    CanvasView *canvas = m_window->canvas();
    QWidget *viewport = canvas->viewport();
    auto drop = [&](Id ideaId, QPoint at) {
        std::unique_ptr<QMimeData> mime(ParkedIdeas::mimeData(ideaId));
        QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QVERIFY(move.isAccepted());
        QDropEvent dropped(QPointF(at), Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &dropped);
        QVERIFY(dropped.isAccepted());
        QCOMPARE(dropped.dropAction(), Qt::CopyAction);
    };
    auto cardPoint = [&](Id id) {
        return canvas->mapFromScene(canvas->canvasScene()->cardRect(id).center());
    };
    const Id onInput = Edit::parkIdea(*d, d->currentTreeId(), u"Guided setup"_s, start);
    const Id onNorthStar = Edit::parkIdea(*d, d->currentTreeId(), u"Invites accepted"_s, start);
    const Id onEmpty = Edit::parkIdea(*d, d->currentTreeId(), u"Customer interviews"_s, start);

    drop(onInput, cardPoint(m_sample.retention));
    const Node *work = d->data().node(d->data().parkedIdeas.value(onInput).nodeId);
    QVERIFY(work);
    QCOMPARE(work->kind, NodeKind::Work);
    QCOMPARE(d->data().parentsOf(work->id), QList<Id>{m_sample.retention});

    drop(onNorthStar, cardPoint(m_sample.northStar));
    const Node *input = d->data().node(d->data().parkedIdeas.value(onNorthStar).nodeId);
    QVERIFY(input);
    QCOMPARE(input->kind, NodeKind::Input);
    QCOMPARE(d->data().parentsOf(input->id), QList<Id>{m_sample.northStar});

    // Empty canvas: a corner of the view, away from the cards.
    const QPoint corner(20, viewport->height() - 20);
    const QPointF scenePos = canvas->mapToScene(corner);
    QVERIFY(!canvas->canvasScene()->nodeAt(scenePos));
    drop(onEmpty, corner);
    const Node *free = d->data().node(d->data().parkedIdeas.value(onEmpty).nodeId);
    QVERIFY(free);
    QCOMPARE(free->kind, NodeKind::Work);
    QVERIFY(d->data().parentsOf(free->id).isEmpty());
    QVERIFY(free->pinned);
    QVERIFY((free->position - scenePos).manhattanLength() < 1.0);

    // Any other drag is left alone (files still go to the window).
    QMimeData text;
    text.setText(u"hello"_s);
    QDragEnterEvent other(corner, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    other.ignore();
    QApplication::sendEvent(viewport, &other);
    QCOMPARE(ParkedIdeas::ideaId(&text), Id(0));

    // On a work item: another work item under the input it serves.
    const ParkedIdeas::Placement onWork =
        ParkedIdeas::dropPlacement(d->data(), d->data().node(m_sample.digest), QPointF(1, 2));
    QCOMPARE(onWork.kind, NodeKind::Work);
    QCOMPARE(onWork.parentId, m_sample.retention);
    QVERIFY(!onWork.position);

    d->undoStack()->undo();
    QCOMPARE(d->data().parkedIdeas.value(onEmpty).state, ParkedState::Open);
}

// The Confidence choice of the properties panel: for an input's link to its parent and for a
// work item, chosen by keyboard, one undo step each.
void TestWorkshopVotes::confidenceFromPropertiesPanel()
{
    PropertiesPanel panel(m_doc.get());
    panel.resize(420, 900);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QApplication::setActiveWindow(&panel);

    doc().setSelection({m_sample.retention});
    auto *link = panel.findChild<QComboBox *>(u"linkConfidence"_s);
    QVERIFY(link && link->isVisible());
    QCOMPARE(link->currentText(), u"Not rated"_s);
    link->setFocus();
    QTRY_VERIFY(link->hasFocus());
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(link, Qt::Key_Down); // high, medium, low
    const Edge edge = *doc().data().edgeBetween(m_sample.retention, m_sample.northStar);
    QCOMPARE(edge.confidence, Confidence::Low);
    doc().undoStack()->undo();
    QCOMPARE(doc().data().edgeBetween(m_sample.retention, m_sample.northStar)->confidence, Confidence::Medium);
    QCOMPARE(link->currentText(), u"Medium"_s);

    doc().setSelection({m_sample.digest});
    auto *work = panel.findChild<QComboBox *>(u"workConfidence"_s);
    QVERIFY(work && work->isVisible());
    work->setFocus();
    QTRY_VERIFY(work->hasFocus());
    QTest::keyClick(work, Qt::Key_End);
    QCOMPARE(doc().data().node(m_sample.digest)->confidence, Confidence::Low);
    // The card grows its "Low confidence" line and its dashed outline.
    const CardContent content = cardOf(m_sample.digest);
    QCOMPARE(content.confidence, Confidence::Low);
    const CardStyle style = CardStyle::standard();
    CardContent sure = content;
    sure.confidence = Confidence::Unset;
    QVERIFY(cardSize(style, content).height() > cardSize(style, sure).height());
    doc().undoStack()->undo();
    QCOMPARE(doc().data().node(m_sample.digest)->confidence, Confidence::Unset);
}

// Tree ▸ Confidence, the keyboard's way to the selection's confidence: a work item's own, an
// input's link to its parent.
void TestWorkshopVotes::confidenceFromTreeMenu()
{
    openWindow();
    Document *d = m_window->controller()->document();
    QMenu *menu = nullptr;
    for (QMenu *m : m_window->findChildren<QMenu *>()) {
        if (m->title() == u"Con&fidence"_s)
            menu = m;
    }
    QVERIFY(menu);
    auto choose = [menu](const QString &text) {
        emit menu->aboutToShow();
        for (QAction *a : menu->actions()) {
            if (a->text() == text) {
                QVERIFY(a->isEnabled());
                a->trigger();
                return;
            }
        }
        QFAIL(qPrintable(u"no entry "_s + text));
    };
    d->setSelection({m_sample.checklist});
    choose(u"&Low (a hypothesis to confirm)"_s);
    QCOMPARE(d->data().node(m_sample.checklist)->confidence, Confidence::Low);
    d->setSelection({m_sample.activation});
    choose(u"&High"_s);
    QCOMPARE(d->data().edgeBetween(m_sample.activation, m_sample.northStar)->confidence, Confidence::High);
    emit menu->aboutToShow();
    QVERIFY(menu->actions().at(1)->isChecked()); // High, checked
    d->setSelection({m_sample.northStar});
    emit menu->aboutToShow();
    QCOMPARE(menu->actions().size(), 1);
    QVERIFY(!menu->actions().constFirst()->isEnabled());
    d->undoStack()->undo();
    QCOMPARE(d->data().edgeBetween(m_sample.activation, m_sample.northStar)->confidence, Confidence::Unset);
}

// Low confidence is dashed: the pens chosen, and the pixels painted.
void TestWorkshopVotes::lowConfidencePaintedDashed()
{
    const CardStyle style = CardStyle::standard();
    QCOMPARE(edgePen(style, Confidence::Unset, false).style(), Qt::SolidLine);
    QCOMPARE(edgePen(style, Confidence::High, false).style(), Qt::SolidLine);
    QCOMPARE(edgePen(style, Confidence::Low, false).style(), Qt::CustomDashLine);
    QCOMPARE(edgePen(style, Confidence::Medium, false).style(), Qt::CustomDashLine);
    QVERIFY(edgePen(style, Confidence::Low, false).dashPattern().constFirst()
            < edgePen(style, Confidence::Medium, false).dashPattern().constFirst());
    const QPen solid(style.workBorder, 1.0);
    QCOMPARE(confidenceBorder(solid, style, Confidence::Unset).style(), Qt::SolidLine);
    QCOMPARE(confidenceBorder(solid, style, Confidence::Low).style(), Qt::CustomDashLine);
    QVERIFY(edgeLabelText(0.8, Confidence::Low).contains(u"low confidence"_s));
    QCOMPARE(edgeLabelText(std::nullopt, Confidence::High), QString());

    // A straight link painted solid and dashed: the dashed one leaves gaps along its line.
    auto linkInk = [&style](Confidence confidence) {
        QImage image(60, 220, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        QPainterPath path(QPointF(30, 10));
        path.lineTo(30, 210);
        paintEdge(p, path, style, {}, false, confidence);
        p.end();
        return inked(image, {30, 20}, {30, 190}, Qt::white);
    };
    QCOMPARE(linkInk(Confidence::Unset), 171);
    QVERIFY2(linkInk(Confidence::Low) < 140, qPrintable(QString::number(linkInk(Confidence::Low))));

    // A work card's top edge: solid all along, dashed with gaps.
    auto outlineInk = [&style](Confidence confidence) {
        CardContent c;
        c.kind = NodeKind::Work;
        c.label = u"FEATURE"_s;
        c.name = u"Weekly digest"_s;
        c.confidence = confidence;
        const QSizeF size = cardSize(style, c);
        QImage image(int(size.width()) + 40, int(size.height()) + 40, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        const QRectF rect(QPointF(20, 20), size);
        paintCard(p, rect, style, c);
        p.end();
        const int y = 20;
        return inked(image, {int(rect.left() + style.radius + 4), y}, {int(rect.right() - style.radius - 4), y},
                     Qt::white);
    };
    const int solidInk = outlineInk(Confidence::Unset);
    const int dashedInk = outlineInk(Confidence::Low);
    QVERIFY2(dashedInk < solidInk * 0.8, qPrintable(u"solid %1, dashed %2"_s.arg(solidInk).arg(dashedInk)));
}

// The exporters share the painters: a slide's SVG strokes the low link and card with dashes.
void TestWorkshopVotes::exportsDrawLowConfidenceDashed()
{
    const QString path = m_dir.filePath(u"tree.svg"_s);
    auto exported = [&]() {
        QFile::remove(path);
        const auto r = exportTree(doc().data(), doc().currentTreeId(), path);
        if (!r)
            return QString(u"error: "_s + r.error());
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    const QString before = exported();
    QVERIFY(!before.startsWith(u"error"_s));
    QVERIFY(!before.contains(u"low confidence"_s));
    Edge edge = *doc().data().edgeBetween(m_sample.collaboration, m_sample.northStar);
    edge.confidence = Confidence::Low;
    Edit::updateEdge(doc(), edge);
    Node work = *doc().data().node(m_sample.checklist);
    work.confidence = Confidence::Low;
    Edit::updateNode(doc(), work);
    const QString after = exported();
    QVERIFY(after.contains(u"low confidence"_s));
    QVERIFY(after.contains(u"Low confidence"_s));
    QVERIFY(after.count(u"stroke-dasharray"_s) > before.count(u"stroke-dasharray"_s));

    // Dots are the room's, in the window: a slide leaves them out.
    startWorkshopAt(inputsStep);
    m_session->addDot(m_sample.activation);
    QCOMPARE(exported(), after);
}

QTEST_MAIN(TestWorkshopVotes)
#include "tst_workshopvotes.moc"
