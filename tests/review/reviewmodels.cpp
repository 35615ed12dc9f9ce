// The models of reviewdata.h: catalog metrics with MetricSpec computations (as JSON, the way
// the workspace stores them), trees, nodes, edges with leverage, targets, guardrail bounds
// and work items with numeric expected impacts.

#include "reviewdata.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace NorthStar::ReviewTest {

namespace {

QJsonObject spec(const QString &kind, const QStringList &events = {}, int n = 0)
{
    QJsonObject json{{u"kind"_s, kind}};
    if (!events.isEmpty())
        json.insert(u"events"_s, QJsonArray::fromStringList(events));
    if (kind == u"activation")
        json.insert(u"window"_s, 7);
    if (kind == u"threshold")
        json.insert(u"threshold"_s, n);
    if (kind.startsWith(u"stickiness"))
        json.insert(u"k"_s, n);
    return json;
}

QJsonObject formula(const QString &text)
{
    return {{u"kind"_s, u"formula"_s}, {u"formula"_s, text}};
}

Target target(double value, QDate date, std::optional<double> baseline = {}, QDate baselineDate = {})
{
    return Target{value, date, baseline, baselineDate};
}

class Builder final
{
public:
    explicit Builder(const QMap<QString, QString> &settings) { m_data.settings = settings; }

    Id metric(const QString &name, const QJsonObject &computation, const Target &t = {})
    {
        Metric m;
        m.id = m_data.allocateId();
        m.name = name;
        m.computation = computation;
        m.target = t;
        m_data.metrics.insert(m.id, m);
        return m.id;
    }
    Id metricId(const QString &name) const
    {
        for (const Metric &m : m_data.metrics) {
            if (m.name == name)
                return m.id;
        }
        Q_ASSERT(false);
        return 0;
    }
    Id tree(const QString &name, const QString &guardrail = {}, std::optional<GuardrailBound> bound = {})
    {
        Tree t;
        t.id = m_data.allocateId();
        t.name = name;
        t.order = int(m_data.trees.size());
        t.guardrailMetricId = guardrail.isEmpty() ? 0 : metricId(guardrail);
        t.guardrailBound = bound;
        m_data.trees.insert(t.id, t);
        m_tree = t.id;
        return t.id;
    }
    Id node(NodeKind kind, const QString &metric)
    {
        Node n;
        n.id = m_data.allocateId();
        n.treeId = m_tree;
        n.kind = kind;
        n.metricId = metricId(metric);
        m_data.nodes.insert(n.id, n);
        return n.id;
    }
    Id work(const QString &title, WorkStatus status, QDate shipped, std::optional<ExpectedImpact> impact)
    {
        Node n;
        n.id = m_data.allocateId();
        n.treeId = m_tree;
        n.kind = NodeKind::Work;
        n.title = title;
        n.status = status;
        n.shipDate = shipped;
        n.impact = impact;
        m_data.nodes.insert(n.id, n);
        return n.id;
    }
    void edge(Id child, Id parent, std::optional<double> leverage = {})
    {
        Edge e;
        e.id = m_data.allocateId();
        e.treeId = m_tree;
        e.childId = child;
        e.parentId = parent;
        e.leverage = leverage;
        m_data.edges.insert(e.id, e);
    }
    WorkspaceData data() const { return m_data; }

private:
    WorkspaceData m_data;
    Id m_tree = 0;
};

// Wednesday of planted week w: the ship dates.
QDate shipWeek(int w)
{
    return plantedWeek(w).addDays(2);
}

ExpectedImpact relative(double amount)
{
    return {amount, true};
}

ExpectedImpact absolute(double amount)
{
    return {amount, false};
}

} // namespace

