// Workshops in the model (issue #11 §1, §2): starting one refuses what cannot run; moving
// between steps records when each ran; agenda edits keep the room where it is; votes are per
// step and item and go with what they are on; the parking lot places ideas in one undo step;
// a tree takes its workshops, votes and ideas with it; versions keep votes and the parking
// lot and restore brings them back. Every edit is one undo step.

#include "model/document.h"
#include "model/edits.h"
#include "model/fragmentjson.h"
#include "model/treeversion.h"

#include "testworkspace.h"

#include <QJsonArray>
#include <QTest>
#include <QUndoStack>

using namespace NorthStar;
using namespace NorthStar::TestWorkspace;
using namespace Qt::StringLiterals;

namespace {

const QDateTime nine(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);

WorkshopStep step(WorkshopStepKind kind, const QString &title, int minutes)
{
    WorkshopStep s;
    s.kind = kind;
    s.title = title;
    s.minutes = minutes;
    return s;
}

Workshop plan()
{
    Workshop w;
    w.name = u"Workshop 3 Dec"_s;
    w.participants = 6;
    w.dotsPerPerson = 3;
    w.steps = {step(WorkshopStepKind::Candidates, u"Candidates"_s, 20),
               step(WorkshopStepKind::Inputs, u"Inputs"_s, 25),
               step(WorkshopStepKind::Work, u"Work"_s, 20)};
    return w;
}

} // namespace

class TstWorkshop final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void startRefusesWhatCannotRun();
    void stepsRecordWhenTheyRan();
    void finishEndsTheCurrentStep();
    void agendaEditsKeepTheRoomWhereItIs();
    void votesArePerStepAndItem();
    void votesGoWithWhatTheyAreOn();
    void parkingLotPlacesInOneStep_data();
    void parkingLotPlacesInOneStep();
    void treeTakesItsWorkshopsAlong();
    void versionsKeepVotesAndIdeas();
    void treeFileKeepsIdeasNotVotes();

private:
    Id start();
    int undoSteps() const { return m_doc->undoStack()->count(); }

    std::unique_ptr<Document> m_doc;
};

void TstWorkshop::init()
{
    m_doc = std::make_unique<Document>();
    m_doc->load(sample(), {});
    m_doc->setCurrentTree(GrowthTree);
}

Id TstWorkshop::start()
{
    const auto id = Edit::startWorkshop(*m_doc, GrowthTree, plan(), nine);
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    return id ? *id : 0;
}

void TstWorkshop::startRefusesWhatCannotRun()
{
    QVERIFY(!Edit::startWorkshop(*m_doc, 999, plan(), nine));
    Workshop empty = plan();
    empty.steps.clear();
    const auto noSteps = Edit::startWorkshop(*m_doc, GrowthTree, empty, nine);
    QVERIFY(!noSteps);
    QVERIFY2(noSteps.error().contains(u"at least one step"_s), qPrintable(noSteps.error()));
    QCOMPARE(undoSteps(), 0);

    const Id id = start();
    QVERIFY(id != 0);
    QCOMPARE(undoSteps(), 1);
    const Workshop &w = m_doc->data().workshops.value(id);
    QCOMPARE(w.name, u"Workshop 3 Dec"_s);
    QCOMPARE(w.participants, 6);
    QCOMPARE(w.currentStep, 0);
    QCOMPARE(w.steps.first().started, nine);
    QVERIFY(!w.steps.at(1).started.isValid());
    // Every step has an id of its own from the workspace's pool.
    QSet<Id> ids{w.id};
    for (const WorkshopStep &s : w.steps) {
        QVERIFY(s.id != 0 && !m_doc->data().nodes.contains(s.id));
        ids.insert(s.id);
    }
    QCOMPARE(ids.size(), 4);
    QCOMPARE(m_doc->data().runningWorkshop(GrowthTree)->id, id);

    const auto second = Edit::startWorkshop(*m_doc, GrowthTree, plan(), nine);
    QVERIFY(!second);
    QVERIFY2(second.error().contains(u"still running"_s), qPrintable(second.error()));
    // Another tree may run its own.
    QVERIFY(Edit::startWorkshop(*m_doc, RetentionTree, plan(), nine));

    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->data().workshops.isEmpty());
}

