// Every bundled template loads, is a well-formed North Star tree a workshop can start from,
// passes lint, and survives the document and the workspace file.

#include "model/document.h"
#include "model/edits.h"
#include "storage/workspacefile.h"
#include "workshop/lint.h"
#include "workshop/templates.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace NorthStar;

class TestTemplates final : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryTemplate();
    void unknownTemplate();
    void structure_data();
    void structure();
    void noLintFindings_data() { structure_data(); }
    void noLintFindings();
    void addsToDocument_data() { structure_data(); }
    void addsToDocument();
    void roundTripsThroughWorkspaceFile_data() { structure_data(); }
    void roundTripsThroughWorkspaceFile();
    void emptyWorkspace();
};

void TestTemplates::listsEveryTemplate()
{
    const QStringList expected{u"airbnb"_s, u"slack"_s, u"spotify"_s, u"amplitude"_s,
                               u"professional-network"_s, u"attention"_s, u"transaction"_s,
                               u"productivity"_s};
    QCOMPARE(Templates::keys(), expected);
    const QList<Templates::Info> infos = Templates::list();
    QCOMPARE(infos.size(), expected.size());
    for (const Templates::Info &info : infos) {
        QVERIFY2(!info.name.isEmpty(), qPrintable(info.key));
        QVERIFY2(!info.description.isEmpty(), qPrintable(info.key));
        QVERIFY2(!info.description.contains(u'\n'), qPrintable(info.key));
    }
}

void TestTemplates::unknownTemplate()
{
    const auto data = Templates::load(u"myspace"_s);
    QVERIFY(!data);
    QVERIFY2(data.error().contains(u"myspace"_s), qPrintable(data.error()));
    QVERIFY2(data.error().contains(u"professional-network"_s), qPrintable(data.error()));
}

void TestTemplates::structure_data()
{
    QTest::addColumn<QString>("key");
    for (const QString &key : Templates::keys())
        QTest::newRow(qPrintable(key)) << key;
}

void TestTemplates::structure()
{
    QFETCH(QString, key);
    const auto loaded = Templates::load(key);
    QVERIFY2(loaded, qPrintable(loaded.ok() ? QString() : loaded.error()));
    const WorkspaceData &data = *loaded;
    QCOMPARE(data.trees.size(), 1);
    const Tree &tree = data.trees.first();
    QVERIFY(!tree.name.isEmpty());
    QVERIFY(tree.game != Game::Unset);

    const Metric *guardrail = data.metric(tree.guardrailMetricId);
    QVERIFY(guardrail);
    QVERIFY(!guardrail->definition.isEmpty());
    QVERIFY(!guardrail->unit.isEmpty());

    const Node *northStar = data.northStarOf(tree.id);
    QVERIFY(northStar);
    const Metric *nsMetric = data.metric(northStar->metricId);
    QVERIFY(nsMetric);
    QVERIFY(nsMetric->definition.size() > 60);  // precise, not a label
    QVERIFY(!nsMetric->unit.isEmpty());
    QVERIFY(nsMetric->id != guardrail->id);
    int northStars = 0;
    for (const Node &n : data.nodes)
        northStars += n.kind == NodeKind::NorthStar;
    QCOMPARE(northStars, 1);

    const QList<Id> inputs = data.childrenOf(northStar->id);
    QVERIFY2(inputs.size() >= 3 && inputs.size() <= 5, qPrintable(QString::number(inputs.size())));
    for (const Node &n : data.nodes) {
        if (n.kind != NodeKind::Input)
            continue;
        const Metric *m = data.metric(n.metricId);
        QVERIFY(m);
        QVERIFY2(m->dimension != Dimension::None, qPrintable(m->name));
        QVERIFY2(!m->definition.isEmpty() && !m->unit.isEmpty() && !m->owner.isEmpty(), qPrintable(m->name));
        QCOMPARE(data.parentsOf(n.id).size(), 1);
        int work = 0;
        for (Id child : data.childrenOf(n.id))
            work += data.node(child)->kind == NodeKind::Work;
        QVERIFY2(work >= 1 && work <= 3, qPrintable(m->name));
    }
    for (const Node &n : data.nodes) {
        if (n.kind != NodeKind::Work)
            continue;
        QVERIFY(!n.title.isEmpty());
        QVERIFY2(!n.expectedImpact.isEmpty(), qPrintable(n.title));
        const QList<Id> parents = data.parentsOf(n.id);
        QCOMPARE(parents.size(), 1);
        QCOMPARE(data.node(parents.constFirst())->kind, NodeKind::Input);
    }
    for (const Edge &e : data.edges)
        QVERIFY2(!e.theory.isEmpty(), qPrintable(data.nodeTitle(*data.node(e.childId))));

    // The chosen North Star is a candidate with the checklist answered in its favour.
    bool chosenIsCandidate = false;
    for (const Candidate &c : data.candidates) {
        QCOMPARE(c.treeId, tree.id);
        QVERIFY(data.metric(c.metricId));
        if (c.metricId != northStar->metricId)
            continue;
        chosenIsCandidate = true;
        for (int i = 0; i < checklistItemCount; ++i)
            QCOMPARE(c.answers[static_cast<std::size_t>(i)], goodAnswer(static_cast<ChecklistItem>(i)));
    }
    QVERIFY(chosenIsCandidate);

    // Ids are unique across all entities, as in a workspace.
    QSet<Id> ids;
    qsizetype count = 0;
    for (Id id : data.metrics.keys() + data.trees.keys() + data.nodes.keys() + data.edges.keys()
                     + data.candidates.keys()) {
        ids.insert(id);
        ++count;
    }
    QCOMPARE(ids.size(), count);
}

