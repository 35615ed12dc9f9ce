#pragma once

// The scene of one tree: keeps id -> item for cards and connectors (QtNodes style) and
// follows the document. Items are thin: they hold an id and read the model; the scene only
// creates and removes them and tells them where to be (TreeGeometry).

#include "canvas/diffmarks.h"
#include "model/changeset.h"
#include "render/cardstyle.h"
#include "render/treegeometry.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

namespace NorthStar {

class CanvasMetrics;
class CanvasVotes;
class Document;
class EdgeItem;
class GhostItem;
class MetricsController;
class NodeItem;
class WorkspaceData;
struct CardVotes;

class CanvasScene final : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit CanvasScene(Document *document, QObject *parent = nullptr);
    ~CanvasScene() override;

    Document *document() const { return m_document; }
    const WorkspaceData &data() const;
    const CardStyle &style() const { return m_style; }
    bool isPresentation() const { return m_presentation; }
    const TreeGeometry &geometry() const { return m_geometry; }
    void setPresentation(bool on);
    // Cards that select but do not move or connect (a read-only canvas).
    void setReadOnly(bool readOnly);

    // Live numbers on the cards (null: cards without numbers, as in a workshop).
    void setMetricsController(MetricsController *controller);
    CanvasMetrics *metrics() const { return m_metrics; }
    // What a card shows under its name: null when it has no numbers block.
    const CardNumbers *cardNumbers(Id nodeId) const;
    // The room's dots on a card in the current workshop step (null: none).
    const CardVotes *cardVotes(Id nodeId) const;

    NodeItem *nodeItem(Id nodeId) const { return m_nodes.value(nodeId); }
    EdgeItem *edgeItem(Id edgeId) const { return m_edges.value(edgeId); }
    QList<Id> nodeIds() const { return m_nodes.keys(); }
    QList<Id> selectedEdgeIds() const;
    NodeItem *nodeAt(QPointF scenePos) const;
    // The cards' union (no margins), removed cards' ghosts included while comparing; null
    // when the tree is empty.
    QRectF cardsRect() const;
    // Where a card sits now (after a drag, before the model knows).
    QRectF cardRect(Id nodeId) const;

    // Called by a card while it is dragged: its connectors follow.
    void cardMoved(Id nodeId);
    // A card whose name the inline editor covers.
    void setEditing(Id nodeId);

    // Compare marks (issue #11 §3): cards and connectors of the tree on screen carry the
    // changes `marks` names, removed cards stand as ghosts. Clearing ends the comparison
    // (Escape on the canvas does too); both emit diffMarksChanged.
    void setDiffMarks(const DiffMarks &marks);
    void clearDiffMarks();
    bool isShowingDiff() const { return m_showingDiff; }
    const DiffMarks &diffMarks() const { return m_diffMarks; }
    GhostItem *ghostItem(Id nodeId) const;
    QList<GhostItem *> ghostItems() const { return m_ghosts; }

    // Connecting by dragging from a card's bottom handle.
    void beginConnect(Id fromId, QPointF scenePos);
    void updateConnect(QPointF scenePos);
    void endConnect(QPointF scenePos);

signals:
    // After the items were brought in line with the model (structure, text or positions).
    void synced();
    // After the tree was laid out again (Graphviz): structure changed, a card changed its
    // size, the tree or the style is another one. Renames that keep a card's size, edits of
    // fields and moves only update their own items (tests count this).
    void laidOut();
    // After compare marks were set or cleared.
    void diffMarksChanged();

protected:
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void sync();
    void syncSelectionFromDocument();
    void selectionToDocument();
    void commitDrag();
    void onModelChanged(const ChangeSet &change);
    // Brings the named cards and connectors in line with the model without a new layout;
    // false when a card's size changed, so the tree needs one.
    bool updateItems(const QSet<Id> &nodeIds, const QSet<Id> &edgeIds);
    // Puts a pinned card where the model says (its rectangle moves, nothing else does).
    void place(const Node &node);
    void updateSceneRect();
    QSizeF naturalSize(const Node &node) const;
    void onNumbersChanged(const QList<Id> &nodeIds);
    // The marks onto the items, the ghosts where their cards stood (canvasscene_diff.cpp).
    void applyDiffMarks();
    void placeGhosts();

    Document *m_document;
    CardStyle m_style;
    CanvasMetrics *m_metrics;
    CanvasVotes *m_votes;
    bool m_presentation = false;
    bool m_readOnly = false;
    TreeGeometry m_geometry;
    // Where the model puts each card: the layout's rectangles, moved cards at their place.
    QHash<Id, QRectF> m_rects;
    // Each card's own size (before rows and stacks share heights), as of the last layout.
    QHash<Id, QSizeF> m_naturalSizes;
    QHash<Id, NodeItem *> m_nodes;
    QHash<Id, EdgeItem *> m_edges;
    QHash<Id, QList<Id>> m_edgesAtNode;
    bool m_syncingSelection = false;
    Id m_connectFrom = 0;
    QGraphicsPathItem *m_connectLine = nullptr;
    DiffMarks m_diffMarks;
    bool m_showingDiff = false;
    QList<GhostItem *> m_ghosts;
};

} // namespace NorthStar
