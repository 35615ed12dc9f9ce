// The tree format (docs/tree-format.md), also the clipboard's and the templates': a fragment
// survives JSON unchanged with every field, version 1 files still read, whole trees come out
// numbered the same in any workspace, and JSON that is not a fragment, comes from a newer
// version or is malformed is refused with the path of the problem and what was expected.

#include "model/fragmentjson.h"

#include "reviewsample.h"
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
    t.guardrailBound = GuardrailBound{GuardrailBound::Side::AtMost, 30};
    f.trees.insert(t.id, t);
    Metric ns;
    ns.id = 5;
    ns.name = u"Weekly active teams"_s;
    ns.definition = u"Teams with ≥3 members active"_s;
    ns.unit = u"teams"_s;
    ns.owner = u"Zoë"_s;
    ns.target.value = 2600;
    ns.target.date = QDate(2026, 12, 31);
    ns.target.baselineValue = 400;
    ns.target.baselineDate = QDate(2026, 1, 5);
    ns.notes = u"line 1\nline 2 \"quoted\""_s;
    ns.dimension = Dimension::Breadth;
    ns.computation = QJsonObject{{u"kind"_s, u"active-users"_s}, {u"window"_s, 7},
                                 {u"events"_s, QJsonArray{u"open"_s, u"edit"_s}}};
    Metric input;
    input.id = 6;
    input.name = u"招待されたチーム"_s;
    input.dimension = Dimension::Frequency;
    input.target.value = 0.35;  // half typed in: no date yet
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
    work.expectedImpact = u"Digests bring teams back"_s;
    work.impact = ExpectedImpact{0.1, true};
    Node work2 = work;
    work2.id = 13;
    work2.title = u"Idea"_s;
    work2.workType = WorkType::Feature;
    work2.status = WorkStatus::InProgress;
    work2.shipDate = QDate();
    work2.impact = ExpectedImpact{-0.2, false};
    work2.confidence = Confidence::Low;
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
    Candidate chosen;
    chosen.id = 17;
    chosen.treeId = 1;
    chosen.metricId = 5;
    for (int i = 0; i < checklistItemCount; ++i)
        chosen.answers[static_cast<std::size_t>(i)] = goodAnswer(static_cast<ChecklistItem>(i));
    chosen.notes = u"picked in the workshop"_s;
    Candidate other;
    other.id = 18;
    other.treeId = 1;
    other.metricId = 6;
    other.answers[1] = Answer::Unsure;
    f.candidates.insert(chosen.id, chosen);
    f.candidates.insert(other.id, other);
    f.annotations.insert(19, Annotation{19, QDate(2026, 3, 3), u"Invite e-mails bounced"_s, 6});
    f.annotations.insert(20, Annotation{20, QDate(2026, 3, 4), u"Outage, 3 h"_s, 0});
    f.reviewNotes.insert(21, ReviewNote{21, 1, 0, QDate(2026, 3, 2), ReviewGrain::Week, u"A good week"_s});
    f.reviewNotes.insert(22, ReviewNote{22, 1, 5, QDate(2026, 3, 1), ReviewGrain::Month, u"Up after pricing"_s});
    // Format 3: confidence, the parking lot and (in versions) votes, in the order they are read.
    f.edges[14].confidence = Confidence::Medium;
    const QDateTime raised(QDate(2026, 12, 3), QTime(9, 30, 0, 125), Qt::UTC);
    f.parkedIdeas.insert(23, ParkedIdea{23, 1, u"Referral programme ✓"_s, raised, ParkedState::Placed, 13});
    f.parkedIdeas.insert(24, ParkedIdea{24, 1, u"Gamification"_s, QDateTime(), ParkedState::Dismissed, 0});
    f.votes.insert(25, Vote{25, 1, 900, 901, 11, 4});
    f.recomputeNextId();
    return f;
}

QJsonObject validJson()
{
    return fragmentToJson(richFragment());
}

