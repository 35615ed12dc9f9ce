// Workshop lint: every rule fires on the case it describes and stays quiet on its
// near-misses; order and messages are stable.

#include "workshop/lint.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace NorthStar;

namespace {

// A tree that passes every rule: a defined North Star with a guardrail, four inputs (one
// per dimension) with owner, definition and one work item each, and a chosen candidate
// whose checklist is all good answers.
struct Fixture final
{
    WorkspaceData data;
    Id tree = 0;
    Id northStar = 0;
    QList<Id> inputs;
    QList<Id> work;
    Id candidate = 0;

    Fixture()
    {
        Tree t;
        t.id = tree = data.allocateId();
        t.name = u"Main"_s;
        t.game = Game::Transaction;
        Metric guardrail = metric(u"Refund rate"_s, Dimension::None);
        t.guardrailMetricId = guardrail.id;
        data.trees.insert(t.id, t);
        const Metric ns = metric(u"Nights booked"_s, Dimension::None);
        northStar = node(NodeKind::NorthStar, ns.id);
        const std::pair<const char16_t *, Dimension> specs[] = {
            {u"Searchers", Dimension::Breadth},
            {u"Nights per booking", Dimension::Depth},
            {u"Repeat guests", Dimension::Frequency},
            {u"Conversion", Dimension::Efficiency}};
        for (const auto &[name, dimension] : specs) {
            const Id input = addInput(QString::fromUtf16(name), dimension, northStar);
            work.append(addWork(u"Work for "_s + QString::fromUtf16(name), input));
        }
        Candidate c;
        c.id = candidate = data.allocateId();
        c.treeId = tree;
        c.metricId = ns.id;
        for (int i = 0; i < checklistItemCount; ++i)
            c.answers[static_cast<std::size_t>(i)] = goodAnswer(static_cast<ChecklistItem>(i));
        data.candidates.insert(c.id, c);
    }

    Metric metric(const QString &name, Dimension dimension)
    {
        Metric m;
        m.id = data.allocateId();
        m.name = name;
        m.definition = u"Definition of "_s + name;
        m.owner = u"Team "_s + name;
        m.dimension = dimension;
        data.metrics.insert(m.id, m);
        return m;
    }

    Id node(NodeKind kind, Id metricId, const QString &title = {})
    {
        Node n;
        n.id = data.allocateId();
        n.treeId = tree;
        n.kind = kind;
        n.metricId = metricId;
        n.title = title;
        data.nodes.insert(n.id, n);
        return n.id;
    }

    void link(Id child, Id parent)
    {
        Edge e;
        e.id = data.allocateId();
        e.treeId = tree;
        e.childId = child;
        e.parentId = parent;
        data.edges.insert(e.id, e);
    }

    Id addInput(const QString &name, Dimension dimension, Id parent)
    {
        const Id id = node(NodeKind::Input, metric(name, dimension).id);
        inputs.append(id);
        if (parent)
            link(id, parent);
        return id;
    }

    Id addWork(const QString &title, Id parent)
    {
        const Id id = node(NodeKind::Work, 0, title);
        if (parent)
            link(id, parent);
        return id;
    }

    Metric &metricOf(Id nodeId) { return data.metrics[data.nodes.value(nodeId).metricId]; }

    void unlink(Id child)
    {
        for (auto it = data.edges.begin(); it != data.edges.end();) {
            it = it->childId == child ? data.edges.erase(it) : std::next(it);
        }
    }

    void answer(ChecklistItem item, Answer a)
    {
        data.candidates[candidate].answers[static_cast<std::size_t>(item)] = a;
    }
};

using Mutation = std::function<void(Fixture &)>;

// "rule@node title" per finding, in the order lint reports them.
QStringList summary(const WorkspaceData &data, const QList<Lint::Finding> &findings)
{
    QStringList result;
    for (const Lint::Finding &f : findings) {
        const Node *n = data.node(f.nodeId);
        result.append(f.rule + u'@' + (n ? data.nodeTitle(*n) : u"-"_s));
    }
    return result;
}

} // namespace

Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(NorthStar::Lint::Severity)

class TestLint final : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void severities_data();
    void severities();
    void messagesNameTheNode();
    void unknownTreeHasNoFindings();
    void otherTreesDoNotInterfere();
    void deterministicOrder();
};

