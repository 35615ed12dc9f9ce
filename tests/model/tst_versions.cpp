// Saved versions of a tree (issue #11 §3): saving refuses empty and duplicate names;
// rename, remove and restore are single undo steps; a version goes with its tree and comes
// back on undo; restoring gives the tree its content back with its id and name, and brings
// back a catalog record that went away.

#include "model/document.h"
#include "model/edits.h"
#include "model/treeversion.h"

#include "testworkspace.h"

#include <QTest>
#include <QUndoStack>

using namespace NorthStar;
using namespace NorthStar::TestWorkspace;
using namespace Qt::StringLiterals;

class TstVersions final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void saveKeepsTheTree();
    void namesAreChecked_data();
    void namesAreChecked();
    void renameAndRemoveUndo();
    void goesWithItsTree();
    void restoreIsOneStep();
    void restoreBringsBackRemovedMetric();

private:
    std::unique_ptr<Document> m_doc;
};

void TstVersions::init()
{
    m_doc = std::make_unique<Document>();
    m_doc->load(sample(), {});
}

void TstVersions::saveKeepsTheTree()
{
    const auto id = Edit::saveVersion(*m_doc, GrowthTree, u"  Hypothesis v1  "_s);
    QVERIFY2(id, qPrintable(id ? QString() : id.error()));
    const TreeVersion &v = m_doc->data().versions.value(*id);
    QCOMPARE(v.name, u"Hypothesis v1"_s);
    QCOMPARE(v.treeId, Id(GrowthTree));
    QCOMPARE(v.saved.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(v.saved.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    const auto content = TreeVersions::content(v);
    QVERIFY(content);
    const Id treeId = TreeVersions::treeOf(*content);
    // The nodes and metrics keep their ids; edges and candidates are the same links.
    QCOMPARE(content->nodesOfTree(treeId).size(), m_doc->data().nodesOfTree(GrowthTree).size());
    for (const Node &n : m_doc->data().nodesOfTree(GrowthTree)) {
        QVERIFY(content->node(n.id));
        QCOMPARE(content->nodeTitle(*content->node(n.id)), m_doc->data().nodeTitle(n));
    }
    QCOMPARE(content->edges.size(), m_doc->data().edgesOfTree(GrowthTree).size());
    QCOMPARE(content->candidates.size(), 2);
    QVERIFY(content->metrics.contains(MetricPayingTeams));
    QVERIFY(!content->metrics.contains(MetricRetainedTeams));
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->data().versions.isEmpty());
}

void TstVersions::namesAreChecked_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << u"A version needs a name."_s;
    QTest::newRow("blank") << u"   "_s << u"A version needs a name."_s;
    QTest::newRow("duplicate") << u"V1"_s
                               << u"The tree \"Growth\" has a version \"v1\" already; choose another name."_s;
}

void TstVersions::namesAreChecked()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    QVERIFY(Edit::saveVersion(*m_doc, GrowthTree, u"v1"_s));
    const int steps = m_doc->undoStack()->count();
    const auto saved = Edit::saveVersion(*m_doc, GrowthTree, name);
    QVERIFY(!saved);
    QCOMPARE(saved.error(), message);
    QCOMPARE(m_doc->undoStack()->count(), steps);
    // Another tree may have a version of that name.
    if (!name.trimmed().isEmpty())
        QVERIFY(Edit::saveVersion(*m_doc, RetentionTree, name));
}

void TstVersions::renameAndRemoveUndo()
{
    const Id v1 = *Edit::saveVersion(*m_doc, GrowthTree, u"v1"_s);
    const Id v2 = *Edit::saveVersion(*m_doc, GrowthTree, u"v2"_s);
    QVERIFY(!Edit::renameVersion(*m_doc, v2, u"V1"_s));
    QVERIFY(Edit::renameVersion(*m_doc, v2, u"Workshop 3 Dec"_s));
    QCOMPARE(m_doc->data().versions.value(v2).name, u"Workshop 3 Dec"_s);
    Edit::removeVersion(*m_doc, v1);
    QVERIFY(!m_doc->data().versions.contains(v1));
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->data().versions.contains(v1));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->data().versions.value(v2).name, u"v2"_s);
}

