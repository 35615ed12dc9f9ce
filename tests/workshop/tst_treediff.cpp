// The diff of two states of a tree (issue #11 §3): hand-made pairs from the sample workspace,
// one per kind of change, each with its sentence; items made again are matched by their
// metric or title; several changes come in tree order; identical trees give no change.

#include "workshop/treediff.h"

#include "../model/testworkspace.h"

#include <QTest>

#include <functional>

using namespace NorthStar;
using namespace NorthStar::TestWorkspace;
using namespace Qt::StringLiterals;

namespace {

using Edit = std::function<void(WorkspaceData &)>;

void addWork(WorkspaceData &d, Id id, const QString &title, Id parent, Id edgeId)
{
    Node n;
    n.id = id;
    n.treeId = GrowthTree;
    n.kind = NodeKind::Work;
    n.title = title;
    d.nodes.insert(n.id, n);
    d.edges.insert(edgeId, Edge{edgeId, GrowthTree, id, parent, std::nullopt, {}});
}

void removeNode(WorkspaceData &d, Id id)
{
    d.nodes.remove(id);
    for (const Edge &e : d.edgesAt(id))
        d.edges.remove(e.id);
}

} // namespace

Q_DECLARE_METATYPE(Edit)

class TstTreeDiff final : public QObject
{
    Q_OBJECT

private slots:
    void changes_data();
    void changes();
    void otherTreeIsNotCompared();
};

void TstTreeDiff::changes_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<QStringList>("lines");

    QTest::newRow("identical") << Edit([](WorkspaceData &) {}) << QStringList{} << QStringList{};
    QTest::newRow("added") << Edit([](WorkspaceData &d) { addWork(d, 90, u"Streak reminders"_s, DocsInput, 91); })
                           << QStringList{u"added"_s}
                           << QStringList{u"Added work item \"Streak reminders\" under \"Docs per team\""_s};
    QTest::newRow("added unconnected") << Edit([](WorkspaceData &d) {
        addWork(d, 90, u"Loose idea"_s, DocsInput, 91);
        d.edges.remove(91);
    }) << QStringList{u"added"_s} << QStringList{u"Added work item \"Loose idea\""_s};
    QTest::newRow("removed") << Edit([](WorkspaceData &d) { removeNode(d, OnboardingWork); })
                             << QStringList{u"removed"_s}
                             << QStringList{u"Removed work item \"Onboarding checklist\""_s};
    QTest::newRow("renamed input") << Edit([](WorkspaceData &d) { d.metrics[MetricDocsPerTeam].name = u"Docs per active team"_s; })
                                   << QStringList{u"renamed"_s}
                                   << QStringList{u"Renamed input \"Docs per team\" to \"Docs per active team\""_s};
    QTest::newRow("renamed work") << Edit([](WorkspaceData &d) { d.nodes[ReminderWork].title = u"Streak reminders"_s; })
                                  << QStringList{u"renamed"_s}
                                  << QStringList{u"Renamed work item \"Invite reminder\" to \"Streak reminders\""_s};
    QTest::newRow("moved") << Edit([](WorkspaceData &d) { d.edges[EdgeOnboardingToInviting].parentId = DocsInput; })
                           << QStringList{u"moved"_s}
                           << QStringList{u"Moved work item \"Onboarding checklist\" from \"Teams inviting\" to \"Docs per team\""_s};
    QTest::newRow("disconnected") << Edit([](WorkspaceData &d) { d.edges.remove(EdgeCommentsToNorthStar); })
                                  << QStringList{u"moved"_s}
                                  << QStringList{u"Disconnected input \"Comments\" from \"Weekly active teams\""_s};
    QTest::newRow("reweighted") << Edit([](WorkspaceData &d) { d.edges[EdgeDocsToNorthStar].leverage = 0.62; })
                                << QStringList{u"reweighted"_s}
                                << QStringList{u"Leverage of \"Docs per team\" → North Star: 0.5 → 0.62"_s};
    QTest::newRow("leverage set") << Edit([](WorkspaceData &d) { d.edges[EdgeReminderToInvites].leverage = 0.25; })
                                  << QStringList{u"reweighted"_s}
                                  << QStringList{u"Leverage of \"Invite reminder\" → \"Invites sent\": none → 0.25"_s};
    QTest::newRow("kind") << Edit([](WorkspaceData &d) {
        d.nodes[CommentsInput].kind = NodeKind::Work;
        d.nodes[CommentsInput].title = u"Comments"_s;
    }) << QStringList{u"kind"_s} << QStringList{u"Changed \"Comments\" from input to work item"_s};
    QTest::newRow("dimension") << Edit([](WorkspaceData &d) { d.metrics[MetricDocsPerTeam].dimension = Dimension::Depth; })
                               << QStringList{u"dimension"_s}
                               << QStringList{u"Dimension of input \"Docs per team\": No dimension → Depth"_s};
    QTest::newRow("status") << Edit([](WorkspaceData &d) { d.nodes[OnboardingWork].status = WorkStatus::Shipped; })
                            << QStringList{u"status"_s}
                            << QStringList{u"Status of work item \"Onboarding checklist\": In progress → Shipped"_s};
    QTest::newRow("ship date") << Edit([](WorkspaceData &d) { d.nodes[OnboardingWork].shipDate = QDate(2026, 3, 2); })
                               << QStringList{u"ship-date"_s}
                               << QStringList{u"Ship date of work item \"Onboarding checklist\": none → 2026-03-02"_s};
    QTest::newRow("target") << Edit([](WorkspaceData &d) {
        d.metrics[MetricActiveTeams].target.value = 1200;
        d.metrics[MetricActiveTeams].target.date = QDate(2026, 12, 31);
    }) << QStringList{u"target"_s}
       << QStringList{u"Target of North Star \"Weekly active teams\": none → 1200 by 2026-12-31"_s};
    QTest::newRow("work confidence") << Edit([](WorkspaceData &d) { d.nodes[OnboardingWork].confidence = Confidence::Low; })
                                     << QStringList{u"confidence"_s}
                                     << QStringList{u"Confidence in work item \"Onboarding checklist\": Not rated → Low confidence"_s};
    QTest::newRow("link confidence") << Edit([](WorkspaceData &d) { d.edges[EdgeDocsToNorthStar].confidence = Confidence::High; })
                                     << QStringList{u"confidence"_s}
                                     << QStringList{u"Confidence in the link \"Docs per team\" → North Star: Not rated → High confidence"_s};
    // Made again (a tree file imported over the tree): new ids, the same metric or title.
    QTest::newRow("input made again") << Edit([](WorkspaceData &d) {
        removeNode(d, DocsInput);
        Node n{};
        n.id = 95;
        n.treeId = GrowthTree;
        n.metricId = MetricDocsPerTeam;
        d.nodes.insert(n.id, n);
        d.edges.insert(96, Edge{96, GrowthTree, 95, NorthStarNode, 0.5, {}});
        d.edges.insert(97, Edge{97, GrowthTree, TemplatesWork, 95, std::nullopt, {}});
    }) << QStringList{} << QStringList{};
    QTest::newRow("work made again, re-weighted") << Edit([](WorkspaceData &d) {
        removeNode(d, OnboardingWork);
        addWork(d, 98, u"Onboarding checklist"_s, InvitingInput, 99);
        d.nodes[98].owner = u"Ana"_s;
        d.nodes[98].status = WorkStatus::InProgress;
        d.edges[99].leverage = 0.1;
    }) << QStringList{u"reweighted"_s}
       << QStringList{u"Leverage of \"Onboarding checklist\" → \"Teams inviting\": none → 0.1"_s};
    // Tree order: from the North Star down, children in link order; removed items last.
    QTest::newRow("tree order") << Edit([](WorkspaceData &d) {
        d.metrics[MetricDocsPerTeam].name = u"Docs"_s;
        removeNode(d, ReminderWork);
        d.nodes[OnboardingWork].status = WorkStatus::Shipped;
        addWork(d, 90, u"Digest"_s, NorthStarNode, 91);
    }) << QStringList{u"status"_s, u"renamed"_s, u"added"_s, u"removed"_s}
       << QStringList{u"Status of work item \"Onboarding checklist\": In progress → Shipped"_s,
                      u"Renamed input \"Docs per team\" to \"Docs\""_s,
                      u"Added work item \"Digest\" under \"Weekly active teams\""_s,
                      u"Removed work item \"Invite reminder\""_s};
}

