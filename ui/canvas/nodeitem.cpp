#include "canvas/nodeitem.h"

#include "canvas/canvasscene.h"
#include "canvas/diffmarkpainter.h"
#include "model/workspacedata.h"
#include "render/cardcontent.h"
#include "render/cardpainter.h"

#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace NorthStar {

NodeItem::NodeItem(CanvasScene *scene, Id nodeId)
    : m_scene(scene)
    , m_id(nodeId)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(1);
}

void NodeItem::setCardSize(QSizeF size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
}

QRectF NodeItem::cardSceneRect() const
{
    return QRectF(pos(), m_size);
}

QPointF NodeItem::centre() const
{
    return cardSceneRect().center();
}

void NodeItem::setEditing(bool editing)
{
    if (editing == m_editing)
        return;
    m_editing = editing;
    setZValue(editing ? 2 : 1);
    update();
}

void NodeItem::setInteractive(bool interactive)
{
    m_interactive = interactive;
    setFlag(ItemIsMovable, interactive);
    update();
}

QRectF NodeItem::boundingRect() const
{
    const QRectF card(QPointF(), m_size);
    return cardPaintRect(card, m_scene->style()) | cardMarksRect(card, m_scene->style(), m_diffMarks);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    const CardStyle &style = m_scene->style();
    const QRectF card(QPointF(), m_size);
    path.addRoundedRect(card, style.radius, style.radius);
    if (m_interactive)
        path.addEllipse(cardHandleRect(card, style).adjusted(-3, -3, 3, 3));
    return path;
}

CardContent NodeItem::content() const
{
    const Node *node = m_scene->data().node(m_id);
    if (!node)
        return {};
    CardContent c = cardContent(m_scene->data(), *node, m_scene->cardNumbers(m_id));
    if (const CardVotes *votes = m_scene->cardVotes(m_id))
        c.votes = *votes;
    return c;
}

void NodeItem::syncNumbers()
{
    const CardNumbers *numbers = m_scene->cardNumbers(m_id);
    setToolTip(numbers ? numbers->toolTip : QString());
    update();
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    CardPaintOptions options;
    options.selected = isSelected();
    options.hovered = m_hovered && m_interactive;
    options.showHandle = m_interactive && (m_hovered || isSelected());
    options.hideName = m_editing;
    paintCard(*painter, QRectF(QPointF(), m_size), m_scene->style(), content(), options);
    paintCardMarks(*painter, QRectF(QPointF(), m_size), m_scene->style(), m_diffMarks);
}

void NodeItem::setDiffMarks(DiffMarkSet marks)
{
    if (marks == m_diffMarks)
        return;
    prepareGeometryChange();
    m_diffMarks = marks;
    update();
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged)
        m_scene->cardMoved(m_id);
    if (change == ItemSelectedHasChanged)
        update();
    return QGraphicsItem::itemChange(change, value);
}

bool NodeItem::onHandle(QPointF localPos) const
{
    return m_interactive
           && cardHandleRect(QRectF(QPointF(), m_size), m_scene->style()).adjusted(-3, -3, 3, 3)
                  .contains(localPos);
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void NodeItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(onHandle(event->pos()) ? Qt::CrossCursor : Qt::ArrowCursor);
    QGraphicsItem::hoverMoveEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    unsetCursor();
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

void NodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // The bottom handle starts a connector instead of a move.
    if (event->button() == Qt::LeftButton && onHandle(event->pos())) {
        m_connecting = true;
        m_scene->beginConnect(m_id, event->scenePos());
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void NodeItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connecting) {
        m_scene->updateConnect(event->scenePos());
        return;
    }
    QGraphicsItem::mouseMoveEvent(event);
}

void NodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connecting) {
        m_connecting = false;
        m_scene->endConnect(event->scenePos());
        return;
    }
    QGraphicsItem::mouseReleaseEvent(event);
}

} // namespace NorthStar
