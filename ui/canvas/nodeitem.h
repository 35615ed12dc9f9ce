#pragma once

// One card on the canvas. Thin: it holds the node's id and reads the model to paint (the
// shared card painter, src/render); its top-left corner is its position.

#include "canvas/diffmarks.h"
#include "model/types.h"

#include <QGraphicsItem>

namespace NorthStar {

class CanvasScene;
struct CardContent;

class NodeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    NodeItem(CanvasScene *scene, Id nodeId);

    int type() const override { return Type; }
    Id nodeId() const { return m_id; }

    void setCardSize(QSizeF size);
    QSizeF cardSize() const { return m_size; }
    // The card in scene coordinates.
    QRectF cardSceneRect() const;
    QPointF centre() const;
    void setEditing(bool editing);
    void setInteractive(bool interactive);
    // Repaints with the scene's current numbers for this card and updates the tooltip.
    void syncNumbers();
    // What the card shows (the model's fields and the live numbers).
    CardContent content() const;
    // The changes it carries while two states of the tree are compared (none: no marks).
    void setDiffMarks(DiffMarkSet marks);
    DiffMarkSet diffMarks() const { return m_diffMarks; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    bool onHandle(QPointF localPos) const;

    CanvasScene *m_scene;
    Id m_id;
    QSizeF m_size;
    bool m_hovered = false;
    bool m_editing = false;
    bool m_interactive = true;
    bool m_connecting = false;
    DiffMarkSet m_diffMarks;
};

} // namespace NorthStar
