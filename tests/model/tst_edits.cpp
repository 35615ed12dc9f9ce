// The Edit:: facade, node by node: keyboard-flow tree building, delete cascades (with the
// annotations and review notes of metrics that go), the connection rules, placement,
// annotations and review notes, merge keys, and for every edit function that one call is
// one undo step which restores exactly the previous content and selection.

#include "model/document.h"
#include "model/edits.h"
#include "model/fragmentjson.h"

#include "reviewsample.h"
#include "testworkspace.h"

#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <memory>

using namespace NorthStar;
using namespace NorthStar::TestWorkspace;
using namespace Qt::StringLiterals;

using EditCall = std::function<void(Document &)>;
Q_DECLARE_METATYPE(EditCall)
Q_DECLARE_METATYPE(NorthStar::NodeKind)

namespace {

QList<Id> sorted(QList<Id> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

// The sample without the given nodes (and their edges) and metrics (and what was written
// about them): what a delete should leave.
WorkspaceData without(const WorkspaceData &data, const QList<Id> &nodes, const QList<Id> &metrics)
{
    WorkspaceData result = data;
    for (Id id : nodes) {
        result.nodes.remove(id);
        for (const Edge &e : data.edgesAt(id))
            result.edges.remove(e.id);
    }
    for (Id id : metrics) {
        result.metrics.remove(id);
        result.annotations.removeIf([id](const auto &it) { return it.value().metricId == id; });
        result.reviewNotes.removeIf([id](const auto &it) { return it.value().metricId == id; });
    }
    return result;
}

} // namespace

class TstEdits final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void everyEditIsOneUndoStep_data();
    void everyEditIsOneUndoStep();

    void addChild_data();
    void addChild();
    void addSibling_data();
    void addSibling();
    void addSubInput_data();
    void addSubInput();
    void newInputsGetUniqueBlankMetrics();
    void addNode_data();
    void addNode();
    void addNorthStarToTreeWithoutOne();

    void renameNode_data();
    void renameNode();

    void deleteNodes_data();
    void deleteNodes();

    void connectNodes_data();
    void connectNodes();
    void disconnectEdge();

    void moveNodesIsOneStep();
    void unpinNodes();

    void mergeKeys_data();
    void mergeKeys();
    void mergeStopsAtOtherEdits();
    void mergeStopsAtSavePoint();
    void candidateNotesMergePerCandidate();

    void addAnnotation_data();
    void addAnnotation();
    void updateAndRemoveAnnotation();
    void setReviewNote_data();
    void setReviewNote();
    void reviewNoteTypedIsOneStep();
    void deletedMetricTakesItsAnnotationsAndNotes();

private:
    // Checks the step just pushed: one more command; undo gives `before` and its selection
    // back, redo gives the edited content and selection again.
    void verifyOneStep(const WorkspaceData &before, const QList<Id> &selectionBefore, int countBefore);

    std::unique_ptr<Document> m_doc;
};

void TstEdits::init()
{
    m_doc = std::make_unique<Document>();
    m_doc->load(sampleWithReview(), {});
    QCOMPARE(m_doc->currentTreeId(), Id(GrowthTree));
}

void TstEdits::verifyOneStep(const WorkspaceData &before, const QList<Id> &selectionBefore, int countBefore)
{
    QUndoStack *stack = m_doc->undoStack();
    QCOMPARE(stack->count(), countBefore + 1);
    QVERIFY(m_doc->isModified());
    const WorkspaceData after = m_doc->data();
    const QList<Id> selectionAfter = m_doc->selection();
    stack->undo();
    NS_COMPARE_CONTENT(m_doc->data(), before);
    QCOMPARE(m_doc->selection(), selectionBefore);
    stack->redo();
    NS_COMPARE_CONTENT(m_doc->data(), after);
    QCOMPARE(m_doc->selection(), selectionAfter);
}