void TestTemplates::noLintFindings()
{
    QFETCH(QString, key);
    const auto data = Templates::load(key);
    QVERIFY(data);
    QStringList messages;
    for (const Lint::Finding &f : Lint::lintTree(*data, data->trees.firstKey()))
        messages.append(f.message);
    QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
}

void TestTemplates::addsToDocument()
{
    QFETCH(QString, key);
    const auto data = Templates::load(key);
    QVERIFY(data);
    Document doc;
    const Id treeId = Edit::addTree(doc, *data, u"Workshop"_s);
    QVERIFY(doc.data().tree(treeId));
    QCOMPARE(doc.data().nodesOfTree(treeId).size(), data->nodes.size());
    QCOMPARE(doc.data().edgesOfTree(treeId).size(), data->edges.size());
    QCOMPARE(doc.data().candidatesOfTree(treeId).size(), data->candidates.size());
    QVERIFY(doc.data().metric(doc.data().tree(treeId)->guardrailMetricId));
    QVERIFY(Lint::lintTree(doc.data(), treeId).isEmpty());
}

void TestTemplates::roundTripsThroughWorkspaceFile()
{
    QFETCH(QString, key);
    const auto data = Templates::load(key);
    QVERIFY(data);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(key + u".northstar"_s);
    const auto written = WorkspaceFile::write(path, *data);
    QVERIFY2(written, qPrintable(written.ok() ? QString() : written.error()));
    const auto read = WorkspaceFile::read(path);
    QVERIFY2(read, qPrintable(read.ok() ? QString() : read.error()));
    QCOMPARE(read->metrics, data->metrics);
    QCOMPARE(read->nodes, data->nodes);
    QCOMPARE(read->edges, data->edges);
    QCOMPARE(read->candidates, data->candidates);
    QCOMPARE(read->trees, data->trees);
}

void TestTemplates::emptyWorkspace()
{
    const WorkspaceData data = Templates::emptyWorkspace(u"Main"_s);
    QCOMPARE(data.trees.size(), 1);
    const Tree &tree = data.trees.first();
    QCOMPARE(tree.name, u"Main"_s);
    const Node *northStar = data.northStarOf(tree.id);
    QVERIFY(northStar);
    QCOMPARE(data.candidatesOfTree(tree.id).size(), 1);
    QCOMPARE(data.candidatesOfTree(tree.id).constFirst().metricId, northStar->metricId);
    QStringList rules;
    for (const Lint::Finding &f : Lint::lintTree(data, tree.id))
        rules.append(f.rule);
    QCOMPARE(rules, (QStringList{u"north-star-no-definition"_s, u"no-guardrail"_s, u"input-count"_s}));
}

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
