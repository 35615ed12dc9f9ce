// The Edit:: facade for whole trees, pasting, candidate North Stars and guardrails: fresh ids,
// one canonical catalog record per metric name, what is shared and what is copied (also
// targets, bounds, impacts, annotations and review notes), and what undo brings back.

#include "model/document.h"
#include "model/edits.h"
#include "model/fragmentjson.h"

#include "reviewsample.h"
#include "testworkspace.h"

#include <QSet>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace NorthStar;
using namespace NorthStar::TestWorkspace;
using namespace Qt::StringLiterals;

namespace {

int metricsNamed(const WorkspaceData &data, const QString &name)
{
    int count = 0;
    for (const Metric &m : data.metrics)
        count += m.name == name ? 1 : 0;
    return count;
}

const Metric *metricNamed(const WorkspaceData &data, const QString &name)
{
    for (const Metric &m : data.metrics) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

// A template-like fragment whose ids collide with the sample's on purpose.
WorkspaceData templateFragment()
{
    WorkspaceData f;
    Tree t;
    t.id = 1;
    t.name = u"Template"_s;
    t.game = Game::Attention;
    t.guardrailMetricId = 3;
    f.trees.insert(t.id, t);
    Metric shared;
    shared.id = 1;
    shared.name = u"Teams inviting"_s;  // the sample has it: reused, not duplicated
    Metric fresh;
    fresh.id = 2;
    fresh.name = u"Minutes of attention"_s;
    fresh.definition = u"Minutes per active user per day"_s;
    fresh.dimension = Dimension::Depth;
    Metric guard;
    guard.id = 3;
    guard.name = u"Support tickets"_s;
    for (const Metric &m : {shared, fresh, guard})
        f.metrics.insert(m.id, m);
    Node ns;
    ns.id = 10;
    ns.treeId = 1;
    ns.kind = NodeKind::NorthStar;
    ns.metricId = 2;
    Node input;
    input.id = 11;
    input.treeId = 1;
    input.kind = NodeKind::Input;
    input.metricId = 1;
    Node work;
    work.id = 12;
    work.treeId = 1;
    work.kind = NodeKind::Work;
    work.title = u"Weekly digest"_s;
    work.pinned = true;
    work.position = QPointF(5, 6);
    for (const Node &n : {ns, input, work})
        f.nodes.insert(n.id, n);
    Edge e1;
    e1.id = 20;
    e1.treeId = 1;
    e1.childId = 11;
    e1.parentId = 10;
    e1.leverage = 0.25;
    Edge e2;
    e2.id = 21;
    e2.treeId = 1;
    e2.childId = 12;
    e2.parentId = 11;
    f.edges.insert(e1.id, e1);
    f.edges.insert(e2.id, e2);
    Candidate c;
    c.id = 30;
    c.treeId = 1;
    c.metricId = 1;
    c.answers[2] = Answer::No;
    f.candidates.insert(c.id, c);
    f.recomputeNextId();
    return f;
}

} // namespace

class TstEditTrees final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void addTreeRemapsIdsAndReusesMetrics();
    void addEmptyTree();
    void removeTree_data();
    void removeTree();

    void pasteIntoSameTreeCopiesMetrics();
    void pasteIntoOtherTreeSharesMetrics();
    void pasteCopiesMetricsTheTreeAlreadyShows();
    void pastedNorthStarBecomesInput();
    void pasteIntoOtherWorkspace();
    void pasteThroughClipboardJson();

    void addTreeBringsNotesAndAnnotations_data();
    void addTreeBringsNotesAndAnnotations();
    void addTreeAddsAnnotationsOnce();
    void treeFileThroughAddTreeIsTheSameFile();
    void removeTreeTakesItsNotes_data();
    void removeTreeTakesItsNotes();
    void pasteCopiesAnnotationsWithACopiedMetric();
    void pasteSharingARecordDuplicatesNothing();
    void pasteIntoOtherWorkspaceThroughJson();
    void pasteIntoASharedRecordAddsWhatItLacks();

    void addCandidate_data();
    void addCandidate();
    void setAnswer();
    void chooseCandidate();
    void chooseCandidateCreatesMissingNorthStar();
    void removeCandidate_data();
    void removeCandidate();
    void setGuardrail_data();
    void setGuardrail();

private:
    void undoRestores(const WorkspaceData &before);

