#include "canvas/canvasscene.h"

#include "canvas/canvasmetrics.h"
#include "canvas/canvasvotes.h"
#include "canvas/edgeitem.h"
#include "canvas/ghostitem.h"
#include "canvas/nodeitem.h"
#include "model/document.h"
#include "model/edits.h"
#include "model/workspacedata.h"
#include "render/cardcontent.h"
#include "render/cardpainter.h"

#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QLoggingCategory>
#include <QPen>
#include <QScopedValueRollback>
#include <QSet>

namespace NorthStar {
namespace {

Q_LOGGING_CATEGORY(lcCanvas, "northstar.canvas")

// Room around the cards to scroll into, in scene pixels.
constexpr double sceneMargin = 600.0;

} // namespace

CanvasScene::CanvasScene(Document *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_style(CardStyle::standard())
    , m_metrics(new CanvasMetrics(document, this))
    , m_votes(new CanvasVotes(document, this))
{
    setBackgroundBrush(m_style.canvasBackground);
    // A few dozen items: a BSP index costs more than it saves and goes stale during drags.
    setItemIndexMethod(NoIndex);
    connect(document->model(), &WorkspaceModel::changed, this, &CanvasScene::onModelChanged);
    connect(document->model(), &WorkspaceModel::wasReset, this, &CanvasScene::sync);
    connect(document, &Document::currentTreeChanged, this, &CanvasScene::sync);
    connect(document, &Document::selectionChanged, this, &CanvasScene::syncSelectionFromDocument);
    connect(this, &QGraphicsScene::selectionChanged, this, &CanvasScene::selectionToDocument);
    connect(m_metrics, &CanvasMetrics::numbersChanged, this, &CanvasScene::onNumbersChanged);
    connect(m_metrics, &CanvasMetrics::layoutNeeded, this, &CanvasScene::sync);
    connect(m_votes, &CanvasVotes::changed, this, [this](const QList<Id> &nodeIds) {
        for (Id id : nodeIds) {
            if (NodeItem *item = m_nodes.value(id))
                item->update();
        }
    });
    sync();
}

CanvasScene::~CanvasScene()
{
    // Deleting the items deselects them; that must not reach the document any more.
    disconnect(m_document, nullptr, this, nullptr);
    disconnect(m_document->model(), nullptr, this, nullptr);
    m_syncingSelection = true;
    m_nodes.clear();
    m_edges.clear();
    m_ghosts.clear();
    clear();
}

const WorkspaceData &CanvasScene::data() const
{
    return m_document->data();
}

void CanvasScene::setPresentation(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    m_style = on ? CardStyle::presentation() : CardStyle::standard();
    for (NodeItem *item : std::as_const(m_nodes))
        item->setInteractive(!on && !m_readOnly);
    sync();
}

void CanvasScene::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (NodeItem *item : std::as_const(m_nodes))
        item->setInteractive(!m_presentation && !m_readOnly);
}

void CanvasScene::setMetricsController(MetricsController *controller)
{
    m_metrics->setController(controller);
}

const CardNumbers *CanvasScene::cardNumbers(Id nodeId) const
{
    const auto it = m_metrics->numbers().constFind(nodeId);
    return it != m_metrics->numbers().cend() ? &*it : nullptr;
}

const CardVotes *CanvasScene::cardVotes(Id nodeId) const
{
    return m_votes->votesOn(nodeId);
}

void CanvasScene::onNumbersChanged(const QList<Id> &nodeIds)
{
    // Same card sizes (the numbers block keeps its room whatever it shows): repaint only.
    for (Id id : nodeIds) {
        if (NodeItem *item = m_nodes.value(id))
            item->syncNumbers();
    }
}

QList<Id> CanvasScene::selectedEdgeIds() const
{
    QList<Id> ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == EdgeItem::Type)
            ids.append(static_cast<EdgeItem *>(item)->edgeId());
    }
    return ids;
}

NodeItem *CanvasScene::nodeAt(QPointF scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem *>(item);
    }
    return nullptr;
}

QRectF CanvasScene::cardsRect() const
{
    QRectF rect;
    for (const NodeItem *item : m_nodes)
        rect = rect.isNull() ? item->cardSceneRect() : rect.united(item->cardSceneRect());
    // While comparing, the removed cards are part of the picture: fitting shows them too.
    for (const GhostItem *ghost : m_ghosts)
        rect = rect.isNull() ? ghost->cardSceneRect() : rect.united(ghost->cardSceneRect());
    return rect;
}

QRectF CanvasScene::cardRect(Id nodeId) const
{
    const NodeItem *item = m_nodes.value(nodeId);
    return item ? item->cardSceneRect() : QRectF();
}

void CanvasScene::cardMoved(Id nodeId)
{
    for (Id edgeId : m_edgesAtNode.value(nodeId)) {
        if (EdgeItem *edge = m_edges.value(edgeId))
            edge->updatePath();
    }
}

