#include "workshop/parkinglotpanel.h"

#include "model/document.h"
#include "model/edits.h"
#include "model/workspacedata.h"
#include "workshop/parkedideas.h"
#include "workshop/workshopsession.h"

#include <QAction>
#include <QApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

constexpr int ideaIdRole = Qt::UserRole;

// The list drags open ideas out as parked-idea data, which only the canvas takes.
class IdeaList final : public QListWidget
{
public:
    using QListWidget::QListWidget;

protected:
    QStringList mimeTypes() const override { return {ParkedIdeas::mimeType()}; }
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        return items.isEmpty() ? nullptr : ParkedIdeas::mimeData(items.constFirst()->data(ideaIdRole).toLongLong());
    }
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }
};

const ParkedIdea *ideaOf(const Document &doc, Id id)
{
    const auto it = doc.data().parkedIdeas.constFind(id);
    return it != doc.data().parkedIdeas.cend() ? &*it : nullptr;
}

} // namespace

ParkingLotPanel::ParkingLotPanel(Document *document, WorkshopSession *session, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_session(session)
    , m_capture(new QLineEdit(this))
    , m_list(new IdeaList(this))
    , m_empty(new QLabel(this))
    , m_message(new QLabel(this))
    , m_placeInput(new QPushButton(tr("Place as Input"), this))
    , m_placeWork(new QPushButton(tr("Place as Work Item"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
    , m_reopen(new QPushButton(tr("Reopen"), this))
{
    setObjectName(u"parkingLotPanel"_s);
    m_capture->setObjectName(u"parkIdeaEdit"_s);
    m_capture->setPlaceholderText(tr("Park an idea…"));
    m_capture->setClearButtonEnabled(true);
    m_capture->setToolTip(tr("Enter parks the idea; Esc goes back to where you were (Ctrl+Shift+P comes here "
                             "from anywhere)"));
    m_capture->installEventFilter(this);
    m_list->setObjectName(u"parkedIdeas"_s);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setDefaultDropAction(Qt::CopyAction);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->setWordWrap(true);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->setToolTip(tr("Drag an idea onto the canvas: on an input it becomes a work item under it, on the "
                          "North Star an input, anywhere else a work item of its own."));
    m_empty->setObjectName(u"parkingLotEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(tr("No parked ideas. Ctrl+Shift+P from anywhere captures one without leaving what you are "
                        "doing."));
    m_message->setObjectName(u"parkingLotMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_placeInput->setObjectName(u"placeAsInput"_s);
    m_placeWork->setObjectName(u"placeAsWork"_s);
    m_dismiss->setObjectName(u"dismissIdea"_s);
    m_reopen->setObjectName(u"reopenIdea"_s);
    m_placeInput->setToolTip(tr("Make the idea an input under the card selected on the canvas"));
    m_placeWork->setToolTip(tr("Make the idea a work item under the card selected on the canvas"));

    // The list's actions: its context menu (the Menu key) and keys while it has the focus.
    auto listAction = [this](const QString &text, const QKeySequence &key = {}) {
        auto *action = new QAction(text, m_list);
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetShortcut);
        }
        m_list->addAction(action);
        return action;
    };
    m_placeInputAction = listAction(tr("Place as &Input"));
    m_placeWorkAction = listAction(tr("Place as &Work Item"));
    m_dismissAction = listAction(tr("&Dismiss"), QKeySequence::Delete);
    m_reopenAction = listAction(tr("Re&open"));
    m_editAction = listAction(tr("&Edit Text"), Qt::Key_F2);
    m_removeAction = listAction(tr("&Remove from the Parking Lot"), QKeySequence(u"Shift+Del"_s));
    connect(m_placeInputAction, &QAction::triggered, this, [this] { placeCurrent(NodeKind::Input); });
    connect(m_placeWorkAction, &QAction::triggered, this, [this] { placeCurrent(NodeKind::Work); });
    connect(m_dismissAction, &QAction::triggered, this, &ParkingLotPanel::dismissCurrent);
    connect(m_reopenAction, &QAction::triggered, this, &ParkingLotPanel::reopenCurrent);
    connect(m_editAction, &QAction::triggered, this, &ParkingLotPanel::editCurrent);
    connect(m_removeAction, &QAction::triggered, this, &ParkingLotPanel::removeCurrent);
    connect(m_placeInput, &QPushButton::clicked, m_placeInputAction, &QAction::trigger);
    connect(m_placeWork, &QPushButton::clicked, m_placeWorkAction, &QAction::trigger);
    connect(m_dismiss, &QPushButton::clicked, m_dismissAction, &QAction::trigger);
    connect(m_reopen, &QPushButton::clicked, m_reopenAction, &QAction::trigger);

    // Two rows, so the panel stays as narrow as the 260 px beside the canvas it opens with:
    // four buttons in one row would widen the window past a laptop's screen.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_placeInput, 0, 0);
    buttons->addWidget(m_placeWork, 0, 1);
    buttons->addWidget(m_dismiss, 1, 0);
    buttons->addWidget(m_reopen, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_capture);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_capture, &QLineEdit::returnPressed, this, &ParkingLotPanel::parkTyped);
    connect(m_list, &QListWidget::currentItemChanged, this, &ParkingLotPanel::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, &ParkingLotPanel::commitEdit);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
        // Escape goes back to where the focus came from, when it came from outside the panel.
        if (now == m_capture && old && !isAncestorOf(old))
            m_returnFocus = old;
    });
    connect(document->model(), &WorkspaceModel::changed, this, [this](const ChangeSet &change) {
        // A placed idea's card deleted or brought back changes what the idea says.
        const bool cards = std::any_of(change.nodes.cbegin(), change.nodes.cend(),
                                       [](const EntityChange<Node> &c) { return !c.before || !c.after; });
        if (!change.parkedIdeas.isEmpty() || !change.trees.isEmpty() || cards)
            refresh();
    });
    connect(document->model(), &WorkspaceModel::wasReset, this, &ParkingLotPanel::refresh);
    connect(document, &Document::currentTreeChanged, this, &ParkingLotPanel::refresh);
    // The buttons place under the canvas's selection.
    connect(document, &Document::selectionChanged, this, &ParkingLotPanel::updateButtons);
    refresh();
}

