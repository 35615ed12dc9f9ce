#include "canvas/ghostitem.h"

#include "canvas/canvasscene.h"
#include "canvas/diffmarkpainter.h"
#include "render/cardpainter.h"
#include "render/edgepainter.h"

#include <QCoreApplication>

namespace NorthStar {

GhostItem::GhostItem(CanvasScene *scene, DiffGhost ghost)
    : m_scene(scene)
    , m_ghost(std::move(ghost))
    , m_size(m_ghost.rect.size())
{
    setFlags({});
    setAcceptedMouseButtons(Qt::NoButton);
    // Under the live cards and connectors: a ghost never hides what the tree has now.
    setZValue(-1);
    setToolTip(QCoreApplication::translate("NorthStar::DiffMarks", "Removed: %1").arg(m_ghost.content.name));
}

QRectF GhostItem::cardSceneRect() const
{
    return QRectF(pos(), m_size);
}

void GhostItem::place(const QRectF &sceneRect, const QRectF &parentRect)
{
    prepareGeometryChange();
    m_size = sceneRect.size();
    setPos(sceneRect.topLeft());
    m_link = QPainterPath();
    if (!parentRect.isNull())
        m_link = edgePath(parentRect.translated(-sceneRect.topLeft()), QRectF(QPointF(), m_size));
    update();
}

QRectF GhostItem::boundingRect() const
{
    QRectF r = cardPaintRect(QRectF(QPointF(), m_size), m_scene->style());
    if (!m_link.isEmpty())
        r |= m_link.boundingRect().adjusted(-3, -3, 3, 3);
    return r;
}

void GhostItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!m_link.isEmpty())
        paintGhostLink(*painter, m_link);
    paintGhostCard(*painter, QRectF(QPointF(), m_size), m_scene->style(), m_ghost.content);
}

} // namespace NorthStar