void CanvasScene::setEditing(Id nodeId)
{
    for (NodeItem *item : std::as_const(m_nodes))
        item->setEditing(item->nodeId() == nodeId);
}

void CanvasScene::onModelChanged(const ChangeSet &change)
{
    // What changed decides what is done (Tiled's change events): an edit in another tree
    // does nothing here, a new shape is laid out again, a rename, a field edit or a move
    // updates only its own cards and connectors.
    const WorkspaceData &d = data();
    const Id treeId = m_document->currentTreeId();
    if (!change.touchesTree(treeId, d)) {
        // Settings choose what the live numbers show (grain, segment), not the card sizes.
        if (!change.settings.isEmpty() && m_metrics->refresh())
            sync();
        return;
    }
    if (change.changesStructure(treeId)) {
        sync();
        return;
    }
    // A metric whose unit changed shows its numbers in the new unit; a card that gains or
    // loses its numbers block (a computation set or cleared) changes size.
    QSet<Id> units;
    for (const EntityChange<Metric> &c : change.metrics) {
        if (c.before && c.after && c.before->unit != c.after->unit)
            units.insert(c.after->id);
    }
    m_metrics->askAgain(units);
    if (m_metrics->refresh()) {
        sync();
        return;
    }

    QSet<Id> cards;
    QSet<Id> placed;
    for (const EntityChange<Node> &c : change.nodes) {
        const Node *node = d.node(c.after ? c.after->id : c.before->id);
        if (!node || node->treeId != treeId)
            continue;
        if (c.before->pinned != c.after->pinned || c.before->position != c.after->position) {
            // A card let go goes back to its automatic slot, which only a layout knows.
            if (!node->pinned) {
                sync();
                return;
            }
            placed.insert(node->id);
        }
        if (!ChangeSet::placesOnly(c))
            cards.insert(node->id);
    }
    if (const QSet<Id> metrics = change.touchedMetricIds(); !metrics.isEmpty()) {
        for (const Node &n : d.nodesOfTree(treeId)) {
            if (n.kind != NodeKind::Work && metrics.contains(n.metricId))
                cards.insert(n.id);
        }
    }
    QSet<Id> edges;
    for (const EntityChange<Edge> &c : change.edges) {
        if (c.after && c.after->treeId == treeId)
            edges.insert(c.after->id);
    }
    if (!updateItems(cards, edges)) {
        sync();
        return;
    }
    for (Id id : std::as_const(placed))
        place(*d.node(id));
    if (!placed.isEmpty())
        updateSceneRect();
    emit synced();
}

bool CanvasScene::updateItems(const QSet<Id> &nodeIds, const QSet<Id> &edgeIds)
{
    // Rows and stacks share their cards' heights: a card that grows or shrinks (a name on
    // another line, an owner added) moves its neighbours, so the tree is laid out again.
    for (Id id : nodeIds) {
        const Node *node = data().node(id);
        if (!node || !m_nodes.contains(id) || naturalSize(*node) != m_naturalSizes.value(id))
            return false;
    }
    for (Id id : nodeIds)
        m_nodes.value(id)->syncNumbers();
    for (Id id : edgeIds) {
        if (EdgeItem *edge = m_edges.value(id))
            edge->updatePath();
    }
    return true;
}

void CanvasScene::place(const Node &node)
{
    // Pinned cards take part in the layout as if they were free; only their own rectangle
    // comes from the stored centre (TreeGeometry), so moving one moves nothing else.
    NodeItem *item = m_nodes.value(node.id);
    if (!item || !m_rects.contains(node.id))
        return;
    QRectF rect = m_rects.value(node.id);
    rect.moveCenter(node.position);
    m_rects.insert(node.id, rect);
    item->setPos(rect.topLeft());  // its connectors follow (cardMoved)
}

QSizeF CanvasScene::naturalSize(const Node &node) const
{
    return cardSize(m_style, cardContent(data(), node, cardNumbers(node.id)));
}

void CanvasScene::updateSceneRect()
{
    const QRectF cards = cardsRect();
    const QRectF content = cards.isNull() ? QRectF(-400, -300, 800, 600) : cards;
    setSceneRect(content.adjusted(-sceneMargin, -sceneMargin, sceneMargin, sceneMargin));
}

