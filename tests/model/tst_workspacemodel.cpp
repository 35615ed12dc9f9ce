// WorkspaceModel applies ChangeSets: every kind of change applied and then inverted gives the
// content back exactly; `changed` reports each applied change once, `wasReset` each reset.

#include "model/changeset.h"
#include "model/workspacemodel.h"

#include "testworkspace.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace NorthStar;
using namespace NorthStar::TestWorkspace;
using namespace Qt::StringLiterals;

using ChangeMaker = std::function<ChangeSet(const WorkspaceData &)>;
Q_DECLARE_METATYPE(ChangeMaker)

class TstWorkspaceModel final : public QObject
{
    Q_OBJECT

private slots:
    void applyAndInvert_data();
    void applyAndInvert();
    void emptyChangeIsSilent();
    void updateWithEqualValuesRecordsNothing();
    void repeatedChangesToOneEntityUnwind();
    void resetReplacesContentAndIds();
    void touchedNodeIds();
    void whatAChangeTouches_data();
    void whatAChangeTouches();
};

void TstWorkspaceModel::applyAndInvert_data()
{
    QTest::addColumn<ChangeMaker>("make");
    // What the model should hold afterwards, made independently of apply().
    QTest::addColumn<std::function<void(WorkspaceData &)>>("expect");

    auto row = [](const char *name, ChangeMaker make, std::function<void(WorkspaceData &)> expect) {
        QTest::newRow(name) << make << expect;
    };
    Metric newMetric;
    newMetric.id = 100;
    newMetric.name = u"Ünïcode ✓"_s;
    row("add metric", [=](const WorkspaceData &) { ChangeSet c; c.add(newMetric); return c; },
        [=](WorkspaceData &d) { d.metrics.insert(100, newMetric); });
    row("remove metric", [](const WorkspaceData &d) { ChangeSet c; c.remove(*d.metric(MetricPayingTeams)); return c; },
        [](WorkspaceData &d) { d.metrics.remove(MetricPayingTeams); });
    row("update metric", [](const WorkspaceData &d) {
        Metric m = *d.metric(MetricDocsPerTeam);
        m.target.value = 12;
        ChangeSet c;
        c.update(*d.metric(MetricDocsPerTeam), m);
        return c;
    }, [](WorkspaceData &d) { d.metrics[MetricDocsPerTeam].target.value = 12; });
    row("update tree", [](const WorkspaceData &d) {
        Tree t = *d.tree(GrowthTree);
        t.order = 5;
        ChangeSet c;
        c.update(*d.tree(GrowthTree), t);
        return c;
    }, [](WorkspaceData &d) { d.trees[GrowthTree].order = 5; });
    row("remove node with its edges", [](const WorkspaceData &d) {
        ChangeSet c;
        for (const Edge &e : d.edgesAt(ReminderWork))
            c.remove(e);
        c.remove(*d.node(ReminderWork));
        return c;
    }, [](WorkspaceData &d) { d.nodes.remove(ReminderWork); d.edges.remove(EdgeReminderToInvites); });
    row("update edge leverage to null", [](const WorkspaceData &d) {
        Edge e = *d.edge(EdgeDocsToNorthStar);
        e.leverage.reset();
        ChangeSet c;
        c.update(*d.edge(EdgeDocsToNorthStar), e);
        return c;
    }, [](WorkspaceData &d) { d.edges[EdgeDocsToNorthStar].leverage.reset(); });
    row("update candidate", [](const WorkspaceData &d) {
        Candidate cand = d.candidates.value(CandidatePayingTeams);
        cand.answers[3] = Answer::Yes;
        ChangeSet c;
        c.update(d.candidates.value(CandidatePayingTeams), cand);
        return c;
    }, [](WorkspaceData &d) { d.candidates[CandidatePayingTeams].answers[3] = Answer::Yes; });
    row("add setting", [](const WorkspaceData &) {
        ChangeSet c;
        c.settings.append({std::nullopt, Setting{u"week-start"_s, u"sunday"_s}});
        return c;
    }, [](WorkspaceData &d) { d.settings.insert(u"week-start"_s, u"sunday"_s); });
    row("update setting", [](const WorkspaceData &) {
        ChangeSet c;
        c.update(Setting{u"timezone"_s, u"Europe/Berlin"_s}, Setting{u"timezone"_s, u"UTC"_s});
        return c;
    }, [](WorkspaceData &d) { d.settings.insert(u"timezone"_s, u"UTC"_s); });
    row("remove setting", [](const WorkspaceData &) {
        ChangeSet c;
        c.settings.append({Setting{u"timezone"_s, u"Europe/Berlin"_s}, std::nullopt});
        return c;
    }, [](WorkspaceData &d) { d.settings.remove(u"timezone"_s); });
    row("everything at once", [=](const WorkspaceData &d) {
        ChangeSet c;
        c.add(newMetric);
        c.remove(*d.edge(EdgeTemplatesToDocs));
        Node n = *d.node(NorthStarNode);
        n.pinned = true;
        c.update(*d.node(NorthStarNode), n);
        c.remove(d.candidates.value(CandidateActiveTeams));
        return c;
    }, [=](WorkspaceData &d) {
        d.metrics.insert(100, newMetric);
        d.edges.remove(EdgeTemplatesToDocs);
        d.nodes[NorthStarNode].pinned = true;
        d.candidates.remove(CandidateActiveTeams);
    });
}

