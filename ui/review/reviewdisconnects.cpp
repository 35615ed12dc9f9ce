#include "review/reviewdisconnects.h"

#include "review/reviewformat.h"
#include "review/reviewtext.h"

#include <QKeyEvent>

using namespace Qt::StringLiterals;

namespace NorthStar {

ReviewDisconnects::ReviewDisconnects(QWidget *parent) : QListWidget(parent)
{
    setObjectName(u"reviewDisconnects"_s);
    setAccessibleName(tr("To act on"));
    setWordWrap(true);
    setFrameShape(QFrame::NoFrame);
    setSpacing(3);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setToolTip(tr("Enter or double-click: show it on the canvas, with its chart"));
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const Id nodeId = item->data(NodeRole).toLongLong(); nodeId != 0)
            emit activated(nodeId);
    });
}

void ReviewDisconnects::setReview(const Review &review, Id fallbackNodeId)
{
    clear();
    for (const Disconnect &d : review.disconnects) {
        auto *item = new QListWidgetItem(u"•  "_s + disconnectText(d, review.grain), this);
        item->setData(NodeRole, qlonglong(d.nodeId != 0 ? d.nodeId : fallbackNodeId));
        const bool serious = d.kind == DisconnectKind::GuardrailBreached;
        item->setForeground(ReviewFormat::color(serious ? ReviewFormat::Tone::Bad : ReviewFormat::Tone::Neutral));
    }
    if (review.disconnects.empty()) {
        auto *item = new QListWidgetItem(tr("Nothing: the work and the numbers agree."), this);
        item->setFlags(Qt::ItemIsEnabled);
    }
    if (count() > 0)
        setCurrentRow(0, QItemSelectionModel::NoUpdate);
    fitHeight();
}

void ReviewDisconnects::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentItem()) {
        emit itemActivated(currentItem());
        return;
    }
    QListWidget::keyPressEvent(event);
}

void ReviewDisconnects::resizeEvent(QResizeEvent *event)
{
    QListWidget::resizeEvent(event);
    fitHeight(); // wrapped lines take more or less room
}

void ReviewDisconnects::fitHeight()
{
    int height = 2 * frameWidth() + 4;
    for (int row = 0; row < count(); ++row)
        height += sizeHintForRow(row) + 2 * spacing();
    setFixedHeight(std::max(height, 32));
}

} // namespace NorthStar
