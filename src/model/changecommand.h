#pragma once

#include "model/changeset.h"

#include <QUndoCommand>

namespace NorthStar {

class Document;

// The one undo command: applies a ChangeSet forwards or backwards, and restores the
// selection that went with it. It holds values only, never pointers into the model.
class ChangeCommand final : public QUndoCommand
{
public:
    ChangeCommand(Document *document, ChangeSet change, const QString &text,
                  QList<Id> selectionBefore, QList<Id> selectionAfter, QString mergeKey);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    ChangeSet m_change;
    QList<Id> m_selectionBefore;
    QList<Id> m_selectionAfter;
    QString m_mergeKey;
};

} // namespace NorthStar
