// CanvasView: keyboard, mouse, wheel and gestures.

#include "canvas/canvasview.h"

#include "canvas/canvasscene.h"
#include "canvas/edgeitem.h"
#include "canvas/inlineeditor.h"
#include "canvas/nodeitem.h"
#include "model/document.h"
#include "model/edits.h"
#include "model/workspacedata.h"

#include <QGestureEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace NorthStar {
namespace {

constexpr double wheelZoomStep = 1.2;  // per wheel notch, as the zoom actions

bool isCanvasKey(int key)
{
    switch (key) {
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_F2:
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
    case Qt::Key_Insert:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Escape:
        return true;
    default:
        return false;
    }
}

} // namespace

bool CanvasView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // The canvas's own keys win over window shortcuts while it has focus, except Escape
        // in presentation mode, which leaves it.
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        if (plain && isCanvasKey(key->key()) && !(m_presentation && key->key() == Qt::Key_Escape)) {
            event->accept();
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress) {
        // Tab adds a child here; it must not reach the focus chain (QWidget::event) or the
        // scene's item focus handling (QGraphicsView::event).
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            keyPressEvent(key);
            return true;
        }
    }
    return QGraphicsView::event(event);
}

bool CanvasView::focusNextPrevChild(bool)
{
    return false;
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy))
        return copy();
    if (event->matches(QKeySequence::Cut))
        return cut();
    if (event->matches(QKeySequence::Paste))
        return paste();
    if (event->matches(QKeySequence::SelectAll))
        return selectAll();
    if (event->matches(QKeySequence::ZoomIn) || (event->key() == Qt::Key_Equal && event->modifiers() & Qt::ControlModifier))
        return zoomIn();
    if (event->matches(QKeySequence::ZoomOut))
        return zoomOut();

    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (!plain)
        return QGraphicsView::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Tab:
        addChild();
        break;
    case Qt::Key_Backtab:
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        addSibling();
        break;
    case Qt::Key_F2:
        renameCurrent();
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        deleteSelection();
        break;
    case Qt::Key_Insert:
        addSubInput();
        break;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right:
        navigate(event->key());
        break;
    case Qt::Key_Escape:
        if (m_connectingFrom != 0) {
            m_connectingFrom = 0;
            viewport()->update();
        } else if (m_scene->isShowingDiff()) {
            // Escape ends a comparison first; the selection stays for the next look.
            m_scene->clearDiffMarks();
        } else {
            m_scene->clearSelection();
            doc().setSelection({});
        }
        break;
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        break;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->unsetCursor();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::navigate(int key)
{
    const WorkspaceData &workspace = doc().data();
    const Id current = currentId();
    if (current == 0) {
        // Arrows start at the North Star (or any card of an unfinished tree).
        const Node *northStar = workspace.northStarOf(doc().currentTreeId());
        const QList<Id> ids = m_scene->nodeIds();
        if (northStar)
            doc().setSelection({northStar->id});
        else if (!ids.isEmpty())
            doc().setSelection({*std::min_element(ids.begin(), ids.end())});
        return;
    }
    const QRectF from = m_scene->cardRect(current);
    Id target = 0;
    if (key == Qt::Key_Up) {
        const QList<Id> parents = workspace.parentsOf(current);
        target = parents.isEmpty() ? 0 : parents.constFirst();
    } else if (key == Qt::Key_Down) {
        // The first child: the leftmost input of a row, the top card of a stack.
        std::optional<QPointF> best;
        for (Id child : workspace.childrenOf(current)) {
            if (!m_scene->nodeItem(child))
                continue;
            const QPointF p = m_scene->cardRect(child).topLeft();
            if (!best || p.y() < best->y() - 1 || (std::abs(p.y() - best->y()) <= 1 && p.x() < best->x())) {
                best = p;
                target = child;
            }
        }
    } else {
        // The nearest card in that direction, cards on the same row first.
        const double sign = key == Qt::Key_Right ? 1.0 : -1.0;
        double best = 1e300;
        for (Id id : m_scene->nodeIds()) {
            const QRectF r = m_scene->cardRect(id);
            const double dx = (r.center().x() - from.center().x()) * sign;
            if (id == current || dx <= 1.0)
                continue;
            const double dy = std::abs(r.center().y() - from.center().y());
            const bool sameRow = dy < std::max(r.height(), from.height()) / 2;
            const double score = (sameRow ? 0.0 : 1e6) + dx + dy * 2;
            if (score < best) {
                best = score;
                target = id;
            }
        }
    }
    if (target != 0 && m_scene->nodeItem(target))
        doc().setSelection({target});
}

void CanvasView::startConnecting(Id fromId)
{
    m_connectingFrom = fromId;
    viewport()->update();
}

void CanvasView::addCardAt(QPointF scenePos)
{
    if (!doc().data().tree(doc().currentTreeId()))
        return;
    // An empty tree starts with its North Star; elsewhere a free input lands where clicked.
    if (!doc().data().northStarOf(doc().currentTreeId()))
        createAndEdit(Edit::addNode(doc(), NodeKind::NorthStar));
    else
        createAndEdit(Edit::addNode(doc(), NodeKind::Input, scenePos));
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    if (m_connectingFrom != 0 && event->button() == Qt::LeftButton) {
        const Id from = std::exchange(m_connectingFrom, 0);
        viewport()->update();
        if (const NodeItem *target = m_scene->nodeAt(mapToScene(event->position().toPoint()))) {
            // "Connect to…": this card drives the clicked one; the other way round if only
            // that makes a valid tree.
            if (!Edit::connectNodes(doc(), from, target->nodeId()))
                Edit::connectNodes(doc(), target->nodeId(), from);
        }
        event->accept();
        return;
    }
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panLast;
        m_panLast = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        if (m_spaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void CanvasView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (!isEditable() || event->button() != Qt::LeftButton)
        return QGraphicsView::mouseDoubleClickEvent(event);
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (const NodeItem *item = m_scene->nodeAt(scenePos))
        editNode(item->nodeId());
    else if (!itemAt(event->position().toPoint()))
        addCardAt(scenePos);
    event->accept();
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    // Like a document: the wheel (and two-finger scroll) pans, Ctrl+wheel zooms around the
    // pointer, so a trackpad never zooms by accident.
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        m_autoFit = false;
        setZoom(zoom() * std::pow(wheelZoomStep, steps), event->position());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

bool CanvasView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        const auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            m_autoFit = false;
            setZoom(zoom() * (1.0 + gesture->value()), viewport()->mapFromGlobal(gesture->globalPosition().toPoint()));
            return true;
        }
    }
    if (event->type() == QEvent::Gesture) {
        gestureZoom(static_cast<QGestureEvent *>(event));
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

void CanvasView::gestureZoom(QGestureEvent *event)
{
    auto *pinch = static_cast<QPinchGesture *>(event->gesture(Qt::PinchGesture));
    if (!pinch)
        return;
    m_autoFit = false;
    if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
        setZoom(zoom() * pinch->scaleFactor(), viewport()->mapFromGlobal(pinch->centerPoint().toPoint()));
    event->accept(pinch);
}

void CanvasView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    placeEditor();
}

} // namespace NorthStar