void TstWorkshop::stepsRecordWhenTheyRan()
{
    const Id id = start();
    Edit::goToStep(*m_doc, id, 1, nine.addSecs(22 * 60));
    Workshop w = m_doc->data().workshops.value(id);
    QCOMPARE(w.currentStep, 1);
    QCOMPARE(w.steps.at(0).ended, nine.addSecs(22 * 60));
    QCOMPARE(w.steps.at(1).started, nine.addSecs(22 * 60));
    // Back to a step that ran: it keeps its first start and runs again until left.
    Edit::goToStep(*m_doc, id, 0, nine.addSecs(30 * 60));
    w = m_doc->data().workshops.value(id);
    QCOMPARE(w.steps.at(0).started, nine);
    QVERIFY(!w.steps.at(0).ended.isValid());
    QCOMPARE(w.steps.at(1).ended, nine.addSecs(30 * 60));
    // Out of range and the same step change nothing.
    const int before = undoSteps();
    Edit::goToStep(*m_doc, id, 3, nine.addSecs(40 * 60));
    Edit::goToStep(*m_doc, id, -1, nine.addSecs(40 * 60));
    Edit::goToStep(*m_doc, id, 0, nine.addSecs(40 * 60));
    QCOMPARE(undoSteps(), before);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->data().workshops.value(id).currentStep, 1);
}

void TstWorkshop::finishEndsTheCurrentStep()
{
    const Id id = start();
    Edit::goToStep(*m_doc, id, 2, nine.addSecs(60));
    Edit::finishWorkshop(*m_doc, id, nine.addSecs(3600));
    const Workshop &w = m_doc->data().workshops.value(id);
    QCOMPARE(w.finished, nine.addSecs(3600));
    QCOMPARE(w.steps.at(2).ended, nine.addSecs(3600));
    QVERIFY(!m_doc->data().runningWorkshop(GrowthTree));
    // A finished workshop does not move any more; a new one can start.
    Edit::goToStep(*m_doc, id, 0, nine.addSecs(4000));
    QCOMPARE(m_doc->data().workshops.value(id).currentStep, 2);
    QVERIFY(Edit::startWorkshop(*m_doc, GrowthTree, plan(), nine.addDays(7)));
    QCOMPARE(m_doc->data().workshopsOfTree(GrowthTree).size(), 2);
    QCOMPARE(m_doc->data().workshopsOfTree(GrowthTree).first().id, id);
}

void TstWorkshop::agendaEditsKeepTheRoomWhereItIs()
{
    const Id id = start();
    Edit::goToStep(*m_doc, id, 1, nine.addSecs(60));
    Workshop w = m_doc->data().workshops.value(id);
    const Id inputsStep = w.steps.at(1).id;
    const Id candidatesStep = w.steps.at(0).id;
    QVERIFY(Edit::setVotes(*m_doc, id, candidatesStep, MetricPayingTeams, 2));
    QVERIFY(Edit::setVotes(*m_doc, id, inputsStep, DocsInput, 4));

    // The first step goes, a new one comes in front: the room stays on "Inputs".
    w.steps.removeFirst();
    w.steps.prepend(step(WorkshopStepKind::Custom, u"Warm-up"_s, 0));
    w.steps.first().id = 0;
    Edit::updateWorkshop(*m_doc, w);
    const Workshop &after = m_doc->data().workshops.value(id);
    QCOMPARE(after.steps.size(), 3);
    QCOMPARE(after.current()->id, inputsStep);
    QCOMPARE(after.currentStep, 1);
    QVERIFY(after.steps.first().id != 0);
    QCOMPARE(after.steps.first().minutes, 1); // a timebox is a minute at least
    // The removed step's votes went with it; the kept step's stay.
    QVERIFY(!m_doc->data().vote(candidatesStep, MetricPayingTeams));
    QCOMPARE(m_doc->data().vote(inputsStep, DocsInput)->dots, 4);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->data().vote(candidatesStep, MetricPayingTeams)->dots, 2);
    QCOMPARE(m_doc->data().workshops.value(id).steps.first().id, candidatesStep);
    // An agenda keeps one step at least.
    Workshop none = m_doc->data().workshops.value(id);
    none.steps.clear();
    const int before = undoSteps();
    Edit::updateWorkshop(*m_doc, none);
    QCOMPARE(undoSteps(), before);
}

