#pragma once

// Where a parked idea goes on the tree (issue #11 §2), by drag and drop or from the parking
// lot's buttons, and the drag's data. Placing is one undo step (Edit::placeParkedIdea).

#include "common/result.h"
#include "model/types.h"

#include <QObject>
#include <QPointF>

#include <optional>

class QMimeData;

namespace NorthStar {

class CanvasView;
class Document;
class WorkspaceData;
struct Node;

namespace ParkedIdeas {

// The drag of an idea out of the parking lot: its id, nothing else (the drop reads the model).
QString mimeType();
QMimeData *mimeData(Id ideaId);
// The idea a drag carries, 0 for any other drag.
Id ideaId(const QMimeData *mime);

struct Placement final
{
    NodeKind kind = NodeKind::Work;
    Id parentId = 0;
    std::optional<QPointF> position; // a card's centre, in scene coordinates
};

// Dropped on an input: a work item under it; on the North Star: an input under it; on a work
// item: another work item under the same input; on empty canvas: a free work item there.
Placement dropPlacement(const WorkspaceData &data, const Node *onCard, QPointF scenePos);
// "Becomes a work item under “Activation rate”": what a drop there would do.
QString dropText(const WorkspaceData &data, const Placement &placement);
// "Place as Input" / "Place as Work Item" under the canvas's selected card (`selectedId`, 0
// for none: a free card the layout places). Refuses, with what to select instead, a parent
// the tree does not allow (an input under a work item, work under the North Star).
Result<Placement> placementUnder(const WorkspaceData &data, NodeKind kind, Id selectedId);
// Places the open idea; the error says why nothing happened.
Result<Id> place(Document &doc, Id ideaId, const Placement &placement);

} // namespace ParkedIdeas

// Drops of parked ideas on the canvas: each places its idea where it lands.
class ParkedIdeaDrop final : public QObject
{
    Q_OBJECT

public:
    ParkedIdeaDrop(Document *document, CanvasView *canvas, QObject *parent = nullptr);

signals:
    // What the drop under the pointer would do, what it did, or why it could not.
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Document *m_document;
    CanvasView *m_canvas;
    QString m_lastHint;
};

} // namespace NorthStar
