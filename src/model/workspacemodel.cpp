#include "model/workspacemodel.h"

namespace NorthStar {
namespace {

template<typename T>
void applyList(QMap<Id, T> &map, const QList<EntityChange<T>> &list)
{
    for (const EntityChange<T> &change : list) {
        if (change.after)
            map.insert(change.after->id, *change.after);
        else if (change.before)
            map.remove(change.before->id);
    }
}

} // namespace

WorkspaceModel::WorkspaceModel(QObject *parent)
    : QObject(parent)
{
}

void WorkspaceModel::apply(const ChangeSet &change)
{
    if (change.isEmpty())
        return;
    applyList(m_data.metrics, change.metrics);
    applyList(m_data.trees, change.trees);
    applyList(m_data.nodes, change.nodes);
    applyList(m_data.edges, change.edges);
    applyList(m_data.candidates, change.candidates);
    applyList(m_data.annotations, change.annotations);
    applyList(m_data.reviewNotes, change.reviewNotes);
    applyList(m_data.versions, change.versions);
    applyList(m_data.workshops, change.workshops);
    applyList(m_data.votes, change.votes);
    applyList(m_data.parkedIdeas, change.parkedIdeas);
    for (const auto &s : change.settings) {
        if (s.after)
            m_data.settings.insert(s.after->key, s.after->value);
        else if (s.before)
            m_data.settings.remove(s.before->key);
    }
    m_data.recomputeNextId();
    emit changed(change);
}

void WorkspaceModel::reset(WorkspaceData data)
{
    m_data = std::move(data);
    m_data.recomputeNextId();
    emit wasReset();
}

} // namespace NorthStar
