#pragma once

// One connector: from the parent card's bottom to the child card's top, with the leverage
// label. Thin: it holds the edge's id and reads the model and the two cards' places.

#include "canvas/diffmarks.h"
#include "model/types.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace NorthStar {

class CanvasScene;

class EdgeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    EdgeItem(CanvasScene *scene, Id edgeId);

    int type() const override { return Type; }
    Id edgeId() const { return m_id; }
    // Re-reads the model and the cards' places.
    void updatePath();
    // The changes it carries while two states of the tree are compared (none: no marks).
    void setDiffMarks(DiffMarkSet marks);
    DiffMarkSet diffMarks() const { return m_diffMarks; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    CanvasScene *m_scene;
    Id m_id;
    QPainterPath m_path;
    QString m_label;
    QRectF m_bounds;
    DiffMarkSet m_diffMarks;
    Confidence m_confidence = Confidence::Unset;
};

} // namespace NorthStar
