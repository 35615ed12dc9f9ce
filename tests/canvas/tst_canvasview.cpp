// The canvas driven like a facilitator does: real key and mouse events, the model checked
// after every step, undo and redo followed exactly.

#include "canvas/canvasclipboard.h"
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/edgeitem.h"
#include "canvas/inlineeditor.h"
#include "canvas/nodeitem.h"
#include "model/document.h"
#include "model/edits.h"
#include "model/workspacedata.h"
#include "render/cardcontent.h"
#include "render/cardpainter.h"
#include "render/treegeometry.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <QClipboard>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace NorthStar;

namespace {

WorkspaceData emptyTreeWorkspace()
{
    WorkspaceData data;
    Tree tree;
    tree.id = data.allocateId();
    tree.name = u"Workshop"_s;
    data.trees.insert(tree.id, tree);
    return data;
}

} // namespace

class TstCanvasView final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyTreeHint();
    void typeTreeWithKeyboard();
    void arrowsMoveSelection_data();
    void arrowsMoveSelection();
    void renameAndCancel();
    void deleteAndUndo();
    void undoRedoFollowsEveryStep();
    void dragIsOneUndoStep();
    void rubberBandAndCtrlClick();
    void connectByHandleDrag();
    void disconnectSelectedEdge();
    void copyPaste();
    void pastePlainText();
    void presentationIsReadOnly();
    void zoom();
    void renameKeepsLayout();
    void renameThatWrapsLaysOut();
    void fieldEditsRepaintOnly_data();
    void fieldEditsRepaintOnly();
    void structureLaysOut();
    void moveMovesOnlyThatCard();
    void otherTreeLeavesSceneAlone();
    void menuTextsNameKeysInTheLanguage();

private:
    Id nodeNamed(const QString &name) const;
    QStringList names(NodeKind kind) const;
    QStringList childNames(Id parent) const;
    InlineEditor *editor() const { return m_view->inlineEditor(); }
    QPoint viewportPos(QPointF scenePos) const { return m_view->mapFromScene(scenePos); }
    QPoint cardCentre(Id id) const;
    void typeName(const QString &text);
    void buildSample();
    void checkSceneMatchesModel();
    QHash<Id, QPointF> cardPositions() const;
    void sendMouse(QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons,
                   Qt::KeyboardModifiers modifiers = {});

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<CanvasView> m_view;
};

