#include "render/cardcontent.h"

#include "model/workspacedata.h"

#include <QCoreApplication>
#include <QSet>

namespace NorthStar {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Card)
};

QString kindLabel(const Node &node)
{
    switch (node.kind) {
    case NodeKind::NorthStar: return Text::tr("NORTH STAR");
    case NodeKind::Input: return Text::tr("INPUT");
    case NodeKind::Work: break;
    }
    switch (node.workType) {
    case WorkType::Initiative: return Text::tr("INITIATIVE");
    case WorkType::Experiment: return Text::tr("EXPERIMENT");
    case WorkType::Feature: return Text::tr("FEATURE");
    }
    return {};
}

} // namespace

bool hasWorkBelow(const WorkspaceData &data, Id nodeId)
{
    QSet<Id> seen{nodeId};
    QList<Id> pending{nodeId};
    while (!pending.isEmpty()) {
        const Id id = pending.takeLast();
        for (Id child : data.childrenOf(id)) {
            const Node *n = data.node(child);
            if (!n || seen.contains(child))
                continue;
            if (n->kind == NodeKind::Work)
                return true;
            seen.insert(child);
            pending.append(child);
        }
    }
    return false;
}

CardContent cardContent(const WorkspaceData &data, const Node &node, const CardNumbers *numbers)
{
    CardContent c;
    c.kind = node.kind;
    c.label = kindLabel(node);
    c.name = data.nodeTitle(node);
    c.owner = data.nodeOwner(node);
    c.status = node.status;
    if (const Metric *metric = data.metric(node.metricId); metric && node.kind != NodeKind::Work)
        c.dimension = metric->dimension;
    c.gap = node.kind == NodeKind::Input && !hasWorkBelow(data, node.id);
    if (node.kind == NodeKind::Work)
        c.confidence = node.confidence;
    if (numbers && node.kind != NodeKind::Work)
        c.numbers = *numbers;
    return c;
}

} // namespace NorthStar