void TstVersions::goesWithItsTree()
{
    const Id v1 = *Edit::saveVersion(*m_doc, GrowthTree, u"v1"_s);
    const WorkspaceData saved = m_doc->data();
    Edit::removeTree(*m_doc, GrowthTree);
    QVERIFY(m_doc->data().versions.isEmpty());
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->data().versions.contains(v1));
    NS_COMPARE_CONTENT(m_doc->data(), saved);
}

void TstVersions::restoreIsOneStep()
{
    const Id v1 = *Edit::saveVersion(*m_doc, GrowthTree, u"v1"_s);
    const WorkspaceData saved = m_doc->data();
    // Several edits after the version: a rename, a new node, a deleted one, a leverage, a move.
    Node work = m_doc->data().nodes.value(OnboardingWork);
    work.title = u"Checklist"_s;
    Edit::updateNode(*m_doc, work);
    Edit::addChild(*m_doc, DocsInput);
    Edit::deleteNodes(*m_doc, {ReminderWork});
    Edge edge = m_doc->data().edges.value(EdgeDocsToNorthStar);
    edge.leverage = 0.9;
    Edit::updateEdge(*m_doc, edge);
    Edit::disconnectEdge(*m_doc, EdgeCommentsToNorthStar);
    const WorkspaceData edited = m_doc->data();
    const int steps = m_doc->undoStack()->count();

    const auto restored = Edit::restoreVersion(*m_doc, v1);
    QVERIFY2(restored, qPrintable(restored ? QString() : restored.error()));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    // Node ids, names and links are as saved; the one re-made link has a new id.
    const WorkspaceData now = m_doc->data();
    QVERIFY(now.tree(GrowthTree));
    QCOMPARE(now.tree(GrowthTree)->name, u"Growth"_s);
    QCOMPARE(now.nodesOfTree(GrowthTree).size(), saved.nodesOfTree(GrowthTree).size());
    for (const Node &n : saved.nodesOfTree(GrowthTree))
        QCOMPARE(now.nodes.value(n.id), n);
    QCOMPARE(now.edgesOfTree(GrowthTree).size(), saved.edgesOfTree(GrowthTree).size());
    for (const Edge &e : saved.edgesOfTree(GrowthTree)) {
        const auto same = now.edgeBetween(e.childId, e.parentId);
        QVERIFY(same);
        QCOMPARE(same->leverage, e.leverage);
        QCOMPARE(same->theory, e.theory);
    }
    QCOMPARE(now.candidatesOfTree(GrowthTree), saved.candidatesOfTree(GrowthTree));
    QCOMPARE(now.nodesOfTree(RetentionTree), saved.nodesOfTree(RetentionTree));

    m_doc->undoStack()->undo();
    NS_COMPARE_CONTENT(m_doc->data(), edited);
    m_doc->undoStack()->redo();
    NS_COMPARE_CONTENT(m_doc->data(), now);
}

void TstVersions::restoreBringsBackRemovedMetric()
{
    const Id v1 = *Edit::saveVersion(*m_doc, GrowthTree, u"v1"_s);
    // "Invites sent" is blank: deleting its node drops the record from the catalog.
    Edit::deleteNodes(*m_doc, {InvitesSubInput});
    QVERIFY(!m_doc->data().metric(MetricInvitesSent));
    QVERIFY(Edit::restoreVersion(*m_doc, v1));
    const Node *node = m_doc->data().node(InvitesSubInput);
    QVERIFY(node);
    QVERIFY(m_doc->data().metric(node->metricId));
    QCOMPARE(m_doc->data().metric(node->metricId)->name, u"Invites sent"_s);
    QCOMPARE(m_doc->data().childrenOf(InvitesSubInput), QList<Id>{ReminderWork});
}

QTEST_GUILESS_MAIN(TstVersions)
#include "tst_versions.moc"