void TstCanvasView::init()
{
    m_doc = std::make_unique<Document>();
    m_doc->load(emptyTreeWorkspace(), {});
    m_view = std::make_unique<CanvasView>(m_doc.get());
    m_view->resize(1400, 900);
    m_view->show();
    QApplication::setActiveWindow(m_view.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setFocus();
    QTRY_VERIFY(m_view->hasFocus());
}

void TstCanvasView::cleanup()
{
    m_view.reset();
    m_doc.reset();
}

Id TstCanvasView::nodeNamed(const QString &name) const
{
    for (const Node &n : m_doc->data().nodes) {
        if (m_doc->data().nodeTitle(n) == name)
            return n.id;
    }
    return 0;
}

QStringList TstCanvasView::names(NodeKind kind) const
{
    QStringList result;
    for (const Node &n : m_doc->data().nodes) {
        if (n.kind == kind)
            result.append(m_doc->data().nodeTitle(n));
    }
    return result;
}

QStringList TstCanvasView::childNames(Id parent) const
{
    QStringList result;
    for (Id child : m_doc->data().childrenOf(parent))
        result.append(m_doc->data().nodeTitle(*m_doc->data().node(child)));
    return result;
}

QPoint TstCanvasView::cardCentre(Id id) const
{
    return viewportPos(m_view->canvasScene()->nodeItem(id)->cardSceneRect().center());
}

void TstCanvasView::typeName(const QString &text)
{
    QVERIFY(editor());
    QVERIFY(editor()->isVisible());
    // The default name is selected, so typing replaces it.
    QVERIFY(editor()->hasSelectedText());
    QTest::keyClicks(editor(), text);
}

void TstCanvasView::sendMouse(QEvent::Type type, QPoint pos, Qt::MouseButton button,
                              Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers)
{
    QWidget *viewport = m_view->viewport();
    QMouseEvent event(type, QPointF(pos), QPointF(viewport->mapToGlobal(pos)), button, buttons, modifiers);
    QApplication::sendEvent(viewport, &event);
}

// North Star, two inputs, three work items, built through the facade.
void TstCanvasView::buildSample()
{
    Document &doc = *m_doc;
    const Id ns = Edit::addNode(doc, NodeKind::NorthStar);
    Edit::renameNode(doc, ns, u"Weekly active teams"_s);
    const Id a = Edit::addChild(doc, ns);
    Edit::renameNode(doc, a, u"Activation"_s);
    const Id b = Edit::addSibling(doc, a);
    Edit::renameNode(doc, b, u"Engagement"_s);
    Edit::renameNode(doc, Edit::addChild(doc, a), u"Guided setup"_s);
    Edit::renameNode(doc, Edit::addChild(doc, b), u"Digest email"_s);
    Edit::renameNode(doc, Edit::addChild(doc, b), u"Share to channel"_s);
    doc.setSelection({});
}

void TstCanvasView::checkSceneMatchesModel()
{
    const WorkspaceData &data = m_doc->data();
    CanvasScene *scene = m_view->canvasScene();
    const QList<Node> nodes = data.nodesOfTree(m_doc->currentTreeId());
    QCOMPARE(scene->nodeIds().size(), nodes.size());
    const auto geometry = TreeGeometry::compute(data, m_doc->currentTreeId(), scene->style());
    QVERIFY(geometry.ok());
    for (const Node &n : nodes) {
        NodeItem *item = scene->nodeItem(n.id);
        QVERIFY2(item, qPrintable(data.nodeTitle(n)));
        QCOMPARE(item->cardSceneRect(), geometry->nodeRect(n.id));
        QCOMPARE(item->isSelected(), m_doc->selection().contains(n.id));
    }
    for (const Edge &e : data.edgesOfTree(m_doc->currentTreeId()))
        QVERIFY(scene->edgeItem(e.id));
    int edgeItems = 0;
    for (QGraphicsItem *item : scene->items())
        edgeItems += item->type() == EdgeItem::Type;
    QCOMPARE(edgeItems, data.edgesOfTree(m_doc->currentTreeId()).size());
}

void TstCanvasView::emptyTreeHint()
{
    QVERIFY(m_view->canvasScene()->nodeIds().isEmpty());
    // The hint is painted over the empty canvas: some pixels differ from the background.
    const QImage shot = m_view->viewport()->grab().toImage();
    const QColor background = m_view->canvasScene()->style().canvasBackground;
    int ink = 0;
    for (int y = shot.height() / 2 - 30; y < shot.height() / 2 + 30; ++y) {
        for (int x = 0; x < shot.width(); x += 2)
            ink += shot.pixelColor(x, y) != background;
    }
    QVERIFY2(ink > 50, qPrintable(QString::number(ink)));
}

void TstCanvasView::typeTreeWithKeyboard()
{
    QUndoStack *stack = m_doc->undoStack();

    // Tab on an empty tree starts it with its North Star, named right away.
    QTest::keyClick(m_view.get(), Qt::Key_Tab);
    QCOMPARE(names(NodeKind::NorthStar).size(), 1);
    typeName(u"Weekly active teams"_s);
    QTest::keyClick(editor(), Qt::Key_Return);
    QVERIFY(!editor());
    QCOMPARE(names(NodeKind::NorthStar), QStringList{u"Weekly active teams"_s});
    const Id ns = nodeNamed(u"Weekly active teams"_s);
    QCOMPARE(m_doc->selection(), QList<Id>{ns});
    QVERIFY(m_view->hasFocus());

    // Tab adds an input; Enter in a new card's editor commits and opens the next sibling, so
    // "Activation⏎Engagement⏎" types two; Escape takes the untouched extra card back.
    QTest::keyClick(m_view.get(), Qt::Key_Tab);
    typeName(u"Activation"_s);
    QTest::keyClick(editor(), Qt::Key_Return);
    typeName(u"Engagement"_s);
    QTest::keyClick(editor(), Qt::Key_Return);
    QVERIFY(editor());
    QCOMPARE(names(NodeKind::Input).size(), 3);
    QTest::keyClick(editor(), Qt::Key_Escape);
    QVERIFY(!editor());
    QCOMPARE(childNames(ns), (QStringList{u"Activation"_s, u"Engagement"_s}));
    const Id engagement = nodeNamed(u"Engagement"_s);
    QCOMPARE(m_doc->selection(), QList<Id>{engagement});

    // Tab on the input adds work; Tab in the editor commits and adds the next work item.
    QTest::keyClick(m_view.get(), Qt::Key_Tab);
    typeName(u"Digest email"_s);
    QTest::keyClick(editor(), Qt::Key_Tab);
    typeName(u"Share to channel"_s);
    QTest::keyClick(editor(), Qt::Key_Return);
    QTest::keyClick(editor(), Qt::Key_Escape);
    QCOMPARE(childNames(engagement), (QStringList{u"Digest email"_s, u"Share to channel"_s}));
    QCOMPARE(names(NodeKind::Work).size(), 2);

    // Insert adds a sub-input under the selected input.
    m_doc->setSelection({engagement});
    QTest::keyClick(m_view.get(), Qt::Key_Insert);
    typeName(u"Weekly sessions"_s);
    QTest::keyClick(editor(), Qt::Key_Escape);  // a fresh card: taken back
    QCOMPARE(names(NodeKind::Input).size(), 2);
    QTest::keyClick(m_view.get(), Qt::Key_Insert);
    typeName(u"Weekly sessions"_s);
    QTest::keyClick(m_view.get()->inlineEditor(), Qt::Key_Tab);  // commit, then a work item
    QTest::keyClick(editor(), Qt::Key_Escape);
    const Id sessions = nodeNamed(u"Weekly sessions"_s);
    QVERIFY(sessions);
    QCOMPARE(m_doc->data().parentsOf(sessions), QList<Id>{engagement});
    QCOMPARE(m_view->canvasScene()->nodeItem(sessions)->cardSceneRect().top() >
                 m_view->canvasScene()->nodeItem(engagement)->cardSceneRect().bottom(),
             true);
    checkSceneMatchesModel();
    QVERIFY(stack->count() > 0);
}

void TstCanvasView::arrowsMoveSelection_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("to");
    QTest::newRow("up to parent") << u"Engagement"_s << int(Qt::Key_Up) << u"Weekly active teams"_s;
    QTest::newRow("down to first child") << u"Weekly active teams"_s << int(Qt::Key_Down) << u"Activation"_s;
    QTest::newRow("down to top of the stack") << u"Engagement"_s << int(Qt::Key_Down) << u"Digest email"_s;
    QTest::newRow("right on the row") << u"Activation"_s << int(Qt::Key_Right) << u"Engagement"_s;
    QTest::newRow("left across stacks") << u"Digest email"_s << int(Qt::Key_Left) << u"Guided setup"_s;
    QTest::newRow("up the stack to the input") << u"Share to channel"_s << int(Qt::Key_Up) << u"Engagement"_s;
    QTest::newRow("no parent above") << u"Weekly active teams"_s << int(Qt::Key_Up) << u"Weekly active teams"_s;
    QTest::newRow("nothing right") << u"Share to channel"_s << int(Qt::Key_Right) << u"Share to channel"_s;
}