void TstTreeDiff::changes()
{
    QFETCH(Edit, edit);
    QFETCH(QStringList, kinds);
    QFETCH(QStringList, lines);
    const WorkspaceData before = sample();
    WorkspaceData after = sample();
    edit(after);
    const TreeDiff diff = diffTrees(before, GrowthTree, after, GrowthTree);
    QStringList actualKinds;
    QStringList actualLines;
    for (const TreeChange &c : diff.changes) {
        actualKinds.append(toKey(c.kind));
        actualLines.append(c.text);
        QVERIFY(!c.item.isEmpty());
        QCOMPARE(c.nodeA == 0, c.kind == TreeChange::Kind::Added);
        QCOMPARE(c.nodeB == 0, c.kind == TreeChange::Kind::Removed);
    }
    QCOMPARE(actualLines, lines);
    QCOMPARE(actualKinds, kinds);
    QCOMPARE(diff.isEmpty(), lines.isEmpty());

    // Backwards, an addition is a removal and the other way round.
    const TreeDiff back = diffTrees(after, GrowthTree, before, GrowthTree);
    QCOMPARE(back.changes.size(), diff.changes.size());
}

void TstTreeDiff::otherTreeIsNotCompared()
{
    WorkspaceData after = sample();
    after.nodes[RetentionInput].metricId = MetricDocsPerTeam;
    after.edges.remove(EdgeRetentionInput);
    QVERIFY(diffTrees(sample(), GrowthTree, after, GrowthTree).isEmpty());
    QCOMPARE(diffTrees(sample(), RetentionTree, after, RetentionTree).changes.size(), 2);
}

QTEST_GUILESS_MAIN(TstTreeDiff)
#include "tst_treediff.moc"