    std::unique_ptr<Document> m_doc;
};

void TstEditTrees::init()
{
    m_doc = std::make_unique<Document>();
    m_doc->load(sample(), {});
}

void TstEditTrees::undoRestores(const WorkspaceData &before)
{
    const WorkspaceData after = m_doc->data();
    m_doc->undoStack()->undo();
    NS_COMPARE_CONTENT(m_doc->data(), before);
    m_doc->undoStack()->redo();
    NS_COMPARE_CONTENT(m_doc->data(), after);
}

void TstEditTrees::addTreeRemapsIdsAndReusesMetrics()
{
    const WorkspaceData before = m_doc->data();
    const Id treeId = Edit::addTree(*m_doc, templateFragment(), u"Attention tree"_s);
    const WorkspaceData &data = m_doc->data();
    QVERIFY(treeId >= before.nextId);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    const Tree &tree = data.trees.value(treeId);
    QCOMPARE(tree.name, u"Attention tree"_s);
    QCOMPARE(tree.order, 2);
    QCOMPARE(tree.game, Game::Attention);
    QCOMPARE(tree.guardrailMetricId, Id(MetricSupportTickets));

    // One canonical record per metric name; only the new metric is added.
    QCOMPARE(data.metrics.size(), before.metrics.size() + 1);
    QCOMPARE(metricsNamed(data, u"Teams inviting"_s), 1);
    QCOMPARE(metricsNamed(data, u"Support tickets"_s), 1);
    const Metric *fresh = metricNamed(data, u"Minutes of attention"_s);
    QVERIFY(fresh);
    QVERIFY(fresh->id >= before.nextId);
    QCOMPARE(fresh->definition, u"Minutes per active user per day"_s);
    QCOMPARE(fresh->dimension, Dimension::Depth);

    const QList<Node> nodes = data.nodesOfTree(treeId);
    QCOMPARE(nodes.size(), 3);
    for (const Node &n : nodes)
        QVERIFY2(n.id >= before.nextId, "nodes get fresh ids");
    const Node *ns = data.northStarOf(treeId);
    QVERIFY(ns);
    QCOMPARE(ns->metricId, fresh->id);
    const QList<Id> inputs = data.childrenOf(ns->id);
    QCOMPARE(inputs.size(), 1);
    QCOMPARE(data.node(inputs.constFirst())->metricId, Id(MetricTeamsInviting));
    QCOMPARE(data.edgeBetween(inputs.constFirst(), ns->id)->leverage, std::optional<double>(0.25));
    const QList<Id> work = data.childrenOf(inputs.constFirst());
    QCOMPARE(work.size(), 1);
    QCOMPARE(data.node(work.constFirst())->title, u"Weekly digest"_s);
    QVERIFY(data.node(work.constFirst())->pinned);
    QCOMPARE(data.node(work.constFirst())->position, QPointF(5, 6));
    QCOMPARE(data.edgesOfTree(treeId).size(), 2);

    // The fragment's candidate comes along; the chosen North Star becomes one too.
    QList<Id> candidateMetrics;
    for (const Candidate &c : data.candidatesOfTree(treeId)) {
        candidateMetrics.append(c.metricId);
        if (c.metricId == MetricTeamsInviting)
            QCOMPARE(c.answers[2], Answer::No);
    }
    std::sort(candidateMetrics.begin(), candidateMetrics.end());
    QCOMPARE(candidateMetrics, (QList<Id>{MetricTeamsInviting, fresh->id}));

    QCOMPARE(m_doc->currentTreeId(), treeId);
    QCOMPARE(m_doc->selection(), QList<Id>{ns->id});
    m_doc->undoStack()->undo();
    NS_COMPARE_CONTENT(m_doc->data(), before);
    QCOMPARE(m_doc->currentTreeId(), Id(GrowthTree));
    QVERIFY(m_doc->selection().isEmpty());
}