void TstCanvasView::arrowsMoveSelection()
{
    QFETCH(QString, from);
    QFETCH(int, key);
    QFETCH(QString, to);
    buildSample();
    m_doc->setSelection({nodeNamed(from)});
    QTest::keyClick(m_view.get(), Qt::Key(key));
    QCOMPARE(m_doc->selection(), QList<Id>{nodeNamed(to)});
    // Escape clears the selection.
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QVERIFY(m_doc->selection().isEmpty());
}

void TstCanvasView::renameAndCancel()
{
    buildSample();
    const Id activation = nodeNamed(u"Activation"_s);
    m_doc->setSelection({activation});
    const int steps = m_doc->undoStack()->count();

    QTest::keyClick(m_view.get(), Qt::Key_F2);
    typeName(u"Something else"_s);
    QTest::keyClick(editor(), Qt::Key_Escape);
    QCOMPARE(m_doc->data().nodeTitle(*m_doc->data().node(activation)), u"Activation"_s);
    QCOMPARE(m_doc->undoStack()->count(), steps);

    // Double-click opens the editor too; Enter on a rename only commits.
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, cardCentre(activation));
    typeName(u"New teams activated"_s);
    QTest::keyClick(editor(), Qt::Key_Return);
    QVERIFY(!editor());
    QCOMPARE(m_doc->data().nodeTitle(*m_doc->data().node(activation)), u"New teams activated"_s);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(names(NodeKind::Input).size(), 2);

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->data().nodeTitle(*m_doc->data().node(activation)), u"Activation"_s);
}

void TstCanvasView::deleteAndUndo()
{
    buildSample();
    const Id engagement = nodeNamed(u"Engagement"_s);
    const Id ns = nodeNamed(u"Weekly active teams"_s);
    m_doc->setSelection({engagement});
    QTest::keyClick(m_view.get(), Qt::Key_Delete);
    // The input goes with the work that served only it; the selection falls to the parent.
    QCOMPARE(childNames(ns), QStringList{u"Activation"_s});
    QCOMPARE(names(NodeKind::Work), QStringList{u"Guided setup"_s});
    QCOMPARE(m_doc->selection(), QList<Id>{ns});
    checkSceneMatchesModel();

    m_doc->undoStack()->undo();
    QCOMPARE(childNames(ns), (QStringList{u"Activation"_s, u"Engagement"_s}));
    QCOMPARE(names(NodeKind::Work).size(), 3);
    QCOMPARE(m_doc->selection(), QList<Id>{engagement});
    checkSceneMatchesModel();

    // Backspace deletes too; the North Star stays.
    m_doc->setSelection({ns});
    QTest::keyClick(m_view.get(), Qt::Key_Backspace);
    QVERIFY(m_doc->data().node(ns));
}

