#include "sampletree.h"

using namespace Qt::StringLiterals;

namespace NorthStar::Testing {
namespace {

Id addMetricNode(SampleTree &s, NodeKind kind, const QString &name, const QString &owner,
                 Dimension dimension)
{
    Metric m;
    m.id = s.data.allocateId();
    m.name = name;
    m.owner = owner;
    m.dimension = dimension;
    s.data.metrics.insert(m.id, m);
    Node n;
    n.id = s.data.allocateId();
    n.treeId = s.treeId;
    n.kind = kind;
    n.metricId = m.id;
    s.data.nodes.insert(n.id, n);
    return n.id;
}

void link(SampleTree &s, Id child, Id parent, std::optional<double> leverage = std::nullopt)
{
    Edge e;
    e.id = s.data.allocateId();
    e.treeId = s.treeId;
    e.childId = child;
    e.parentId = parent;
    e.leverage = leverage;
    s.data.edges.insert(e.id, e);
}

Id addWork(SampleTree &s, Id input, const QString &title, WorkType type, WorkStatus status,
           const QString &owner = {})
{
    Node n;
    n.id = s.data.allocateId();
    n.treeId = s.treeId;
    n.kind = NodeKind::Work;
    n.title = title;
    n.workType = type;
    n.status = status;
    n.owner = owner;
    s.data.nodes.insert(n.id, n);
    link(s, n.id, input);
    return n.id;
}

} // namespace

SampleTree makeSampleTree()
{
    SampleTree s;
    Tree tree;
    tree.id = s.treeId = s.data.allocateId();
    tree.name = u"Collaboration growth 2025"_s;
    tree.game = Game::Productivity;
    s.data.trees.insert(tree.id, tree);

    s.northStarId = addMetricNode(s, NodeKind::NorthStar,
                                  u"Weekly teams collaborating on 3+ documents"_s, u"Maya Chen"_s,
                                  Dimension::None);
    const struct {
        QString name, owner;
        Dimension dimension;
        double leverage;
    } inputs[] = {
        {u"New teams activated in their first week"_s, u"Leo Park"_s, Dimension::Breadth, 0.8},
        {u"Documents shared per active team"_s, u"Aisha Bello"_s, Dimension::Depth, 0.6},
        {u"Days active per team per week"_s, u"Tom Weber"_s, Dimension::Frequency, 0.5},
        {u"Median time to first shared document"_s, QString(), Dimension::Efficiency, 0.3},
    };
    for (const auto &in : inputs) {
        const Id id = addMetricNode(s, NodeKind::Input, in.name, in.owner, in.dimension);
        link(s, id, s.northStarId, in.leverage);
        s.inputIds.append(id);
    }
    const QList<Id> &i = s.inputIds;
    s.workIds = {
        addWork(s, i[0], u"Guided team setup"_s, WorkType::Initiative, WorkStatus::InProgress, u"Leo Park"_s),
        addWork(s, i[0], u"Invite teammates from Slack"_s, WorkType::Feature, WorkStatus::Shipped),
        addWork(s, i[0], u"Template gallery on day one"_s, WorkType::Experiment, WorkStatus::Idea),
        addWork(s, i[1], u"Share to channel"_s, WorkType::Feature, WorkStatus::InProgress, u"Aisha Bello"_s),
        addWork(s, i[1], u"Comment mentions"_s, WorkType::Feature, WorkStatus::Shipped),
        addWork(s, i[1], u"Shared folders pilot"_s, WorkType::Experiment, WorkStatus::Idea),
        addWork(s, i[2], u"Weekly digest email"_s, WorkType::Experiment, WorkStatus::InProgress, u"Tom Weber"_s),
        addWork(s, i[2], u"Mobile quick capture"_s, WorkType::Initiative, WorkStatus::Idea),
    };
    return s;
}

} // namespace NorthStar::Testing