void TstEditTrees::addEmptyTree()
{
    const WorkspaceData before = m_doc->data();
    const Id first = Edit::addEmptyTree(*m_doc, u"One"_s);
    const Id second = Edit::addEmptyTree(*m_doc, u"Two"_s);
    const WorkspaceData &data = m_doc->data();
    QCOMPARE(m_doc->currentTreeId(), second);
    QStringList names;
    for (Id tree : {first, second}) {
        QCOMPARE(data.nodesOfTree(tree).size(), 1);
        const Node *ns = data.northStarOf(tree);
        QVERIFY(ns);
        names.append(data.nodeTitle(*ns));
        const QList<Candidate> candidates = data.candidatesOfTree(tree);
        QCOMPARE(candidates.size(), 1);
        QCOMPARE(candidates.constFirst().metricId, ns->metricId);
    }
    QCOMPARE(names, (QStringList{u"North Star Metric"_s, u"North Star Metric 2"_s}));
    QCOMPARE(data.tree(first)->order, 2);
    QCOMPARE(data.tree(second)->order, 3);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    NS_COMPARE_CONTENT(m_doc->data(), before);
}

void TstEditTrees::removeTree_data()
{
    QTest::addColumn<Id>("tree");
    QTest::addColumn<QList<Id>>("goneMetrics");

    // 11 is shown by the other tree; 14 and 17 were blank and used only by Retention.
    QTest::newRow("retention") << Id(RetentionTree) << QList<Id>{MetricRetainedTeams, MetricSupportTickets};
    // Defined (10, 12) and computed (15) metrics stay; blank 13 and candidate-only 16 go.
    QTest::newRow("growth") << Id(GrowthTree) << QList<Id>{MetricInvitesSent, MetricPayingTeams};
}

void TstEditTrees::removeTree()
{
    QFETCH(Id, tree);
    QFETCH(QList<Id>, goneMetrics);

    m_doc->setCurrentTree(tree);
    const WorkspaceData before = m_doc->data();
    Edit::removeTree(*m_doc, tree);
    const WorkspaceData &data = m_doc->data();
    QVERIFY(!data.tree(tree));
    QVERIFY(data.nodesOfTree(tree).isEmpty());
    QVERIFY(data.edgesOfTree(tree).isEmpty());
    QVERIFY(data.candidatesOfTree(tree).isEmpty());
    QList<Id> gone;
    for (const Metric &m : before.metrics) {
        if (!data.metrics.contains(m.id))
            gone.append(m.id);
    }
    QCOMPARE(gone, goneMetrics);
    QVERIFY(data.tree(m_doc->currentTreeId()));
    undoRestores(before);
}

void TstEditTrees::pasteIntoSameTreeCopiesMetrics()
{
    const WorkspaceData before = m_doc->data();
    const WorkspaceData fragment = extractFragment(before, {InvitingInput, OnboardingWork});
    const QList<Id> pasted = Edit::paste(*m_doc, fragment, QPointF(40, 30));
    QCOMPARE(pasted.size(), 2);
    QCOMPARE(m_doc->selection(), pasted);
    const WorkspaceData &data = m_doc->data();
    const Node *input = nullptr;
    const Node *work = nullptr;
    for (Id id : pasted) {
        const Node *n = data.node(id);
        QVERIFY(n && !before.nodes.contains(id));
        QCOMPARE(n->treeId, Id(GrowthTree));
        (n->kind == NodeKind::Work ? work : input) = n;
    }
    QVERIFY(input && work);
    // The tree already shows "Teams inviting": the copy gets its own catalog record.
    QVERIFY(input->metricId != MetricTeamsInviting);
    QCOMPARE(data.nodeTitle(*input), u"Teams inviting 2"_s);
    QCOMPARE(data.metrics.size(), before.metrics.size() + 1);
    QCOMPARE(work->title, u"Onboarding checklist"_s);
    QCOMPARE(work->owner, u"Ana"_s);
    QCOMPARE(work->status, WorkStatus::InProgress);
    QCOMPARE(work->position, QPointF(40, 30));
    // Only the link between pasted nodes comes along.
    QCOMPARE(data.parentsOf(work->id), QList<Id>{input->id});
    QVERIFY(data.parentsOf(input->id).isEmpty());
    undoRestores(before);
}