void TstEdits::everyEditIsOneUndoStep_data()
{
    QTest::addColumn<EditCall>("edit");
    QTest::addColumn<int>("steps");

    const WorkspaceData s = sampleWithReview();
    auto row = [](const char *name, EditCall call, int steps = 1) {
        QTest::newRow(name) << call << steps;
    };
    row("addChild north star", [](Document &d) { QVERIFY(Edit::addChild(d, NorthStarNode)); });
    row("addChild input", [](Document &d) { QVERIFY(Edit::addChild(d, InvitingInput)); });
    row("addChild work", [](Document &d) { QVERIFY(Edit::addChild(d, OnboardingWork)); });
    row("addSibling", [](Document &d) { QVERIFY(Edit::addSibling(d, DocsInput)); });
    row("addSubInput", [](Document &d) { QVERIFY(Edit::addSubInput(d, DocsInput)); });
    row("addNode", [](Document &d) { QVERIFY(Edit::addNode(d, NodeKind::Input, QPointF(5, 6))); });
    row("renameNode", [](Document &d) { Edit::renameNode(d, InvitingInput, u"Inviting teams"_s); });
    row("deleteNodes", [](Document &d) { Edit::deleteNodes(d, {InvitingInput}); });
    row("connectNodes work", [](Document &d) { QVERIFY(Edit::connectNodes(d, OnboardingWork, DocsInput)); });
    row("connectNodes input", [](Document &d) { QVERIFY(Edit::connectNodes(d, DocsInput, InvitingInput)); });
    row("disconnectEdge", [](Document &d) { Edit::disconnectEdge(d, EdgeTemplatesToDocs); });
    row("moveNodes", [](Document &d) {
        Edit::moveNodes(d, {{NorthStarNode, QPointF(1, 2)}, {DocsInput, QPointF(3, 4)}});
    });
    row("unpinNodes", [](Document &d) { Edit::unpinNodes(d, {TemplatesWork}); });
    row("updateMetric", [s](Document &d) {
        Metric m = s.metrics.value(MetricTeamsInviting);
        m.unit = u"teams"_s;
        Edit::updateMetric(d, m);
    });
    row("updateNode", [s](Document &d) {
        Node n = s.nodes.value(OnboardingWork);
        n.shipDate = QDate(2025, 3, 1);
        Edit::updateNode(d, n);
    });
    row("updateEdge", [s](Document &d) {
        Edge e = s.edges.value(EdgeInvitingToNorthStar);
        e.leverage = 0.8;
        Edit::updateEdge(d, e);
    });
    row("updateTree", [s](Document &d) {
        Tree t = s.trees.value(GrowthTree);
        t.game = Game::Attention;
        Edit::updateTree(d, t);
    });
    row("setSetting new", [](Document &d) { Edit::setSetting(d, u"week-start"_s, u"monday"_s); });
    row("setSetting existing", [](Document &d) { Edit::setSetting(d, u"timezone"_s, u"UTC"_s); });
    row("addTree", [s](Document &d) { QVERIFY(Edit::addTree(d, extractFragment(s, {NorthStarNode, DocsInput}), u"Copy"_s)); });
    row("addEmptyTree", [](Document &d) { QVERIFY(Edit::addEmptyTree(d, u"Empty"_s)); });
    row("removeTree retention", [](Document &d) { Edit::removeTree(d, RetentionTree); });
    row("removeTree growth", [](Document &d) { Edit::removeTree(d, GrowthTree); });
    row("addCandidate", [](Document &d) { QVERIFY(Edit::addCandidate(d, GrowthTree, u"Net revenue"_s)); });
    row("setAnswer", [](Document &d) { Edit::setAnswer(d, CandidatePayingTeams, ChecklistItem::StressTest, Answer::No); });
    row("setCandidateNotes", [](Document &d) { Edit::setCandidateNotes(d, CandidatePayingTeams, u"lagging"_s); });
    row("chooseCandidate", [](Document &d) { Edit::chooseCandidate(d, CandidatePayingTeams); });
    row("removeCandidate", [](Document &d) { Edit::removeCandidate(d, CandidatePayingTeams); });
    row("setGuardrail new", [](Document &d) { Edit::setGuardrail(d, GrowthTree, u"Churn"_s); });
    row("setGuardrail replace", [](Document &d) { Edit::setGuardrail(d, RetentionTree, u"Docs per team"_s); });
    row("setGuardrail clear", [](Document &d) { Edit::setGuardrail(d, RetentionTree, {}); });
    row("paste", [s](Document &d) {
        QCOMPARE(Edit::paste(d, extractFragment(s, {InvitingInput, OnboardingWork}), QPointF(40, 40)).size(), 2);
    });
    row("addAnnotation", [](Document &d) { QVERIFY(Edit::addAnnotation(d, QDate(2026, 4, 1), u"Launch"_s, MetricDocsPerTeam)); });
    row("addAnnotation workspace", [](Document &d) { QVERIFY(Edit::addAnnotation(d, QDate(2026, 4, 1), u"Holiday"_s)); });
    row("updateAnnotation", [s](Document &d) {
        Annotation a = s.annotations.value(AnnotationDocs);
        a.date = a.date.addDays(1);
        a.metricId = 0;
        Edit::updateAnnotation(d, a);
    });
    row("removeAnnotation", [](Document &d) { Edit::removeAnnotation(d, AnnotationInviting); });
    row("setReviewNote new", [](Document &d) {
        Edit::setReviewNote(d, RetentionTree, 0, QDate(2026, 3, 2), ReviewGrain::Week, u"Quiet"_s);
    });
    row("setReviewNote update", [](Document &d) {
        Edit::setReviewNote(d, GrowthTree, 0, QDate(2026, 3, 2), ReviewGrain::Week, u"A great week"_s);
    });
    row("setReviewNote clear", [](Document &d) {
        Edit::setReviewNote(d, GrowthTree, MetricInvitesSent, QDate(2026, 3, 2), ReviewGrain::Week, u"  "_s);
    });
    row("deleteNodes with annotations and notes", [](Document &d) { Edit::deleteNodes(d, {InvitesSubInput}); });

    // Edits that do not apply change nothing and leave no step behind.
    row("rename to blank", [](Document &d) { Edit::renameNode(d, InvitingInput, u"   "_s); }, 0);
    row("delete the north star", [](Document &d) { Edit::deleteNodes(d, {NorthStarNode}); }, 0);
    row("delete nothing", [](Document &d) { Edit::deleteNodes(d, {}); }, 0);
    row("refused connection", [](Document &d) { QVERIFY(!Edit::connectNodes(d, NorthStarNode, InvitingInput)); }, 0);
    row("setting to its value", [](Document &d) { Edit::setSetting(d, u"timezone"_s, u"Europe/Berlin"_s); }, 0);
    row("metric unchanged", [s](Document &d) { Edit::updateMetric(d, s.metrics.value(MetricDocsPerTeam)); }, 0);
    row("unpin an unpinned node", [](Document &d) { Edit::unpinNodes(d, {OnboardingWork}); }, 0);
    row("candidate already there", [](Document &d) { QCOMPARE(Edit::addCandidate(d, GrowthTree, u"Weekly active teams"_s), Id(CandidateActiveTeams)); }, 0);
    row("guardrail unchanged", [](Document &d) { Edit::setGuardrail(d, RetentionTree, u" Support tickets "_s); }, 0);
    row("paste nothing", [](Document &d) { QVERIFY(Edit::paste(d, WorkspaceData{}, QPointF()).isEmpty()); }, 0);
    row("annotation unchanged", [s](Document &d) { Edit::updateAnnotation(d, s.annotations.value(AnnotationDocs)); }, 0);
    row("review note unchanged", [](Document &d) {
        Edit::setReviewNote(d, GrowthTree, 0, QDate(2026, 3, 2), ReviewGrain::Week, u"A good week"_s);
    }, 0);
    row("clearing a note that is not there", [](Document &d) {
        Edit::setReviewNote(d, GrowthTree, 0, QDate(2026, 3, 9), ReviewGrain::Week, {});
    }, 0);
    row("annotation or note that does not apply", [s](Document &d) {
        QCOMPARE(Edit::addAnnotation(d, QDate(), u"x"_s), Id(0));
        QCOMPARE(Edit::addAnnotation(d, QDate(2026, 1, 1), u"  "_s), Id(0));
        QCOMPARE(Edit::addAnnotation(d, QDate(2026, 1, 1), u"x"_s, 999), Id(0));
        Annotation a = s.annotations.value(AnnotationDocs);
        a.date = QDate();
        Edit::updateAnnotation(d, a);
        a = s.annotations.value(AnnotationDocs);
        a.metricId = 999;
        Edit::updateAnnotation(d, a);
        a.id = 999;
        Edit::updateAnnotation(d, a);
        Edit::removeAnnotation(d, 999);
        Edit::setReviewNote(d, 999, 0, QDate(2026, 3, 2), ReviewGrain::Week, u"x"_s);
        Edit::setReviewNote(d, GrowthTree, 999, QDate(2026, 3, 2), ReviewGrain::Week, u"x"_s);
        Edit::setReviewNote(d, GrowthTree, 0, QDate(), ReviewGrain::Week, u"x"_s);
    }, 0);
    row("unknown ids", [](Document &d) {
        QCOMPARE(Edit::addChild(d, 999), Id(0));
        QCOMPARE(Edit::addSibling(d, 999), Id(0));
        Edit::renameNode(d, 999, u"x"_s);
        Edit::disconnectEdge(d, 999);
        Edit::moveNodes(d, {{999, QPointF(1, 1)}});
        Edit::removeTree(d, 999);
        Edit::setAnswer(d, 999, ChecklistItem::Measurable, Answer::Yes);
        Edit::chooseCandidate(d, 999);
        Edit::removeCandidate(d, 999);
        Edit::setGuardrail(d, 999, u"x"_s);
    }, 0);
}

