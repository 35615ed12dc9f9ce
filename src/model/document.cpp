#include "model/document.h"

#include "model/changecommand.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUndoStack>

namespace NorthStar {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_model(new WorkspaceModel(this))
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool) { emit modifiedChanged(isModified()); });
    connect(m_model, &WorkspaceModel::changed, this, [this] {
        pruneSelection();
        ensureCurrentTree();
    });
}

Document::~Document()
{
    // The stack's commands point back at this document; clear them while it is whole.
    m_undoStack->clear();
}

void Document::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged();
}

QString Document::displayName() const
{
    return m_filePath.isEmpty() ? QCoreApplication::translate("NorthStar::Document", "Untitled")
                                : QFileInfo(m_filePath).completeBaseName();
}

bool Document::isModified() const
{
    return m_recovered || !m_undoStack->isClean();
}

void Document::markSaved()
{
    m_recovered = false;
    m_undoStack->setClean();
    emit modifiedChanged(isModified());
}

void Document::markRecovered()
{
    m_recovered = true;
    emit modifiedChanged(true);
}

void Document::load(WorkspaceData data, const QString &filePath)
{
    m_undoStack->clear();
    m_selection.clear();
    m_recovered = false;
    m_currentTreeId = 0;
    m_model->reset(std::move(data));
    setFilePath(filePath);
    ensureCurrentTree();
    m_undoStack->setClean();
    emit currentTreeChanged();
    emit selectionChanged();
    emit modifiedChanged(isModified());
}

void Document::setCurrentTree(Id treeId)
{
    if (treeId == m_currentTreeId || !data().tree(treeId))
        return;
    m_currentTreeId = treeId;
    m_selection.clear();
    emit currentTreeChanged();
    emit selectionChanged();
}

void Document::setSelection(const QList<Id> &nodeIds)
{
    QList<Id> valid;
    for (Id id : nodeIds) {
        if (data().node(id) && !valid.contains(id))
            valid.append(id);
    }
    // Selecting a node of another tree brings that tree on screen (undo across trees).
    if (!valid.isEmpty()) {
        const Id treeId = data().node(valid.constLast())->treeId;
        if (treeId != m_currentTreeId) {
            m_currentTreeId = treeId;
            emit currentTreeChanged();
        }
    }
    if (valid == m_selection)
        return;
    m_selection = valid;
    emit selectionChanged();
}

void Document::push(const ChangeSet &change, const QString &text, const QList<Id> &selectionAfter,
                    const QString &mergeKey)
{
    if (change.isEmpty())
        return;
    m_undoStack->push(new ChangeCommand(this, change, text, m_selection, selectionAfter, mergeKey));
}

void Document::pruneSelection()
{
    QList<Id> valid;
    for (Id id : std::as_const(m_selection)) {
        if (data().node(id))
            valid.append(id);
    }
    if (valid != m_selection) {
        m_selection = valid;
        emit selectionChanged();
    }
}

void Document::ensureCurrentTree()
{
    if (data().tree(m_currentTreeId))
        return;
    const QList<Tree> trees = data().treesInOrder();
    m_currentTreeId = trees.isEmpty() ? 0 : trees.constFirst().id;
    emit currentTreeChanged();
}

} // namespace NorthStar
