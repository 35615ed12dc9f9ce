#include "model/fragmentjson.h"

#include "model/reviewfields.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Fragment)
};

QJsonObject toJson(const Metric &m)
{
    QJsonObject o{{u"id"_s, m.id},       {u"name"_s, m.name},   {u"definition"_s, m.definition},
                  {u"unit"_s, m.unit},   {u"owner"_s, m.owner},
                  {u"notes"_s, m.notes}, {u"dimension"_s, toKey(m.dimension)}};
    if (!m.computation.isEmpty())
        o.insert(u"computation"_s, m.computation);
    return o;
}

QJsonObject toJson(const Node &n)
{
    QJsonObject o{{u"id"_s, n.id}, {u"kind"_s, toKey(n.kind)}};
    if (n.kind == NodeKind::Work) {
        o.insert(u"title"_s, n.title);
        o.insert(u"owner"_s, n.owner);
        o.insert(u"workType"_s, toKey(n.workType));
        o.insert(u"status"_s, toKey(n.status));
        if (n.shipDate.isValid())
            o.insert(u"shipDate"_s, n.shipDate.toString(Qt::ISODate));
        o.insert(u"expectedImpact"_s, n.expectedImpact);
    } else {
        o.insert(u"metric"_s, n.metricId);
    }
    if (n.pinned)
        o.insert(u"position"_s, QJsonArray{n.position.x(), n.position.y()});
    return o;
}

QJsonObject toJson(const Edge &e)
{
    QJsonObject o{{u"child"_s, e.childId}, {u"parent"_s, e.parentId}};
    if (e.leverage)
        o.insert(u"leverage"_s, *e.leverage);
    if (!e.theory.isEmpty())
        o.insert(u"theory"_s, e.theory);
    return o;
}

template<typename Enum>
Result<Enum> enumField(const QJsonObject &o, const QString &field,
                       std::optional<Enum> (*parse)(const QString &), Enum fallback)
{
    if (!o.contains(field))
        return fallback;
    const auto value = parse(o.value(field).toString());
    if (!value)
        return fail(Text::tr("Unknown %1 \"%2\".").arg(field, o.value(field).toString()));
    return *value;
}

Id idField(const QJsonObject &o, const QString &field)
{
    return static_cast<Id>(o.value(field).toDouble());
}

} // namespace

QJsonObject fragmentToJson(const WorkspaceData &data)
{
    QJsonArray metrics, nodes, edges;
    for (const Metric &m : data.metrics)
        metrics.append(toJson(m));
    for (const Node &n : data.nodes)
        nodes.append(toJson(n));
    for (const Edge &e : data.edges)
        edges.append(toJson(e));
    QJsonObject root{{u"format"_s, u"northstar-fragment"_s},
                     {u"version"_s, 1},
                     {u"metrics"_s, metrics},
                     {u"nodes"_s, nodes},
                     {u"edges"_s, edges}};
    if (!data.trees.isEmpty()) {
        const Tree t = data.treesInOrder().constFirst();
        root.insert(u"tree"_s, QJsonObject{{u"name"_s, t.name},
                                           {u"game"_s, toKey(t.game)},
                                           {u"guardrail"_s, t.guardrailMetricId}});
    }
    return root;
}