void TstCanvasView::undoRedoFollowsEveryStep()
{
    // Type a tree, then walk the whole history back and forth: at every step the canvas shows
    // exactly the model.
    QTest::keyClick(m_view.get(), Qt::Key_Tab);
    typeName(u"North"_s);
    QTest::keyClick(editor(), Qt::Key_Tab);
    typeName(u"Input A"_s);
    QTest::keyClick(editor(), Qt::Key_Return);
    typeName(u"Input B"_s);
    QTest::keyClick(editor(), Qt::Key_Tab);
    typeName(u"Work B1"_s);
    QTest::keyClick(editor(), Qt::Key_Escape);  // taken back
    QTest::keyClick(m_view.get(), Qt::Key_Tab);
    typeName(u"Work B1"_s);
    QTest::keyClick(editor(), Qt::Key_Return);
    QTest::keyClick(editor(), Qt::Key_Escape);
    QCOMPARE(names(NodeKind::Input).size(), 2);
    QCOMPARE(names(NodeKind::Work), QStringList{u"Work B1"_s});

    QUndoStack *stack = m_doc->undoStack();
    QList<WorkspaceData> states;
    QList<QList<Id>> selections;
    while (stack->canUndo()) {
        states.prepend(m_doc->data());
        selections.prepend(m_doc->selection());
        stack->undo();
        checkSceneMatchesModel();
    }
    QVERIFY(m_doc->data().nodes.isEmpty());
    QVERIFY(m_view->canvasScene()->nodeIds().isEmpty());
    for (int i = 0; i < states.size(); ++i) {
        stack->redo();
        QCOMPARE(m_doc->data().nodes, states.at(i).nodes);
        QCOMPARE(m_doc->data().edges, states.at(i).edges);
        QCOMPARE(m_doc->selection(), selections.at(i));
        checkSceneMatchesModel();
    }
}

void TstCanvasView::dragIsOneUndoStep()
{
    buildSample();
    const Id activation = nodeNamed(u"Activation"_s);
    NodeItem *item = m_view->canvasScene()->nodeItem(activation);
    const QPointF before = item->cardSceneRect().center();
    const int steps = m_doc->undoStack()->count();

    const QPoint start = cardCentre(activation);
    sendMouse(QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i <= 10; ++i)
        sendMouse(QEvent::MouseMove, start + QPoint(12 * i, 5 * i), Qt::NoButton, Qt::LeftButton);
    sendMouse(QEvent::MouseButtonRelease, start + QPoint(120, 50), Qt::LeftButton, Qt::NoButton);

    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    const Node *node = m_doc->data().node(activation);
    QVERIFY(node->pinned);
    const QPointF moved = (QPointF(120, 50) / m_view->zoom());
    QVERIFY2((node->position - (before + moved)).manhattanLength() < 2.0,
             qPrintable(u"%1,%2"_s.arg(node->position.x()).arg(node->position.y())));
    checkSceneMatchesModel();

    // The pinned card stays put through a relayout of the rest, and "relayout" frees it.
    // (A copy: `node` points into the data the next edit replaces.)
    const QPointF pinnedAt = node->position;
    Edit::renameNode(*m_doc, nodeNamed(u"Guided setup"_s), u"Guided setup with templates"_s);
    QCOMPARE(m_doc->data().node(activation)->position, pinnedAt);
    m_view->relayout();
    QVERIFY(!m_doc->data().node(activation)->pinned);
    checkSceneMatchesModel();

    m_doc->undoStack()->undo();  // relayout
    m_doc->undoStack()->undo();  // rename
    m_doc->undoStack()->undo();  // the drag
    QVERIFY(!m_doc->data().node(activation)->pinned);
    QCOMPARE(m_view->canvasScene()->nodeItem(activation)->cardSceneRect().center(), before);
}

void TstCanvasView::rubberBandAndCtrlClick()
{
    buildSample();
    CanvasScene *scene = m_view->canvasScene();
    const Id digest = nodeNamed(u"Digest email"_s);
    const Id share = nodeNamed(u"Share to channel"_s);
    const Id guided = nodeNamed(u"Guided setup"_s);
    const QRectF a = scene->nodeItem(digest)->cardSceneRect();
    const QRectF b = scene->nodeItem(share)->cardSceneRect();
    const QRectF both = a.united(b);
    // From empty canvas below-right of the two cards up to their middle.
    const QPoint from = viewportPos(QPointF(both.right() + 12, both.bottom() + 20));
    const QPoint to = viewportPos(QPointF(both.left() + 20, both.center().y()));
    QVERIFY(!scene->nodeAt(m_view->mapToScene(from)));
    sendMouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i <= 8; ++i)
        sendMouse(QEvent::MouseMove, from + (to - from) * i / 8, Qt::NoButton, Qt::LeftButton);
    sendMouse(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    QList<Id> selection = m_doc->selection();
    std::sort(selection.begin(), selection.end());
    QList<Id> expected{digest, share};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(selection, expected);

    // Ctrl+click adds a card, Ctrl+click again takes it out; the last added is current.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ControlModifier, cardCentre(guided));
    QCOMPARE(m_doc->selection().size(), 3);
    QCOMPARE(m_doc->currentNodeId(), guided);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ControlModifier, cardCentre(guided));
    QCOMPARE(m_doc->selection().size(), 2);
    // A plain click selects just that card.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, cardCentre(guided));
    QCOMPARE(m_doc->selection(), QList<Id>{guided});
    QCOMPARE(m_doc->undoStack()->count(), 12);  // selecting is not an edit
}

