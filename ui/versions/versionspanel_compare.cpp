// VersionsPanel: comparing two states of the tree, the marks on the canvas and the changes
// in words.

#include "versions/versionspanel.h"

#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/diffmarkpainter.h"
#include "canvas/ghostitem.h"
#include "canvas/nodeitem.h"
#include "model/document.h"
#include "model/treeversion.h"
#include "versions/changemarks.h"
#include "versions/versionview.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QScopedValueRollback>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

constexpr int changeIndexRole = Qt::UserRole;

// One side of a comparison: a version's tree in a workspace of its own, or the tree now.
struct Side final
{
    WorkspaceData data;
    Id treeId = 0;
};

Result<Side> sideOf(const Document &doc, Id versionId)
{
    if (versionId == 0)
        return Side{doc.data(), doc.currentTreeId()};
    const auto it = doc.data().versions.constFind(versionId);
    if (it == doc.data().versions.cend())
        return fail(VersionsPanel::tr("There is no such version."));
    auto content = TreeVersions::content(*it);
    if (!content)
        return fail(content.error());
    const Id treeId = TreeVersions::treeOf(*content);
    return Side{std::move(*content), treeId};
}

// A round dot in the change's colour, the list's legend for the canvas's outlines.
QIcon dotIcon(const QColor &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(QRectF(2, 2, 10, 10));
    return QIcon(pixmap);
}

} // namespace

QString VersionsPanel::sideName(Id versionId) const
{
    if (versionId == 0)
        return tr("Now");
    return u"\u201C"_s + m_doc->data().versions.value(versionId).name + u"\u201D"_s;
}

QString VersionsPanel::comparisonTitle() const
{
    return m_comparing ? tr("Comparing %1 → %2").arg(sideName(m_from), sideName(m_to)) : QString();
}

CanvasView *VersionsPanel::shownCanvas() const
{
    return m_to == 0 ? m_canvas : m_versionView->canvas();
}

void VersionsPanel::compare(Id from, Id to)
{
    if (from == to)
        return;
    for (Id id : {from, to}) {
        if (id != 0 && !m_doc->data().versions.contains(id))
            return;
    }
    // The other canvas loses its marks: only the one shown carries them.
    const bool wasShowingVersion = m_comparing && m_to != 0;
    m_comparing = true;
    m_from = from;
    m_to = to;
    if (wasShowingVersion && to == 0) {
        const QScopedValueRollback guard(m_ending, true);
        m_versionView->canvas()->canvasScene()->clearDiffMarks();
    } else if (to != 0) {
        const QScopedValueRollback guard(m_ending, true);
        m_canvas->canvasScene()->clearDiffMarks();
    }
    m_shownVersion = 0;
    refreshComparison();
    m_compareBox->show();
    updateActions();
}

void VersionsPanel::refreshComparison()
{
    if (!m_comparing)
        return;
    const auto a = sideOf(*m_doc, m_from);
    const auto b = sideOf(*m_doc, m_to);
    if (!a || !b) {
        const QString error = !a ? a.error() : b.error();
        stopComparing();
        emit message(error);
        return;
    }
    m_diff = diffTrees(a->data, a->treeId, b->data, b->treeId);
    if (m_to != 0 && m_shownVersion != m_to) {
        m_shownVersion = m_to;
        m_versionView->showVersion(
            b->data, b->treeId,
            tr("Saved version %1, read-only: compared with %2. Escape or Stop Comparing goes back to the tree.")
                .arg(sideName(m_to), m_from == 0 ? tr("now") : sideName(m_from)));
    }
    CanvasScene *scene = shownCanvas()->canvasScene();
    {
        const QScopedValueRollback guard(m_ending, true);
        scene->setDiffMarks(changeMarks(m_diff, a->data, a->treeId, b->data, b->treeId, scene->style()));
    }
    showChanges();
    emit viewRequested(m_to == 0 ? static_cast<QWidget *>(m_canvas) : m_versionView);
}

void VersionsPanel::showChanges()
{
    m_compareTitle->setText(comparisonTitle());
    const int count = int(m_diff.changes.size());
    m_compareSummary->setText(count == 0 ? tr("No changes: both are the same tree.")
                                         : tr("%n change(s). Enter on one selects and centres it on the canvas.",
                                              nullptr, count));
    const int row = m_changes->currentRow();
    m_changes->clear();
    for (int i = 0; i < count; ++i) {
        const TreeChange &c = m_diff.changes.at(i);
        const QColor colour = c.kind == TreeChange::Kind::Removed ? removedColor() : diffColor(markOf(c.kind));
        auto *item = new QListWidgetItem(dotIcon(colour), c.text, m_changes);
        item->setData(changeIndexRole, i);
        item->setToolTip(c.text);
    }
    if (count > 0)
        m_changes->setCurrentRow(std::clamp(row, 0, count - 1));
}

void VersionsPanel::activateChange(QListWidgetItem *item)
{
    const int index = item ? item->data(changeIndexRole).toInt() : -1;
    if (index < 0 || index >= m_diff.changes.size())
        return;
    const TreeChange &change = m_diff.changes.at(index);
    CanvasView *view = shownCanvas();
    CanvasScene *scene = view->canvasScene();
    if (change.nodeB != 0) {
        if (const NodeItem *card = scene->nodeItem(change.nodeB)) {
            scene->document()->setSelection({change.nodeB});
            view->centerOn(card->cardSceneRect().center());
        }
    } else if (const GhostItem *ghost = scene->ghostItem(change.nodeA)) {
        scene->document()->setSelection({});
        view->centerOn(ghost->cardSceneRect().center());
    }
}

void VersionsPanel::followSelection(Document *shown)
{
    if (!m_comparing || shown != shownCanvas()->canvasScene()->document())
        return;
    const Id id = shown->currentNodeId();
    const auto isOf = [&](int row) {
        const int index = row >= 0 ? m_changes->item(row)->data(changeIndexRole).toInt() : -1;
        return index >= 0 && index < m_diff.changes.size() && m_diff.changes.at(index).nodeB == id;
    };
    if (id == 0 || isOf(m_changes->currentRow()))
        return;
    for (int row = 0; row < m_changes->count(); ++row) {
        if (isOf(row)) {
            m_changes->setCurrentRow(row);
            m_changes->scrollToItem(m_changes->item(row));
            return;
        }
    }
}

void VersionsPanel::onMarksChanged(CanvasScene *scene)
{
    // Escape on the canvas clears its marks: that ends the comparison here too.
    if (m_ending || !m_comparing || scene->isShowingDiff() || scene != shownCanvas()->canvasScene())
        return;
    stopComparing();
}

void VersionsPanel::stopComparing()
{
    if (!m_comparing)
        return;
    const bool versionShown = m_to != 0;
    QWidget *focus = QApplication::focusWidget();
    const bool focusInVersion = focus && (focus == m_versionView || m_versionView->isAncestorOf(focus));
    const bool focusInComparison = focus && m_compareBox->isAncestorOf(focus);
    {
        const QScopedValueRollback guard(m_ending, true);
        m_canvas->canvasScene()->clearDiffMarks();
        m_versionView->canvas()->canvasScene()->clearDiffMarks();
    }
    m_comparing = false;
    m_from = m_to = m_shownVersion = 0;
    m_diff = {};
    m_changes->clear();
    m_compareBox->hide();
    updateActions();
    if (versionShown)
        emit viewRequested(m_canvas);
    // The keyboard stays where it was: in the panel on its list, else on the tree.
    if (focusInComparison)
        m_list->setFocus();
    else if (focusInVersion)
        m_canvas->setFocus();
}

} // namespace NorthStar