void TstWorkspaceModel::applyAndInvert()
{
    QFETCH(ChangeMaker, make);
    QFETCH(std::function<void(WorkspaceData &)>, expect);

    WorkspaceModel model;
    model.reset(sample());
    const WorkspaceData before = model.data();
    WorkspaceData expected = before;
    expect(expected);
    const ChangeSet change = make(before);
    QVERIFY(!change.isEmpty());

    QSignalSpy changed(&model, &WorkspaceModel::changed);
    QSignalSpy reset(&model, &WorkspaceModel::wasReset);
    model.apply(change);
    NS_COMPARE_CONTENT(model.data(), expected);
    QCOMPARE(changed.count(), 1);
    const auto reported = changed.first().first().value<ChangeSet>();
    QCOMPARE(reported.nodes.size(), change.nodes.size());
    QCOMPARE(reported.metrics.size(), change.metrics.size());
    QCOMPARE(reported.settings.size(), change.settings.size());
    QVERIFY(model.data().nextId > 100 || !expected.metrics.contains(100));

    model.apply(change.inverted());
    NS_COMPARE_CONTENT(model.data(), before);
    QCOMPARE(changed.count(), 2);
    model.apply(change);
    NS_COMPARE_CONTENT(model.data(), expected);
    QCOMPARE(reset.count(), 0);
}

void TstWorkspaceModel::emptyChangeIsSilent()
{
    WorkspaceModel model;
    QSignalSpy changed(&model, &WorkspaceModel::changed);
    model.apply(ChangeSet{});
    QCOMPARE(changed.count(), 0);
}

void TstWorkspaceModel::updateWithEqualValuesRecordsNothing()
{
    const WorkspaceData d = sample();
    ChangeSet c;
    c.update(*d.node(NorthStarNode), *d.node(NorthStarNode));
    c.update(*d.metric(MetricActiveTeams), *d.metric(MetricActiveTeams));
    c.update(Setting{u"k"_s, u"v"_s}, Setting{u"k"_s, u"v"_s});
    QVERIFY(c.isEmpty());
}

void TstWorkspaceModel::repeatedChangesToOneEntityUnwind()
{
    WorkspaceModel model;
    model.reset(sample());
    const WorkspaceData before = model.data();
    Node a = *before.node(OnboardingWork);
    Node b = a;
    b.title = u"b"_s;
    Node c = b;
    c.title = u"c"_s;
    ChangeSet change;
    change.update(a, b);
    change.update(b, c);
    change.remove(c);
    model.apply(change);
    QVERIFY(!model.data().node(OnboardingWork));
    model.apply(change.inverted());
    NS_COMPARE_CONTENT(model.data(), before);
}

void TstWorkspaceModel::resetReplacesContentAndIds()
{
    WorkspaceModel model;
    QSignalSpy reset(&model, &WorkspaceModel::wasReset);
    QSignalSpy changed(&model, &WorkspaceModel::changed);
    WorkspaceData data = sample();
    data.nextId = 1;  // as a reader might leave it: the model must not hand out used ids
    model.reset(data);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(changed.count(), 0);
    NS_COMPARE_CONTENT(model.data(), sample());
    const Id id = model.allocateId();
    QVERIFY(id > Id(EdgeRetentionInput));
    QVERIFY(model.allocateId() > id);
}

void TstWorkspaceModel::touchedNodeIds()
{
    const WorkspaceData d = sample();
    ChangeSet c;
    c.remove(*d.node(ReminderWork));
    Node n = *d.node(NorthStarNode);
    n.pinned = true;
    c.update(*d.node(NorthStarNode), n);
    QCOMPARE(c.touchedNodeIds(), (QList<Id>{ReminderWork, NorthStarNode}));
}