QString ParkingLotPanel::message() const
{
    return m_message->text();
}

Id ParkingLotPanel::currentIdeaId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(ideaIdRole).toLongLong() : 0;
}

void ParkingLotPanel::setCurrentIdea(Id ideaId)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(ideaIdRole).toLongLong() == ideaId)
            m_list->setCurrentRow(i);
    }
}

void ParkingLotPanel::focusCapture()
{
    m_capture->setFocus(Qt::ShortcutFocusReason);
    m_capture->selectAll();
}

void ParkingLotPanel::parkTyped()
{
    const QString text = m_capture->text().trimmed();
    if (text.isEmpty()) {
        showMessage(tr("Type the idea first, then press Enter."), true);
        return;
    }
    if (!m_document->data().tree(m_document->currentTreeId())) {
        showMessage(tr("Open a tree first: ideas are parked with the tree they are about."), true);
        return;
    }
    const Id id = Edit::parkIdea(*m_document, m_document->currentTreeId(), text, m_session->now());
    if (id == 0)
        return;
    m_capture->clear();
    setCurrentIdea(id);
    // Focus stays here for the next idea; Escape goes back.
    showMessage(tr("Parked “%1”.").arg(text));
}

void ParkingLotPanel::placeCurrent(NodeKind kind)
{
    const Id ideaId = currentIdeaId();
    if (ideaId == 0) {
        showMessage(tr("Select an idea in the list first."), true);
        return;
    }
    const auto placement = ParkedIdeas::placementUnder(m_document->data(), kind, m_document->currentNodeId());
    if (!placement) {
        showMessage(placement.error(), true);
        return;
    }
    const auto placed = ParkedIdeas::place(*m_document, ideaId, *placement);
    if (!placed) {
        showMessage(placed.error(), true);
        return;
    }
    const Node *node = m_document->data().node(*placed);
    showMessage(tr("Placed “%1” on the tree.").arg(node ? m_document->data().nodeTitle(*node) : QString()));
}

void ParkingLotPanel::dismissCurrent()
{
    const ParkedIdea *idea = ideaOf(*m_document, currentIdeaId());
    if (!idea || idea->state != ParkedState::Open)
        return;
    ParkedIdea after = *idea;
    after.state = ParkedState::Dismissed;
    const QString text = idea->text;
    Edit::updateParkedIdea(*m_document, after);
    showMessage(tr("Dismissed “%1”; it stays listed for the minutes.").arg(text));
}

void ParkingLotPanel::reopenCurrent()
{
    const ParkedIdea *idea = ideaOf(*m_document, currentIdeaId());
    if (!idea || idea->state == ParkedState::Open)
        return;
    if (idea->state == ParkedState::Placed && m_document->data().node(idea->nodeId)) {
        showMessage(tr("“%1” is on the tree: delete its card (or undo) to take it back.").arg(idea->text), true);
        return;
    }
    ParkedIdea after = *idea;
    after.state = ParkedState::Open;
    after.nodeId = 0;
    Edit::updateParkedIdea(*m_document, after);
}

void ParkingLotPanel::editCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (item && (item->flags() & Qt::ItemIsEditable))
        m_list->editItem(item);
}

void ParkingLotPanel::removeCurrent()
{
    if (const ParkedIdea *idea = ideaOf(*m_document, currentIdeaId()))
        Edit::removeParkedIdea(*m_document, idea->id);
}