void TstCanvasView::connectByHandleDrag()
{
    buildSample();
    const Id activation = nodeNamed(u"Activation"_s);
    const Id digest = nodeNamed(u"Digest email"_s);
    m_doc->setSelection({activation});
    CanvasScene *scene = m_view->canvasScene();
    const QRectF card = scene->nodeItem(activation)->cardSceneRect();
    const QPoint handle = viewportPos(cardHandleRect(card, scene->style()).center());
    const QPoint target = cardCentre(digest);
    sendMouse(QEvent::MouseButtonPress, handle, Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i <= 6; ++i)
        sendMouse(QEvent::MouseMove, handle + (target - handle) * i / 6, Qt::NoButton, Qt::LeftButton);
    sendMouse(QEvent::MouseButtonRelease, target, Qt::LeftButton, Qt::NoButton);
    // The work item now serves both inputs; nothing moved.
    QVERIFY(m_doc->data().edgeBetween(digest, activation));
    QVERIFY(m_doc->data().edgeBetween(digest, nodeNamed(u"Engagement"_s)));
    QVERIFY(!m_doc->data().node(activation)->pinned);
    checkSceneMatchesModel();
}

void TstCanvasView::disconnectSelectedEdge()
{
    buildSample();
    const Id guided = nodeNamed(u"Guided setup"_s);
    const Edge edge = m_doc->data().edgesAt(guided).constFirst();
    EdgeItem *item = m_view->canvasScene()->edgeItem(edge.id);
    QVERIFY(item);
    // Click the connector where it enters the stacked card's left side, then Delete.
    const QRectF card = m_view->canvasScene()->cardRect(guided);
    const QPoint onEdge = viewportPos(QPointF(card.left() - 3, card.center().y()));
    QVERIFY(!m_view->canvasScene()->nodeAt(m_view->mapToScene(onEdge)));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, onEdge);
    QVERIFY(item->isSelected());
    QVERIFY(m_doc->selection().isEmpty());
    QTest::keyClick(m_view.get(), Qt::Key_Delete);
    QVERIFY(!m_doc->data().edge(edge.id));
    QVERIFY(m_doc->data().node(guided));
    checkSceneMatchesModel();
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->data().edge(edge.id));
    checkSceneMatchesModel();
}

void TstCanvasView::copyPaste()
{
    buildSample();
    const Id engagement = nodeNamed(u"Engagement"_s);
    const Id digest = nodeNamed(u"Digest email"_s);
    m_doc->setSelection({engagement, digest});
    QTest::keySequence(m_view.get(), QKeySequence::Copy);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime->hasFormat(QString::fromLatin1(CanvasClipboard::fragmentMimeType)));
    QCOMPARE(mime->text(), u"Engagement\nDigest email"_s);

    const int nodes = m_doc->data().nodes.size();
    const int edges = m_doc->data().edges.size();
    QTest::keySequence(m_view.get(), QKeySequence::Paste);
    QCOMPARE(m_doc->data().nodes.size(), nodes + 2);
    QCOMPARE(m_doc->data().edges.size(), edges + 1);  // the link between the two copies
    QCOMPARE(m_doc->selection().size(), 2);
    QVERIFY(!m_doc->selection().contains(engagement));
    checkSceneMatchesModel();

    // Cut removes and keeps the cards on the clipboard.
    m_doc->setSelection({nodeNamed(u"Guided setup"_s)});
    QTest::keySequence(m_view.get(), QKeySequence::Cut);
    QVERIFY(!nodeNamed(u"Guided setup"_s));
    QCOMPARE(QGuiApplication::clipboard()->text(), u"Guided setup"_s);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->data().nodes.size(), nodes);
    checkSceneMatchesModel();
}

void TstCanvasView::pastePlainText()
{
    buildSample();
    const Id activation = nodeNamed(u"Activation"_s);
    m_doc->setSelection({activation});
    QGuiApplication::clipboard()->setText(u"Onboarding checklist\n\n  Welcome video \n"_s);
    const int steps = m_doc->undoStack()->index();
    m_view->paste();
    QCOMPARE(childNames(activation),
             (QStringList{u"Guided setup"_s, u"Onboarding checklist"_s, u"Welcome video"_s}));
    QCOMPARE(m_doc->undoStack()->index(), steps + 1);  // one step for the whole paste
    m_doc->undoStack()->undo();
    QCOMPARE(childNames(activation), QStringList{u"Guided setup"_s});
}