void TestLint::rules_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("clean tree") << Mutation([](Fixture &) {}) << QStringList{};

    // no-north-star
    QTest::newRow("no North Star") << Mutation([](Fixture &f) {
        f.data.nodes.remove(f.northStar);
        f.unlink(f.inputs[0]);
        f.unlink(f.inputs[1]);
        f.unlink(f.inputs[2]);
        f.unlink(f.inputs[3]);
    }) << QStringList{u"no-north-star@-"_s,
                      u"input-unlinked@Searchers"_s, u"input-unlinked@Nights per booking"_s,
                      u"input-unlinked@Repeat guests"_s, u"input-unlinked@Conversion"_s};

    // north-star-no-definition
    QTest::newRow("North Star without definition") << Mutation([](Fixture &f) {
        f.metricOf(f.northStar).definition.clear();
    }) << QStringList{u"north-star-no-definition@Nights booked"_s};
    QTest::newRow("North Star definition only blanks") << Mutation([](Fixture &f) {
        f.metricOf(f.northStar).definition = u"  \n"_s;
    }) << QStringList{u"north-star-no-definition@Nights booked"_s};

    // no-guardrail
    QTest::newRow("no guardrail") << Mutation([](Fixture &f) {
        f.data.trees[f.tree].guardrailMetricId = 0;
    }) << QStringList{u"no-guardrail@Nights booked"_s};
    QTest::newRow("guardrail metric missing") << Mutation([](Fixture &f) {
        f.data.trees[f.tree].guardrailMetricId = 9999;
    }) << QStringList{u"no-guardrail@Nights booked"_s};

    // checklist-against
    QTest::newRow("stress test answered Yes") << Mutation([](Fixture &f) {
        f.answer(ChecklistItem::StressTest, Answer::Yes);
    }) << QStringList{u"checklist-against@Nights booked"_s};
    QTest::newRow("not measurable") << Mutation([](Fixture &f) {
        f.answer(ChecklistItem::Measurable, Answer::No);
    }) << QStringList{u"checklist-against@Nights booked"_s};
    QTest::newRow("two bad answers, one unsure") << Mutation([](Fixture &f) {
        f.answer(ChecklistItem::CustomerValue, Answer::No);
        f.answer(ChecklistItem::Actionable, Answer::Unsure);
        f.answer(ChecklistItem::StressTest, Answer::Yes);
    }) << QStringList{u"checklist-against@Nights booked"_s, u"checklist-against@Nights booked"_s,
                      u"checklist-against@Nights booked"_s};
    QTest::newRow("unanswered checklist is not against") << Mutation([](Fixture &f) {
        for (int i = 0; i < checklistItemCount; ++i)
            f.answer(static_cast<ChecklistItem>(i), Answer::Unanswered);
    }) << QStringList{};
    QTest::newRow("bad answers of a candidate not chosen") << Mutation([](Fixture &f) {
        Candidate other;
        other.id = f.data.allocateId();
        other.treeId = f.tree;
        other.metricId = f.metric(u"Gross booking value"_s, Dimension::None).id;
        other.answers.fill(Answer::No);
        f.data.candidates.insert(other.id, other);
    }) << QStringList{};

    // input-count
    QTest::newRow("two inputs") << Mutation([](Fixture &f) {
        f.data.nodes.remove(f.inputs[3]);
        f.unlink(f.inputs[3]);
        f.unlink(f.work[3]);
        f.data.nodes.remove(f.work[3]);
        f.data.nodes.remove(f.inputs[2]);
        f.unlink(f.inputs[2]);
        f.unlink(f.work[2]);
        f.data.nodes.remove(f.work[2]);
    }) << QStringList{u"input-count@Nights booked"_s, u"dimension-missing@Nights booked"_s};
    QTest::newRow("five inputs is fine") << Mutation([](Fixture &f) {
        f.addWork(u"More work"_s, f.addInput(u"Listings"_s, Dimension::Breadth, f.northStar));
    }) << QStringList{};
    QTest::newRow("six inputs") << Mutation([](Fixture &f) {
        f.addWork(u"W5"_s, f.addInput(u"Listings"_s, Dimension::Breadth, f.northStar));
        f.addWork(u"W6"_s, f.addInput(u"Hosts"_s, Dimension::Breadth, f.northStar));
    }) << QStringList{u"input-count@Nights booked"_s};
    QTest::newRow("sub-inputs do not count as direct inputs") << Mutation([](Fixture &f) {
        f.addWork(u"W5"_s, f.addInput(u"Instant Book"_s, Dimension::Efficiency, f.inputs[3]));
        f.addWork(u"W6"_s, f.addInput(u"Photos"_s, Dimension::Efficiency, f.inputs[3]));
    }) << QStringList{};
    QTest::newRow("no inputs at all") << Mutation([](Fixture &f) {
        for (Id id : f.inputs)
            f.data.nodes.remove(id);
        f.data.edges.clear();
        for (Id id : f.work)
            f.data.nodes.remove(id);
    }) << QStringList{u"input-count@Nights booked"_s};

    // dimension-missing
    QTest::newRow("input without dimension") << Mutation([](Fixture &f) {
        f.metricOf(f.inputs[1]).dimension = Dimension::None;
    }) << QStringList{u"dimension-missing@Nights booked"_s};
    QTest::newRow("dimension covered by a sub-input") << Mutation([](Fixture &f) {
        f.metricOf(f.inputs[1]).dimension = Dimension::Breadth;
        f.addWork(u"W5"_s, f.addInput(u"Stay length"_s, Dimension::Depth, f.inputs[1]));
    }) << QStringList{};

    // input-unlinked
    QTest::newRow("free input") << Mutation([](Fixture &f) {
        f.addWork(u"W5"_s, f.addInput(u"Floating"_s, Dimension::Depth, 0));
    }) << QStringList{u"input-unlinked@Floating"_s};

    // input-no-definition / input-no-owner
    QTest::newRow("input without definition") << Mutation([](Fixture &f) {
        f.metricOf(f.inputs[2]).definition.clear();
    }) << QStringList{u"input-no-definition@Repeat guests"_s};
    QTest::newRow("input without owner") << Mutation([](Fixture &f) {
        f.metricOf(f.inputs[0]).owner = u" "_s;
    }) << QStringList{u"input-no-owner@Searchers"_s};
    QTest::newRow("North Star without owner is fine") << Mutation([](Fixture &f) {
        f.metricOf(f.northStar).owner.clear();
    }) << QStringList{};

    // input-no-work
    QTest::newRow("input without work (gap)") << Mutation([](Fixture &f) {
        f.unlink(f.work[1]);
        f.data.nodes.remove(f.work[1]);
    }) << QStringList{u"input-no-work@Nights per booking"_s};
    QTest::newRow("work under a sub-input closes the gap") << Mutation([](Fixture &f) {
        f.unlink(f.work[1]);
        f.data.nodes.remove(f.work[1]);
        f.addWork(u"Deep work"_s, f.addInput(u"Stay length"_s, Dimension::Depth, f.inputs[1]));
    }) << QStringList{};
    QTest::newRow("sub-input without work: both are gaps") << Mutation([](Fixture &f) {
        f.unlink(f.work[1]);
        f.data.nodes.remove(f.work[1]);
        f.addInput(u"Stay length"_s, Dimension::Depth, f.inputs[1]);
    }) << QStringList{u"input-no-work@Nights per booking"_s, u"input-no-work@Stay length"_s};

    // work-unlinked
    QTest::newRow("free work item") << Mutation([](Fixture &f) {
        f.addWork(u"Orphan"_s, 0);
    }) << QStringList{u"work-unlinked@Orphan"_s};
    QTest::newRow("work linked only to the North Star") << Mutation([](Fixture &f) {
        f.addWork(u"Shortcut"_s, f.northStar);
    }) << QStringList{u"work-unlinked@Shortcut"_s};
    QTest::newRow("work linked to two inputs is fine") << Mutation([](Fixture &f) {
        f.link(f.work[0], f.inputs[1]);
    }) << QStringList{};
}