void TstWorkspaceModel::whatAChangeTouches_data()
{
    QTest::addColumn<ChangeMaker>("make");
    QTest::addColumn<bool>("touchesGrowth");
    QTest::addColumn<bool>("touchesRetention");
    QTest::addColumn<bool>("growthStructure");
    QTest::addColumn<bool>("onlyPlaces");

    auto row = [](const char *name, ChangeMaker make, bool growth, bool retention, bool structure, bool places) {
        QTest::newRow(name) << make << growth << retention << structure << places;
    };
    const auto node = [](Id id, const std::function<void(Node &)> &edit) {
        return [=](const WorkspaceData &d) {
            Node n = *d.node(id);
            edit(n);
            ChangeSet c;
            c.update(*d.node(id), n);
            return c;
        };
    };
    const auto metric = [](Id id, const std::function<void(Metric &)> &edit) {
        return [=](const WorkspaceData &d) {
            Metric m = *d.metric(id);
            edit(m);
            ChangeSet c;
            c.update(*d.metric(id), m);
            return c;
        };
    };
    row("rename work", node(OnboardingWork, [](Node &n) { n.title = u"Checklist"_s; }), true, false, false, false);
    row("move and pin", node(OnboardingWork, [](Node &n) { n.pinned = true; n.position = QPointF(5, 5); }),
        true, false, false, true);
    row("another kind", node(CommentsInput, [](Node &n) { n.kind = NodeKind::Work; }), true, false, true, false);
    row("to another tree", node(CommentsInput, [](Node &n) { n.treeId = RetentionTree; }), true, true, true, false);
    row("remove work", [](const WorkspaceData &d) { ChangeSet c; c.remove(*d.node(ReminderWork)); return c; },
        true, false, true, false);
    row("metric of growth only", metric(MetricDocsPerTeam, [](Metric &m) { m.name = u"Docs"_s; }),
        true, false, false, false);
    row("metric shared by both", metric(MetricTeamsInviting, [](Metric &m) { m.unit = u"teams"_s; }),
        true, true, false, false);
    row("guardrail metric", metric(MetricSupportTickets, [](Metric &m) { m.owner = u"Support"_s; }),
        false, true, false, false);
    row("candidate's metric", metric(MetricPayingTeams, [](Metric &m) { m.name = u"Payers"_s; }),
        true, false, false, false);
    row("edge leverage", [](const WorkspaceData &d) {
        Edge e = *d.edge(EdgeDocsToNorthStar);
        e.leverage = 0.9;
        ChangeSet c;
        c.update(*d.edge(EdgeDocsToNorthStar), e);
        return c;
    }, true, false, false, false);
    row("edge re-attached", [](const WorkspaceData &d) {
        Edge e = *d.edge(EdgeReminderToInvites);
        e.parentId = DocsInput;
        ChangeSet c;
        c.update(*d.edge(EdgeReminderToInvites), e);
        return c;
    }, true, false, true, false);
    row("tree record", [](const WorkspaceData &d) {
        Tree t = *d.tree(RetentionTree);
        t.game = Game::Attention;
        ChangeSet c;
        c.update(*d.tree(RetentionTree), t);
        return c;
    }, false, true, false, false);
    row("setting", [](const WorkspaceData &) {
        ChangeSet c;
        c.update(Setting{u"timezone"_s, u"Europe/Berlin"_s}, Setting{u"timezone"_s, u"UTC"_s});
        return c;
    }, false, false, false, false);
}

void TstWorkspaceModel::whatAChangeTouches()
{
    QFETCH(ChangeMaker, make);
    QFETCH(bool, touchesGrowth);
    QFETCH(bool, touchesRetention);
    QFETCH(bool, growthStructure);
    QFETCH(bool, onlyPlaces);
    WorkspaceModel model;
    model.reset(sample());
    const ChangeSet change = make(model.data());
    model.apply(change);
    QCOMPARE(change.touchesTree(GrowthTree, model.data()), touchesGrowth);
    QCOMPARE(change.touchesTree(RetentionTree, model.data()), touchesRetention);
    QCOMPARE(change.changesStructure(GrowthTree), growthStructure);
    QCOMPARE(change.onlyPlacesNodes(), onlyPlaces);
    // Undo reaches the same trees.
    const ChangeSet undo = change.inverted();
    model.apply(undo);
    QCOMPARE(undo.touchesTree(GrowthTree, model.data()), touchesGrowth);
    QCOMPARE(undo.changesStructure(GrowthTree), growthStructure);
}

QTEST_GUILESS_MAIN(TstWorkspaceModel)
#include "tst_workspacemodel.moc"