Result<WorkspaceData> fragmentFromJson(const QJsonObject &json)
{
    if (json.value(u"format"_s).toString() != u"northstar-fragment"_s)
        return fail(Text::tr("This is not a North Star Studio tree fragment."));
    if (json.value(u"version"_s).toInt() > 1)
        return fail(Text::tr("This tree fragment comes from a newer version of North Star Studio."));

    WorkspaceData data;
    constexpr Id treeId = 1;
    Tree tree;
    tree.id = treeId;
    const QJsonObject treeJson = json.value(u"tree"_s).toObject();
    tree.name = treeJson.value(u"name"_s).toString();
    auto game = enumField(treeJson, u"game"_s, &gameFromKey, Game::Unset);
    if (!game)
        return fail(game.error());
    tree.game = *game;
    tree.guardrailMetricId = idField(treeJson, u"guardrail"_s);

    for (const QJsonValue &v : json.value(u"metrics"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Metric m;
        m.id = idField(o, u"id"_s);
        m.name = o.value(u"name"_s).toString();
        m.definition = o.value(u"definition"_s).toString();
        m.unit = o.value(u"unit"_s).toString();
        m.owner = o.value(u"owner"_s).toString();
        migrateTargetText(m, o.value(u"target"_s).toString());
        m.notes = o.value(u"notes"_s).toString();
        m.computation = o.value(u"computation"_s).toObject();
        auto dimension = enumField(o, u"dimension"_s, &dimensionFromKey, Dimension::None);
        if (!dimension)
            return fail(dimension.error());
        m.dimension = *dimension;
        if (m.id <= 0 || m.name.isEmpty())
            return fail(Text::tr("A metric in the fragment has no id or no name."));
        data.metrics.insert(m.id, m);
    }
    if (tree.guardrailMetricId != 0 && !data.metrics.contains(tree.guardrailMetricId))
        return fail(Text::tr("The fragment's guardrail refers to a missing metric."));
    data.trees.insert(tree.id, tree);
    for (const QJsonValue &v : json.value(u"nodes"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Node n;
        n.id = idField(o, u"id"_s);
        n.treeId = treeId;
        auto kind = enumField(o, u"kind"_s, &nodeKindFromKey, NodeKind::Input);
        auto type = enumField(o, u"workType"_s, &workTypeFromKey, WorkType::Initiative);
        auto status = enumField(o, u"status"_s, &workStatusFromKey, WorkStatus::Idea);
        if (!kind || !type || !status)
            return fail(!kind ? kind.error() : !type ? type.error() : status.error());
        n.kind = *kind;
        n.workType = *type;
        n.status = *status;
        n.metricId = idField(o, u"metric"_s);
        n.title = o.value(u"title"_s).toString();
        n.owner = o.value(u"owner"_s).toString();
        n.shipDate = QDate::fromString(o.value(u"shipDate"_s).toString(), Qt::ISODate);
        n.expectedImpact = o.value(u"expectedImpact"_s).toString();
        const QJsonArray position = o.value(u"position"_s).toArray();
        if (position.size() == 2) {
            n.pinned = true;
            n.position = QPointF(position.at(0).toDouble(), position.at(1).toDouble());
        }
        if (n.id <= 0 || (n.kind != NodeKind::Work && !data.metrics.contains(n.metricId)))
            return fail(Text::tr("A node in the fragment has no id or refers to a missing metric."));
        data.nodes.insert(n.id, n);
    }
    Id edgeId = std::max(data.metrics.isEmpty() ? 0 : data.metrics.lastKey(),
                         data.nodes.isEmpty() ? 0 : data.nodes.lastKey());
    for (const QJsonValue &v : json.value(u"edges"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Edge e;
        e.id = ++edgeId;
        e.treeId = treeId;
        e.childId = idField(o, u"child"_s);
        e.parentId = idField(o, u"parent"_s);
        if (o.contains(u"leverage"_s))
            e.leverage = o.value(u"leverage"_s).toDouble();
        e.theory = o.value(u"theory"_s).toString();
        if (!data.nodes.contains(e.childId) || !data.nodes.contains(e.parentId))
            return fail(Text::tr("A link in the fragment refers to a missing node."));
        data.edges.insert(e.id, e);
    }
    data.recomputeNextId();
    return data;
}

WorkspaceData extractFragment(const WorkspaceData &data, const QList<Id> &nodeIds)
{
    WorkspaceData fragment;
    for (Id id : nodeIds) {
        const Node *n = data.node(id);
        if (!n)
            continue;
        fragment.nodes.insert(n->id, *n);
        if (const Metric *m = data.metric(n->metricId))
            fragment.metrics.insert(m->id, *m);
    }
    for (const Edge &e : data.edges) {
        if (fragment.nodes.contains(e.childId) && fragment.nodes.contains(e.parentId))
            fragment.edges.insert(e.id, e);
    }
    fragment.recomputeNextId();
    return fragment;
}

} // namespace NorthStar
