// CanvasView: the context menus and the hints painted over an empty canvas.

#include "canvas/canvasview.h"

#include "canvas/canvasscene.h"
#include "canvas/confidencemenu.h"
#include "canvas/edgeitem.h"
#include "canvas/nodeitem.h"
#include "model/document.h"
#include "model/edits.h"
#include "model/workspacedata.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>

namespace NorthStar {

QString CanvasView::menuText(const QString &text, const QKeySequence &key)
{
    return text + u'\t' + key.toString(QKeySequence::NativeText);
}

void CanvasView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    const QPointF scenePos = mapToScene(event->pos());
    QGraphicsItem *item = itemAt(event->pos());
    if (!isEditable()) {
        menu.addAction(tr("Fit to Window"), this, &CanvasView::fitToView);
        menu.addAction(tr("Actual Size"), this, &CanvasView::zoomReset);
    } else if (item && item->type() == NodeItem::Type) {
        const Id id = static_cast<NodeItem *>(item)->nodeId();
        if (!doc().selection().contains(id))
            doc().setSelection({id});
        const Node *node = doc().data().node(id);
        menu.addAction(menuText(tr("Rename"), Qt::Key_F2), this, &CanvasView::renameCurrent);
        menu.addAction(menuText(tr("Add Child"), Qt::Key_Tab), this, &CanvasView::addChild);
        if (node->kind != NodeKind::NorthStar)
            menu.addAction(menuText(tr("Add Sibling"), Qt::Key_Enter), this, &CanvasView::addSibling);
        if (node->kind != NodeKind::Work)
            menu.addAction(menuText(tr("Add Sub-input"), Qt::Key_Insert), this, &CanvasView::addSubInput);
        menu.addSeparator();
        if (node->kind != NodeKind::NorthStar)
            menu.addAction(tr("Connect to…"), this, [this, id] { startConnecting(id); });
        for (const Edge &e : doc().data().edgesAt(id)) {
            if (e.childId != id)
                continue;
            const Node *parent = doc().data().node(e.parentId);
            const QString name = parent ? doc().data().nodeTitle(*parent) : QString();
            menu.addAction(tr("Disconnect from “%1”").arg(name), this,
                           [this, edgeId = e.id] { Edit::disconnectEdge(doc(), edgeId); });
        }
        if (node->pinned)
            menu.addAction(tr("Automatic Position"), this, [this, id] { Edit::unpinNodes(doc(), {id}); });
        if (node->kind == NodeKind::Work) {
            addWorkConfidenceMenu(menu, doc(), id);
        } else if (node->kind == NodeKind::Input) {
            for (const Edge &e : doc().data().edgesAt(id)) {
                if (e.childId == id) {
                    addLinkConfidenceMenu(menu, doc(), e.id);
                    break;
                }
            }
        }
        menu.addSeparator();
        menu.addAction(tr("Cut"), this, &CanvasView::cut);
        menu.addAction(tr("Copy"), this, &CanvasView::copy);
        menu.addAction(tr("Paste"), this, &CanvasView::paste);
        menu.addAction(menuText(tr("Delete"), QKeySequence::Delete), this, &CanvasView::deleteSelection);
    } else if (item && item->type() == EdgeItem::Type) {
        const Id edgeId = static_cast<EdgeItem *>(item)->edgeId();
        menu.addAction(tr("Disconnect"), this, [this, edgeId] { Edit::disconnectEdge(doc(), edgeId); });
        addLinkConfidenceMenu(menu, doc(), edgeId);
    } else if (doc().data().tree(doc().currentTreeId())) {
        if (!doc().data().northStarOf(doc().currentTreeId()))
            menu.addAction(tr("Add North Star"), this, [this] { addCardAt({}); });
        else
            menu.addAction(tr("Add Input Here"), this, [this, scenePos] {
                createAndEdit(Edit::addNode(doc(), NodeKind::Input, scenePos));
            });
        menu.addAction(tr("Add Work Item Here"), this, [this, scenePos] {
            createAndEdit(Edit::addNode(doc(), NodeKind::Work, scenePos));
        });
        menu.addSeparator();
        menu.addAction(tr("Paste"), this, &CanvasView::paste);
        menu.addAction(tr("Select All"), this, &CanvasView::selectAll);
        menu.addSeparator();
        menu.addAction(tr("Fit to Window"), this, &CanvasView::fitToView);
        menu.addAction(tr("Automatic Layout"), this, &CanvasView::relayout);
    }
    if (!menu.isEmpty())
        menu.exec(event->globalPos());
}

void CanvasView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    QString hint;
    if (!doc().data().tree(doc().currentTreeId()))
        hint = tr("No tree to show. Add a tree to start.");
    else if (m_scene->nodeIds().isEmpty())
        hint = !isEditable() ? tr("This tree is empty.")
                              : tr("This tree is empty.\nPress Tab to add its North Star Metric, "
                                   "or double-click anywhere.");
    else if (m_connectingFrom != 0)
        hint = tr("Click the card this one drives. Escape cancels.");
    if (hint.isEmpty())
        return;
    painter->save();
    painter->resetTransform();
    QFont font = m_scene->style().subtitleFont;
    painter->setFont(font);
    painter->setPen(m_scene->style().mutedText);
    const QRect area = viewport()->rect();
    if (m_connectingFrom != 0)
        painter->drawText(area.adjusted(0, 16, 0, 0), Qt::AlignHCenter | Qt::AlignTop, hint);
    else
        painter->drawText(area, Qt::AlignCenter, hint);
    painter->restore();
}

} // namespace NorthStar