WorkspaceData plantedModel(const QMap<QString, QString> &settings)
{
    Builder b(settings);
    b.metric(u"Weekly visitors"_s, spec(u"breadth"_s, {u"visit"_s}), target(2000, QDate(2025, 12, 29)));
    b.metric(u"Searchers"_s, spec(u"breadth"_s, {u"search"_s}));
    b.metric(u"Search depth"_s, spec(u"depth"_s, {u"search"_s}));
    b.metric(u"Sharers"_s, spec(u"breadth"_s, {u"share"_s}));
    // Downwards from a stored baseline, reached.
    b.metric(u"Share depth"_s, spec(u"depth"_s, {u"share"_s}), target(2.5, QDate(2025, 12, 31), 3.0, QDate(2025, 1, 1)));
    // Its date is before P: the expected value is the target itself.
    b.metric(u"Saved items"_s, spec(u"breadth"_s, {u"save"_s}), target(90, QDate(2025, 6, 30)));
    b.metric(u"Setup rate"_s, spec(u"activation"_s, {u"setup"_s}),
             target(0.7, QDate(2025, 10, 1), 0.3, QDate(2025, 1, 1)));
    b.metric(u"Undefined input"_s, {});
    // Downwards, behind (the guardrail is a metric of the review too).
    b.metric(u"Complaints"_s, spec(u"breadth"_s, {u"complaint"_s}), target(5, QDate(2025, 12, 31), 20, QDate(2025, 1, 1)));
    b.metric(u"Visits per visitor"_s, spec(u"depth"_s, {u"visit"_s}),
             target(2.6, QDate(2025, 10, 31), 1.0, QDate(2025, 1, 1)));
    b.metric(u"Visit days"_s, spec(u"frequency"_s, {u"visit"_s}), target(1.3, QDate(2025, 12, 31), 1.0, QDate(2025, 1, 1)));
    b.metric(u"Search share"_s, formula(u"Searchers / \"Weekly visitors\""_s));
    b.metric(u"Saved value per saver"_s, spec(u"depth-value"_s, {u"save"_s}));
    b.metric(u"Active visitors"_s, spec(u"lifecycle"_s, {u"visit"_s}));
    b.metric(u"Frequent searchers"_s, spec(u"threshold"_s, {u"search"_s}, 3));
    b.metric(u"Two-day visitors"_s, spec(u"stickiness"_s, {u"visit"_s}, 2));
    b.metric(u"Sticky visitors"_s, spec(u"stickiness-cumulative"_s, {u"visit"_s}, 2));
    b.metric(u"Days to setup"_s, spec(u"time-to-value"_s, {u"setup"_s}));
    b.metric(u"Exports per exporter"_s, spec(u"depth"_s, {u"export"_s}));

    b.tree(u"Growth"_s, u"Complaints"_s, GuardrailBound{GuardrailBound::Side::AtMost, 15});
    const Id visitors = b.node(NodeKind::NorthStar, u"Weekly visitors"_s);
    const Id searchers = b.node(NodeKind::Input, u"Searchers"_s);
    const Id searchDepth = b.node(NodeKind::Input, u"Search depth"_s);
    const Id sharers = b.node(NodeKind::Input, u"Sharers"_s);
    const Id shareDepth = b.node(NodeKind::Input, u"Share depth"_s);
    const Id saved = b.node(NodeKind::Input, u"Saved items"_s);
    const Id setup = b.node(NodeKind::Input, u"Setup rate"_s);
    const Id undefined = b.node(NodeKind::Input, u"Undefined input"_s);
    b.edge(searchers, visitors, 2.0);
    b.edge(sharers, visitors, 1.5);
    b.edge(saved, visitors, 0.5);
    b.edge(searchDepth, visitors);
    b.edge(setup, visitors);
    b.edge(undefined, visitors);
    b.edge(shareDepth, sharers);
    const auto serve = [&](Id input, const QString &title, WorkStatus status, QDate shipped,
                           std::optional<ExpectedImpact> impact) { b.edge(b.work(title, status, shipped, impact), input); };
    const auto shipped = WorkStatus::Shipped;
    serve(searchers, u"Dark mode"_s, shipped, shipWeek(10), std::nullopt);
    serve(searchers, u"Faster search"_s, shipped, shipWeek(20), relative(0.10));
    serve(searchers, u"Voice search"_s, WorkStatus::InProgress, {}, relative(0.05));
    serve(searchers, u"Future launch"_s, shipped, QDate(2025, 8, 5), relative(0.05)); // after P
    serve(searchDepth, u"New ranking"_s, shipped, shipWeek(17), absolute(0.3));
    serve(searchDepth, u"Quick filters"_s, shipped, shipWeek(27), relative(0.05));
    serve(searchDepth, u"Query suggestions"_s, WorkStatus::InProgress, {}, std::nullopt);
    serve(sharers, u"Ads experiment"_s, shipped, shipWeek(9), std::nullopt);
    serve(sharers, u"Share button"_s, shipped, shipWeek(18), relative(0.20));
    serve(sharers, u"Share to chat"_s, WorkStatus::InProgress, {}, std::nullopt);
    serve(sharers, u"Referral idea"_s, WorkStatus::Idea, {}, std::nullopt);
    serve(saved, u"Wishlist"_s, shipped, shipWeek(15), relative(0.10));
    serve(saved, u"Early bird"_s, shipped, shipWeek(6), relative(0.05));
    serve(saved, u"Collections"_s, WorkStatus::InProgress, {}, std::nullopt);
    serve(setup, u"Onboarding tour"_s, shipped, shipWeek(25), relative(0.10));
    serve(undefined, u"Data pipeline"_s, shipped, shipWeek(27), relative(0.05));

    b.tree(u"Engagement"_s, u"Complaints"_s, GuardrailBound{GuardrailBound::Side::AtLeast, 5});
    const Id perVisitor = b.node(NodeKind::NorthStar, u"Visits per visitor"_s);
    b.edge(b.node(NodeKind::Input, u"Visit days"_s), perVisitor, 0.8);
    b.edge(b.node(NodeKind::Input, u"Weekly visitors"_s), perVisitor);

    b.tree(u"Activation"_s);
    b.node(NodeKind::NorthStar, u"Setup rate"_s);

    b.tree(u"Search share"_s);
    const Id share = b.node(NodeKind::NorthStar, u"Search share"_s);
    b.edge(b.node(NodeKind::Input, u"Searchers"_s), share);
    b.edge(b.node(NodeKind::Input, u"Weekly visitors"_s), share);

    // The other kinds: a ratio of value sums split by segment, counts, time-to-value.
    b.tree(u"Habits"_s);
    const Id value = b.node(NodeKind::NorthStar, u"Saved value per saver"_s);
    b.edge(b.node(NodeKind::Input, u"Active visitors"_s), value, 0.01);
    b.edge(b.node(NodeKind::Input, u"Frequent searchers"_s), value, 0.02);
    b.edge(b.node(NodeKind::Input, u"Two-day visitors"_s), value);
    b.edge(b.node(NodeKind::Input, u"Sticky visitors"_s), value);
    b.edge(b.node(NodeKind::Input, u"Days to setup"_s), value);
    // Week 12 has no exports, so the depth is empty there: a gap in the before window.
    const Id exports = b.node(NodeKind::Input, u"Exports per exporter"_s);
    b.edge(exports, value);
    b.edge(b.work(u"Export wizard"_s, WorkStatus::Shipped, shipWeek(16), relative(0.1)), exports);
    b.edge(b.work(u"Bulk export"_s, WorkStatus::Shipped, shipWeek(22), relative(0.1)), exports);
    // Work on the North Star itself.
    b.edge(b.work(u"Value push"_s, WorkStatus::Shipped, shipWeek(14), relative(0.05)), value);

    // Readings of REVIEW.md that the trees above leave open (see reviewexpectations.cpp):
    // an expected decrease that comes; a cohort input whose only work shipped in P-5, which
    // is inside the 4 periods before its own reviewed cohort (P-1) but not before P.
    b.tree(u"Probes"_s);
    const Id probe = b.node(NodeKind::NorthStar, u"Weekly visitors"_s);
    const Id probeSharers = b.node(NodeKind::Input, u"Sharers"_s);
    const Id probeSetup = b.node(NodeKind::Input, u"Setup rate"_s);
    b.edge(probeSharers, probe);
    b.edge(probeSetup, probe);
    b.edge(b.work(u"Cleanup"_s, WorkStatus::Shipped, shipWeek(9), relative(-0.10)), probeSharers);
    b.edge(b.work(u"Welcome mail"_s, WorkStatus::Shipped, shipWeek(24), relative(0.05)), probeSetup);

    // The North Star jumps (Saved items in week 29): no input, so no unexplained movement.
    b.tree(u"Saving"_s);
    b.node(NodeKind::NorthStar, u"Saved items"_s);

    // Lifecycle's reviewed value is the active count, so breadth with leverage 1 explains it all.
    b.tree(u"Lifecycle"_s);
    const Id active = b.node(NodeKind::NorthStar, u"Active visitors"_s);
    b.edge(b.node(NodeKind::Input, u"Weekly visitors"_s), active, 1.0);
    return b.data();
}