// `root` with the value at `path` (object keys and array indices) replaced by `value`, or
// removed when `value` is undefined.
QJsonValue replaced(const QJsonValue &root, QVariantList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QVariant step = path.takeFirst();
    if (step.typeId() == QMetaType::Int) {
        QJsonArray array = root.toArray();
        const int i = step.toInt();
        const QJsonValue inner = replaced(array.at(i), path, value);
        if (inner.isUndefined())
            array.removeAt(i);
        else if (i < array.size())
            array.replace(i, inner);
        else
            array.append(inner);
        return array;
    }
    QJsonObject object = root.toObject();
    const QJsonValue inner = replaced(object.value(step.toString()), path, value);
    if (inner.isUndefined())
        object.remove(step.toString());
    else
        object.insert(step.toString(), inner);
    return object;
}

Result<WorkspaceData> readText(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (document.isNull())
        return fail(error.errorString());
    return fragmentFromJson(document.object());
}

} // namespace

class TstFragmentJson final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void roundTripThroughText();
    void writesTheDocumentedKeys();
    void readsVersion1();
    void stringTargetsAreStillRead();
    void treeIdAvoidsTheFilesIds();
    void extractTakesNodesEdgesAmongThemAndMetrics();
    void extractTakesTheMetricsAnnotations();
    void extractTreeTakesTheWholeTree();
    void extractTreeGivesTheSameFileInAnyWorkspace();
    void extractTreeKeepsNotesOnMetricsOffTheCards();
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

// The keys and shapes docs/tree-format.md promises.
void TstFragmentJson::writesTheDocumentedKeys()
{
    const QJsonObject json = validJson();
    QCOMPARE(json.value(u"format"_s).toString(), u"northstar-fragment"_s);
    QCOMPARE(json.value(u"version"_s).toInt(), 3);
    const QJsonArray metrics = json.value(u"metrics"_s).toArray();
    QCOMPARE(metrics.at(0).toObject().value(u"target"_s).toObject(),
             (QJsonObject{{u"value"_s, 2600}, {u"date"_s, u"2026-12-31"_s}, {u"baselineValue"_s, 400},
                          {u"baselineDate"_s, u"2026-01-05"_s}}));
    QCOMPARE(metrics.at(1).toObject().value(u"target"_s).toObject(), (QJsonObject{{u"value"_s, 0.35}}));
    QVERIFY(!metrics.at(2).toObject().contains(u"target"_s));
    const QJsonObject tree = json.value(u"tree"_s).toObject();
    QCOMPARE(tree.value(u"guardrailBound"_s).toObject(), (QJsonObject{{u"atMost"_s, 30}}));
    QCOMPARE(tree.value(u"guardrail"_s).toInt(), 7);
    const QJsonArray nodes = json.value(u"nodes"_s).toArray();
    QCOMPARE(nodes.at(2).toObject().value(u"impact"_s).toString(), u"+10%"_s);
    QCOMPARE(nodes.at(2).toObject().value(u"expectedImpact"_s).toString(), u"Digests bring teams back"_s);
    QCOMPARE(nodes.at(3).toObject().value(u"impact"_s).toString(), u"-0.2"_s);
    QVERIFY(!nodes.at(0).toObject().contains(u"impact"_s));
    QCOMPARE(json.value(u"annotations"_s).toArray(),
             (QJsonArray{QJsonObject{{u"date"_s, u"2026-03-03"_s}, {u"text"_s, u"Invite e-mails bounced"_s}, {u"metric"_s, 6}},
                         QJsonObject{{u"date"_s, u"2026-03-04"_s}, {u"text"_s, u"Outage, 3 h"_s}}}));
    QCOMPARE(json.value(u"reviewNotes"_s).toArray(),
             (QJsonArray{QJsonObject{{u"period"_s, u"2026-03-02"_s}, {u"grain"_s, u"week"_s}, {u"text"_s, u"A good week"_s}},
                         QJsonObject{{u"period"_s, u"2026-03-01"_s}, {u"grain"_s, u"month"_s}, {u"metric"_s, 5},
                                     {u"text"_s, u"Up after pricing"_s}}}));
    const QJsonObject candidate = json.value(u"candidates"_s).toArray().at(1).toObject();
    QCOMPARE(candidate.value(u"metric"_s).toInt(), 6);
    QCOMPARE(candidate.value(u"answers"_s).toArray().at(1).toString(), u"unsure"_s);

    // A clipboard fragment without review data writes none of the optional arrays.
    const QJsonObject bare = fragmentToJson(extractFragment(sample(), {DocsInput}));
    for (const QString &key : {u"tree"_s, u"candidates"_s, u"annotations"_s, u"reviewNotes"_s})
        QVERIFY2(!bare.contains(key), qPrintable(key));
}