void TstEditTrees::pasteIntoOtherTreeSharesMetrics()
{
    const WorkspaceData before = m_doc->data();
    const WorkspaceData fragment = extractFragment(before, {DocsInput, TemplatesWork});
    m_doc->setCurrentTree(RetentionTree);
    const QList<Id> pasted = Edit::paste(*m_doc, fragment, QPointF(10, 10));
    QCOMPARE(pasted.size(), 2);
    const WorkspaceData &data = m_doc->data();
    QCOMPARE(data.metrics.size(), before.metrics.size());
    int showingDocs = 0;
    for (Id id : pasted) {
        QCOMPARE(data.node(id)->treeId, Id(RetentionTree));
        showingDocs += data.node(id)->metricId == MetricDocsPerTeam ? 1 : 0;
    }
    QCOMPARE(showingDocs, 1);
    QCOMPARE(data.node(pasted.constLast())->position, QPointF(130.5, 350.25));
    undoRestores(before);
}

void TstEditTrees::pasteCopiesMetricsTheTreeAlreadyShows()
{
    const WorkspaceData before = m_doc->data();
    m_doc->setCurrentTree(RetentionTree);
    const QList<Id> pasted = Edit::paste(*m_doc, extractFragment(before, {InvitingInput}), QPointF());
    QCOMPARE(pasted.size(), 1);
    const WorkspaceData &data = m_doc->data();
    QCOMPARE(data.nodeTitle(*data.node(pasted.constFirst())), u"Teams inviting 2"_s);
}

void TstEditTrees::pastedNorthStarBecomesInput()
{
    const WorkspaceData before = m_doc->data();
    m_doc->setCurrentTree(RetentionTree);
    const QList<Id> pasted = Edit::paste(*m_doc, extractFragment(before, {NorthStarNode}), QPointF());
    QCOMPARE(pasted.size(), 1);
    const Node *n = m_doc->data().node(pasted.constFirst());
    QCOMPARE(n->kind, NodeKind::Input);
    QCOMPARE(n->metricId, Id(MetricActiveTeams));
    QCOMPARE(m_doc->data().northStarOf(RetentionTree)->id, Id(RetentionNorthStar));
}

void TstEditTrees::pasteIntoOtherWorkspace()
{
    const WorkspaceData source = m_doc->data();
    Document other;
    Edit::addEmptyTree(other, u"Elsewhere"_s);
    const int metricsBefore = other.data().metrics.size();
    const QList<Id> pasted = Edit::paste(other, extractFragment(source, {DocsInput, TemplatesWork}), QPointF());
    QCOMPARE(pasted.size(), 2);
    QCOMPARE(other.data().metrics.size(), metricsBefore + 1);
    const Metric *docs = metricNamed(other.data(), u"Docs per team"_s);
    QVERIFY(docs);
    QCOMPARE(docs->definition, source.metric(MetricDocsPerTeam)->definition);
}

void TstEditTrees::pasteThroughClipboardJson()
{
    const WorkspaceData before = m_doc->data();
    const auto fragment = fragmentFromJson(fragmentToJson(extractFragment(before, {DocsInput, TemplatesWork})));
    QVERIFY2(fragment.ok(), fragment.ok() ? "" : qPrintable(fragment.error()));
    m_doc->setCurrentTree(RetentionTree);
    const QList<Id> pasted = Edit::paste(*m_doc, *fragment, QPointF());
    QCOMPARE(pasted.size(), 2);
    QCOMPARE(m_doc->data().metrics.size(), before.metrics.size());
    QCOMPARE(m_doc->data().edgesOfTree(RetentionTree).size(), 2);
}

void TstEditTrees::addTreeBringsNotesAndAnnotations_data()
{
    QTest::addColumn<bool>("sameWorkspace");
    QTest::newRow("into the workspace it came from") << true;
    QTest::newRow("into an empty workspace") << false;
}