void TstEdits::everyEditIsOneUndoStep()
{
    QFETCH(EditCall, edit);
    QFETCH(int, steps);
    m_doc->setSelection({InvitingInput});
    const WorkspaceData before = m_doc->data();
    const QList<Id> selectionBefore = m_doc->selection();
    edit(*m_doc);
    if (QTest::currentTestFailed())
        return;
    if (steps == 0) {
        QCOMPARE(m_doc->undoStack()->count(), 0);
        NS_COMPARE_CONTENT(m_doc->data(), before);
        QVERIFY(!m_doc->isModified());
        return;
    }
    verifyOneStep(before, selectionBefore, 0);
    // Undo and redo again: commands hold values, so a second round trip is as exact.
    m_doc->undoStack()->undo();
    NS_COMPARE_CONTENT(m_doc->data(), before);
    QVERIFY(!m_doc->isModified());
}

void TstEdits::addChild_data()
{
    QTest::addColumn<Id>("parent");
    QTest::addColumn<NodeKind>("kind");
    QTest::addColumn<Id>("expectedParent");

    QTest::newRow("north star -> input") << Id(NorthStarNode) << NodeKind::Input << Id(NorthStarNode);
    QTest::newRow("input -> work item") << Id(InvitingInput) << NodeKind::Work << Id(InvitingInput);
    QTest::newRow("sub-input -> work item") << Id(InvitesSubInput) << NodeKind::Work << Id(InvitesSubInput);
    QTest::newRow("work -> sibling work under its input") << Id(OnboardingWork) << NodeKind::Work << Id(InvitingInput);
    QTest::newRow("work serving two inputs -> under the first") << Id(TemplatesWork) << NodeKind::Work << Id(InvitingInput);
    QTest::newRow("other tree's north star -> input") << Id(RetentionNorthStar) << NodeKind::Input << Id(RetentionNorthStar);
}