WorkspaceData handWorkedModel()
{
    Builder b({});
    b.metric(u"a"_s, spec(u"breadth"_s, {u"ea"_s}));
    b.metric(u"b"_s, spec(u"breadth"_s, {u"eb"_s}));
    b.metric(u"c"_s, spec(u"breadth"_s, {u"ec"_s}));
    b.metric(u"e"_s, spec(u"breadth"_s, {u"ee"_s}));
    b.metric(u"a depth"_s, spec(u"depth"_s, {u"ea"_s}));
    b.metric(u"a times b"_s, formula(u"a * b"_s));
    b.metric(u"a plus b plus c"_s, formula(u"a + b + c"_s));
    b.metric(u"a over c"_s, formula(u"a / c"_s));
    b.metric(u"ab over c"_s, formula(u"a * b / c"_s));
    b.metric(u"Undefined"_s, {});

    const auto formulaTree = [&](const QString &tree, const QString &northStar, const QStringList &children) {
        b.tree(tree);
        const Id ns = b.node(NodeKind::NorthStar, northStar);
        for (const QString &child : children)
            b.edge(b.node(NodeKind::Input, child), ns);
    };
    formulaTree(u"Product"_s, u"a times b"_s, {u"a"_s, u"b"_s});
    formulaTree(u"Sum"_s, u"a plus b plus c"_s, {u"a"_s, u"b"_s, u"c"_s});
    formulaTree(u"Ratio"_s, u"a over c"_s, {u"a"_s});
    formulaTree(u"Three"_s, u"ab over c"_s, {u"a"_s, u"b"_s, u"c"_s});
    formulaTree(u"Depth"_s, u"a depth"_s, {});
    formulaTree(u"No computation"_s, u"Undefined"_s, {u"a"_s});

    // A child that is no operand of its formula parent; a child with a leverage but no
    // computation (its change is empty).
    formulaTree(u"Formula extra"_s, u"a times b"_s, {u"a"_s, u"b"_s, u"c"_s});
    b.tree(u"Leverage gap"_s);
    const Id gap = b.node(NodeKind::NorthStar, u"a"_s);
    b.edge(b.node(NodeKind::Input, u"b"_s), gap, 0.5);
    b.edge(b.node(NodeKind::Input, u"Undefined"_s), gap, 2.0);

    b.tree(u"Leverage"_s);
    const Id a = b.node(NodeKind::NorthStar, u"a"_s);
    const Id bNode = b.node(NodeKind::Input, u"b"_s);
    const Id cNode = b.node(NodeKind::Input, u"c"_s);
    b.edge(bNode, a, 0.5);
    b.edge(cNode, a);
    b.edge(b.node(NodeKind::Input, u"e"_s), bNode); // 0 -> 2: no relative change
    const Id promo = b.work(u"Promo"_s, WorkStatus::Shipped, QDate(2025, 3, 12), ExpectedImpact{0.1, true});
    b.edge(promo, bNode);
    b.edge(promo, cNode);
    return b.data();
}

} // namespace NorthStar::ReviewTest