// What version 1 (the clipboard and templates before targets were numbers) wrote.
void TstFragmentJson::readsVersion1()
{
    const auto read = readText(R"({
        "format": "northstar-fragment", "version": 1,
        "tree": {"name": "Old", "game": "attention", "guardrail": 0},
        "metrics": [
            {"id": 1, "name": "Minutes", "definition": "", "unit": "", "owner": "", "target": "40,000 by 2027-03-31",
             "notes": "", "dimension": ""},
            {"id": 2, "name": "Sessions", "definition": "d", "unit": "", "owner": "", "target": "double it",
             "notes": "keep", "dimension": "frequency"}],
        "nodes": [{"id": 3, "kind": "north-star", "metric": 1}, {"id": 4, "kind": "input", "metric": 2},
                  {"id": 5, "kind": "work", "title": "Autoplay", "owner": "", "workType": "feature",
                   "status": "idea", "expectedImpact": "+5%"}],
        "edges": [{"child": 4, "parent": 3}, {"child": 5, "parent": 4, "theory": "more plays"}]
    })");
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error()));
    const WorkspaceData &data = *read;
    QCOMPARE(data.trees.size(), 1);
    QCOMPARE(data.trees.first().guardrailMetricId, Id(0));
    QVERIFY(!data.trees.first().guardrailBound);
    QCOMPARE(data.metric(1)->target.value, std::optional<double>(40000));
    QCOMPARE(data.metric(1)->target.date, QDate(2027, 3, 31));
    QVERIFY(!data.metric(2)->target.value);
    QCOMPARE(data.metric(2)->notes, u"keep\nTarget: double it"_s);
    // The free text stays the rationale; no number is made up from it.
    QCOMPARE(data.node(5)->expectedImpact, u"+5%"_s);
    QVERIFY(!data.node(5)->impact);
    QCOMPARE(data.edges.size(), 2);
}

void TstFragmentJson::stringTargetsAreStillRead()
{
    QJsonObject json = validJson();
    json = replaced(json, {u"metrics"_s, 0, u"target"_s}, u"1 200 by 2026-12-31"_s).toObject();
    const auto read = fragmentFromJson(json);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error()));
    QCOMPARE(read->metric(5)->target.value, std::optional<double>(1200));
    QVERIFY(!read->metric(5)->target.baselineValue);
}

// A hand-written file may number from 1; the tree then takes the next free id.
void TstFragmentJson::treeIdAvoidsTheFilesIds()
{
    const auto read = readText(R"({"format": "northstar-fragment", "version": 2,
        "metrics": [{"id": 1, "name": "A"}], "nodes": [{"id": 1, "kind": "north-star", "metric": 1}],
        "reviewNotes": [{"period": "2026-03-02", "grain": "week", "text": "ok"}]})");
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error()));
    QCOMPARE(read->trees.keys(), QList<Id>{2});
    QCOMPARE(read->node(1)->treeId, Id(2));
    QCOMPARE(read->reviewNotes.first().treeId, Id(2));
    QVERIFY(read->nextId > 2);
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

void TstFragmentJson::extractTakesTheMetricsAnnotations()
{
    const WorkspaceData s = sampleWithReview();
    const WorkspaceData f = extractFragment(s, {InvitingInput, OnboardingWork});
    // Those on the copied metric; not the workspace's, not other metrics', no review notes.
    QCOMPARE(f.annotations.keys(), QList<Id>{AnnotationInviting});
    QVERIFY(f.reviewNotes.isEmpty());
    QCOMPARE(f.nodes.value(OnboardingWork).impact, s.nodes.value(OnboardingWork).impact);
    const auto back = fragmentFromJson(fragmentToJson(f));
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error()));
    QCOMPARE(back->annotations.size(), 1);
    QCOMPARE(back->annotations.first().metricId, Id(MetricTeamsInviting));
    QCOMPARE(back->annotations.first().text, s.annotations.value(AnnotationInviting).text);
}