// A tree file's tree: its review notes come to the new tree; a metric's annotations come
// with it, and a record the catalog has already gets none twice.
void TstEditTrees::addTreeBringsNotesAndAnnotations()
{
    QFETCH(bool, sameWorkspace);
    const WorkspaceData source = sampleWithReview();
    const auto fragment = fragmentFromJson(fragmentToJson(extractTree(source, GrowthTree)));
    QVERIFY(fragment.ok());
    Document doc;
    if (sameWorkspace)
        doc.load(source, {});
    const WorkspaceData before = doc.data();
    const Id treeId = Edit::addTree(doc, *fragment, u"Growth again"_s);
    const WorkspaceData &data = doc.data();
    QCOMPARE(doc.undoStack()->count(), 1);

    const QList<ReviewNote> notes = data.reviewNotesOfTree(treeId);
    const QList<ReviewNote> originals = source.reviewNotesOfTree(GrowthTree);
    QCOMPARE(notes.size(), originals.size());
    for (const ReviewNote &n : notes) {
        QVERIFY(n.id >= before.nextId);
        const ReviewNote *original = nullptr;
        for (const ReviewNote &o : originals)
            original = o.text == n.text ? &o : original;
        QVERIFY2(original, qPrintable(n.text));
        QCOMPARE(n.period, original->period);
        QCOMPARE(n.grain, original->grain);
        QCOMPARE(n.metricId == 0, original->metricId == 0);
        if (n.metricId != 0)
            QCOMPARE(data.metric(n.metricId)->name, source.metric(original->metricId)->name);
    }
    const Node *ns = data.northStarOf(treeId);
    QCOMPARE(data.metric(ns->metricId)->target, source.metric(MetricActiveTeams)->target);
    for (const Node &n : data.nodesOfTree(treeId)) {
        if (n.title == u"Onboarding checklist"_s)
            QCOMPARE(n.impact, source.node(OnboardingWork)->impact);
    }
    if (sameWorkspace) {
        QCOMPARE(ns->metricId, Id(MetricActiveTeams));
        QCOMPARE(data.annotations.size(), before.annotations.size());
    } else {
        // 70, 71 and 73 came with their metrics; the workspace's own (72) was not in the file.
        QCOMPARE(data.annotations.size(), 3);
        for (const Annotation &a : data.annotations)
            QVERIFY(data.metric(a.metricId));
        QCOMPARE(data.annotationsOf(metricNamed(data, u"Invites sent"_s)->id).constFirst().text,
                 source.annotations.value(AnnotationInvites).text);
    }
    doc.undoStack()->undo();
    NS_COMPARE_CONTENT(doc.data(), before);
}

// Annotations are merged into shared records, never duplicated: adding the same fragment
// twice adds each annotation once.
void TstEditTrees::addTreeAddsAnnotationsOnce()
{
    WorkspaceData fragment = templateFragment();
    const WorkspaceData sample = sampleWithReview();
    const Annotation inviting = sample.annotations.value(AnnotationInviting);
    const Annotation workspace = sample.annotations.value(AnnotationWorkspace);
    // Fragment metric 1 is "Teams inviting" (shared with record 11), 2 a new one.
    fragment.annotations.insert(40, Annotation{40, inviting.date, inviting.text, 1});
    fragment.annotations.insert(41, Annotation{41, QDate(2026, 6, 2), u"Invite flow redesign"_s, 1});
    fragment.annotations.insert(42, Annotation{42, QDate(2026, 6, 3), u"Autoplay"_s, 2});
    fragment.annotations.insert(43, Annotation{43, workspace.date, workspace.text, 0});
    fragment.annotations.insert(44, Annotation{44, QDate(2026, 6, 1), u"Summer sale"_s, 0});
    m_doc->load(sample, {});
    const WorkspaceData before = m_doc->data();
    Edit::addTree(*m_doc, fragment, u"T"_s);
    const WorkspaceData &data = m_doc->data();
    QCOMPARE(data.annotations.size(), before.annotations.size() + 3);
    const QList<Annotation> onInviting = data.annotationsOf(MetricTeamsInviting);
    QCOMPARE(onInviting.size(), 2);
    QCOMPARE(onInviting.constLast().text, u"Invite flow redesign"_s);
    QCOMPARE(data.annotationsOf(metricNamed(data, u"Minutes of attention"_s)->id).size(), 1);
    QCOMPARE(data.annotationsOf(0).size(), 2);
    undoRestores(before);

    const int afterFirst = m_doc->data().annotations.size();
    Edit::addTree(*m_doc, fragment, u"T again"_s);
    QCOMPARE(m_doc->data().annotations.size(), afterFirst);
}

