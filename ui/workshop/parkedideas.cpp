#include "workshop/parkedideas.h"

#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/nodeitem.h"
#include "model/document.h"
#include "model/edits.h"
#include "model/workspacedata.h"

#include <QCoreApplication>
#include <QDropEvent>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace ParkedIdeas {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::ParkedIdeas)
};

// The input a work item serves first, 0 when it serves none.
Id firstInputOf(const WorkspaceData &data, Id workId)
{
    for (Id parent : data.parentsOf(workId)) {
        const Node *n = data.node(parent);
        if (n && n->kind == NodeKind::Input)
            return parent;
    }
    return 0;
}

} // namespace

QString mimeType()
{
    return u"application/x-northstar-parked-idea"_s;
}

QMimeData *mimeData(Id ideaId)
{
    auto *mime = new QMimeData;
    mime->setData(mimeType(), QByteArray::number(ideaId));
    return mime;
}

Id ideaId(const QMimeData *mime)
{
    return mime && mime->hasFormat(mimeType()) ? mime->data(mimeType()).toLongLong() : 0;
}

Placement dropPlacement(const WorkspaceData &data, const Node *onCard, QPointF scenePos)
{
    if (onCard) {
        switch (onCard->kind) {
        case NodeKind::NorthStar: return {NodeKind::Input, onCard->id, std::nullopt};
        case NodeKind::Input: return {NodeKind::Work, onCard->id, std::nullopt};
        case NodeKind::Work:
            if (const Id input = firstInputOf(data, onCard->id))
                return {NodeKind::Work, input, std::nullopt};
            break;
        }
    }
    return {NodeKind::Work, 0, scenePos};
}

QString dropText(const WorkspaceData &data, const Placement &placement)
{
    const Node *parent = data.node(placement.parentId);
    if (!parent)
        return Text::tr("Drop here: a work item of its own");
    const QString name = data.nodeTitle(*parent);
    return placement.kind == NodeKind::Input ? Text::tr("Drop here: an input of “%1”").arg(name)
                                             : Text::tr("Drop here: a work item under “%1”").arg(name);
}

Result<Placement> placementUnder(const WorkspaceData &data, NodeKind kind, Id selectedId)
{
    const Node *selected = data.node(selectedId);
    if (!selected)
        return Placement{kind, 0, std::nullopt};
    if (kind == NodeKind::Input) {
        if (selected->kind == NodeKind::Work)
            return Error{Text::tr("An input drives the North Star or another input, not a work item: select one of "
                                  "those on the canvas (or nothing, for an input of its own).")};
        return Placement{kind, selected->id, std::nullopt};
    }
    switch (selected->kind) {
    case NodeKind::NorthStar:
        return Error{Text::tr("Work serves an input, not the North Star itself: select an input on the canvas "
                              "(or nothing, for a work item of its own).")};
    case NodeKind::Input: return Placement{kind, selected->id, std::nullopt};
    case NodeKind::Work: return Placement{kind, firstInputOf(data, selected->id), std::nullopt};
    }
    return Placement{kind, 0, std::nullopt};
}

Result<Id> place(Document &doc, Id ideaId, const Placement &placement)
{
    const auto it = doc.data().parkedIdeas.constFind(ideaId);
    if (it == doc.data().parkedIdeas.cend())
        return Error{Text::tr("That idea is no longer in the parking lot.")};
    if (it->state == ParkedState::Placed)
        return Error{Text::tr("“%1” is on the tree already.").arg(it->text)};
    if (it->treeId != doc.currentTreeId())
        return Error{Text::tr("“%1” belongs to another tree's parking lot.").arg(it->text)};
    if (it->state == ParkedState::Dismissed)
        return Error{Text::tr("“%1” was dismissed: reopen it first.").arg(it->text)};
    const Id nodeId = Edit::placeParkedIdea(doc, ideaId, placement.kind, placement.parentId, placement.position);
    if (nodeId == 0)
        return Error{Text::tr("“%1” cannot go there.").arg(it->text)};
    return nodeId;
}

} // namespace ParkedIdeas

ParkedIdeaDrop::ParkedIdeaDrop(Document *document, CanvasView *canvas, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_canvas(canvas)
{
    canvas->viewport()->installEventFilter(this);
    canvas->viewport()->setAcceptDrops(true);
}

bool ParkedIdeaDrop::eventFilter(QObject *watched, QEvent *event)
{
    // Only drags: other events also come while the canvas is being destroyed.
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop: break;
    case QEvent::DragLeave:
        if (watched == m_canvas->viewport() && !m_lastHint.isEmpty()) {
            m_lastHint.clear();
            emit message({});
        }
        return false;
    default: return false;
    }
    if (watched != m_canvas->viewport())
        return false;
    auto *drop = static_cast<QDropEvent *>(event);
    const Id ideaId = ParkedIdeas::ideaId(drop->mimeData());
    if (ideaId == 0 || m_canvas->isPresentationMode())
        return false;
    const WorkspaceData &data = m_document->data();
    const QPointF scenePos = m_canvas->mapToScene(drop->position().toPoint());
    const NodeItem *card = m_canvas->canvasScene()->nodeAt(scenePos);
    const ParkedIdeas::Placement placement =
        ParkedIdeas::dropPlacement(data, card ? data.node(card->nodeId()) : nullptr, scenePos);
    drop->setDropAction(Qt::CopyAction); // the idea stays listed, marked placed
    drop->accept();
    if (event->type() != QEvent::Drop) {
        const QString hint = ParkedIdeas::dropText(data, placement);
        if (hint != m_lastHint) {
            m_lastHint = hint;
            emit message(hint);
        }
        return true;
    }
    m_lastHint.clear();
    const auto placed = ParkedIdeas::place(*m_document, ideaId, placement);
    if (!placed) {
        emit message(placed.error());
        return true;
    }
    const Node *node = m_document->data().node(*placed);
    emit message(node ? tr("Placed “%1” on the tree.").arg(m_document->data().nodeTitle(*node)) : QString());
    m_canvas->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace NorthStar