void TstFragmentJson::extractTreeTakesTheWholeTree()
{
    const WorkspaceData s = sampleWithReview();
    const WorkspaceData t = extractTree(s, GrowthTree);
    QCOMPARE(t.trees.size(), 1);
    const Tree &tree = t.trees.first();
    QCOMPARE(tree.name, u"Growth"_s);
    QCOMPARE(tree.order, 0);
    QCOMPARE(t.nodes.size(), s.nodesOfTree(GrowthTree).size());
    QCOMPARE(t.edges.size(), s.edgesOfTree(GrowthTree).size());
    QCOMPARE(t.candidates.size(), 2);
    // Metrics 10, 11, 12, 13, 15 and 16 (a candidate), numbered from 1 in that order.
    QCOMPARE(t.metrics.keys(), (QList<Id>{1, 2, 3, 4, 5, 6}));
    QCOMPARE(t.metric(1)->name, u"Weekly active teams"_s);
    QCOMPARE(t.metric(1)->target, s.metric(MetricActiveTeams)->target);
    QCOMPARE(t.metric(6)->name, u"Paying teams"_s);
    QCOMPARE(t.nodes.firstKey(), Id(1));
    QCOMPARE(t.northStarOf(tree.id)->metricId, Id(1));
    // Annotations of its metrics (not the workspace's), its own review notes.
    QCOMPARE(t.annotations.size(), 3);
    QCOMPARE(t.reviewNotes.size(), 3);
    for (const ReviewNote &n : t.reviewNotes)
        QCOMPARE(n.treeId, tree.id);
    const auto back = fragmentFromJson(fragmentToJson(t));
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error()));
    NS_COMPARE_CONTENT(*back, t);

    const WorkspaceData retention = extractTree(s, RetentionTree);
    QCOMPARE(retention.trees.first().guardrailBound, s.tree(RetentionTree)->guardrailBound);
    QCOMPARE(retention.metric(retention.trees.first().guardrailMetricId)->name, u"Support tickets"_s);
    QCOMPARE(retention.reviewNotes.size(), 1);
    QVERIFY(extractTree(s, 999).trees.isEmpty());
}

// The same tree, made in another workspace with other ids, is the same file: what keeps a
// tree file's diff in version control down to what changed.
void TstFragmentJson::extractTreeGivesTheSameFileInAnyWorkspace()
{
    const WorkspaceData s = sampleWithReview();
    const auto first = fragmentFromJson(fragmentToJson(extractTree(s, GrowthTree)));
    QVERIFY(first.ok());
    WorkspaceData elsewhere = *first;
    // Shift every id by 1000, keeping the order.
    WorkspaceData shifted;
    for (Metric m : elsewhere.metrics) {
        m.id += 1000;
        shifted.metrics.insert(m.id, m);
    }
    for (Node n : elsewhere.nodes) {
        n.id += 2000;
        n.metricId += n.metricId ? 1000 : 0;
        shifted.nodes.insert(n.id, n);
    }
    for (Edge e : elsewhere.edges) {
        e.id += 3000;
        e.childId += 2000;
        e.parentId += 2000;
        shifted.edges.insert(e.id, e);
    }
    for (Tree t : elsewhere.trees) {
        t.guardrailMetricId += t.guardrailMetricId ? 1000 : 0;
        shifted.trees.insert(t.id, t);
    }
    for (Candidate c : elsewhere.candidates) {
        c.id += 3000;
        c.metricId += 1000;
        shifted.candidates.insert(c.id, c);
    }
    for (Annotation a : elsewhere.annotations) {
        a.id += 3000;
        a.metricId += 1000;
        shifted.annotations.insert(a.id, a);
    }
    for (ReviewNote n : elsewhere.reviewNotes) {
        n.id += 3000;
        n.metricId += n.metricId ? 1000 : 0;
        shifted.reviewNotes.insert(n.id, n);
    }
    const Id treeId = shifted.trees.firstKey();
    QCOMPARE(QJsonDocument(fragmentToJson(extractTree(shifted, treeId))).toJson(),
             QJsonDocument(fragmentToJson(extractTree(s, GrowthTree))).toJson());
}