void TstCanvasView::presentationIsReadOnly()
{
    buildSample();
    const Id activation = nodeNamed(u"Activation"_s);
    const double normalWidth = m_view->canvasScene()->nodeItem(activation)->cardSize().width();
    m_view->setPresentationMode(true);
    QVERIFY(m_view->canvasScene()->nodeItem(activation)->cardSize().width() > normalWidth);
    m_doc->setSelection({activation});
    const int steps = m_doc->undoStack()->count();
    const WorkspaceData before = m_doc->data();

    for (Qt::Key key : {Qt::Key_Tab, Qt::Key_Return, Qt::Key_Insert, Qt::Key_Delete, Qt::Key_F2})
        QTest::keyClick(m_view.get(), key);
    QVERIFY(!editor());
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, cardCentre(activation));
    QVERIFY(!editor());
    const QPoint start = cardCentre(activation);
    sendMouse(QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    sendMouse(QEvent::MouseMove, start + QPoint(80, 40), Qt::NoButton, Qt::LeftButton);
    sendMouse(QEvent::MouseButtonRelease, start + QPoint(80, 40), Qt::LeftButton, Qt::NoButton);
    m_view->paste();
    m_view->cut();
    QCOMPARE(m_doc->undoStack()->count(), steps);
    QCOMPARE(m_doc->data().nodes, before.nodes);

    // Arrows still point at cards while presenting.
    m_doc->setSelection({activation});
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QCOMPARE(m_doc->currentNodeId(), nodeNamed(u"Weekly active teams"_s));

    m_view->setPresentationMode(false);
    QCOMPARE(m_view->canvasScene()->nodeItem(activation)->cardSize().width(), normalWidth);
    checkSceneMatchesModel();
}

void TstCanvasView::zoom()
{
    buildSample();
    m_view->zoomReset();
    QCOMPARE(m_view->zoom(), 1.0);
    m_view->zoomIn();
    QVERIFY(m_view->zoom() > 1.0);
    m_view->zoomOut();
    QVERIFY(qFuzzyCompare(m_view->zoom(), 1.0));
    // Ctrl+wheel zooms, the plain wheel scrolls.
    const QPoint centre = m_view->viewport()->rect().center();
    QWheelEvent ctrlWheel(centre, m_view->viewport()->mapToGlobal(centre), {}, QPoint(0, 240),
                          Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view->viewport(), &ctrlWheel);
    QVERIFY(m_view->zoom() > 1.3);
    const double zoomed = m_view->zoom();
    const int scroll = m_view->verticalScrollBar()->value();
    QWheelEvent wheel(centre, m_view->viewport()->mapToGlobal(centre), {}, QPoint(0, -240),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view->viewport(), &wheel);
    QCOMPARE(m_view->zoom(), zoomed);
    QVERIFY(m_view->verticalScrollBar()->value() > scroll);
    // Fit shows every card and never enlarges past 100 %.
    m_view->fitToView();
    QVERIFY(m_view->zoom() <= 1.0);
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(m_view->canvasScene()->cardsRect()));
}

QHash<Id, QPointF> TstCanvasView::cardPositions() const
{
    QHash<Id, QPointF> positions;
    for (Id id : m_view->canvasScene()->nodeIds())
        positions.insert(id, m_view->canvasScene()->nodeItem(id)->pos());
    return positions;
}

void TstCanvasView::renameKeepsLayout()
{
    // F2, a new name of the same length in lines, Enter: the card shows it, nothing else
    // moves and Graphviz is not asked again; undo and redo neither.
    buildSample();
    CanvasScene *scene = m_view->canvasScene();
    const Id activation = nodeNamed(u"Activation"_s);
    const QHash<Id, QPointF> before = cardPositions();
    QSignalSpy laidOut(scene, &CanvasScene::laidOut);
    QSignalSpy synced(scene, &CanvasScene::synced);
    m_doc->setSelection({activation});
    QTest::keyClick(m_view.get(), Qt::Key_F2);
    typeName(u"Signups"_s);
    QTest::keyClick(editor(), Qt::Key_Return);
    QCOMPARE(m_doc->data().nodeTitle(*m_doc->data().node(activation)), u"Signups"_s);
    QCOMPARE(scene->nodeItem(activation)->content().name, u"Signups"_s);
    QVERIFY(synced.size() > 0);
    QCOMPARE(laidOut.size(), 0);
    QCOMPARE(cardPositions(), before);
    checkSceneMatchesModel();

    m_doc->undoStack()->undo();
    QCOMPARE(scene->nodeItem(activation)->content().name, u"Activation"_s);
    m_doc->undoStack()->redo();
    QCOMPARE(scene->nodeItem(activation)->content().name, u"Signups"_s);
    QCOMPARE(laidOut.size(), 0);
    QCOMPARE(cardPositions(), before);
    checkSceneMatchesModel();
}

