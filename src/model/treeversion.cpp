#include "model/treeversion.h"

#include "model/fragmentjson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace NorthStar::TreeVersions {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::TreeVersions)
};

} // namespace

QByteArray snapshot(const WorkspaceData &data, Id treeId)
{
    const Tree *tree = data.tree(treeId);
    if (!tree)
        return {};
    WorkspaceData d;
    d.trees.insert(tree->id, *tree);
    QSet<Id> shown{tree->guardrailMetricId};
    for (const Node &n : data.nodesOfTree(treeId)) {
        d.nodes.insert(n.id, n);
        if (n.kind != NodeKind::Work)
            shown.insert(n.metricId);
    }
    for (const Edge &e : data.edgesOfTree(treeId))
        d.edges.insert(e.id, e);
    for (const Candidate &c : data.candidatesOfTree(treeId)) {
        d.candidates.insert(c.id, c);
        shown.insert(c.metricId);
    }
    for (const Vote &v : data.votesOfTree(treeId))
        d.votes.insert(v.id, v);
    for (const ParkedIdea &p : data.parkedIdeasOfTree(treeId))
        d.parkedIdeas.insert(p.id, p);
    for (Id metricId : std::as_const(shown)) {
        if (const Metric *m = data.metric(metricId))
            d.metrics.insert(m->id, *m);
    }
    return QJsonDocument(fragmentToJson(d)).toJson(QJsonDocument::Compact);
}

Result<WorkspaceData> content(const TreeVersion &version)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(version.fragment, &parseError);
    if (!json.isObject()) {
        return fail(Text::tr("The version \"%1\" cannot be read: %2")
                        .arg(version.name, parseError.error == QJsonParseError::NoError
                                               ? Text::tr("it is not a tree")
                                               : parseError.errorString()));
    }
    auto data = fragmentFromJson(json.object());
    if (!data)
        return fail(Text::tr("The version \"%1\" cannot be read: %2").arg(version.name, data.error()));
    return data;
}

Id treeOf(const WorkspaceData &content)
{
    return content.trees.isEmpty() ? 0 : content.trees.firstKey();
}

} // namespace NorthStar::TreeVersions
