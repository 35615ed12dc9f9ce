#include "model/editsupport.h"

#include "model/document.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace NorthStar::EditSupport {

QString uniqueMetricName(const WorkspaceData &data, const QString &base, const QSet<QString> &alsoTaken)
{
    auto taken = [&](const QString &name) { return metricNamed(data, name) || alsoTaken.contains(name); };
    if (!taken(base))
        return base;
    for (int i = 2;; ++i) {
        const QString candidate = base + u' ' + QString::number(i);
        if (!taken(candidate))
            return candidate;
    }
}

const Metric *metricNamed(const WorkspaceData &data, const QString &name)
{
    return data.metricNamed(name);
}

Metric makeMetric(Document &doc, const QString &name, Dimension dimension)
{
    Metric m;
    m.id = doc.model()->allocateId();
    m.name = name;
    m.dimension = dimension;
    return m;
}

Node makeMetricNode(Document &doc, Id treeId, NodeKind kind, Id metricId)
{
    Node n;
    n.id = doc.model()->allocateId();
    n.treeId = treeId;
    n.kind = kind;
    n.metricId = metricId;
    return n;
}

Node makeWorkNode(Document &doc, Id treeId, const QString &title)
{
    Node n;
    n.id = doc.model()->allocateId();
    n.treeId = treeId;
    n.kind = NodeKind::Work;
    n.title = title;
    return n;
}

Edge makeEdge(Document &doc, Id treeId, Id childId, Id parentId)
{
    Edge e;
    e.id = doc.model()->allocateId();
    e.treeId = treeId;
    e.childId = childId;
    e.parentId = parentId;
    return e;
}

QHash<Id, Id> importMetrics(Document &doc, const WorkspaceData &fragment, ChangeSet &change,
                            const QSet<Id> &copyIds)
{
    QHash<Id, Id> idMap;
    QSet<QString> newNames;
    for (const Metric &m : fragment.metrics) {
        const Metric *existing = metricNamed(doc.data(), m.name);
        if (existing && !copyIds.contains(m.id)) {
            idMap.insert(m.id, existing->id);
            continue;
        }
        Metric copy = m;
        copy.id = doc.model()->allocateId();
        copy.name = uniqueMetricName(doc.data(), m.name, newNames);
        newNames.insert(copy.name);
        change.add(copy);
        idMap.insert(m.id, copy.id);
    }
    return idMap;
}

namespace {

// What was written about a metric goes with it (and comes back with it on undo); notes the
// change removes already (those of a removed tree) are not removed twice.
void removeWrittenAbout(const WorkspaceData &data, ChangeSet &change, Id metricId)
{
    QSet<Id> notesGone;
    for (const auto &n : std::as_const(change.reviewNotes)) {
        if (n.before && !n.after)
            notesGone.insert(n.before->id);
    }
    for (const Annotation &a : data.annotations) {
        if (a.metricId == metricId)
            change.remove(a);
    }
    for (const ReviewNote &n : data.reviewNotes) {
        if (n.metricId == metricId && !notesGone.contains(n.id))
            change.remove(n);
    }
}

} // namespace

void dropOrphanedMetrics(const WorkspaceData &data, ChangeSet &change, const QSet<Id> &metricIds)
{
    // Count what still refers to each metric after the change: references in the model, minus
    // removed nodes/candidates/guardrails, plus added ones.
    for (Id metricId : metricIds) {
        const Metric *metric = data.metric(metricId);
        // A metric someone defined stays in the catalog; blank ones made by typing go.
        if (!metric || !metric->definition.isEmpty() || !metric->computation.isEmpty())
            continue;
        int references = data.referencesTo(metricId);
        for (const auto &n : std::as_const(change.nodes)) {
            references -= (n.before && n.before->metricId == metricId) ? 1 : 0;
            references += (n.after && n.after->metricId == metricId) ? 1 : 0;
        }
        for (const auto &c : std::as_const(change.candidates)) {
            references -= (c.before && c.before->metricId == metricId) ? 1 : 0;
            references += (c.after && c.after->metricId == metricId) ? 1 : 0;
        }
        for (const auto &t : std::as_const(change.trees)) {
            references -= (t.before && t.before->guardrailMetricId == metricId) ? 1 : 0;
            references += (t.after && t.after->guardrailMetricId == metricId) ? 1 : 0;
        }
        if (references <= 0) {
            change.remove(*metric);
            removeWrittenAbout(data, change, metricId);
        }
    }
}

void dropVotesOn(const WorkspaceData &data, ChangeSet &change, Id treeId, const QSet<Id> &itemIds)
{
    for (const Vote &v : data.votesOfTree(treeId)) {
        if (itemIds.contains(v.itemId))
            change.remove(v);
    }
}

} // namespace NorthStar::EditSupport
