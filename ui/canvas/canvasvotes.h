#pragma once

// The room's dots on the canvas's cards (issue #11 §2): the votes of the current step of the
// workshop running on the current tree, each with its rank (ties shown as ties). Read from
// the model, so every canvas on the document (the editor's, the wall screen's) shows the
// same dots; a card repaints when its dots or rank change, nothing is laid out again (the
// badge sits on the card's edge).

#include "render/cardcontent.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace NorthStar {

class Document;

class CanvasVotes final : public QObject
{
    Q_OBJECT

public:
    explicit CanvasVotes(Document *document, QObject *parent = nullptr);

    // The card's dots in the current step, null when it has none.
    const CardVotes *votesOn(Id nodeId) const;

signals:
    // The cards whose dots or rank changed.
    void changed(const QList<Id> &nodeIds);

private:
    void refresh();

    Document *m_document;
    QHash<Id, CardVotes> m_votes;
};

} // namespace NorthStar