void TstEdits::addChild()
{
    QFETCH(Id, parent);
    QFETCH(NodeKind, kind);
    QFETCH(Id, expectedParent);

    const WorkspaceData before = m_doc->data();
    m_doc->setSelection({parent});
    const Id id = Edit::addChild(*m_doc, parent);
    QVERIFY(id != 0);
    const WorkspaceData &data = m_doc->data();
    QCOMPARE(addedNodes(before, data), QList<Id>{id});
    const Node &node = data.nodes.value(id);
    QCOMPARE(node.kind, kind);
    QCOMPARE(node.treeId, before.node(parent)->treeId);
    QCOMPARE(data.parentsOf(id), QList<Id>{expectedParent});
    QCOMPARE(data.edges.size(), before.edges.size() + 1);
    QCOMPARE(m_doc->selection(), QList<Id>{id});
    if (kind == NodeKind::Work) {
        QCOMPARE(node.metricId, Id(0));
        QCOMPARE(node.title, u"New work item"_s);
        QCOMPARE(data.metrics.size(), before.metrics.size());
    } else {
        QCOMPARE(data.metrics.size(), before.metrics.size() + 1);
        QVERIFY(!before.metrics.contains(node.metricId));
        QCOMPARE(data.metric(node.metricId)->name, u"New input"_s);
        QVERIFY(data.metric(node.metricId)->definition.isEmpty());
    }
    verifyOneStep(before, {parent}, 0);
}

void TstEdits::addSibling_data()
{
    QTest::addColumn<Id>("node");
    QTest::addColumn<NodeKind>("kind");
    QTest::addColumn<Id>("expectedParent");

    QTest::newRow("input") << Id(DocsInput) << NodeKind::Input << Id(NorthStarNode);
    QTest::newRow("sub-input") << Id(InvitesSubInput) << NodeKind::Input << Id(InvitingInput);
    QTest::newRow("work item") << Id(OnboardingWork) << NodeKind::Work << Id(InvitingInput);
    QTest::newRow("work item deeper") << Id(ReminderWork) << NodeKind::Work << Id(InvitesSubInput);
    QTest::newRow("north star has no sibling") << Id(NorthStarNode) << NodeKind::NorthStar << Id(0);
}

void TstEdits::addSibling()
{
    QFETCH(Id, node);
    QFETCH(NodeKind, kind);
    QFETCH(Id, expectedParent);

    const WorkspaceData before = m_doc->data();
    const Id id = Edit::addSibling(*m_doc, node);
    if (expectedParent == 0) {
        QCOMPARE(id, Id(0));
        QCOMPARE(m_doc->undoStack()->count(), 0);
        return;
    }
    QVERIFY(id != 0);
    QCOMPARE(m_doc->data().node(id)->kind, kind);
    QCOMPARE(m_doc->data().parentsOf(id), QList<Id>{expectedParent});
    QCOMPARE(m_doc->selection(), QList<Id>{id});
    verifyOneStep(before, {}, 0);
}

void TstEdits::addSubInput_data()
{
    QTest::addColumn<Id>("parent");
    QTest::addColumn<bool>("applies");

    QTest::newRow("under an input") << Id(DocsInput) << true;
    QTest::newRow("under a sub-input") << Id(InvitesSubInput) << true;
    QTest::newRow("under the north star") << Id(NorthStarNode) << true;
    QTest::newRow("not under work") << Id(OnboardingWork) << false;
}

void TstEdits::addSubInput()
{
    QFETCH(Id, parent);
    QFETCH(bool, applies);

    const WorkspaceData before = m_doc->data();
    const Id id = Edit::addSubInput(*m_doc, parent);
    if (!applies) {
        QCOMPARE(id, Id(0));
        NS_COMPARE_CONTENT(m_doc->data(), before);
        return;
    }
    QCOMPARE(m_doc->data().node(id)->kind, NodeKind::Input);
    QCOMPARE(m_doc->data().parentsOf(id), QList<Id>{parent});
    verifyOneStep(before, {}, 0);
}

void TstEdits::newInputsGetUniqueBlankMetrics()
{
    const Id a = Edit::addChild(*m_doc, NorthStarNode);
    const Id b = Edit::addChild(*m_doc, NorthStarNode);
    const Id c = Edit::addSubInput(*m_doc, a);
    const WorkspaceData &data = m_doc->data();
    QCOMPARE(data.nodeTitle(*data.node(a)), u"New input"_s);
    QCOMPARE(data.nodeTitle(*data.node(b)), u"New input 2"_s);
    QCOMPARE(data.nodeTitle(*data.node(c)), u"New input 3"_s);
    QCOMPARE(m_doc->undoStack()->count(), 3);
}

void TstEdits::addNode_data()
{
    QTest::addColumn<NodeKind>("kind");
    QTest::addColumn<bool>("placed");
    QTest::addColumn<bool>("applies");

    QTest::newRow("input placed by hand") << NodeKind::Input << true << true;
    QTest::newRow("input") << NodeKind::Input << false << true;
    QTest::newRow("work placed by hand") << NodeKind::Work << true << true;
    QTest::newRow("second north star refused") << NodeKind::NorthStar << false << false;
}