void TestLint::rules()
{
    QFETCH(Mutation, mutate);
    QFETCH(QStringList, expected);
    Fixture f;
    mutate(f);
    QCOMPARE(summary(f.data, Lint::lintTree(f.data, f.tree)), expected);
}

void TestLint::severities_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<Lint::Severity>("severity");

    QTest::newRow("no North Star: error") << Mutation([](Fixture &f) { f.data.nodes.remove(f.northStar); })
                                          << Lint::Severity::Error;
    QTest::newRow("gap: warning") << Mutation([](Fixture &f) { f.data.nodes.remove(f.work[0]); f.unlink(f.work[0]); })
                                  << Lint::Severity::Warning;
    QTest::newRow("dimension: info") << Mutation([](Fixture &f) { f.metricOf(f.inputs[0]).dimension = Dimension::None; })
                                     << Lint::Severity::Info;
    QTest::newRow("stress test Yes: warning") << Mutation([](Fixture &f) { f.answer(ChecklistItem::StressTest, Answer::Yes); })
                                              << Lint::Severity::Warning;
    QTest::newRow("unsure: info") << Mutation([](Fixture &f) { f.answer(ChecklistItem::NotVanity, Answer::Unsure); })
                                  << Lint::Severity::Info;
}

void TestLint::severities()
{
    QFETCH(Mutation, mutate);
    QFETCH(Lint::Severity, severity);
    Fixture f;
    mutate(f);
    const QList<Lint::Finding> findings = Lint::lintTree(f.data, f.tree);
    QVERIFY(!findings.isEmpty());
    QCOMPARE(findings.constFirst().severity, severity);
}

