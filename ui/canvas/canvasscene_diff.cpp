// CanvasScene: compare marks on cards and connectors, and the ghosts of removed cards.

#include "canvas/canvasscene.h"

#include "canvas/edgeitem.h"
#include "canvas/ghostitem.h"
#include "canvas/nodeitem.h"
#include "render/cardpainter.h"

namespace NorthStar {

void CanvasScene::setDiffMarks(const DiffMarks &marks)
{
    m_diffMarks = marks;
    m_showingDiff = true;
    qDeleteAll(m_ghosts);
    m_ghosts.clear();
    for (const DiffGhost &ghost : std::as_const(m_diffMarks.ghosts)) {
        auto *item = new GhostItem(this, ghost);
        addItem(item);
        m_ghosts.append(item);
    }
    applyDiffMarks();
    updateSceneRect();
    emit diffMarksChanged();
}

void CanvasScene::clearDiffMarks()
{
    if (!m_showingDiff)
        return;
    m_diffMarks = {};
    m_showingDiff = false;
    qDeleteAll(m_ghosts);
    m_ghosts.clear();
    applyDiffMarks();
    updateSceneRect();
    emit diffMarksChanged();
}

GhostItem *CanvasScene::ghostItem(Id nodeId) const
{
    for (GhostItem *ghost : m_ghosts) {
        if (ghost->nodeId() == nodeId)
            return ghost;
    }
    return nullptr;
}

void CanvasScene::applyDiffMarks()
{
    for (NodeItem *item : std::as_const(m_nodes))
        item->setDiffMarks(m_diffMarks.node(item->nodeId()));
    for (EdgeItem *item : std::as_const(m_edges))
        item->setDiffMarks(m_diffMarks.edge(item->edgeId()));
    placeGhosts();
}

void CanvasScene::placeGhosts()
{
    // A ghost stands where it stood relative to the nearest card it hung under that is still
    // there (the tree around it may have moved since). Where that spot is taken by a card of
    // today's tree, it tries a few places further down its column, then goes to a row of its
    // own under the tree: a ghost must never hide or crowd what the tree has now.
    if (m_ghosts.isEmpty())
        return;
    QList<QRectF> taken;
    QRectF live;
    for (const NodeItem *item : std::as_const(m_nodes)) {
        taken.append(item->cardSceneRect());
        live = live.isNull() ? item->cardSceneRect() : live.united(item->cardSceneRect());
    }
    const double gap = m_style.nodeSpacing / 2;
    const auto isFree = [&](const QRectF &rect) {
        return std::none_of(taken.cbegin(), taken.cend(), [&](const QRectF &other) {
            return rect.adjusted(-gap, -gap, gap, gap).intersects(other);
        });
    };
    double shelfX = live.isNull() ? 0.0 : live.left();
    const double shelfY = live.isNull() ? 0.0 : live.bottom() + m_style.rankSpacing;
    for (GhostItem *ghost : std::as_const(m_ghosts)) {
        const DiffGhost &g = ghost->ghost();
        const QSizeF size = cardSize(m_style, g.content);
        QRectF rect;
        if (const NodeItem *anchor = m_nodes.value(g.anchorId); anchor && !g.anchorRect.isNull() && !g.rect.isNull()) {
            // The offset was measured in the style the marks were made with; the wall
            // screen's larger cards stand further apart.
            const double scale = size.width() / g.rect.width();
            rect = QRectF((g.rect.topLeft() - g.anchorRect.topLeft()) * scale + anchor->pos(), size);
        }
        // Taken: a little further down its column (a stack of work that gained a card
        // since), while it stays near.
        for (int step = 0; !rect.isNull() && !isFree(rect) && step < 4; ++step)
            rect.translate(0, rect.height() + m_style.stackGap);
        const bool inPlace = !rect.isNull() && isFree(rect);
        if (!inPlace) {
            rect = QRectF(QPointF(shelfX, shelfY), size);
            shelfX += size.width() + m_style.nodeSpacing;
        }
        taken.append(rect);
        // The dashed link back to its parent only where it stands in place: from the shelf it
        // would cross the tree.
        const NodeItem *parent = inPlace ? m_nodes.value(g.parentId) : nullptr;
        ghost->place(rect, parent ? parent->cardSceneRect() : QRectF());
    }
}

} // namespace NorthStar
