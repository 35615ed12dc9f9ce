#pragma once

// The tree canvas: shows the document's current tree and edits it, keyboard first.
//
// Keys (canvas focused): Tab adds a child and opens its name editor, Enter a sibling, Insert
// a sub-input, F2 renames, Delete/Backspace deletes (cards, or the selected connector),
// arrows move the selection (Up parent, Down first child, Left/Right neighbour on the row),
// Escape ends a comparison (compare marks), else clears the selection. Ctrl+C/X/V copy, cut and paste.
// In the name editor: Enter commits; on a card Tab/Enter/Insert just created it also adds the
// next sibling and keeps typing going, so "Input A⏎Input B⏎" types two inputs; Escape on a
// card just created takes it back (the extra one the last Enter opened). Tab commits and adds
// a child. Escape cancels a rename.
// Mouse: drag cards (one undo step per drag), drag from a card's bottom handle onto another
// card to connect, rubber band and Ctrl+click select, double-click renames (or adds a card on
// empty canvas). The wheel scrolls like any document; Ctrl+wheel and pinch zoom around the
// pointer; middle button or Space+drag pans.

#include "metrics/periodcalendar.h"
#include "model/types.h"
#include "render/cardnumbers.h"

#include <QGraphicsView>
#include <QKeySequence>

#include <optional>

class QGestureEvent;

namespace NorthStar {

class CanvasScene;
class Document;
class InlineEditor;
class MetricsController;

class CanvasView final : public QGraphicsView
{
    Q_OBJECT

public:
    explicit CanvasView(Document *document, QWidget *parent = nullptr);
    ~CanvasView() override;

    CanvasScene *canvasScene() const { return m_scene; }
    bool isPresentationMode() const { return m_presentation; }
    // A canvas that only shows (a saved version's tree, issue #11 §3): cards select and the
    // view zooms and pans, but nothing is added, renamed, moved, connected or deleted.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // The open name editor, or null.
    InlineEditor *inlineEditor() const;
    double zoom() const;

    // Live numbers on the North Star and input cards (issue #4): the document's controller.
    // Null (the default) shows the cards without numbers.
    void setMetricsController(MetricsController *controller);
    // The numbers' grain; nullopt (default) follows the workspace's `grain` setting.
    void setNumbersGrain(std::optional<NorthStar::Grain> grain);
    // What the cards show now, e.g. for exportTree(data, tree, path, canvas->cardNumbers()).
    NodeNumbers cardNumbers() const;

    // A menu entry naming the canvas key that does the same ("&Delete\tDel"): the key as Qt
    // writes it on this platform, in the interface language ("Entf" in German). The key
    // stays bound in the canvas, so typing in a panel never triggers the entry.
    static QString menuText(const QString &text, const QKeySequence &key);

public slots:
    void addChild();
    void addSibling();
    void addSubInput();
    void renameCurrent();
    void deleteSelection();
    void copy();
    void cut();
    void paste();
    void selectAll();
    void zoomIn();
    void zoomOut();
    void zoomReset();
    void fitToView();
    void relayout();
    void setPresentationMode(bool on);
    // Opens the name editor on a card; `fresh` for a card just created from the keyboard.
    void editNode(NorthStar::Id nodeId, bool fresh = false);

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    Document &doc() const { return *m_document; }
    // Not on the wall screen, not a read-only canvas.
    bool isEditable() const { return !m_presentation && !m_readOnly; }
    Id currentId() const;
    void setZoom(double factor, std::optional<QPointF> anchorViewportPos = std::nullopt);
    void gestureZoom(QGestureEvent *event);
    void createAndEdit(Id newId);
    void finishEditing(int ending);
    void placeEditor();
    void closeEditor();
    void navigate(int key);
    void ensureCurrentVisible();
    void startConnecting(Id fromId);
    void addCardAt(QPointF scenePos);
    void pasteText(const QString &text);

    Document *m_document;
    CanvasScene *m_scene;
    InlineEditor *m_editor;
    bool m_presentation = false;
    bool m_readOnly = false;
    Id m_editingId = 0;
    bool m_editingFresh = false;
    int m_undoIndexAfterCreate = -1;
    bool m_finishing = false;
    // Panning with the middle button or Space+drag.
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
    // "Connect to…" from the context menu: the next clicked card is the parent.
    Id m_connectingFrom = 0;
    Id m_lastTreeId = 0;
    // Until someone zooms by hand, the tree stays fitted as the window is laid out and resized
    // (the first fit often happens before the view has its final size).
    bool m_autoFit = true;
};

} // namespace NorthStar