void TstWorkshop::votesArePerStepAndItem()
{
    const Id id = start();
    const Workshop w = m_doc->data().workshops.value(id);
    const Id first = w.steps.at(0).id, second = w.steps.at(1).id;
    QVERIFY(Edit::setVotes(*m_doc, id, first, MetricActiveTeams, 3));
    QVERIFY(Edit::setVotes(*m_doc, id, first, MetricActiveTeams, 5));
    QVERIFY(Edit::setVotes(*m_doc, id, second, MetricActiveTeams, 1));
    QCOMPARE(m_doc->data().votesOfStep(first).size(), 1);
    QCOMPARE(m_doc->data().vote(first, MetricActiveTeams)->dots, 5);
    QCOMPARE(m_doc->data().vote(second, MetricActiveTeams)->dots, 1);
    QVERIFY(Edit::setVotes(*m_doc, id, first, MetricActiveTeams, -4)); // none
    QVERIFY(!m_doc->data().vote(first, MetricActiveTeams));
    // Inputs and work can be voted on; the North Star, other trees' items and unknowns not.
    QVERIFY(Edit::setVotes(*m_doc, id, second, TemplatesWork, 2));
    QVERIFY(!Edit::setVotes(*m_doc, id, second, NorthStarNode, 1));
    QVERIFY(!Edit::setVotes(*m_doc, id, second, RetentionInput, 1));
    QVERIFY(!Edit::setVotes(*m_doc, id, second, 12345, 1));
    QVERIFY(!Edit::setVotes(*m_doc, id, 12345, DocsInput, 1));
    QCOMPARE(m_doc->data().votesOfWorkshop(id).size(), 2);
    m_doc->undoStack()->undo();
    QVERIFY(!m_doc->data().vote(second, TemplatesWork));
}

void TstWorkshop::votesGoWithWhatTheyAreOn()
{
    const Id id = start();
    const Id s = m_doc->data().workshops.value(id).steps.at(0).id;
    QVERIFY(Edit::setVotes(*m_doc, id, s, ReminderWork, 2));
    QVERIFY(Edit::setVotes(*m_doc, id, s, MetricPayingTeams, 3));
    // Deleting a sub-input takes its work and the votes on that work.
    Edit::deleteNodes(*m_doc, {InvitesSubInput});
    QVERIFY(!m_doc->data().vote(s, ReminderWork));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->data().vote(s, ReminderWork)->dots, 2);
    Edit::removeCandidate(*m_doc, CandidatePayingTeams);
    QVERIFY(!m_doc->data().vote(s, MetricPayingTeams));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->data().vote(s, MetricPayingTeams)->dots, 3);
    Edit::removeWorkshop(*m_doc, id);
    QVERIFY(m_doc->data().votes.isEmpty());
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->data().votes.size(), 2);
}

void TstWorkshop::parkingLotPlacesInOneStep_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<Id>("parent");
    QTest::addColumn<bool>("placed");
    QTest::newRow("work under an input") << int(NodeKind::Work) << Id(DocsInput) << true;
    QTest::newRow("input under the North Star") << int(NodeKind::Input) << Id(NorthStarNode) << true;
    QTest::newRow("input under an input") << int(NodeKind::Input) << Id(InvitingInput) << true;
    QTest::newRow("free work item") << int(NodeKind::Work) << Id(0) << true;
    QTest::newRow("work under the North Star") << int(NodeKind::Work) << Id(NorthStarNode) << false;
    QTest::newRow("anything under work") << int(NodeKind::Input) << Id(OnboardingWork) << false;
    QTest::newRow("under another tree") << int(NodeKind::Work) << Id(RetentionInput) << false;
}

