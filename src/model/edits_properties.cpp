// Edit:: functions behind the properties panel and the workspace settings.

#include "model/edits.h"

#include "model/document.h"
#include "model/editsupport.h"

namespace NorthStar::Edit {

using namespace EditSupport;

void updateMetric(Document &doc, const Metric &after, const QString &mergeKey)
{
    const Metric *before = doc.data().metric(after.id);
    if (!before)
        return;
    ChangeSet change;
    change.update(*before, after);
    doc.push(change, EditText::tr("Edit metric"), doc.selection(), mergeKey);
}

void updateNode(Document &doc, const Node &after, const QString &mergeKey)
{
    const Node *before = doc.data().node(after.id);
    if (!before)
        return;
    ChangeSet change;
    change.update(*before, after);
    doc.push(change, after.kind == NodeKind::Work ? EditText::tr("Edit work item") : EditText::tr("Edit node"),
             doc.selection(), mergeKey);
}

void updateEdge(Document &doc, const Edge &after, const QString &mergeKey)
{
    const Edge *before = doc.data().edge(after.id);
    if (!before)
        return;
    ChangeSet change;
    change.update(*before, after);
    doc.push(change, EditText::tr("Edit link"), doc.selection(), mergeKey);
}

void updateTree(Document &doc, const Tree &after, const QString &mergeKey)
{
    const Tree *before = doc.data().tree(after.id);
    if (!before)
        return;
    ChangeSet change;
    change.update(*before, after);
    doc.push(change, EditText::tr("Edit tree"), doc.selection(), mergeKey);
}

void setSetting(Document &doc, const QString &key, const QString &value)
{
    const WorkspaceData &data = doc.data();
    ChangeSet change;
    if (data.settings.contains(key))
        change.update(Setting{key, data.settings.value(key)}, Setting{key, value});
    else
        change.settings.append({std::nullopt, Setting{key, value}});
    doc.push(change, EditText::tr("Change setting"), doc.selection());
}

void setGuardrail(Document &doc, Id treeId, const QString &metricName)
{
    const WorkspaceData &data = doc.data();
    const Tree *tree = data.tree(treeId);
    if (!tree)
        return;
    ChangeSet change;
    Tree after = *tree;
    const QString name = metricName.trimmed();
    if (name.isEmpty()) {
        // Without a guardrail its bound means nothing; both come back together on undo.
        after.guardrailMetricId = 0;
        after.guardrailBound.reset();
    } else if (const Metric *existing = metricNamed(data, name)) {
        after.guardrailMetricId = existing->id;
    } else {
        const Metric metric = makeMetric(doc, name);
        change.add(metric);
        after.guardrailMetricId = metric.id;
    }
    change.update(*tree, after);
    if (tree->guardrailMetricId != after.guardrailMetricId)
        dropOrphanedMetrics(data, change, {tree->guardrailMetricId});
    doc.push(change, EditText::tr("Set guardrail"), doc.selection());
}

} // namespace NorthStar::Edit
