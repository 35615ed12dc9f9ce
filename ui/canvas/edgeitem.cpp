#include "canvas/edgeitem.h"

#include "canvas/canvasscene.h"
#include "canvas/diffmarkpainter.h"
#include "model/workspacedata.h"
#include "render/edgepainter.h"

#include <QPainter>
#include <QPainterPathStroker>

namespace NorthStar {

EdgeItem::EdgeItem(CanvasScene *scene, Id edgeId)
    : m_scene(scene)
    , m_id(edgeId)
{
    setFlag(ItemIsSelectable);
    setZValue(0);
}

void EdgeItem::updatePath()
{
    const Edge *edge = m_scene->data().edge(m_id);
    if (!edge)
        return;
    prepareGeometryChange();
    const EdgeShape shape = m_scene->geometry().stackParent(edge->childId) == edge->parentId
                                ? EdgeShape::Stacked
                                : EdgeShape::Curve;
    m_path = edgePath(m_scene->cardRect(edge->parentId), m_scene->cardRect(edge->childId), shape,
                      m_scene->style().stackIndent / 2, m_scene->geometry().spineTop(edge->childId));
    m_label = edgeLabelText(edge->leverage, edge->confidence);
    m_confidence = edge->confidence;
    m_bounds = m_path.boundingRect().adjusted(-6, -6, 6, 6);
    if (!m_label.isEmpty())
        m_bounds |= edgeLabelRect(m_path, m_scene->style(), m_label).adjusted(-2, -2, 2, 2);
    if (m_diffMarks.toInt() != 0)
        m_bounds |= edgeMarksRect(m_path, m_scene->style(), m_label, m_diffMarks);
    update();
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    // A generous band so a thin connector is easy to click.
    QPainterPathStroker stroker;
    stroker.setWidth(12);
    QPainterPath shape = stroker.createStroke(m_path);
    if (!m_label.isEmpty())
        shape.addRect(edgeLabelRect(m_path, m_scene->style(), m_label));
    return shape;
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    paintEdge(*painter, m_path, m_scene->style(), m_label, isSelected(), m_confidence);
    paintEdgeMarks(*painter, m_path, m_scene->style(), m_label, m_diffMarks);
}

void EdgeItem::setDiffMarks(DiffMarkSet marks)
{
    if (marks == m_diffMarks)
        return;
    m_diffMarks = marks;
    updatePath();
}

} // namespace NorthStar