// What `northstar tree import` then `tree export` does, without the workspace file: the tree
// file comes back unchanged, every field of it.
void TstEditTrees::treeFileThroughAddTreeIsTheSameFile()
{
    const QJsonObject file = fragmentToJson(extractTree(sampleWithReview(), GrowthTree));
    const auto fragment = fragmentFromJson(file);
    QVERIFY(fragment.ok());
    Document doc;
    Edit::addEmptyTree(doc, u"Already there"_s);
    const Id tree = Edit::addTree(doc, *fragment, u"Growth"_s);
    QCOMPARE(fragmentToJson(extractTree(doc.data(), tree)), file);
}

void TstEditTrees::removeTreeTakesItsNotes_data()
{
    QTest::addColumn<Id>("tree");
    QTest::addColumn<QList<Id>>("notesLeft");
    QTest::addColumn<QList<Id>>("annotationsLeft");
    // Blank 13 goes with Growth, and its annotation 70; 11 stays (Retention shows it).
    QTest::newRow("growth") << Id(GrowthTree) << QList<Id>{NoteRetentionMonth}
                            << QList<Id>{AnnotationInviting, AnnotationWorkspace, AnnotationDocs};
    QTest::newRow("retention") << Id(RetentionTree)
                               << QList<Id>{NoteGrowthWeek, NoteGrowthInvites, NoteGrowthInvitingMonth}
                               << QList<Id>{AnnotationInvites, AnnotationInviting, AnnotationWorkspace, AnnotationDocs};
}

void TstEditTrees::removeTreeTakesItsNotes()
{
    QFETCH(Id, tree);
    QFETCH(QList<Id>, notesLeft);
    QFETCH(QList<Id>, annotationsLeft);
    m_doc->load(sampleWithReview(), {});
    const WorkspaceData before = m_doc->data();
    Edit::removeTree(*m_doc, tree);
    QCOMPARE(m_doc->data().reviewNotes.keys(), notesLeft);
    QCOMPARE(m_doc->data().annotations.keys(), annotationsLeft);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    undoRestores(before);
}

void TstEditTrees::pasteCopiesAnnotationsWithACopiedMetric()
{
    m_doc->load(sampleWithReview(), {});
    const WorkspaceData before = m_doc->data();
    const QList<Id> pasted = Edit::paste(*m_doc, extractFragment(before, {InvitingInput}), QPointF());
    const WorkspaceData &data = m_doc->data();
    const Id copy = data.node(pasted.constFirst())->metricId;
    QVERIFY(copy != MetricTeamsInviting);
    const QList<Annotation> copied = data.annotationsOf(copy);
    QCOMPARE(copied.size(), 1);
    QVERIFY(copied.constFirst().id >= before.nextId);
    QCOMPARE(copied.constFirst().text, before.annotations.value(AnnotationInviting).text);
    QCOMPARE(copied.constFirst().date, before.annotations.value(AnnotationInviting).date);
    // The original keeps its own; review notes never travel with a paste.
    QCOMPARE(data.annotationsOf(MetricTeamsInviting).size(), 1);
    QCOMPARE(data.reviewNotes, before.reviewNotes);
    undoRestores(before);
}

void TstEditTrees::pasteSharingARecordDuplicatesNothing()
{
    m_doc->load(sampleWithReview(), {});
    const WorkspaceData before = m_doc->data();
    m_doc->setCurrentTree(RetentionTree);
    const QList<Id> pasted = Edit::paste(*m_doc, extractFragment(before, {DocsInput, TemplatesWork}), QPointF());
    QCOMPARE(pasted.size(), 2);
    const WorkspaceData &data = m_doc->data();
    QCOMPARE(data.metrics.size(), before.metrics.size());
    QCOMPARE(data.annotations, before.annotations);
    for (Id id : pasted) {
        if (data.node(id)->kind == NodeKind::Work)
            QCOMPARE(data.node(id)->impact, before.node(TemplatesWork)->impact);
    }
    undoRestores(before);
}

