#include "model/changeset.h"

namespace NorthStar {
namespace {

template<typename T>
void appendUpdate(QList<EntityChange<T>> &list, const T &before, const T &after)
{
    if (!(before == after))
        list.append({before, after});
}

template<typename T>
QList<EntityChange<T>> invertedList(const QList<EntityChange<T>> &list)
{
    // Reverse order too, so that a change applied twice to one entity unwinds correctly.
    QList<EntityChange<T>> result;
    result.reserve(list.size());
    for (auto it = list.crbegin(); it != list.crend(); ++it)
        result.append(it->inverted());
    return result;
}

} // namespace

void ChangeSet::update(const Metric &before, const Metric &after) { appendUpdate(metrics, before, after); }
void ChangeSet::update(const Tree &before, const Tree &after) { appendUpdate(trees, before, after); }
void ChangeSet::update(const Node &before, const Node &after) { appendUpdate(nodes, before, after); }
void ChangeSet::update(const Edge &before, const Edge &after) { appendUpdate(edges, before, after); }
void ChangeSet::update(const Candidate &before, const Candidate &after) { appendUpdate(candidates, before, after); }
void ChangeSet::update(const Setting &before, const Setting &after) { appendUpdate(settings, before, after); }

bool ChangeSet::isEmpty() const
{
    return metrics.isEmpty() && trees.isEmpty() && nodes.isEmpty() && edges.isEmpty()
           && candidates.isEmpty() && settings.isEmpty();
}

ChangeSet ChangeSet::inverted() const
{
    ChangeSet result;
    result.metrics = invertedList(metrics);
    result.trees = invertedList(trees);
    result.nodes = invertedList(nodes);
    result.edges = invertedList(edges);
    result.candidates = invertedList(candidates);
    result.settings = invertedList(settings);
    return result;
}

QList<Id> ChangeSet::touchedNodeIds() const
{
    QList<Id> ids;
    for (const auto &change : nodes)
        ids.append(change.after ? change.after->id : change.before->id);
    return ids;
}

} // namespace NorthStar