void TstWorkshop::parkingLotPlacesInOneStep()
{
    QFETCH(int, kind);
    QFETCH(Id, parent);
    QFETCH(bool, placed);
    QCOMPARE(Edit::parkIdea(*m_doc, GrowthTree, u"   "_s, nine), Id(0));
    const Id idea = Edit::parkIdea(*m_doc, GrowthTree, u"  Referral programme "_s, nine);
    QVERIFY(idea != 0);
    QCOMPARE(m_doc->data().parkedIdeas.value(idea).text, u"Referral programme"_s);
    QCOMPARE(m_doc->data().parkedIdeas.value(idea).raised, nine);
    const WorkspaceData before = m_doc->data();
    const int steps = undoSteps();

    const Id node = Edit::placeParkedIdea(*m_doc, idea, NodeKind(kind), parent, QPointF(10, 20));
    QCOMPARE(node != 0, placed);
    if (!placed) {
        QCOMPARE(undoSteps(), steps);
        return;
    }
    QCOMPARE(undoSteps(), steps + 1);
    const Node *n = m_doc->data().node(node);
    QCOMPARE(n->kind, NodeKind(kind));
    QCOMPARE(m_doc->data().nodeTitle(*n), u"Referral programme"_s);
    QVERIFY(n->pinned);
    QCOMPARE(m_doc->data().parentsOf(node), parent == 0 ? QList<Id>{} : QList<Id>{parent});
    QCOMPARE(m_doc->data().parkedIdeas.value(idea).state, ParkedState::Placed);
    QCOMPARE(m_doc->data().parkedIdeas.value(idea).nodeId, node);
    // Placed once: a second placing does nothing.
    QCOMPARE(Edit::placeParkedIdea(*m_doc, idea, NodeKind::Work, 0), Id(0));
    m_doc->undoStack()->undo();
    NS_COMPARE_CONTENT(m_doc->data(), before);
}

void TstWorkshop::treeTakesItsWorkshopsAlong()
{
    const Id id = start();
    QVERIFY(Edit::setVotes(*m_doc, id, m_doc->data().workshops.value(id).steps.at(1).id, DocsInput, 1));
    QVERIFY(Edit::parkIdea(*m_doc, GrowthTree, u"Idea"_s, nine));
    QVERIFY(Edit::parkIdea(*m_doc, RetentionTree, u"Other tree"_s, nine));
    const WorkspaceData before = m_doc->data();
    Edit::removeTree(*m_doc, GrowthTree);
    QVERIFY(m_doc->data().workshops.isEmpty());
    QVERIFY(m_doc->data().votes.isEmpty());
    QCOMPARE(m_doc->data().parkedIdeas.size(), 1);
    m_doc->undoStack()->undo();
    NS_COMPARE_CONTENT(m_doc->data(), before);
}

