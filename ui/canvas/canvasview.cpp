#include "canvas/canvasview.h"

#include "canvas/canvasclipboard.h"
#include "canvas/canvasmetrics.h"
#include "canvas/canvasscene.h"
#include "canvas/inlineeditor.h"
#include "canvas/nodeitem.h"
#include "model/document.h"
#include "model/edits.h"
#include "model/workspacedata.h"
#include "render/cardcontent.h"
#include "render/cardpainter.h"

#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStyle>
#include <QUndoStack>

#include <algorithm>

namespace NorthStar {
namespace {

constexpr double minZoom = 0.2;
constexpr double maxZoom = 4.0;
constexpr double zoomStep = 1.2;
// Fitting a small tree never blows it up past these.
constexpr double maxFitZoom = 1.0;
constexpr double maxPresentationFitZoom = 1.6;

} // namespace

CanvasView::CanvasView(Document *document, QWidget *parent)
    : QGraphicsView(parent)
    , m_document(document)
    , m_scene(new CanvasScene(document, this))
    , m_editor(new InlineEditor(viewport()))
{
    setObjectName(QStringLiteral("canvas"));
    setAccessibleName(tr("Tree canvas"));
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setFrameShape(NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->grabGesture(Qt::PinchGesture);

    connect(m_editor, &InlineEditor::finished, this,
            [this](InlineEditor::Ending ending) { finishEditing(static_cast<int>(ending)); });
    connect(m_scene, &CanvasScene::synced, this, [this] {
        if (m_editingId != 0 && !m_scene->nodeItem(m_editingId))
            closeEditor();
        else
            placeEditor();
        if (doc().currentTreeId() != m_lastTreeId) {
            m_lastTreeId = doc().currentTreeId();
            fitToView();
        } else if (m_autoFit) {
            // A growing tree stays whole on the wall screen until someone zooms by hand.
            const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
            if (!visible.contains(m_scene->cardsRect().adjusted(-24, -24, 24, 24)))
                fitToView();
        }
        viewport()->update();
    });
    connect(m_scene, &CanvasScene::diffMarksChanged, this, [this] {
        // Ghosts of removed cards may stand beside or under the tree: keep it all in view.
        if (m_autoFit)
            fitToView();
        viewport()->update();
    });
    connect(document, &Document::selectionChanged, this, &CanvasView::ensureCurrentVisible);
    m_lastTreeId = doc().currentTreeId();
}

CanvasView::~CanvasView() = default;

InlineEditor *CanvasView::inlineEditor() const
{
    return m_editingId != 0 ? m_editor : nullptr;
}

void CanvasView::setMetricsController(MetricsController *controller)
{
    m_scene->setMetricsController(controller);
}

void CanvasView::setNumbersGrain(std::optional<Grain> grain)
{
    m_scene->metrics()->setGrain(grain);
}

NodeNumbers CanvasView::cardNumbers() const
{
    return m_scene->metrics()->numbers();
}

double CanvasView::zoom() const
{
    return transform().m11();
}

Id CanvasView::currentId() const
{
    const Id id = doc().currentNodeId();
    return m_scene->nodeItem(id) ? id : 0;
}

// --- Editing -------------------------------------------------------------------------------

void CanvasView::addChild()
{
    if (!isEditable() || !doc().data().tree(doc().currentTreeId()))
        return;
    Id parent = currentId();
    if (parent == 0) {
        // Nothing selected: grow from the North Star, or start the tree with one.
        const Node *northStar = doc().data().northStarOf(doc().currentTreeId());
        if (!northStar) {
            createAndEdit(Edit::addNode(doc(), NodeKind::NorthStar));
            return;
        }
        parent = northStar->id;
    }
    createAndEdit(Edit::addChild(doc(), parent));
}

void CanvasView::addSibling()
{
    const Id id = currentId();
    if (!isEditable() || id == 0)
        return;
    if (doc().data().node(id)->kind == NodeKind::NorthStar) {
        // The North Star has no siblings; Enter on it names it.
        editNode(id);
        return;
    }
    createAndEdit(Edit::addSibling(doc(), id));
}

void CanvasView::addSubInput()
{
    const Id id = currentId();
    if (!isEditable() || id == 0)
        return;
    createAndEdit(Edit::addSubInput(doc(), id));
}

void CanvasView::renameCurrent()
{
    if (const Id id = currentId())
        editNode(id);
}

void CanvasView::deleteSelection()
{
    if (!isEditable())
        return;
    if (!doc().selection().isEmpty()) {
        Edit::deleteNodes(doc(), doc().selection());
        return;
    }
    const QList<Id> edges = m_scene->selectedEdgeIds();
    if (edges.size() > 1)
        doc().undoStack()->beginMacro(tr("Disconnect"));
    for (Id edgeId : edges)
        Edit::disconnectEdge(doc(), edgeId);
    if (edges.size() > 1)
        doc().undoStack()->endMacro();
}

void CanvasView::createAndEdit(Id newId)
{
    if (newId == 0)
        return;
    m_undoIndexAfterCreate = doc().undoStack()->index();
    editNode(newId, true);
}

void CanvasView::editNode(Id nodeId, bool fresh)
{
    if (!isEditable() || !m_scene->nodeItem(nodeId))
        return;
    if (m_editingId != 0 && m_editingId != nodeId)
        finishEditing(static_cast<int>(InlineEditor::Ending::FocusLost));
    if (doc().selection() != QList<Id>{nodeId})
        doc().setSelection({nodeId});
    m_editingId = nodeId;
    m_editingFresh = fresh;
    const Node *node = doc().data().node(nodeId);
    m_editor->setText(doc().data().nodeTitle(*node));
    m_editor->selectAll();
    m_editor->setModified(false);
    m_scene->setEditing(nodeId);
    ensureCurrentVisible();
    placeEditor();
    m_editor->show();
    m_editor->setFocus(Qt::OtherFocusReason);
}

void CanvasView::finishEditing(int endingValue)
{
    if (m_finishing || m_editingId == 0)
        return;
    const QScopedValueRollback guard(m_finishing, true);
    const auto ending = static_cast<InlineEditor::Ending>(endingValue);
    const Id id = m_editingId;
    const bool fresh = m_editingFresh;
    const QString text = m_editor->text().trimmed();
    closeEditor();

    if (ending == InlineEditor::Ending::Escape) {
        // Escape on a card the keyboard just created takes the card back; on a rename it
        // keeps the old name.
        QUndoStack *stack = doc().undoStack();
        if (fresh && stack->index() == m_undoIndexAfterCreate && stack->canUndo())
            stack->undo();
        return;
    }
    const Node *node = doc().data().node(id);
    if (node && !text.isEmpty() && text != doc().data().nodeTitle(*node))
        Edit::renameNode(doc(), id, text);
    if (ending == InlineEditor::Ending::Tab)
        createAndEdit(Edit::addChild(doc(), id));
    else if (ending == InlineEditor::Ending::Return && fresh)
        createAndEdit(Edit::addSibling(doc(), id));
}

void CanvasView::closeEditor()
{
    if (m_editingId == 0)
        return;
    m_editingId = 0;
    m_scene->setEditing(0);
    const bool hadFocus = m_editor->hasFocus();
    m_editor->hide();
    if (hadFocus)
        setFocus(Qt::OtherFocusReason);
}

void CanvasView::placeEditor()
{
    const NodeItem *item = m_scene->nodeItem(m_editingId);
    if (!item)
        return;
    const CardStyle &style = m_scene->style();
    const Node *node = doc().data().node(m_editingId);
    const CardContent content = cardContent(doc().data(), *node);
    QFont font = content.kind == NodeKind::NorthStar ? style.northStarFont
                 : content.kind == NodeKind::Work    ? style.workFont
                                                     : style.nameFont;
    font.setPixelSize(std::max(6, qRound(font.pixelSize() * zoom())));
    m_editor->setFont(font);
    const QRectF name = cardNameRect(item->cardSceneRect(), style, content);
    QRect r = mapFromScene(name).boundingRect();
    r.setHeight(QFontMetrics(font).height() + 4);
    m_editor->setGeometry(r.adjusted(-3, -2, 3, 0));
}

// --- Clipboard -------------------------------------------------------------------------------

void CanvasView::copy()
{
    CanvasClipboard::copy(doc().data(), doc().selection());
}

void CanvasView::cut()
{
    if (!isEditable() || doc().selection().isEmpty())
        return;
    copy();
    Edit::deleteNodes(doc(), doc().selection());
}

void CanvasView::paste()
{
    if (!isEditable() || !doc().data().tree(doc().currentTreeId()))
        return;
    if (const auto fragment = CanvasClipboard::fragment()) {
        Edit::paste(doc(), *fragment, QPointF(40, 40));
        return;
    }
    pasteText(CanvasClipboard::text());
}

void CanvasView::pasteText(const QString &text)
{
    // One card per line under the current card (the North Star when nothing is selected), as
    // mind maps do: a list from a chat becomes inputs or work items.
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    Id parent = currentId();
    if (parent == 0) {
        const Node *northStar = doc().data().northStarOf(doc().currentTreeId());
        parent = northStar ? northStar->id : 0;
    }
    if (lines.isEmpty() || parent == 0)
        return;
    doc().undoStack()->beginMacro(tr("Paste"));
    for (const QString &line : std::as_const(lines)) {
        const Id id = Edit::addChild(doc(), parent);
        Edit::renameNode(doc(), id, line);
    }
    doc().undoStack()->endMacro();
}

void CanvasView::selectAll()
{
    QList<Id> all;
    for (const Node &n : doc().data().nodesOfTree(doc().currentTreeId()))
        all.append(n.id);
    doc().setSelection(all);
}

// --- Zoom and layout ---------------------------------------------------------------------

void CanvasView::setZoom(double factor, std::optional<QPointF> anchor)
{
    factor = std::clamp(factor, minZoom, maxZoom);
    const QPointF at = anchor.value_or(QPointF(viewport()->rect().center()));
    const QPointF sceneAt = mapToScene(at.toPoint());
    setTransform(QTransform::fromScale(factor, factor));
    // Keep the scene point under the anchor where it was.
    const QPointF moved = QPointF(mapFromScene(sceneAt)) - at;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(moved.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(moved.y()));
    placeEditor();
}

void CanvasView::zoomIn()
{
    m_autoFit = false;
    setZoom(zoom() * zoomStep);
}

void CanvasView::zoomOut()
{
    m_autoFit = false;
    setZoom(zoom() / zoomStep);
}

void CanvasView::zoomReset()
{
    m_autoFit = false;
    setZoom(1.0);
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitToView();
    else
        placeEditor();
}

void CanvasView::fitToView()
{
    m_autoFit = true;
    const QRectF cards = m_scene->cardsRect();
    if (cards.isNull()) {
        setTransform(QTransform());
        centerOn(0, 0);
        return;
    }
    const QRectF target = cards.adjusted(-48, -48, 48, 48);
    // Fit into the viewport as it is with both scroll bars shown, whether they show now or
    // not: the zoom then does not depend on them, so a resize that shows or hides a scroll bar
    // fits to the same zoom again instead of toggling the bar back and forth for ever (a short
    // canvas, e.g. under the workshop bar, made the window hang).
    const int extent = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    QSizeF area = viewport()->size();
    if (verticalScrollBar()->isVisible())
        area.rwidth() += verticalScrollBar()->width();
    if (horizontalScrollBar()->isVisible())
        area.rheight() += horizontalScrollBar()->height();
    area -= QSizeF(extent, extent);
    const double fit = std::max(0.01, std::min(area.width() / target.width(), area.height() / target.height()));
    setTransform(QTransform::fromScale(fit, fit));
    const double cap = m_presentation ? maxPresentationFitZoom : maxFitZoom;
    if (zoom() > cap)
        setTransform(QTransform::fromScale(cap, cap));
    else if (zoom() < minZoom)
        setTransform(QTransform::fromScale(minZoom, minZoom));
    centerOn(target.center());
    placeEditor();
}

void CanvasView::relayout()
{
    if (!isEditable())
        return;
    QList<Id> ids;
    for (const Node &n : doc().data().nodesOfTree(doc().currentTreeId()))
        ids.append(n.id);
    Edit::unpinNodes(doc(), ids);
}

void CanvasView::setPresentationMode(bool on)
{
    if (on == m_presentation)
        return;
    if (on)
        finishEditing(static_cast<int>(InlineEditor::Ending::FocusLost));
    m_presentation = on;
    m_connectingFrom = 0;
    // Read-only on the wall: cards select (to point at them) but do not move; a drag pans.
    setDragMode(on ? ScrollHandDrag : RubberBandDrag);
    m_scene->setPresentation(on);
    fitToView();
}

void CanvasView::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    if (readOnly)
        finishEditing(static_cast<int>(InlineEditor::Ending::FocusLost));
    m_readOnly = readOnly;
    m_connectingFrom = 0;
    m_scene->setReadOnly(readOnly);
}

void CanvasView::ensureCurrentVisible()
{
    if (const NodeItem *item = m_scene->nodeItem(currentId()))
        ensureVisible(item->cardSceneRect(), 40, 40);
}

} // namespace NorthStar