void TstEdits::addNode()
{
    QFETCH(NodeKind, kind);
    QFETCH(bool, placed);
    QFETCH(bool, applies);

    m_doc->setCurrentTree(RetentionTree);
    const WorkspaceData before = m_doc->data();
    const QPointF where(-12.5, 300);
    const Id id = Edit::addNode(*m_doc, kind, placed ? std::optional<QPointF>(where) : std::nullopt);
    if (!applies) {
        QCOMPARE(id, Id(0));
        QCOMPARE(m_doc->undoStack()->count(), 0);
        return;
    }
    const Node *node = m_doc->data().node(id);
    QVERIFY(node);
    QCOMPARE(node->kind, kind);
    QCOMPARE(node->treeId, Id(RetentionTree));
    QVERIFY(m_doc->data().parentsOf(id).isEmpty());
    QCOMPARE(node->pinned, placed);
    if (placed)
        QCOMPARE(node->position, where);
    QCOMPARE(m_doc->selection(), QList<Id>{id});
    verifyOneStep(before, {}, 0);
}

void TstEdits::addNorthStarToTreeWithoutOne()
{
    const Id tree = Edit::addTree(*m_doc, WorkspaceData{}, u"Blank"_s);
    QCOMPARE(m_doc->currentTreeId(), tree);
    QVERIFY(!m_doc->data().northStarOf(tree));
    const Id id = Edit::addNode(*m_doc, NodeKind::NorthStar);
    QVERIFY(id != 0);
    QCOMPARE(m_doc->data().northStarOf(tree)->id, id);
    QCOMPARE(Edit::addNode(*m_doc, NodeKind::NorthStar), Id(0));
}

void TstEdits::renameNode_data()
{
    QTest::addColumn<Id>("node");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("work item title, trimmed") << Id(OnboardingWork) << u"  Better onboarding \n"_s << u"Better onboarding"_s;
    QTest::newRow("input renames its catalog metric") << Id(InvitingInput) << u"Teams that invite"_s << u"Teams that invite"_s;
    QTest::newRow("north star") << Id(NorthStarNode) << u"Équipes actives 🚀"_s << u"Équipes actives 🚀"_s;
    QTest::newRow("blank keeps the name") << Id(DocsInput) << u" \t "_s << QString();
}

void TstEdits::renameNode()
{
    QFETCH(Id, node);
    QFETCH(QString, name);
    QFETCH(QString, expected);

    const WorkspaceData before = m_doc->data();
    Edit::renameNode(*m_doc, node, name);
    const WorkspaceData &data = m_doc->data();
    if (expected.isEmpty()) {
        NS_COMPARE_CONTENT(data, before);
        QCOMPARE(m_doc->undoStack()->count(), 0);
        return;
    }
    QCOMPARE(data.nodeTitle(*data.node(node)), expected);
    // One canonical record: every node showing the metric shows the new name.
    const Id metricId = data.node(node)->metricId;
    for (const Node &n : data.nodes) {
        if (metricId != 0 && n.metricId == metricId)
            QCOMPARE(data.nodeTitle(n), expected);
    }
    QCOMPARE(data.metrics.size(), before.metrics.size());
    verifyOneStep(before, {}, 0);
}

void TstEdits::deleteNodes_data()
{
    QTest::addColumn<QList<Id>>("toDelete");
    QTest::addColumn<QList<Id>>("goneNodes");
    QTest::addColumn<QList<Id>>("goneMetrics");
    QTest::addColumn<QList<Id>>("selectionAfter");

    QTest::newRow("input takes its sub-input and the work serving only it")
        << QList<Id>{InvitingInput} << QList<Id>{InvitingInput, InvitesSubInput, OnboardingWork, ReminderWork}
        // 11 is still shown by the other tree; 13 was blank and shown only here.
        << QList<Id>{MetricInvitesSent} << QList<Id>{NorthStarNode};
    QTest::newRow("work serving another input survives")
        << QList<Id>{DocsInput} << QList<Id>{DocsInput}
        << QList<Id>{} /* 12 is defined: it stays in the catalog */ << QList<Id>{NorthStarNode};
    QTest::newRow("both inputs of shared work take it")
        << QList<Id>{InvitingInput, DocsInput}
        << QList<Id>{InvitingInput, DocsInput, InvitesSubInput, OnboardingWork, TemplatesWork, ReminderWork}
        << QList<Id>{MetricInvitesSent} << QList<Id>{NorthStarNode};
    QTest::newRow("metric with a computation stays")
        << QList<Id>{CommentsInput} << QList<Id>{CommentsInput} << QList<Id>{} << QList<Id>{NorthStarNode};
    QTest::newRow("work item with two parents")
        << QList<Id>{TemplatesWork} << QList<Id>{TemplatesWork} << QList<Id>{} << QList<Id>{InvitingInput};
    QTest::newRow("sub-input")
        << QList<Id>{InvitesSubInput} << QList<Id>{InvitesSubInput, ReminderWork}
        << QList<Id>{MetricInvitesSent} << QList<Id>{InvitingInput};
    QTest::newRow("north star cannot be deleted")
        << QList<Id>{NorthStarNode} << QList<Id>{} << QList<Id>{} << QList<Id>{};
    QTest::newRow("north star stays, the input goes")
        << QList<Id>{NorthStarNode, DocsInput} << QList<Id>{DocsInput} << QList<Id>{} << QList<Id>{NorthStarNode};
    QTest::newRow("last node showing a blank shared metric")
        << QList<Id>{InvitingInput, RetentionInput}
        << QList<Id>{InvitingInput, InvitesSubInput, OnboardingWork, ReminderWork, RetentionInput}
        << QList<Id>{MetricTeamsInviting, MetricInvitesSent} << QList<Id>{RetentionNorthStar};
    QTest::newRow("unknown id") << QList<Id>{999} << QList<Id>{} << QList<Id>{} << QList<Id>{};
}