void TstWorkshop::versionsKeepVotesAndIdeas()
{
    const Id id = start();
    const Id s = m_doc->data().workshops.value(id).steps.at(1).id;
    QVERIFY(Edit::setVotes(*m_doc, id, s, DocsInput, 3));
    QVERIFY(Edit::setVotes(*m_doc, id, s, MetricPayingTeams, 1));
    const Id idea = Edit::parkIdea(*m_doc, GrowthTree, u"Referral programme"_s, nine);
    Edge low = *m_doc->data().edge(EdgeDocsToNorthStar);
    low.confidence = Confidence::Low;
    Edit::updateEdge(*m_doc, low);
    const auto version = Edit::saveVersion(*m_doc, GrowthTree, u"v1"_s);
    QVERIFY(version);
    const WorkspaceData saved = m_doc->data();

    const auto content = TreeVersions::content(m_doc->data().versions.value(*version));
    QVERIFY(content);
    QCOMPARE(content->votes.size(), 2);
    QCOMPARE(content->parkedIdeas.size(), 1);
    QCOMPARE(content->parkedIdeas.first().text, u"Referral programme"_s);

    // The room changes its mind; restoring gives the votes and the lot back, in one step.
    QVERIFY(Edit::setVotes(*m_doc, id, s, DocsInput, 0));
    QVERIFY(Edit::setVotes(*m_doc, id, s, TemplatesWork, 4));
    Edit::placeParkedIdea(*m_doc, idea, NodeKind::Work, DocsInput);
    Edit::parkIdea(*m_doc, GrowthTree, u"Later idea"_s, nine.addSecs(60));
    low.confidence = Confidence::High;
    Edit::updateEdge(*m_doc, low);
    const WorkspaceData changed = m_doc->data();
    QVERIFY(Edit::restoreVersion(*m_doc, *version));
    QCOMPARE(m_doc->data().vote(s, DocsInput)->dots, 3);
    QCOMPARE(m_doc->data().vote(s, MetricPayingTeams)->dots, 1);
    QVERIFY(!m_doc->data().vote(s, TemplatesWork));
    QCOMPARE(m_doc->data().parkedIdeasOfTree(GrowthTree).size(), 1);
    QCOMPARE(m_doc->data().parkedIdeasOfTree(GrowthTree).first().state, ParkedState::Open);
    QCOMPARE(m_doc->data().edge(EdgeDocsToNorthStar)->confidence, Confidence::Low);
    // The vote and idea that are still there keep their ids.
    QCOMPARE(m_doc->data().vote(s, MetricPayingTeams)->id, saved.vote(s, MetricPayingTeams)->id);
    QCOMPARE(m_doc->data().parkedIdeasOfTree(GrowthTree).first().id, idea);
    m_doc->undoStack()->undo();
    NS_COMPARE_CONTENT(m_doc->data(), changed);
}

void TstWorkshop::treeFileKeepsIdeasNotVotes()
{
    const Id id = start();
    QVERIFY(Edit::setVotes(*m_doc, id, m_doc->data().workshops.value(id).steps.at(1).id, DocsInput, 3));
    const Id idea = Edit::parkIdea(*m_doc, GrowthTree, u"Referral programme"_s, nine);
    const Id node = Edit::placeParkedIdea(*m_doc, idea, NodeKind::Work, DocsInput);
    Edit::parkIdea(*m_doc, GrowthTree, u"Dismissed one"_s, nine.addSecs(5));
    Node work = *m_doc->data().node(node);
    work.confidence = Confidence::Medium;
    Edit::updateNode(*m_doc, work);

    const WorkspaceData file = extractTree(m_doc->data(), GrowthTree);
    QVERIFY(file.votes.isEmpty());
    QCOMPARE(file.parkedIdeas.size(), 2);
    const auto back = fragmentFromJson(fragmentToJson(file));
    QVERIFY2(back, qPrintable(back ? QString() : back.error()));
    const QList<ParkedIdea> ideas = back->parkedIdeasOfTree(TreeVersions::treeOf(*back));
    QCOMPARE(ideas.size(), 2);
    QCOMPARE(ideas.first().state, ParkedState::Placed);
    const Node *placed = back->node(ideas.first().nodeId);
    QVERIFY(placed);
    QCOMPARE(placed->title, u"Referral programme"_s);
    QCOMPARE(placed->confidence, Confidence::Medium);
    QCOMPARE(ideas.last().raised, nine.addSecs(5));

    // A vote on something the fragment does not have, or with a broken count, is refused.
    QJsonObject json = fragmentToJson(TreeVersions::content(m_doc->data().versions.value(
        *Edit::saveVersion(*m_doc, GrowthTree, u"v"_s))).value());
    QJsonArray votes = json.value(u"votes"_s).toArray();
    QCOMPARE(votes.size(), 1);
    QJsonObject vote = votes.first().toObject();
    vote.insert(u"item"_s, 999);
    json.insert(u"votes"_s, QJsonArray{vote});
    const auto refused = fragmentFromJson(json);
    QVERIFY(!refused);
    QVERIFY2(refused.error().startsWith(u"$.votes[0].item"_s), qPrintable(refused.error()));
    vote.insert(u"item"_s, Id(DocsInput));
    vote.insert(u"dots"_s, 1.5);
    json.insert(u"votes"_s, QJsonArray{vote});
    QVERIFY(!fragmentFromJson(json));
}

QTEST_GUILESS_MAIN(TstWorkshop)
#include "tst_workshop.moc"