void TestLint::messagesNameTheNode()
{
    Fixture f;
    f.unlink(f.work[1]);
    f.data.nodes.remove(f.work[1]);
    f.answer(ChecklistItem::StressTest, Answer::Yes);
    const QList<Lint::Finding> findings = Lint::lintTree(f.data, f.tree);
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).nodeId, f.northStar);
    QVERIFY2(findings.at(0).message.startsWith(u"Nights booked: "_s), qPrintable(findings.at(0).message));
    QVERIFY2(findings.at(0).message.contains(u"Stress test"_s), qPrintable(findings.at(0).message));
    QCOMPARE(findings.at(1).nodeId, f.inputs[1]);
    QCOMPARE(findings.at(1).message, u"Nights per booking: no work under this input (gap)"_s);
    QCOMPARE(Lint::toKey(findings.at(1).severity), u"warning"_s);
}

void TestLint::unknownTreeHasNoFindings()
{
    Fixture f;
    QVERIFY(Lint::lintTree(f.data, 424242).isEmpty());
    QVERIFY(Lint::lintTree(WorkspaceData{}, 1).isEmpty());
}

void TestLint::otherTreesDoNotInterfere()
{
    Fixture f;
    // A second, empty tree with a free work item: lint of the first tree does not see it.
    Tree other;
    other.id = f.data.allocateId();
    other.name = u"Other"_s;
    other.order = 1;
    f.data.trees.insert(other.id, other);
    Node stray;
    stray.id = f.data.allocateId();
    stray.treeId = other.id;
    stray.kind = NodeKind::Work;
    stray.title = u"Stray"_s;
    f.data.nodes.insert(stray.id, stray);
    QVERIFY(Lint::lintTree(f.data, f.tree).isEmpty());
    QCOMPARE(summary(f.data, Lint::lintTree(f.data, other.id)),
             (QStringList{u"no-north-star@-"_s, u"no-guardrail@-"_s, u"work-unlinked@Stray"_s}));
}

void TestLint::deterministicOrder()
{
    Fixture f;
    for (Id w : f.work) {
        f.unlink(w);
        f.data.nodes.remove(w);
    }
    // Lint walks the tree from the North Star, not the order nodes were created in.
    const Id late = f.addInput(u"Late sub-input"_s, Dimension::Depth, f.inputs[0]);
    f.metricOf(late).owner.clear();
    const QStringList first = summary(f.data, Lint::lintTree(f.data, f.tree));
    QCOMPARE(first, (QStringList{u"input-no-work@Searchers"_s, u"input-no-owner@Late sub-input"_s,
                                 u"input-no-work@Late sub-input"_s, u"input-no-work@Nights per booking"_s,
                                 u"input-no-work@Repeat guests"_s, u"input-no-work@Conversion"_s}));
    QCOMPARE(summary(f.data, Lint::lintTree(f.data, f.tree)), first);
}

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
