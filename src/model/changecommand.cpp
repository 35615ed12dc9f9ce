#include "model/changecommand.h"

#include "model/document.h"

namespace NorthStar {
namespace {

// QUndoStack only asks commands with equal ids to merge; the merge key decides.
constexpr int mergeableCommandId = 0x4e53;

template<typename T>
void appendAll(QList<T> &into, const QList<T> &from)
{
    into.append(from);
}

} // namespace

ChangeCommand::ChangeCommand(Document *document, ChangeSet change, const QString &text,
                             QList<Id> selectionBefore, QList<Id> selectionAfter, QString mergeKey)
    : QUndoCommand(text)
    , m_document(document)
    , m_change(std::move(change))
    , m_selectionBefore(std::move(selectionBefore))
    , m_selectionAfter(std::move(selectionAfter))
    , m_mergeKey(std::move(mergeKey))
{
}

void ChangeCommand::undo()
{
    m_document->model()->apply(m_change.inverted());
    m_document->setSelection(m_selectionBefore);
}

void ChangeCommand::redo()
{
    m_document->model()->apply(m_change);
    m_document->setSelection(m_selectionAfter);
}

int ChangeCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : mergeableCommandId;
}

bool ChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeCommand *>(other);
    if (m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey)
        return false;
    // Applying the lists one after the other is the same as applying both changes in turn;
    // inverted() reverses them, so undo unwinds both.
    appendAll(m_change.metrics, next->m_change.metrics);
    appendAll(m_change.trees, next->m_change.trees);
    appendAll(m_change.nodes, next->m_change.nodes);
    appendAll(m_change.edges, next->m_change.edges);
    appendAll(m_change.candidates, next->m_change.candidates);
    appendAll(m_change.settings, next->m_change.settings);
    appendAll(m_change.annotations, next->m_change.annotations);
    appendAll(m_change.reviewNotes, next->m_change.reviewNotes);
    appendAll(m_change.versions, next->m_change.versions);
    appendAll(m_change.workshops, next->m_change.workshops);
    appendAll(m_change.votes, next->m_change.votes);
    appendAll(m_change.parkedIdeas, next->m_change.parkedIdeas);
    m_selectionAfter = next->m_selectionAfter;
    return true;
}

} // namespace NorthStar