void TstCanvasView::renameThatWrapsLaysOut()
{
    // A name on more lines makes the card taller: its row grows and the rows below move.
    buildSample();
    CanvasScene *scene = m_view->canvasScene();
    const Id activation = nodeNamed(u"Activation"_s);
    const double height = scene->nodeItem(activation)->cardSize().height();
    QSignalSpy laidOut(scene, &CanvasScene::laidOut);
    Edit::renameNode(*m_doc, activation, u"Teams that finish the guided setup in their first week"_s);
    QCOMPARE(laidOut.size(), 1);
    QVERIFY(scene->nodeItem(activation)->cardSize().height() > height);
    checkSceneMatchesModel();
    m_doc->undoStack()->undo();
    QCOMPARE(laidOut.size(), 2);
    QCOMPARE(scene->nodeItem(activation)->cardSize().height(), height);
    checkSceneMatchesModel();
}

void TstCanvasView::fieldEditsRepaintOnly_data()
{
    QTest::addColumn<QString>("card");
    QTest::addColumn<QString>("field");
    QTest::newRow("metric definition") << u"Activation"_s << u"definition"_s;
    QTest::newRow("metric dimension") << u"Engagement"_s << u"dimension"_s;
    QTest::newRow("metric unit") << u"Weekly active teams"_s << u"unit"_s;
    QTest::newRow("work status") << u"Digest email"_s << u"status"_s;
    QTest::newRow("work ship date") << u"Share to channel"_s << u"shipDate"_s;
    QTest::newRow("link leverage") << u"Engagement"_s << u"leverage"_s;
}

void TstCanvasView::fieldEditsRepaintOnly()
{
    QFETCH(QString, card);
    QFETCH(QString, field);
    buildSample();
    CanvasScene *scene = m_view->canvasScene();
    const Id id = nodeNamed(card);
    const Node node = *m_doc->data().node(id);
    const QHash<Id, QPointF> before = cardPositions();
    QSignalSpy laidOut(scene, &CanvasScene::laidOut);
    if (field == u"leverage"_s) {
        Edge edge = *m_doc->data().edgeBetween(id, m_doc->data().parentsOf(id).constFirst());
        const QPainterPath unlabelled = scene->edgeItem(edge.id)->shape();
        edge.leverage = 0.4;
        Edit::updateEdge(*m_doc, edge);
        // The connector now carries its leverage label.
        QVERIFY(scene->edgeItem(edge.id)->shape() != unlabelled);
    } else if (node.kind == NodeKind::Work) {
        Node after = node;
        if (field == u"status"_s)
            after.status = WorkStatus::Shipped;
        else
            after.shipDate = QDate(2025, 5, 1);
        Edit::updateNode(*m_doc, after);
        QCOMPARE(scene->nodeItem(id)->content().status, after.status);
    } else {
        Metric metric = *m_doc->data().metric(node.metricId);
        if (field == u"definition"_s)
            metric.definition = u"Teams with a first doc in 7 days"_s;
        else if (field == u"dimension"_s)
            metric.dimension = Dimension::Frequency;
        else
            metric.unit = u"teams"_s;
        Edit::updateMetric(*m_doc, metric);
        QCOMPARE(scene->nodeItem(id)->content().dimension, metric.dimension);
    }
    QCOMPARE(laidOut.size(), 0);
    QCOMPARE(cardPositions(), before);
    checkSceneMatchesModel();
    m_doc->undoStack()->undo();
    QCOMPARE(laidOut.size(), 0);
    QCOMPARE(scene->nodeItem(id)->content().dimension, cardContent(m_doc->data(), node).dimension);
    checkSceneMatchesModel();
}

void TstCanvasView::structureLaysOut()
{
    buildSample();
    CanvasScene *scene = m_view->canvasScene();
    const Id activation = nodeNamed(u"Activation"_s);
    QSignalSpy laidOut(scene, &CanvasScene::laidOut);
    // Tab on an input adds a work item under it: a new card, a new layout.
    m_doc->setSelection({activation});
    QTest::keyClick(m_view.get(), Qt::Key_Tab);
    QCOMPARE(laidOut.size(), 1);
    typeName(u"Template gallery"_s);
    QTest::keyClick(editor(), Qt::Key_Return);
    QTest::keyClick(editor(), Qt::Key_Escape);
    const Id gallery = nodeNamed(u"Template gallery"_s);
    QVERIFY(gallery);
    QVERIFY(scene->nodeItem(gallery));
    checkSceneMatchesModel();

    // Connecting the new work to the other input too re-wires the tree.
    const int layouts = laidOut.size();
    QVERIFY(Edit::connectNodes(*m_doc, gallery, nodeNamed(u"Engagement"_s)));
    QCOMPARE(laidOut.size(), layouts + 1);
    checkSceneMatchesModel();
    m_doc->undoStack()->undo();
    QCOMPARE(laidOut.size(), layouts + 2);
    checkSceneMatchesModel();
    while (m_doc->data().node(gallery))
        m_doc->undoStack()->undo();
    QVERIFY(!scene->nodeItem(gallery));
    checkSceneMatchesModel();
}

