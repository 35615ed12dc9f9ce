// From a tree diff to the canvas's compare marks (issue #11 §3): each kind of change marks
// its card, connectors that are new, lead elsewhere or weigh differently are marked, and
// removed cards become ghosts anchored to the nearest card still there.

#include "canvas/diffmarks.h"
#include "render/cardstyle.h"
#include "versions/changemarks.h"

#include "../model/testworkspace.h"

#include <QTest>

using namespace NorthStar;
using namespace NorthStar::TestWorkspace;
using namespace Qt::StringLiterals;

class TstChangeMarks final : public QObject
{
    Q_OBJECT

private slots:
    void markOfEveryKind_data();
    void markOfEveryKind();
    void badgesInReadingOrder();
    void identicalTreesHaveNoMarks();
    void marksCardsAndConnectors();
    void ghostsAnchorToTheNearestCardLeft();
};

void TstChangeMarks::markOfEveryKind_data()
{
    QTest::addColumn<TreeChange::Kind>("kind");
    QTest::addColumn<int>("mark");
    QTest::newRow("added") << TreeChange::Kind::Added << int(DiffMark::Added);
    QTest::newRow("removed") << TreeChange::Kind::Removed << int(DiffMark::None);
    QTest::newRow("renamed") << TreeChange::Kind::Renamed << int(DiffMark::Renamed);
    QTest::newRow("moved") << TreeChange::Kind::Moved << int(DiffMark::Moved);
    QTest::newRow("reweighted") << TreeChange::Kind::Reweighted << int(DiffMark::Reweighted);
    QTest::newRow("kind") << TreeChange::Kind::KindChanged << int(DiffMark::Changed);
    QTest::newRow("dimension") << TreeChange::Kind::DimensionChanged << int(DiffMark::Changed);
    QTest::newRow("status") << TreeChange::Kind::StatusChanged << int(DiffMark::Changed);
    QTest::newRow("ship date") << TreeChange::Kind::ShipDateChanged << int(DiffMark::Changed);
    QTest::newRow("target") << TreeChange::Kind::TargetChanged << int(DiffMark::Changed);
    QTest::newRow("confidence") << TreeChange::Kind::ConfidenceChanged << int(DiffMark::Changed);
}

void TstChangeMarks::markOfEveryKind()
{
    QFETCH(TreeChange::Kind, kind);
    QFETCH(int, mark);
    QCOMPARE(markOf(kind).toInt(), mark);
}

void TstChangeMarks::badgesInReadingOrder()
{
    QCOMPARE(diffBadges(DiffMark::Reweighted | DiffMark::Added | DiffMark::Renamed),
             (QStringList{u"new"_s, u"renamed"_s, u"weight"_s}));
    QCOMPARE(diffBadges(DiffMark::Moved | DiffMark::Changed), (QStringList{u"moved"_s, u"changed"_s}));
    QVERIFY(diffBadges(DiffMark::None).isEmpty());
    QCOMPARE(removedBadge(), u"removed"_s);
}

void TstChangeMarks::identicalTreesHaveNoMarks()
{
    const WorkspaceData a = sample();
    const TreeDiff diff = diffTrees(a, GrowthTree, a, GrowthTree);
    QVERIFY(changeMarks(diff, a, GrowthTree, a, GrowthTree, CardStyle::standard()).isEmpty());
}

void TstChangeMarks::marksCardsAndConnectors()
{
    const WorkspaceData a = sample();
    WorkspaceData b = a;
    b.metrics[MetricDocsPerTeam].name = u"Docs per active team"_s;   // renamed
    b.edges[EdgeDocsToNorthStar].leverage = 0.62;                     // re-weighted
    b.edges[EdgeOnboardingToInviting].parentId = DocsInput;           // moved
    b.nodes[TemplatesWork].status = WorkStatus::Shipped;              // changed
    Node added;
    added.id = 90;
    added.treeId = GrowthTree;
    added.kind = NodeKind::Work;
    added.title = u"Comment digest"_s;
    b.nodes.insert(added.id, added);
    b.edges.insert(91, Edge{91, GrowthTree, added.id, CommentsInput, std::nullopt, {}});

    const TreeDiff diff = diffTrees(a, GrowthTree, b, GrowthTree);
    const DiffMarks marks = changeMarks(diff, a, GrowthTree, b, GrowthTree, CardStyle::standard());

    QCOMPARE(marks.node(DocsInput), DiffMark::Renamed | DiffMark::Reweighted);
    QCOMPARE(marks.node(OnboardingWork), DiffMarkSet(DiffMark::Moved));
    QCOMPARE(marks.node(TemplatesWork), DiffMarkSet(DiffMark::Changed));
    QCOMPARE(marks.node(90), DiffMarkSet(DiffMark::Added));
    QCOMPARE(marks.node(NorthStarNode), DiffMarkSet());
    QCOMPARE(marks.node(InvitingInput), DiffMarkSet());
    QCOMPARE(marks.nodes.size(), 4);

    QCOMPARE(marks.edge(EdgeDocsToNorthStar), DiffMarkSet(DiffMark::Reweighted));
    QCOMPARE(marks.edge(EdgeOnboardingToInviting), DiffMarkSet(DiffMark::Moved)); // now to Docs
    QCOMPARE(marks.edge(91), DiffMarkSet(DiffMark::Added));
    QCOMPARE(marks.edges.size(), 3);
    QVERIFY(marks.ghosts.isEmpty());
}

void TstChangeMarks::ghostsAnchorToTheNearestCardLeft()
{
    const WorkspaceData a = sample();
    WorkspaceData b = a;
    // The sub-input and the work under it go; a leaf under a kept card goes too.
    for (Id id : {Id(InvitesSubInput), Id(ReminderWork), Id(OnboardingWork)}) {
        b.nodes.remove(id);
        for (const Edge &e : a.edgesAt(id))
            b.edges.remove(e.id);
    }
    const TreeDiff diff = diffTrees(a, GrowthTree, b, GrowthTree);
    const DiffMarks marks = changeMarks(diff, a, GrowthTree, b, GrowthTree, CardStyle::standard());
    QVERIFY(marks.nodes.isEmpty());
    QVERIFY(marks.edges.isEmpty());
    QCOMPARE(marks.ghosts.size(), 3);
    QHash<Id, DiffGhost> ghosts;
    for (const DiffGhost &g : marks.ghosts)
        ghosts.insert(g.nodeId, g);

    const DiffGhost sub = ghosts.value(InvitesSubInput);
    QCOMPARE(sub.content.name, u"Invites sent"_s);
    QCOMPARE(sub.anchorId, Id(InvitingInput));
    QCOMPARE(sub.parentId, Id(InvitingInput));
    QVERIFY(!sub.rect.isNull());
    QVERIFY(!sub.anchorRect.isNull());
    // Below its input in the version's layout.
    QVERIFY(sub.rect.top() > sub.anchorRect.bottom());

    // Its parent is gone too: anchored further up, and no link to draw.
    const DiffGhost reminder = ghosts.value(ReminderWork);
    QCOMPARE(reminder.content.kind, NodeKind::Work);
    QCOMPARE(reminder.anchorId, Id(InvitingInput));
    QCOMPARE(reminder.parentId, Id(0));

    QCOMPARE(ghosts.value(OnboardingWork).parentId, Id(InvitingInput));
}

QTEST_MAIN(TstChangeMarks)
#include "tst_changemarks.moc"
