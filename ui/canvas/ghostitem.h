#pragma once

// A card the compared side had and the tree on screen no longer has (issue #11 §3): drawn
// faded with a dashed outline where it stood, with a dashed link to the card it hung under.
// Not part of the tree: it cannot be selected, moved or edited.

#include "canvas/diffmarks.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace NorthStar {

class CanvasScene;

class GhostItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    GhostItem(CanvasScene *scene, DiffGhost ghost);

    int type() const override { return Type; }
    Id nodeId() const { return m_ghost.nodeId; }
    const DiffGhost &ghost() const { return m_ghost; }
    QRectF cardSceneRect() const;
    // Where it stands and, when its parent card is on screen, that card's rectangle (null: no link).
    void place(const QRectF &sceneRect, const QRectF &parentRect);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    CanvasScene *m_scene;
    DiffGhost m_ghost;
    QSizeF m_size;
    QPainterPath m_link;  // local coordinates
};

} // namespace NorthStar