void TstCanvasView::moveMovesOnlyThatCard()
{
    buildSample();
    CanvasScene *scene = m_view->canvasScene();
    const Id engagement = nodeNamed(u"Engagement"_s);
    const Edge edge = *m_doc->data().edgeBetween(engagement, nodeNamed(u"Weekly active teams"_s));
    const QRectF edgeBefore = scene->edgeItem(edge.id)->boundingRect();
    QHash<Id, QPointF> expected = cardPositions();
    QSignalSpy laidOut(scene, &CanvasScene::laidOut);
    const QPointF centre = scene->nodeItem(engagement)->centre() + QPointF(150, 60);
    Edit::moveNodes(*m_doc, {{engagement, centre}});
    QCOMPARE(laidOut.size(), 0);
    QCOMPARE(scene->nodeItem(engagement)->centre(), centre);
    expected.insert(engagement, scene->nodeItem(engagement)->pos());
    QCOMPARE(cardPositions(), expected);
    QVERIFY(scene->edgeItem(edge.id)->boundingRect() != edgeBefore);  // the connector follows
    checkSceneMatchesModel();

    // Moving it again, then undoing back to where it was pinned first: still no layout.
    Edit::moveNodes(*m_doc, {{engagement, centre + QPointF(-40, 10)}});
    m_doc->undoStack()->undo();
    QCOMPARE(scene->nodeItem(engagement)->centre(), centre);
    QCOMPARE(laidOut.size(), 0);
    checkSceneMatchesModel();
    // Undoing the first move lets it go: back to its slot, which the layout gives.
    m_doc->undoStack()->undo();
    QCOMPARE(laidOut.size(), 1);
    checkSceneMatchesModel();
}

void TstCanvasView::otherTreeLeavesSceneAlone()
{
    buildSample();
    const Id first = m_doc->currentTreeId();
    const Id second = Edit::addEmptyTree(*m_doc, u"Second"_s);
    QCOMPARE(m_doc->currentTreeId(), second);
    const Id otherStar = m_doc->data().northStarOf(second)->id;
    const Id otherWork = Edit::addChild(*m_doc, Edit::addChild(*m_doc, otherStar));
    m_doc->setCurrentTree(first);
    CanvasScene *scene = m_view->canvasScene();
    QSignalSpy synced(scene, &CanvasScene::synced);
    QSignalSpy laidOut(scene, &CanvasScene::laidOut);

    Node work = *m_doc->data().node(otherWork);
    work.title = u"Elsewhere"_s;
    work.status = WorkStatus::Shipped;
    Edit::updateNode(*m_doc, work);
    Metric star = *m_doc->data().metric(m_doc->data().node(otherStar)->metricId);
    star.name = u"Another North Star"_s;
    Edit::updateMetric(*m_doc, star);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->currentTreeId(), first);
    QCOMPARE(synced.size(), 0);
    QCOMPARE(laidOut.size(), 0);
    checkSceneMatchesModel();
}

void TstCanvasView::menuTextsNameKeysInTheLanguage()
{
    // Menus name the canvas keys as Qt writes them, translated with Qt's own catalogue.
    QCOMPARE(CanvasView::menuText(u"&Delete"_s, QKeySequence::Delete), u"&Delete\tDel"_s);
    QCOMPARE(CanvasView::menuText(u"Add Sub-&input"_s, Qt::Key_Insert), u"Add Sub-&input\tIns"_s);
    QTranslator qt;
    if (!qt.load(QLocale(QLocale::German), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QSKIP("Qt's German catalogue (qtbase_de.qm) is not installed");
    QCoreApplication::installTranslator(&qt);
    const QString del = CanvasView::menuText(u"&Löschen"_s, QKeySequence::Delete);
    const QString ins = CanvasView::menuText(u"Unter-&Input hinzufügen"_s, Qt::Key_Insert);
    QCoreApplication::removeTranslator(&qt);
    QCOMPARE(del, u"&Löschen\tEntf"_s);
    QCOMPARE(ins, u"Unter-&Input hinzufügen\tEinfg"_s);
}

QTEST_MAIN(TstCanvasView)
#include "tst_canvasview.moc"