void TstEdits::deleteNodes()
{
    QFETCH(QList<Id>, toDelete);
    QFETCH(QList<Id>, goneNodes);
    QFETCH(QList<Id>, goneMetrics);
    QFETCH(QList<Id>, selectionAfter);

    m_doc->setSelection(toDelete);
    const QList<Id> selectionBefore = m_doc->selection();
    const WorkspaceData before = m_doc->data();
    Edit::deleteNodes(*m_doc, toDelete);
    NS_COMPARE_CONTENT(m_doc->data(), without(before, goneNodes, goneMetrics));
    if (goneNodes.isEmpty()) {
        QCOMPARE(m_doc->undoStack()->count(), 0);
        return;
    }
    QCOMPARE(m_doc->selection(), selectionAfter);
    verifyOneStep(before, selectionBefore, 0);
}

void TstEdits::connectNodes_data()
{
    QTest::addColumn<Id>("child");
    QTest::addColumn<Id>("parent");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("cycle: input under its own sub-input") << Id(InvitingInput) << Id(InvitesSubInput) << false;
    QTest::newRow("work cannot be a parent") << Id(DocsInput) << Id(OnboardingWork) << false;
    QTest::newRow("north star cannot be a child") << Id(NorthStarNode) << Id(InvitingInput) << false;
    QTest::newRow("existing link") << Id(InvitingInput) << Id(NorthStarNode) << false;
    QTest::newRow("itself") << Id(InvitingInput) << Id(InvitingInput) << false;
    QTest::newRow("across trees") << Id(RetentionInput) << Id(NorthStarNode) << false;
    QTest::newRow("work directly under the north star") << Id(OnboardingWork) << Id(NorthStarNode) << false;
    QTest::newRow("unknown node") << Id(999) << Id(NorthStarNode) << false;
    QTest::newRow("work gains a second parent") << Id(OnboardingWork) << Id(DocsInput) << true;
    QTest::newRow("work gains a third parent") << Id(TemplatesWork) << Id(InvitesSubInput) << true;
    QTest::newRow("input moves, keeping leverage and theory") << Id(DocsInput) << Id(InvitingInput) << true;
    QTest::newRow("sub-input moves up, keeping leverage 0.0") << Id(InvitesSubInput) << Id(NorthStarNode) << true;
}

void TstEdits::connectNodes()
{
    QFETCH(Id, child);
    QFETCH(Id, parent);
    QFETCH(bool, accepted);

    const WorkspaceData before = m_doc->data();
    QCOMPARE(Edit::connectNodes(*m_doc, child, parent), accepted);
    const WorkspaceData &data = m_doc->data();
    if (!accepted) {
        NS_COMPARE_CONTENT(data, before);
        QCOMPARE(m_doc->undoStack()->count(), 0);
        return;
    }
    const auto edge = data.edgeBetween(child, parent);
    QVERIFY(edge);
    QVERIFY(!before.edges.contains(edge->id));
    const QList<Id> parentsBefore = before.parentsOf(child);
    if (before.node(child)->kind == NodeKind::Input) {
        // An input drives one parent: the old link goes, its leverage and theory move along.
        QCOMPARE(data.parentsOf(child), QList<Id>{parent});
        const Edge old = *before.edgeBetween(child, parentsBefore.constFirst());
        QVERIFY(!data.edges.contains(old.id));
        QCOMPARE(edge->leverage.has_value(), old.leverage.has_value());
        QCOMPARE(edge->leverage.value_or(-1), old.leverage.value_or(-1));
        QCOMPARE(edge->theory, old.theory);
        QCOMPARE(data.edges.size(), before.edges.size());
    } else {
        QCOMPARE(sorted(data.parentsOf(child)), sorted(parentsBefore + QList<Id>{parent}));
        QVERIFY(!edge->leverage);
        QCOMPARE(data.edges.size(), before.edges.size() + 1);
    }
    QCOMPARE(m_doc->selection(), QList<Id>{child});
    verifyOneStep(before, {}, 0);
}

void TstEdits::disconnectEdge()
{
    const WorkspaceData before = m_doc->data();
    Edit::disconnectEdge(*m_doc, EdgeTemplatesToDocs);
    QCOMPARE(m_doc->data().parentsOf(TemplatesWork), QList<Id>{InvitingInput});
    QCOMPARE(m_doc->data().nodes.size(), before.nodes.size());
    verifyOneStep(before, {}, 0);
}