void TstFragmentJson::extractTreeKeepsNotesOnMetricsOffTheCards()
{
    // Docs per team is defined: deleting its card keeps it, and the note on it must not
    // become a note on the whole review.
    WorkspaceData s = sampleWithReview();
    s.reviewNotes.insert(90, ReviewNote{90, GrowthTree, MetricDocsPerTeam, QDate(2026, 3, 2), ReviewGrain::Week, u"x"_s});
    s.nodes.remove(DocsInput);
    s.edges.remove(EdgeDocsToNorthStar);
    s.edges.remove(EdgeTemplatesToDocs);
    const WorkspaceData t = extractTree(s, GrowthTree);
    bool found = false;
    for (const ReviewNote &n : t.reviewNotes)
        found = found || (n.text == u"x"_s && t.metric(n.metricId) && t.metric(n.metricId)->name == u"Docs per team"_s);
    QVERIFY(found);
    QVERIFY(fragmentFromJson(fragmentToJson(t)).ok());
}

void TstFragmentJson::rejects_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("message");

    const QJsonObject valid = validJson();
    auto row = [&](const char *name, const QVariantList &path, const QJsonValue &value, const QString &message) {
        QTest::newRow(name) << replaced(valid, path, value).toObject() << message;
    };
    const QJsonValue gone = QJsonValue::Undefined;
    const QString noMetric = u"expected the id of a metric in $.metrics, found 99"_s;

    QTest::newRow("empty object") << QJsonObject{}
                                  << u"$.format: expected \"northstar-fragment\" (a North Star Studio tree file), found nothing"_s;
    row("wrong format", {u"format"_s}, u"northstar-workspace"_s, u"$.format: expected \"northstar-fragment\""_s);
    row("newer version", {u"version"_s}, 4, u"$.version: this file has format version 4 and comes from a newer"_s);
    row("version as text", {u"version"_s}, u"2"_s, u"$.version: expected a number, found \"2\""_s);
    row("version zero", {u"version"_s}, 0, u"$.version: expected a format version (a whole number from 1), found 0"_s);
    row("no version", {u"version"_s}, gone, u"$.version: expected a number, found nothing"_s);

    row("target date", {u"metrics"_s, 2, u"target"_s}, QJsonObject{{u"value"_s, 5}, {u"date"_s, u"31.12.2026"_s}},
        u"$.metrics[2].target.date: expected a date YYYY-MM-DD, found \"31.12.2026\""_s);
    row("target date that does not exist", {u"metrics"_s, 0, u"target"_s, u"baselineDate"_s}, u"2026-02-30"_s,
        u"$.metrics[0].target.baselineDate: expected a date YYYY-MM-DD, found \"2026-02-30\""_s);
    row("target value as text", {u"metrics"_s, 0, u"target"_s, u"value"_s}, u"2600"_s,
        u"$.metrics[0].target.value: expected a number, found \"2600\""_s);
    row("target an array", {u"metrics"_s, 0, u"target"_s}, QJsonArray{1}, u"$.metrics[0].target: expected an object, found an array"_s);
    row("metric without id", {u"metrics"_s, 0, u"id"_s}, gone,
        u"$.metrics[0].id: expected an id (a whole number from 1), found nothing"_s);
    row("metric id not whole", {u"metrics"_s, 0, u"id"_s}, 5.5, u"$.metrics[0].id: expected an id (a whole number from 1), found 5.5"_s);
    row("metric id as text", {u"metrics"_s, 0, u"id"_s}, u"5"_s, u"$.metrics[0].id: expected an id (a whole number from 1), found \"5\""_s);
    row("duplicate metric id", {u"metrics"_s, 1, u"id"_s}, 5, u"$.metrics[1].id: expected an id no other metric of the file has, found 5"_s);
    row("metric without name", {u"metrics"_s, 0, u"name"_s}, u""_s,
        u"$.metrics[0].name: expected a name (a string that is not empty), found \"\""_s);
    row("definition a number", {u"metrics"_s, 0, u"definition"_s}, 42, u"$.metrics[0].definition: expected a string, found 42"_s);
    row("computation as text", {u"metrics"_s, 0, u"computation"_s}, u"x"_s, u"$.metrics[0].computation: expected an object, found \"x\""_s);
    row("unknown dimension", {u"metrics"_s, 0, u"dimension"_s}, u"width"_s,
        u"$.metrics[0].dimension: expected one of \"\", \"breadth\", \"depth\", \"frequency\", \"efficiency\", found \"width\""_s);
    row("metrics not an array", {u"metrics"_s}, QJsonObject{}, u"$.metrics: expected an array, found an object"_s);
    row("metric not an object", {u"metrics"_s, 1}, u"x"_s, u"$.metrics[1]: expected an object, found \"x\""_s);

    row("impact in words", {u"nodes"_s, 2, u"impact"_s}, u"ten percent"_s,
        u"$.nodes[2].impact: expected \"+10%\" or \"+0.05\", found \"ten percent\""_s);
    row("impact a number", {u"nodes"_s, 2, u"impact"_s}, 0.1, u"$.nodes[2].impact: expected \"+10%\" or \"+0.05\", found 0.1"_s);
    row("node without id", {u"nodes"_s, 0, u"id"_s}, gone, u"$.nodes[0].id: expected an id"_s);
    row("duplicate node id", {u"nodes"_s, 1, u"id"_s}, 10, u"$.nodes[1].id: expected an id no other node of the file has, found 10"_s);
    row("node with missing metric", {u"nodes"_s, 0, u"metric"_s}, 99, u"$.nodes[0].metric: "_s + noMetric);
    row("node without metric", {u"nodes"_s, 1, u"metric"_s}, gone, u"$.nodes[1].metric: expected an id (a whole number from 1), found nothing"_s);
    row("second north star", {u"nodes"_s, 1, u"kind"_s}, u"north-star"_s,
        u"$.nodes[1].kind: expected \"input\" or \"work\" (a tree has one North Star), found \"north-star\""_s);
    row("unknown node kind", {u"nodes"_s, 0, u"kind"_s}, u"goal"_s, u"$.nodes[0].kind: expected one of \"north-star\", \"input\", \"work\", found \"goal\""_s);
    row("unknown work status", {u"nodes"_s, 2, u"status"_s}, u"done"_s, u"$.nodes[2].status: expected one of"_s);
    row("ship date", {u"nodes"_s, 2, u"shipDate"_s}, u"2024-02-30"_s, u"$.nodes[2].shipDate: expected a date YYYY-MM-DD, found \"2024-02-30\""_s);
    row("position of one number", {u"nodes"_s, 0, u"position"_s}, QJsonArray{1}, u"$.nodes[0].position: expected [x, y], two numbers, found an array"_s);
    row("title a boolean", {u"nodes"_s, 2, u"title"_s}, true, u"$.nodes[2].title: expected a string, found true"_s);

    row("edge to missing child", {u"edges"_s, 0, u"child"_s}, 99, u"$.edges[0].child: expected the id of a node in $.nodes, found 99"_s);
    row("edge to missing parent", {u"edges"_s, 0, u"parent"_s}, 99, u"$.edges[0].parent: expected the id of a node in $.nodes, found 99"_s);
    row("edge without parent", {u"edges"_s, 0, u"parent"_s}, gone, u"$.edges[0].parent: expected an id (a whole number from 1), found nothing"_s);
    row("edge to itself", {u"edges"_s, 0, u"parent"_s}, 11, u"$.edges[0].parent: expected a node the child does not already drive (no loops), found 11"_s);
    row("the same edge twice", {u"edges"_s, 3}, valid.value(u"edges"_s).toArray().at(1),
        u"$.edges[3].parent: expected a node the child does not already drive (no loops), found 11"_s);
    {
        // Node 13 made an input under 11, then 11 under 13: a loop of two links.
        QJsonValue loop = replaced(valid, {u"nodes"_s, 3}, QJsonObject{{u"id"_s, 13}, {u"kind"_s, u"input"_s}, {u"metric"_s, 6}});
        loop = replaced(loop, {u"edges"_s, 3}, QJsonObject{{u"child"_s, 11}, {u"parent"_s, 13}});
        QTest::newRow("a loop") << loop.toObject()
                                << u"$.edges[3].parent: expected a node the child does not already drive (no loops), found 13"_s;
    }
    row("edge under a work item", {u"edges"_s, 0, u"parent"_s}, 12, u"$.edges[0].parent: expected the North Star or an input"_s);
    row("edge from the north star", {u"edges"_s, 0, u"child"_s}, 10, u"$.edges[0].child: expected an input or work item"_s);
    row("leverage as text", {u"edges"_s, 0, u"leverage"_s}, u"high"_s, u"$.edges[0].leverage: expected a number, found \"high\""_s);

    row("unknown game", {u"tree"_s, u"game"_s}, u"chess"_s, u"$.tree.game: expected one of \"\", \"attention\""_s);
    row("guardrail to missing metric", {u"tree"_s, u"guardrail"_s}, 99, u"$.tree.guardrail: "_s + noMetric);
    row("tree not an object", {u"tree"_s}, u"Growth"_s, u"$.tree: expected an object, found \"Growth\""_s);
    row("bound on both sides", {u"tree"_s, u"guardrailBound"_s}, QJsonObject{{u"atMost"_s, 3}, {u"atLeast"_s, 1}},
        u"$.tree.guardrailBound: expected {\"atMost\": a number} or {\"atLeast\": a number}, found an object"_s);
    row("bound without a side", {u"tree"_s, u"guardrailBound"_s}, QJsonObject{{u"max"_s, 3}},
        u"$.tree.guardrailBound: expected {\"atMost\": a number} or {\"atLeast\": a number}"_s);
    row("bound as text", {u"tree"_s, u"guardrailBound"_s, u"atMost"_s}, u"30"_s,
        u"$.tree.guardrailBound.atMost: expected a number, found \"30\""_s);

    row("candidate of a missing metric", {u"candidates"_s, 0, u"metric"_s}, 99, u"$.candidates[0].metric: "_s + noMetric);
    row("unknown answer", {u"candidates"_s, 1, u"answers"_s, 2}, u"maybe"_s,
        u"$.candidates[1].answers[2]: expected one of \"yes\", \"no\", \"unsure\", \"\", found \"maybe\""_s);
    row("too many answers", {u"candidates"_s, 0, u"answers"_s, 8}, u"yes"_s,
        u"$.candidates[0].answers: expected an array of at most 8 answers, found an array"_s);

    row("annotation without date", {u"annotations"_s, 0, u"date"_s}, gone, u"$.annotations[0].date: expected a date YYYY-MM-DD, found nothing"_s);
    row("annotation without text", {u"annotations"_s, 1, u"text"_s}, gone, u"$.annotations[1].text: expected a string, found nothing"_s);
    row("annotation on a missing metric", {u"annotations"_s, 0, u"metric"_s}, 99, u"$.annotations[0].metric: "_s + noMetric);
    row("unknown grain", {u"reviewNotes"_s, 0, u"grain"_s}, u"day"_s, u"$.reviewNotes[0].grain: expected one of \"week\", \"month\", found \"day\""_s);
    row("note without grain", {u"reviewNotes"_s, 0, u"grain"_s}, gone, u"$.reviewNotes[0].grain: expected one of \"week\", \"month\", found nothing"_s);
    row("note without period", {u"reviewNotes"_s, 1, u"period"_s}, gone, u"$.reviewNotes[1].period: expected a date YYYY-MM-DD, found nothing"_s);
    row("note on a missing metric", {u"reviewNotes"_s, 1, u"metric"_s}, 99, u"$.reviewNotes[1].metric: "_s + noMetric);
    row("two notes of one review", {u"reviewNotes"_s, 1}, valid.value(u"reviewNotes"_s).toArray().at(0),
        u"$.reviewNotes[1].period: expected a period that has no note yet for this metric and grain, found \"2026-03-02\""_s);
    row("annotations not an array", {u"annotations"_s}, u"none"_s, u"$.annotations: expected an array, found \"none\""_s);
}

void TstFragmentJson::rejects()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, message);
    const auto result = fragmentFromJson(json);
    QVERIFY2(!result.ok(), "accepted a bad fragment");
    QVERIFY2(result.error().startsWith(message), qPrintable(u"\n   got: "_s + result.error() + u"\nwanted: "_s + message));
}

QTEST_GUILESS_MAIN(TstFragmentJson)
#include "tst_fragmentjson.moc"