void CanvasScene::sync()
{
    const QScopedValueRollback guard(m_syncingSelection, true);
    const WorkspaceData &d = data();
    const Id treeId = m_document->currentTreeId();
    m_metrics->refresh();
    if (auto geometry = TreeGeometry::compute(d, treeId, m_style, m_metrics->numbers()))
        m_geometry = std::move(geometry.value());
    else
        qCWarning(lcCanvas) << "automatic layout failed:" << geometry.error();
    m_rects = m_geometry.nodeRects();
    emit laidOut();

    QSet<Id> nodeIds;
    m_naturalSizes.clear();
    for (const Node &n : d.nodesOfTree(treeId)) {
        nodeIds.insert(n.id);
        m_naturalSizes.insert(n.id, naturalSize(n));
    }
    for (auto it = m_nodes.begin(); it != m_nodes.end();) {
        if (nodeIds.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_nodes.erase(it);
    }
    for (Id id : std::as_const(nodeIds)) {
        NodeItem *item = m_nodes.value(id);
        if (!item) {
            item = new NodeItem(this, id);
            item->setInteractive(!m_presentation && !m_readOnly);
            addItem(item);
            m_nodes.insert(id, item);
        }
        if (m_rects.contains(id)) {
            const QRectF rect = m_rects.value(id);
            item->setCardSize(rect.size());
            item->setPos(rect.topLeft());
        }
        item->syncNumbers();
    }

    QSet<Id> edgeIds;
    m_edgesAtNode.clear();
    for (const Edge &e : d.edgesOfTree(treeId)) {
        if (!nodeIds.contains(e.childId) || !nodeIds.contains(e.parentId))
            continue;
        edgeIds.insert(e.id);
        m_edgesAtNode[e.childId].append(e.id);
        m_edgesAtNode[e.parentId].append(e.id);
    }
    for (auto it = m_edges.begin(); it != m_edges.end();) {
        if (edgeIds.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_edges.erase(it);
    }
    for (Id id : std::as_const(edgeIds)) {
        EdgeItem *item = m_edges.value(id);
        if (!item) {
            item = new EdgeItem(this, id);
            addItem(item);
            m_edges.insert(id, item);
        }
        item->updatePath();
    }

    applyDiffMarks();
    updateSceneRect();
    setBackgroundBrush(m_style.canvasBackground);
    syncSelectionFromDocument();
    emit synced();
}

void CanvasScene::syncSelectionFromDocument()
{
    const QScopedValueRollback guard(m_syncingSelection, true);
    const QList<Id> &selection = m_document->selection();
    for (NodeItem *item : std::as_const(m_nodes))
        item->setSelected(selection.contains(item->nodeId()));
}

void CanvasScene::selectionToDocument()
{
    if (m_syncingSelection)
        return;
    // Keep the document's order (its last id is the current card) and append what is new.
    QList<Id> selected;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == NodeItem::Type)
            selected.append(static_cast<NodeItem *>(item)->nodeId());
    }
    QList<Id> ordered;
    for (Id id : m_document->selection()) {
        if (selected.contains(id))
            ordered.append(id);
    }
    for (Id id : std::as_const(selected)) {
        if (!ordered.contains(id))
            ordered.append(id);
    }
    m_document->setSelection(ordered);
}

void CanvasScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton)
        commitDrag();
}

void CanvasScene::commitDrag()
{
    // The whole drag becomes one undo step, pushed when the mouse lets go.
    QHash<Id, QPointF> centres;
    for (NodeItem *item : std::as_const(m_nodes)) {
        if (!m_rects.contains(item->nodeId()))
            continue;
        const QPointF delta = item->pos() - m_rects.value(item->nodeId()).topLeft();
        if (delta.manhattanLength() > 0.5)
            centres.insert(item->nodeId(), item->centre());
    }
    if (!centres.isEmpty())
        Edit::moveNodes(*m_document, centres);
}

void CanvasScene::beginConnect(Id fromId, QPointF scenePos)
{
    m_connectFrom = fromId;
    if (!m_connectLine) {
        m_connectLine = addPath(QPainterPath(), QPen(m_style.accent, 2.0, Qt::DashLine));
        m_connectLine->setZValue(3);
    }
    updateConnect(scenePos);
}

void CanvasScene::updateConnect(QPointF scenePos)
{
    if (!m_connectLine)
        return;
    const QRectF from = cardRect(m_connectFrom);
    const QPointF start(from.center().x(), from.bottom());
    QPainterPath path(start);
    const double bend = std::max(24.0, std::abs(scenePos.y() - start.y()) * 0.5);
    path.cubicTo(start + QPointF(0, bend), scenePos - QPointF(0, bend), scenePos);
    m_connectLine->setPath(path);
}

void CanvasScene::endConnect(QPointF scenePos)
{
    delete m_connectLine;
    m_connectLine = nullptr;
    const Id from = std::exchange(m_connectFrom, 0);
    const NodeItem *target = nodeAt(scenePos);
    if (!target || target->nodeId() == from)
        return;
    // Dragged down from the parent's handle onto a child; a drag the other way round (from
    // a child up to the card it drives) is understood too.
    if (!Edit::connectNodes(*m_document, target->nodeId(), from))
        Edit::connectNodes(*m_document, from, target->nodeId());
}

} // namespace NorthStar