void ParkingLotPanel::commitEdit(QListWidgetItem *item)
{
    if (m_refreshing)
        return;
    const ParkedIdea *idea = ideaOf(*m_document, item->data(ideaIdRole).toLongLong());
    if (!idea)
        return;
    const QString text = item->text().trimmed();
    if (text.isEmpty()) {
        showMessage(tr("An idea needs words: the text stays “%1”.").arg(idea->text), true);
        refresh();
        return;
    }
    if (text == idea->text)
        return;
    // After the editor has closed: the edit comes from inside the list's commit, and a window
    // closing with the editor open commits too, while the window is taken apart.
    QMetaObject::invokeMethod(this, [this, id = idea->id, text] {
        const ParkedIdea *now = ideaOf(*m_document, id);
        if (!now || now->text == text)
            return;
        ParkedIdea after = *now;
        after.text = text;
        Edit::updateParkedIdea(*m_document, after);
    }, Qt::QueuedConnection);
}

bool ParkingLotPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_capture && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        returnFocus();
        return true;
    }
    if (watched == m_capture && event->type() == QEvent::ShortcutOverride
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept(); // not the window's Escape (leaving presentation mode)
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ParkingLotPanel::returnFocus()
{
    QWidget *target = m_returnFocus ? m_returnFocus.data() : m_fallbackFocus.data();
    if (target && target->isVisible())
        target->setFocus(Qt::OtherFocusReason);
    m_returnFocus.clear();
}

void ParkingLotPanel::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? u"color: #b42318;"_s : QString());
}

void ParkingLotPanel::refresh()
{
    const QScopedValueRollback guard(m_refreshing, true);
    const Id current = currentIdeaId();
    const WorkspaceData &workspace = m_document->data();
    QList<ParkedIdea> ideas = workspace.parkedIdeasOfTree(m_document->currentTreeId());
    // Open ideas first, each group in the order the room raised them.
    std::stable_partition(ideas.begin(), ideas.end(), [](const ParkedIdea &p) { return p.state == ParkedState::Open; });
    // The same ideas in the same order are updated in place: an edit committed from the list
    // itself must not delete the item it comes from.
    bool same = m_list->count() == ideas.size();
    for (int i = 0; same && i < ideas.size(); ++i)
        same = m_list->item(i)->data(ideaIdRole).toLongLong() == ideas.at(i).id;
    if (!same) {
        m_list->clear();
        for (qsizetype i = 0; i < ideas.size(); ++i)
            new QListWidgetItem(m_list);
    }
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    for (int i = 0; i < ideas.size(); ++i) {
        const ParkedIdea &p = ideas.at(i);
        QListWidgetItem *item = m_list->item(i);
        item->setData(ideaIdRole, p.id);
        item->setToolTip(p.raised.isValid()
                             ? tr("Raised %1").arg(QLocale().toString(p.raised.toLocalTime(), QLocale::ShortFormat))
                             : QString());
        item->setData(Qt::AccessibleDescriptionRole, displayName(p.state));
        if (p.state == ParkedState::Open) {
            item->setText(p.text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsDragEnabled);
            item->setData(Qt::ForegroundRole, QVariant());
        } else {
            QString state = displayName(p.state);
            if (const Node *node = p.state == ParkedState::Placed ? workspace.node(p.nodeId) : nullptr)
                state = node->kind == NodeKind::Input ? tr("Placed as an input") : tr("Placed as a work item");
            item->setText(tr("%1 — %2").arg(p.text, state));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setForeground(grey);
        }
    }
    const bool hasTree = workspace.tree(m_document->currentTreeId()) != nullptr;
    m_capture->setEnabled(hasTree);
    m_empty->setVisible(hasTree && ideas.isEmpty());
    m_list->setVisible(!ideas.isEmpty());
    setCurrentIdea(current);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void ParkingLotPanel::updateButtons()
{
    const ParkedIdea *idea = ideaOf(*m_document, currentIdeaId());
    const bool open = idea && idea->state == ParkedState::Open;
    const bool reopenable = idea && idea->state != ParkedState::Open
                            && !(idea->state == ParkedState::Placed && m_document->data().node(idea->nodeId));
    for (QAction *a : {m_placeInputAction, m_placeWorkAction, m_dismissAction, m_editAction})
        a->setEnabled(open);
    m_reopenAction->setEnabled(reopenable);
    m_removeAction->setEnabled(idea != nullptr);
    m_placeInput->setEnabled(open);
    m_placeWork->setEnabled(open);
    m_dismiss->setEnabled(open);
    m_reopen->setEnabled(reopenable);
    // Say where "Place" puts the idea: under the canvas's selected card.
    const Node *selected = m_document->data().node(m_document->currentNodeId());
    const QString under = selected ? tr("under “%1”").arg(m_document->data().nodeTitle(*selected))
                                   : tr("as a card of its own (nothing is selected on the canvas)");
    m_placeInput->setToolTip(tr("Make the idea an input %1").arg(under));
    m_placeWork->setToolTip(tr("Make the idea a work item %1").arg(under));
}

} // namespace NorthStar