void TstEdits::moveNodesIsOneStep()
{
    m_doc->setSelection({NorthStarNode, OnboardingWork});
    const WorkspaceData before = m_doc->data();
    Edit::moveNodes(*m_doc, {{NorthStarNode, QPointF(10, 20)},
                             {OnboardingWork, QPointF(-3.5, 4.25)},
                             {TemplatesWork, QPointF(0, 0)},
                             {999, QPointF(1, 1)}});
    const WorkspaceData &data = m_doc->data();
    QVERIFY(data.node(NorthStarNode)->pinned);
    QCOMPARE(data.node(NorthStarNode)->position, QPointF(10, 20));
    QVERIFY(data.node(OnboardingWork)->pinned);
    QCOMPARE(data.node(OnboardingWork)->position, QPointF(-3.5, 4.25));
    QCOMPARE(data.node(TemplatesWork)->position, QPointF(0, 0));
    QCOMPARE(m_doc->selection(), (QList<Id>{NorthStarNode, OnboardingWork}));
    verifyOneStep(before, {NorthStarNode, OnboardingWork}, 0);
}

void TstEdits::unpinNodes()
{
    const WorkspaceData before = m_doc->data();
    Edit::unpinNodes(*m_doc, {TemplatesWork, OnboardingWork, 999});
    QVERIFY(!m_doc->data().node(TemplatesWork)->pinned);
    // The remembered position stays; only automatic layout takes over again.
    QCOMPARE(m_doc->data().node(TemplatesWork)->position, before.node(TemplatesWork)->position);
    verifyOneStep(before, {}, 0);
}

void TstEdits::mergeKeys_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<int>("steps");

    QTest::newRow("same key merges") << QStringList{u"name-11"_s, u"name-11"_s, u"name-11"_s} << 1;
    QTest::newRow("different keys do not") << QStringList{u"name-11"_s, u"unit-11"_s, u"name-11"_s} << 3;
    QTest::newRow("no key never merges") << QStringList{QString(), QString(), QString()} << 3;
    QTest::newRow("a new key starts a new step") << QStringList{u"a"_s, u"a"_s, u"b"_s, u"b"_s} << 2;
}

void TstEdits::mergeKeys()
{
    QFETCH(QStringList, keys);
    QFETCH(int, steps);

    const WorkspaceData before = m_doc->data();
    QString typed;
    for (const QString &key : std::as_const(keys)) {
        typed += u'x';
        Metric m = *m_doc->data().metric(MetricTeamsInviting);
        m.notes = typed;
        Edit::updateMetric(*m_doc, m, key);
    }
    QCOMPARE(m_doc->undoStack()->count(), steps);
    QCOMPARE(m_doc->data().metric(MetricTeamsInviting)->notes, typed);
    for (int i = 0; i < steps; ++i)
        m_doc->undoStack()->undo();
    NS_COMPARE_CONTENT(m_doc->data(), before);
    for (int i = 0; i < steps; ++i)
        m_doc->undoStack()->redo();
    QCOMPARE(m_doc->data().metric(MetricTeamsInviting)->notes, typed);
}

void TstEdits::mergeStopsAtOtherEdits()
{
    Edge e = *m_doc->data().edge(EdgeDocsToNorthStar);
    e.theory = u"a"_s;
    Edit::updateEdge(*m_doc, e, u"theory-41"_s);
    Edit::moveNodes(*m_doc, {{DocsInput, QPointF(1, 1)}});
    e.theory = u"ab"_s;
    Edit::updateEdge(*m_doc, e, u"theory-41"_s);
    QCOMPARE(m_doc->undoStack()->count(), 3);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->data().edge(EdgeDocsToNorthStar)->theory, u"a"_s);
}

void TstEdits::mergeStopsAtSavePoint()
{
    Node n = *m_doc->data().node(OnboardingWork);
    n.expectedImpact = u"+2%"_s;
    Edit::updateNode(*m_doc, n, u"impact-30"_s);
    m_doc->markSaved();
    QVERIFY(!m_doc->isModified());
    n.expectedImpact = u"+2% WAT"_s;
    Edit::updateNode(*m_doc, n, u"impact-30"_s);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    QVERIFY(m_doc->isModified());
    m_doc->undoStack()->undo();
    QVERIFY(!m_doc->isModified());
    QCOMPARE(m_doc->data().node(OnboardingWork)->expectedImpact, u"+2%"_s);
}

void TstEdits::candidateNotesMergePerCandidate()
{
    const WorkspaceData before = m_doc->data();
    Edit::setCandidateNotes(*m_doc, CandidatePayingTeams, u"l"_s);
    Edit::setCandidateNotes(*m_doc, CandidatePayingTeams, u"la"_s);
    Edit::setCandidateNotes(*m_doc, CandidatePayingTeams, u"lag"_s);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    Edit::setCandidateNotes(*m_doc, CandidateActiveTeams, u"core"_s);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    NS_COMPARE_CONTENT(m_doc->data(), before);
}

void TstEdits::addAnnotation_data()
{
    QTest::addColumn<Id>("metric");
    QTest::newRow("on a metric") << Id(MetricComments);
    QTest::newRow("on the workspace") << Id(0);
}

void TstEdits::addAnnotation()
{
    QFETCH(Id, metric);
    const WorkspaceData before = m_doc->data();
    const Id id = Edit::addAnnotation(*m_doc, QDate(2026, 5, 4), u"Pricing change"_s, metric);
    QVERIFY(id >= before.nextId);
    const Annotation a = m_doc->data().annotations.value(id);
    QCOMPARE(a.date, QDate(2026, 5, 4));
    QCOMPARE(a.text, u"Pricing change"_s);
    QCOMPARE(a.metricId, metric);
    QCOMPARE(m_doc->data().annotationsOf(metric).constLast().id, id);
    verifyOneStep(before, {}, 0);
}