// Across workspaces, through the clipboard's JSON: new records with their targets and
// annotations, impacts on the work.
void TstEditTrees::pasteIntoOtherWorkspaceThroughJson()
{
    const WorkspaceData source = sampleWithReview();
    const auto fragment = fragmentFromJson(fragmentToJson(extractFragment(source, {InvitingInput, OnboardingWork, DocsInput})));
    QVERIFY2(fragment.ok(), fragment.ok() ? "" : qPrintable(fragment.error()));
    Document other;
    Edit::addEmptyTree(other, u"Elsewhere"_s);
    const WorkspaceData before = other.data();
    const QList<Id> pasted = Edit::paste(other, *fragment, QPointF());
    QCOMPARE(pasted.size(), 3);
    const WorkspaceData &data = other.data();
    const Metric *docs = metricNamed(data, u"Docs per team"_s);
    QVERIFY(docs);
    QCOMPARE(docs->target, source.metric(MetricDocsPerTeam)->target);
    QCOMPARE(data.annotationsOf(docs->id).size(), 1);
    QCOMPARE(data.annotationsOf(metricNamed(data, u"Teams inviting"_s)->id).size(), 1);
    QCOMPARE(data.annotations.size(), 2);
    for (Id id : pasted) {
        if (data.node(id)->kind == NodeKind::Work)
            QCOMPARE(data.node(id)->impact, source.node(OnboardingWork)->impact);
    }
    other.undoStack()->undo();
    NS_COMPARE_CONTENT(other.data(), before);
}

// Another workspace's record of the same name is shared: it keeps its fields and gets the
// annotations it does not have yet.
void TstEditTrees::pasteIntoASharedRecordAddsWhatItLacks()
{
    const WorkspaceData source = sampleWithReview();
    m_doc->setCurrentTree(RetentionTree);  // the plain sample: Docs per team without annotations
    const WorkspaceData before = m_doc->data();
    QVERIFY(before.annotations.isEmpty());
    Edit::paste(*m_doc, extractFragment(source, {DocsInput}), QPointF());
    const WorkspaceData &data = m_doc->data();
    QCOMPARE(data.metrics.size(), before.metrics.size());
    QCOMPARE(data.metric(MetricDocsPerTeam)->target, before.metric(MetricDocsPerTeam)->target);
    const QList<Annotation> onDocs = data.annotationsOf(MetricDocsPerTeam);
    QCOMPARE(onDocs.size(), 1);
    QCOMPARE(onDocs.constFirst().text, source.annotations.value(AnnotationDocs).text);
    undoRestores(before);
}

void TstEditTrees::addCandidate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("newMetric");

    QTest::newRow("new metric") << u"  Net revenue retention "_s << true;
    QTest::newRow("catalog metric") << u"Docs per team"_s << false;
    QTest::newRow("metric of the other tree") << u"Retained teams"_s << false;
}

void TstEditTrees::addCandidate()
{
    QFETCH(QString, name);
    QFETCH(bool, newMetric);

    const WorkspaceData before = m_doc->data();
    const Id id = Edit::addCandidate(*m_doc, GrowthTree, name);
    QVERIFY(id != 0);
    const WorkspaceData &data = m_doc->data();
    const Candidate &c = data.candidates.value(id);
    QCOMPARE(c.treeId, Id(GrowthTree));
    QCOMPARE(data.metric(c.metricId)->name, name.trimmed());
    QCOMPARE(data.metrics.size(), before.metrics.size() + (newMetric ? 1 : 0));
    QCOMPARE(metricsNamed(data, name.trimmed()), 1);
    // Adding it again finds it.
    QCOMPARE(Edit::addCandidate(*m_doc, GrowthTree, name), id);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(Edit::addCandidate(*m_doc, GrowthTree, u"  "_s), Id(0));
    QCOMPARE(Edit::addCandidate(*m_doc, 999, u"x"_s), Id(0));
    undoRestores(before);
}

void TstEditTrees::setAnswer()
{
    const WorkspaceData before = m_doc->data();
    Edit::setAnswer(*m_doc, CandidatePayingTeams, ChecklistItem::StressTest, Answer::No);
    Edit::setAnswer(*m_doc, CandidatePayingTeams, ChecklistItem::CustomerValue, Answer::Unsure);
    const Candidate &c = m_doc->data().candidates.value(CandidatePayingTeams);
    QCOMPARE(c.answers[7], Answer::No);
    QCOMPARE(c.answers[0], Answer::Unsure);
    for (int i = 1; i < 7; ++i)
        QCOMPARE(c.answers[static_cast<std::size_t>(i)], Answer::Unanswered);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    NS_COMPARE_CONTENT(m_doc->data(), before);
}

