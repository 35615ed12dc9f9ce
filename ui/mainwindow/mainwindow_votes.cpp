// MainWindow: dot votes, the parking lot and confidence (issue #11 §2). The vote keys on the
// canvas and their tally strip, the parking lot's dock with its window-wide capture key
// (Ctrl+Shift+P), drops of ideas on the canvas, and Tree ▸ Confidence for the selection.

#include "mainwindow/mainwindow.h"
#include "mainwindow/mainwindow_actions.h"

#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/confidencemenu.h"
#include "mainwindow/documentcontroller.h"
#include "model/document.h"
#include "model/workspacedata.h"
#include "panels/candidatespanel.h"
#include "workshop/parkedideas.h"
#include "workshop/parkinglotpanel.h"
#include "workshop/votekeys.h"
#include "workshop/votetallystrip.h"
#include "workshop/workshopsession.h"

#include <QActionGroup>
#include <QDockWidget>
#include <QMenu>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

// The card the vote entries act on: the selected one, when the step votes on its kind.
const Node *votedCard(const WorkshopSession &session)
{
    const Document &doc = *session.document();
    const Node *node = doc.data().node(doc.currentNodeId());
    return node && VoteKeys::votesOn(session.voteSubject(), *node) ? node : nullptr;
}

} // namespace

void MainWindow::addVotingMenuEntries(QMenu *tree)
{
    Actions &a = *m_actions;
    Document *doc = m_controller->document();
    tree->addSeparator();
    a.parkIdea = new QAction(tr("Par&k an Idea…"), this);
    a.parkIdea->setShortcut(QKeySequence(u"Ctrl+Shift+P"_s));
    a.parkIdea->setStatusTip(tr("Capture an idea the room raised in the parking lot, without leaving what you are doing"));
    connect(a.parkIdea, &QAction::triggered, this, &MainWindow::parkIdea);
    tree->addAction(a.parkIdea);

    // The vote keys live on the canvas (CanvasVoteKeys); the entries name them and do the same.
    a.addDot = new QAction(CanvasView::menuText(tr("Add a D&ot"), Qt::Key_Plus), this);
    a.removeDot = new QAction(CanvasView::menuText(tr("Take &Back a Dot"), Qt::Key_Minus), this);
    connect(a.addDot, &QAction::triggered, this, [this] {
        if (const Node *node = votedCard(*m_workshop))
            m_workshop->addDot(node->id);
    });
    connect(a.removeDot, &QAction::triggered, this, [this] {
        if (const Node *node = votedCard(*m_workshop))
            m_workshop->removeDot(node->id);
    });
    tree->addAction(a.addDot);
    tree->addAction(a.removeDot);
    auto updateVoteEntries = [this] {
        const bool canVote = votedCard(*m_workshop) != nullptr;
        m_actions->addDot->setEnabled(canVote);
        m_actions->removeDot->setEnabled(canVote && m_workshop->dotsOn(votedCard(*m_workshop)->id) > 0);
    };
    connect(m_workshop, &WorkshopSession::changed, this, updateVoteEntries);
    connect(doc, &Document::selectionChanged, this, updateVoteEntries);
    updateVoteEntries();

    // Confidence of the selected work item, or of the selected input's link to its parent.
    QMenu *confidence = tree->addMenu(tr("Con&fidence"));
    connect(confidence, &QMenu::aboutToShow, this, [this, confidence, doc] {
        confidence->clear();
        qDeleteAll(confidence->findChildren<QActionGroup *>(Qt::FindDirectChildrenOnly));
        const Node *node = doc->data().node(doc->currentNodeId());
        const QList<Id> edges = m_canvas->canvasScene()->selectedEdgeIds();
        if (node && node->kind == NodeKind::Work) {
            addWorkConfidenceChoices(*confidence, *doc, node->id);
            return;
        }
        Id edgeId = edges.size() == 1 ? edges.constFirst() : 0;
        if (node && node->kind == NodeKind::Input) {
            for (const Edge &e : doc->data().edgesAt(node->id)) {
                if (e.childId == node->id) {
                    edgeId = e.id;
                    break;
                }
            }
        }
        if (edgeId != 0) {
            addLinkConfidenceChoices(*confidence, *doc, edgeId);
            return;
        }
        confidence->addAction(tr("Select a work item, or an input linked to its parent"))->setEnabled(false);
    });
    a.editorOnly.append({a.parkIdea, confidence->menuAction()});
}

void MainWindow::createVotingPanels()
{
    Document *doc = m_controller->document();
    m_candidatesPanel->setWorkshopSession(m_workshop);

    m_parkingLot = new ParkingLotPanel(doc, m_workshop, this);
    m_parkingLot->setFallbackFocus(m_canvas);
    // On the left, beside the canvas the ideas are dragged onto: the right side's panels are
    // tabbed, and the parking lot stays open next to Properties through a whole session.
    QDockWidget *parking = addPanel(m_parkingLot, tr("Parking Lot"), u"parkingLotDock"_s, Qt::LeftDockWidgetArea);
    resizeDocks({parking}, {260}, Qt::Horizontal);
    // Opened on demand (Ctrl+Shift+P, View ▸ Panels), like the candidates.
    m_hiddenDocks.insert(parking);

    // The room's budget over the canvas while it votes, between the tree tabs and the canvas.
    m_voteStrip = new VoteTallyStrip(m_workshop, m_editor);
    if (auto *layout = qobject_cast<QVBoxLayout *>(m_editor->layout()))
        layout->insertWidget(1, m_voteStrip);

    auto *voteKeys = new CanvasVoteKeys(m_workshop, m_canvas, this);
    connect(voteKeys, &CanvasVoteKeys::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 5000);
    });
    auto *drops = new ParkedIdeaDrop(doc, m_canvas, this);
    connect(drops, &ParkedIdeaDrop::message, this, [this](const QString &text) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(text, 6000);
    });
}

void MainWindow::parkIdea()
{
    if (m_stack->currentWidget() != m_editor)
        return;
    auto *dock = findChild<QDockWidget *>(u"parkingLotDock"_s);
    if (!dock)
        return;
    // Also over the review or the presentation: capturing an idea never changes what is shown.
    dock->show();
    dock->raise();
    m_hiddenDocks.remove(dock);
    m_parkingLot->focusCapture();
}

} // namespace NorthStar
