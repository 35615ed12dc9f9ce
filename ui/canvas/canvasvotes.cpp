#include "canvas/canvasvotes.h"

#include "model/document.h"
#include "model/workspacedata.h"
#include "workshop/votetally.h"

#include <QSet>

namespace NorthStar {

CanvasVotes::CanvasVotes(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document->model(), &WorkspaceModel::changed, this, [this](const ChangeSet &change) {
        // Votes, the room moving to another step, cards coming or going (undo brings a
        // voted card back with its dots).
        if (!change.votes.isEmpty() || !change.workshops.isEmpty() || !change.nodes.isEmpty())
            refresh();
    });
    connect(document->model(), &WorkspaceModel::wasReset, this, &CanvasVotes::refresh);
    connect(document, &Document::currentTreeChanged, this, &CanvasVotes::refresh);
    refresh();
}

const CardVotes *CanvasVotes::votesOn(Id nodeId) const
{
    const auto it = m_votes.constFind(nodeId);
    return it != m_votes.cend() ? &*it : nullptr;
}

void CanvasVotes::refresh()
{
    const WorkspaceData &data = m_document->data();
    QHash<Id, CardVotes> now;
    const Workshop *workshop = data.runningWorkshop(m_document->currentTreeId());
    if (const WorkshopStep *step = workshop ? workshop->current() : nullptr) {
        for (const VoteTally::Entry &e : VoteTally::ofStep(data, step->id)) {
            if (data.node(e.itemId))
                now.insert(e.itemId, {e.dots, VoteTally::rankText(e)});
        }
    }
    if (now == m_votes)
        return;
    QSet<Id> touched;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (m_votes.value(it.key()) != it.value())
            touched.insert(it.key());
    }
    for (auto it = m_votes.cbegin(); it != m_votes.cend(); ++it) {
        if (!now.contains(it.key()))
            touched.insert(it.key());
    }
    m_votes = std::move(now);
    emit changed(touched.values());
}

} // namespace NorthStar
