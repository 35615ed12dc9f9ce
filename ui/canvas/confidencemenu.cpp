#include "canvas/confidencemenu.h"

#include "model/document.h"
#include "model/edits.h"
#include "model/workspacedata.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>

#include <functional>

namespace NorthStar {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::CanvasView)
};

void addChoices(QMenu &sub, Confidence current, const std::function<void(Confidence)> &set)
{
    auto *group = new QActionGroup(&sub);
    const std::pair<Confidence, QString> choices[] = {
        {Confidence::Unset, Text::tr("&Not Rated")},
        {Confidence::High, Text::tr("&High")},
        {Confidence::Medium, Text::tr("&Medium")},
        {Confidence::Low, Text::tr("&Low (a hypothesis to confirm)")},
    };
    for (const auto &[confidence, text] : choices) {
        QAction *action = sub.addAction(text);
        action->setCheckable(true);
        action->setChecked(confidence == current);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, &sub, [set, confidence = confidence] { set(confidence); });
    }
}

} // namespace

void addWorkConfidenceChoices(QMenu &menu, Document &doc, Id workId)
{
    const Node *node = doc.data().node(workId);
    if (!node || node->kind != NodeKind::Work)
        return;
    addChoices(menu, node->confidence, [&doc, workId](Confidence confidence) {
        const Node *n = doc.data().node(workId);
        if (!n || n->confidence == confidence)
            return;
        Node after = *n;
        after.confidence = confidence;
        Edit::updateNode(doc, after);
    });
}

void addLinkConfidenceChoices(QMenu &menu, Document &doc, Id edgeId)
{
    const Edge *edge = doc.data().edge(edgeId);
    if (!edge)
        return;
    addChoices(menu, edge->confidence, [&doc, edgeId](Confidence confidence) {
        const Edge *e = doc.data().edge(edgeId);
        if (!e || e->confidence == confidence)
            return;
        Edge after = *e;
        after.confidence = confidence;
        Edit::updateEdge(doc, after);
    });
}

void addWorkConfidenceMenu(QMenu &menu, Document &doc, Id workId)
{
    if (doc.data().node(workId))
        addWorkConfidenceChoices(*menu.addMenu(Text::tr("Con&fidence")), doc, workId);
}

void addLinkConfidenceMenu(QMenu &menu, Document &doc, Id edgeId)
{
    if (doc.data().edge(edgeId))
        addLinkConfidenceChoices(*menu.addMenu(Text::tr("Link Con&fidence")), doc, edgeId);
}

} // namespace NorthStar
