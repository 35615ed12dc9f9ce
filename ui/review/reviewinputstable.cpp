#include "review/reviewinputstable.h"

#include "review/reviewformat.h"
#include "review/reviewsparkline.h"
#include "review/reviewtext.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QStandardItemModel>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

constexpr int NodeRole = Qt::UserRole + 1;
constexpr int historyLength = 13; // P and the twelve periods the usual range looks at

SparklineData sparkline(const MetricReview &m)
{
    SparklineData data;
    const std::size_t count = m.history.size();
    for (std::size_t i = count > historyLength ? count - historyLength : 0; i < count; ++i) {
        const ReviewPoint &p = m.history[i];
        data.values.append(p.complete && p.value ? *p.value : std::numeric_limits<double>::quiet_NaN());
    }
    data.usualLow = m.usualLow;
    data.usualHigh = m.usualHigh;
    data.unusual = m.unusual;
    return data;
}

QStandardItem *textItem(const QString &text, ReviewFormat::Tone tone = ReviewFormat::Tone::Neutral)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setToolTip(text);
    if (tone != ReviewFormat::Tone::Neutral)
        item->setForeground(ReviewFormat::color(tone));
    return item;
}

QList<QStandardItem *> rowOf(const MetricReview &m, Grain grain)
{
    const bool guardrail = m.role == ReviewRole::Guardrail;
    QList<QStandardItem *> row;
    row << textItem(guardrail ? ReviewInputsTable::tr("Guardrail: %1").arg(m.name) : m.name);
    if (!m.error.isEmpty()) {
        row << textItem(m.error, ReviewFormat::Tone::Warning) << textItem({}) << textItem({}) << textItem({});
        return row;
    }
    row << textItem(m.value ? metricValueText(m, *m.value) : ReviewInputsTable::tr("no value"));
    QString change = metricChangeText(m);
    if (change.isEmpty())
        change = u"–"_s;
    else if (m.unusual)
        change = ReviewInputsTable::tr("%1, unusual").arg(change);
    row << textItem(change, m.unusual ? ReviewFormat::Tone::Warning : ReviewFormat::Tone::Neutral);
    auto *history = textItem({});
    history->setData(QVariant::fromValue(sparkline(m)), SparklineDelegate::DataRole);
    const QString range = m.usualLow && m.usualHigh ? ReviewInputsTable::tr("usual range %1 to %2")
                                                          .arg(metricValueText(m, *m.usualLow), metricValueText(m, *m.usualHigh))
                                                    : ReviewInputsTable::tr("too little history for a usual range");
    history->setToolTip(range);
    history->setData(grain == Grain::Month ? ReviewInputsTable::tr("last 13 months, %1").arg(range)
                                           : ReviewInputsTable::tr("last 13 weeks, %1").arg(range),
                     Qt::AccessibleTextRole);
    row << history;
    if (guardrail) {
        const QString bound = ReviewFormat::bound(m);
        row << textItem(bound.isEmpty() ? ReviewInputsTable::tr("no bound set") : bound,
                        m.breached ? ReviewFormat::Tone::Bad : ReviewFormat::Tone::Good);
    } else {
        const QString target = targetSentenceText(m);
        row << textItem(target.isEmpty() ? ReviewInputsTable::tr("no target") : target, ReviewFormat::targetTone(m));
    }
    return row;
}

} // namespace

ReviewInputsTable::ReviewInputsTable(QWidget *parent) : QTableView(parent), m_model(new QStandardItemModel(this))
{
    setObjectName(u"reviewInputs"_s);
    setAccessibleName(tr("Inputs and guardrail"));
    m_model->setHorizontalHeaderLabels({tr("Input"), tr("Value"), tr("Change"), tr("History"), tr("Target")});
    setModel(m_model);
    setItemDelegateForColumn(HistoryColumn, new SparklineDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setWordWrap(false);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(40);
    QHeaderView *header = horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ValueColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChangeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HistoryColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    header->resizeSection(HistoryColumn, 200);
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const Id nodeId = m_model->index(index.row(), NameColumn).data(NodeRole).toLongLong();
        if (nodeId != 0)
            emit activated(nodeId);
    });
}

void ReviewInputsTable::setReview(const Review &review)
{
    m_model->removeRows(0, m_model->rowCount());
    for (const MetricReview &m : review.metrics) {
        if (m.role == ReviewRole::NorthStar)
            continue;
        QList<QStandardItem *> row = rowOf(m, review.grain);
        row.constFirst()->setData(qlonglong(m.nodeId), NodeRole);
        m_model->appendRow(row);
    }
    m_model->setHeaderData(ValueColumn, Qt::Horizontal, review.grain == Grain::Month ? tr("This month") : tr("This week"));
    fitHeight();
}

void ReviewInputsTable::keyPressEvent(QKeyEvent *event)
{
    // Enter activates the current row (QAbstractItemView does so only on some platforms).
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        emit QAbstractItemView::activated(currentIndex());
        return;
    }
    QTableView::keyPressEvent(event);
}

void ReviewInputsTable::fitHeight()
{
    // The page scrolls, not the table: every row shows.
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    for (int row = 0; row < m_model->rowCount(); ++row)
        height += rowHeight(row);
    setFixedHeight(height + 2);
}

} // namespace NorthStar