void TstEditTrees::chooseCandidate()
{
    const WorkspaceData before = m_doc->data();
    Edit::chooseCandidate(*m_doc, CandidatePayingTeams);
    const WorkspaceData &data = m_doc->data();
    QCOMPARE(data.node(NorthStarNode)->metricId, Id(MetricPayingTeams));
    QCOMPARE(data.nodes.size(), before.nodes.size());
    // The former North Star is still a candidate: its record stays.
    QVERIFY(data.metric(MetricActiveTeams));
    QCOMPARE(m_doc->selection(), QList<Id>{NorthStarNode});
    undoRestores(before);
}

void TstEditTrees::chooseCandidateCreatesMissingNorthStar()
{
    const Id tree = Edit::addTree(*m_doc, WorkspaceData{}, u"No north star yet"_s);
    const Id candidate = Edit::addCandidate(*m_doc, tree, u"Orders per week"_s);
    const WorkspaceData before = m_doc->data();
    Edit::chooseCandidate(*m_doc, candidate);
    const Node *ns = m_doc->data().northStarOf(tree);
    QVERIFY(ns);
    QCOMPARE(ns->metricId, before.candidates.value(candidate).metricId);
    QCOMPARE(m_doc->selection(), QList<Id>{ns->id});
    undoRestores(before);
}

void TstEditTrees::removeCandidate_data()
{
    QTest::addColumn<Id>("candidate");
    QTest::addColumn<bool>("metricGoes");

    QTest::newRow("blank metric only a candidate") << Id(CandidatePayingTeams) << true;
    QTest::newRow("the chosen north star") << Id(CandidateActiveTeams) << false;
}

void TstEditTrees::removeCandidate()
{
    QFETCH(Id, candidate);
    QFETCH(bool, metricGoes);

    const WorkspaceData before = m_doc->data();
    const Id metricId = before.candidates.value(candidate).metricId;
    Edit::removeCandidate(*m_doc, candidate);
    QVERIFY(!m_doc->data().candidates.contains(candidate));
    QCOMPARE(!m_doc->data().metric(metricId), metricGoes);
    undoRestores(before);
}

void TstEditTrees::setGuardrail_data()
{
    QTest::addColumn<Id>("tree");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("metricsDelta");

    QTest::newRow("new metric") << Id(GrowthTree) << u"Churned teams"_s << 1;
    QTest::newRow("shared with another tree") << Id(GrowthTree) << u"Support tickets"_s << 0;
    QTest::newRow("replacing drops the blank old one") << Id(RetentionTree) << u"Docs per team"_s << -1;
    QTest::newRow("clearing drops the blank old one") << Id(RetentionTree) << QString() << -1;
}

void TstEditTrees::setGuardrail()
{
    QFETCH(Id, tree);
    QFETCH(QString, name);
    QFETCH(int, metricsDelta);

    // The tree has a bound: it stays with a guardrail and goes with the last one.
    Tree bounded = *m_doc->data().tree(tree);
    bounded.guardrailBound = GuardrailBound{GuardrailBound::Side::AtMost, 30.0};
    Edit::updateTree(*m_doc, bounded);
    m_doc->undoStack()->clear();
    const WorkspaceData before = m_doc->data();
    Edit::setGuardrail(*m_doc, tree, name);
    const WorkspaceData &data = m_doc->data();
    QCOMPARE(data.metrics.size(), before.metrics.size() + metricsDelta);
    const Id guardrail = data.tree(tree)->guardrailMetricId;
    if (name.isEmpty()) {
        QCOMPARE(guardrail, Id(0));
        QCOMPARE(data.tree(tree)->guardrailBound, std::nullopt);
    } else {
        QCOMPARE(data.tree(tree)->guardrailBound, bounded.guardrailBound);
        QCOMPARE(data.metric(guardrail)->name, name);
        QCOMPARE(metricsNamed(data, name), 1);
    }
    QCOMPARE(m_doc->undoStack()->count(), 1);
    undoRestores(before);
}

QTEST_GUILESS_MAIN(TstEditTrees)
#include "tst_edittrees.moc"
