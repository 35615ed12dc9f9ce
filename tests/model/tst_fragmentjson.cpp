// The clipboard and template format: a fragment survives JSON unchanged, and JSON that is not
// a fragment, comes from a newer version or refers to things it does not contain is refused
// with a message.

#include "model/fragmentjson.h"

#include "testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace NorthStar;
using namespace NorthStar::TestWorkspace;
using namespace Qt::StringLiterals;

namespace {

// A fragment with every field the format carries, in the shape fragmentFromJson produces
// (tree id 1; unpinned nodes at the origin; edges keyed by (child, parent)).
WorkspaceData richFragment()
{
    WorkspaceData f;
    Tree t;
    t.id = 1;
    t.name = u"Produktivität ✓"_s;
    t.game = Game::Productivity;
    t.guardrailMetricId = 7;
    f.trees.insert(t.id, t);
    Metric ns;
    ns.id = 5;
    ns.name = u"Weekly active teams"_s;
    ns.definition = u"Teams with ≥3 members active"_s;
    ns.unit = u"teams"_s;
    ns.owner = u"Zoë"_s;
    ns.target.value = 1200;
    ns.target.date = QDate(2026, 12, 31);
    ns.notes = u"line 1\nline 2 \"quoted\""_s;
    ns.dimension = Dimension::Breadth;
    ns.computation = QJsonObject{{u"kind"_s, u"active-users"_s}, {u"window"_s, 7},
                                 {u"events"_s, QJsonArray{u"open"_s, u"edit"_s}}};
    Metric input;
    input.id = 6;
    input.name = u"招待されたチーム"_s;
    input.dimension = Dimension::Frequency;
    Metric guard;
    guard.id = 7;
    guard.name = u"Support tickets"_s;
    for (const Metric &m : {ns, input, guard})
        f.metrics.insert(m.id, m);
    Node nsNode;
    nsNode.id = 10;
    nsNode.treeId = 1;
    nsNode.kind = NodeKind::NorthStar;
    nsNode.metricId = 5;
    nsNode.pinned = true;
    nsNode.position = QPointF(-10.5, 0.125);
    Node inputNode;
    inputNode.id = 11;
    inputNode.treeId = 1;
    inputNode.kind = NodeKind::Input;
    inputNode.metricId = 6;
    Node work;
    work.id = 12;
    work.treeId = 1;
    work.kind = NodeKind::Work;
    work.title = u"Ship the 🚀 digest"_s;
    work.owner = u"Ana"_s;
    work.workType = WorkType::Experiment;
    work.status = WorkStatus::Shipped;
    work.shipDate = QDate(2024, 2, 29);
    work.expectedImpact = u"+5%"_s;
    Node work2 = work;
    work2.id = 13;
    work2.title = u"Idea"_s;
    work2.workType = WorkType::Feature;
    work2.status = WorkStatus::InProgress;
    work2.shipDate = QDate();
    for (const Node &n : {nsNode, inputNode, work, work2})
        f.nodes.insert(n.id, n);
    auto edge = [&](Id id, Id child, Id parent, std::optional<double> leverage, const QString &theory) {
        Edge e;
        e.id = id;
        e.treeId = 1;
        e.childId = child;
        e.parentId = parent;
        e.leverage = leverage;
        e.theory = theory;
        f.edges.insert(e.id, e);
    };
    edge(14, 11, 10, 0.0, u"zero is a value, not unknown"_s);
    edge(15, 12, 11, std::nullopt, {});
    edge(16, 13, 11, 0.75, u"Théorie"_s);
    f.recomputeNextId();
    return f;
}

QJsonObject validJson()
{
    return fragmentToJson(richFragment());
}

} // namespace

class TstFragmentJson final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void roundTripThroughText();
    void extractTakesNodesEdgesAmongThemAndMetrics();
    void rejects_data();
    void rejects();
};

void TstFragmentJson::roundTrip()
{
    const WorkspaceData original = richFragment();
    const auto back = fragmentFromJson(fragmentToJson(original));
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error()));
    NS_COMPARE_CONTENT(*back, original);
}

void TstFragmentJson::roundTripThroughText()
{
    const QByteArray text = QJsonDocument(fragmentToJson(richFragment())).toJson();
    const QJsonDocument parsed = QJsonDocument::fromJson(text);
    const auto back = fragmentFromJson(parsed.object());
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error()));
    NS_COMPARE_CONTENT(*back, richFragment());
}

void TstFragmentJson::extractTakesNodesEdgesAmongThemAndMetrics()
{
    const WorkspaceData s = sample();
    const WorkspaceData f = extractFragment(s, {InvitingInput, TemplatesWork, OnboardingWork, 999});
    QCOMPARE(f.nodes.keys(), (QList<Id>{InvitingInput, OnboardingWork, TemplatesWork}));
    QCOMPARE(f.metrics.keys(), QList<Id>{MetricTeamsInviting});
    QCOMPARE(f.edges.keys(), (QList<Id>{EdgeOnboardingToInviting, EdgeTemplatesToInviting}));
    QVERIFY(f.nextId > Id(EdgeTemplatesToInviting));
}

void TstFragmentJson::rejects_data()
{
    QTest::addColumn<QJsonObject>("json");

    const QJsonObject valid = validJson();
    auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject o = valid;
        o.insert(key, value);
        return o;
    };
    auto editArray = [&](const QString &key, int index, const QString &field, const QJsonValue &value) {
        QJsonArray array = valid.value(key).toArray();
        QJsonObject item = array.at(index).toObject();
        if (value.isUndefined())
            item.remove(field);
        else
            item.insert(field, value);
        array.replace(index, item);
        return with(key, array);
    };

    QTest::newRow("empty object") << QJsonObject{};
    QTest::newRow("wrong format") << with(u"format"_s, u"northstar-workspace"_s);
    QTest::newRow("newer version") << with(u"version"_s, 2);
    QTest::newRow("edge to missing child") << editArray(u"edges"_s, 0, u"child"_s, 99);
    QTest::newRow("edge to missing parent") << editArray(u"edges"_s, 0, u"parent"_s, 99);
    QTest::newRow("node with missing metric") << editArray(u"nodes"_s, 0, u"metric"_s, 99);
    QTest::newRow("node without id") << editArray(u"nodes"_s, 0, u"id"_s, QJsonValue::Undefined);
    QTest::newRow("metric without name") << editArray(u"metrics"_s, 0, u"name"_s, u""_s);
    QTest::newRow("metric without id") << editArray(u"metrics"_s, 0, u"id"_s, QJsonValue::Undefined);
    QTest::newRow("unknown node kind") << editArray(u"nodes"_s, 0, u"kind"_s, u"goal"_s);
    QTest::newRow("unknown dimension") << editArray(u"metrics"_s, 0, u"dimension"_s, u"width"_s);
    QTest::newRow("unknown work status") << editArray(u"nodes"_s, 2, u"status"_s, u"done"_s);
    QTest::newRow("unknown game") << with(u"tree"_s, QJsonObject{{u"name"_s, u"x"_s}, {u"game"_s, u"chess"_s}});
    QTest::newRow("guardrail to missing metric")
        << with(u"tree"_s, QJsonObject{{u"name"_s, u"x"_s}, {u"guardrail"_s, 99}});
}

void TstFragmentJson::rejects()
{
    QFETCH(QJsonObject, json);
    const auto result = fragmentFromJson(json);
    QVERIFY2(!result.ok(), "accepted a bad fragment");
    QVERIFY(!result.error().isEmpty());
}

QTEST_GUILESS_MAIN(TstFragmentJson)
#include "tst_fragmentjson.moc"