void TstEdits::updateAndRemoveAnnotation()
{
    const WorkspaceData before = m_doc->data();
    Annotation a = before.annotations.value(AnnotationDocs);
    // Typing into the text merges into one step; another key starts another.
    for (const QString &text : {u"E"_s, u"Ed"_s, u"Editor v2"_s}) {
        a.text = text;
        Edit::updateAnnotation(*m_doc, a, u"annotation-text-73"_s);
    }
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->data().annotations.value(AnnotationDocs).text, u"Editor v2"_s);
    Edit::removeAnnotation(*m_doc, AnnotationDocs);
    QVERIFY(!m_doc->data().annotations.contains(AnnotationDocs));
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->data().annotations.value(AnnotationDocs).text, u"Editor v2"_s);
    m_doc->undoStack()->undo();
    NS_COMPARE_CONTENT(m_doc->data(), before);
}

void TstEdits::setReviewNote_data()
{
    QTest::addColumn<Id>("tree");
    QTest::addColumn<Id>("metric");
    QTest::addColumn<QDate>("period");
    QTest::addColumn<int>("grain");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("notesDelta");

    const QDate week(2026, 3, 2);
    const int weekly = int(ReviewGrain::Week);
    const int monthly = int(ReviewGrain::Month);
    QTest::newRow("new note on the review") << Id(RetentionTree) << Id(0) << week << weekly << u"Quiet"_s << 1;
    QTest::newRow("same period, other grain") << Id(GrowthTree) << Id(0) << week << monthly << u"Month"_s << 1;
    QTest::newRow("same period, other metric") << Id(GrowthTree) << Id(MetricDocsPerTeam) << week << weekly << u"Docs"_s << 1;
    QTest::newRow("same period, other tree") << Id(RetentionTree) << Id(MetricInvitesSent) << week << weekly << u"x"_s << 1;
    QTest::newRow("existing note changes") << Id(GrowthTree) << Id(0) << week << weekly << u"Better"_s << 0;
    QTest::newRow("emptied note goes") << Id(GrowthTree) << Id(MetricInvitesSent) << week << weekly << QString() << -1;
    QTest::newRow("blank note goes") << Id(GrowthTree) << Id(0) << week << weekly << u" \n "_s << -1;
}

void TstEdits::setReviewNote()
{
    QFETCH(Id, tree);
    QFETCH(Id, metric);
    QFETCH(QDate, period);
    QFETCH(int, grain);
    QFETCH(QString, text);
    QFETCH(int, notesDelta);

    const WorkspaceData before = m_doc->data();
    const ReviewGrain g = ReviewGrain(grain);
    const ReviewNote *existing = before.reviewNote(tree, metric, period, g);
    Edit::setReviewNote(*m_doc, tree, metric, period, g, text);
    const WorkspaceData &data = m_doc->data();
    QCOMPARE(data.reviewNotes.size(), before.reviewNotes.size() + notesDelta);
    const ReviewNote *note = data.reviewNote(tree, metric, period, g);
    if (notesDelta < 0) {
        QVERIFY(!note);
    } else {
        QVERIFY(note);
        QCOMPARE(note->text, text);
        if (existing)
            QCOMPARE(note->id, existing->id);
    }
    verifyOneStep(before, {}, 0);
}

// Typing a note, deleting it and typing again, with one merge key: one step, one note.
void TstEdits::reviewNoteTypedIsOneStep()
{
    const WorkspaceData before = m_doc->data();
    const QDate period(2026, 3, 9);
    for (const QString &text : {u"G"_s, u"Go"_s, QString(), u"O"_s, u"OK"_s})
        Edit::setReviewNote(*m_doc, GrowthTree, 0, period, ReviewGrain::Week, text, u"review-note-1"_s);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->data().reviewNotes.size(), before.reviewNotes.size() + 1);
    QCOMPARE(m_doc->data().reviewNote(GrowthTree, 0, period, ReviewGrain::Week)->text, u"OK"_s);
    m_doc->undoStack()->undo();
    NS_COMPARE_CONTENT(m_doc->data(), before);
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->data().reviewNote(GrowthTree, 0, period, ReviewGrain::Week)->text, u"OK"_s);
}

void TstEdits::deletedMetricTakesItsAnnotationsAndNotes()
{
    const WorkspaceData before = m_doc->data();
    Edit::deleteNodes(*m_doc, {InvitingInput, RetentionInput});
    const WorkspaceData &data = m_doc->data();
    // 11 and 13 went: annotations 70 and 71, notes 81 and 83 with them.
    QCOMPARE(data.annotations.keys(), (QList<Id>{AnnotationWorkspace, AnnotationDocs}));
    QCOMPARE(data.reviewNotes.keys(), (QList<Id>{NoteGrowthWeek, NoteRetentionMonth}));
    verifyOneStep(before, {}, 0);
    // Defined metrics stay, and so does what was written about them.
    Edit::deleteNodes(*m_doc, {DocsInput});
    QVERIFY(m_doc->data().annotations.contains(AnnotationDocs));
}

QTEST_GUILESS_MAIN(TstEdits)
#include "tst_edits.moc"
