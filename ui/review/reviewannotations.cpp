#include "review/reviewannotations.h"

#include "model/document.h"
#include "model/edits.h"
#include "review/reviewformat.h"
#include "review/reviewnotes.h"
#include "review/reviewtext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

// Dates read as on the rest of the page; the editor stays a date editor.
class DateDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        return value.typeId() == QMetaType::QDate ? reviewDateText(value.toDate())
                                                  : QStyledItemDelegate::displayText(value, locale);
    }
};

} // namespace

ReviewAnnotations::ReviewAnnotations(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_table(new QTableWidget(0, 3, this)), m_date(new QDateEdit(this)),
      m_metric(new QComboBox(this)), m_text(new QLineEdit(this)), m_add(new QPushButton(tr("&Add Annotation"), this)),
      m_delete(new QPushButton(tr("Delete Annotation"), this))
{
    m_table->setObjectName(u"reviewAnnotations"_s);
    m_table->setAccessibleName(tr("Annotations"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("On"), tr("Annotation")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(false);
    m_table->setShowGrid(false);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(32);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MetricColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_table->setToolTip(tr("F2 edits the date or the text; Delete removes the annotation"));
    m_table->installEventFilter(this);
    routeUndoToDocument(m_table);
    m_table->setItemDelegateForColumn(DateColumn, new DateDelegate(m_table));
    connect(m_table, &QTableWidget::cellChanged, this, &ReviewAnnotations::edited);

    m_date->setObjectName(u"newAnnotationDate"_s);
    m_date->setAccessibleName(tr("Date of the new annotation"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_metric->setObjectName(u"newAnnotationMetric"_s);
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_metric->setAccessibleName(tr("What the new annotation is on"));
    m_text->setObjectName(u"newAnnotationText"_s);
    m_text->setAccessibleName(tr("Text of the new annotation"));
    m_text->setPlaceholderText(tr("What happened (a release, an outage, a campaign)"));
    routeUndoToDocument(m_text);
    m_add->setObjectName(u"addAnnotation"_s);
    m_add->setEnabled(false);
    m_delete->setObjectName(u"deleteAnnotation"_s);
    m_delete->setEnabled(false);
    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) { m_add->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_text, &QLineEdit::returnPressed, this, &ReviewAnnotations::add);
    connect(m_add, &QPushButton::clicked, this, &ReviewAnnotations::add);
    connect(m_delete, &QPushButton::clicked, this, &ReviewAnnotations::removeCurrent);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { m_delete->setEnabled(row >= 0); });

    auto *form = new QHBoxLayout;
    form->setSpacing(8);
    form->addWidget(m_date);
    form->addWidget(m_metric);
    form->addWidget(m_text, 1);
    form->addWidget(m_add);
    form->addSpacing(16);
    form->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_empty = ReviewFormat::mutedLabel({}, this);
    layout->addWidget(m_empty);
    layout->addWidget(m_table);
    layout->addLayout(form);

    connect(document->model(), &WorkspaceModel::changed, this, [this](const ChangeSet &change) {
        if (change.annotations.isEmpty() && change.metrics.isEmpty())
            return;
        // An edit committed from a cell is shown again once the cell's editor has closed.
        if (m_committing)
            QTimer::singleShot(0, this, &ReviewAnnotations::showAnnotations);
        else
            showAnnotations();
    });
    connect(document->model(), &WorkspaceModel::wasReset, this, &ReviewAnnotations::showAnnotations);
}

void ReviewAnnotations::setPeriod(QDate from, QDate to, QDate periodStart, const QList<ReviewedMetric> &metrics)
{
    m_from = from;
    m_to = to;
    m_metrics = metrics;
    m_date->setDate(periodStart);
    const Id chosen = m_metric->currentData().toLongLong();
    m_metric->clear();
    m_metric->addItem(tr("The whole workspace"), qlonglong(0));
    for (const ReviewedMetric &m : metrics)
        m_metric->addItem(m.name, qlonglong(m.metricId));
    m_metric->setCurrentIndex(std::max(0, m_metric->findData(qlonglong(chosen))));
    showAnnotations();
}

void ReviewAnnotations::showAnnotations()
{
    const QScopedValueRollback guard(m_updating, true);
    const Id current = m_table->currentRow() >= 0 ? m_table->item(m_table->currentRow(), DateColumn)->data(IdRole).toLongLong() : 0;
    QList<Annotation> shown;
    QList<Id> on{0};
    for (const ReviewedMetric &m : std::as_const(m_metrics))
        on << m.metricId;
    for (const Annotation &a : m_document->data().annotations) {
        if (on.contains(a.metricId) && a.date >= m_from && a.date <= m_to)
            shown << a;
    }
    std::stable_sort(shown.begin(), shown.end(), [](const Annotation &a, const Annotation &b) { return a.date < b.date; });
    m_table->setRowCount(int(shown.size()));
    for (int row = 0; row < shown.size(); ++row) {
        const Annotation &a = shown.at(row);
        auto *date = new QTableWidgetItem;
        date->setData(Qt::EditRole, a.date);
        date->setData(IdRole, qlonglong(a.id));
        const Metric *metric = m_document->data().metric(a.metricId);
        auto *where = new QTableWidgetItem(metric ? metric->name : tr("Workspace"));
        where->setFlags(where->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, DateColumn, date);
        m_table->setItem(row, MetricColumn, where);
        m_table->setItem(row, TextColumn, new QTableWidgetItem(a.text));
        if (a.id == current)
            m_table->setCurrentCell(row, TextColumn);
    }
    m_table->setVisible(!shown.isEmpty());
    m_empty->setVisible(shown.isEmpty());
    m_empty->setText(tr("No annotations from %1 to %2.").arg(reviewDateText(m_from), reviewDateText(m_to)));
    if (!shown.isEmpty())
        m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + 4 + int(shown.size()) * m_table->rowHeight(0));
    m_delete->setEnabled(m_table->currentRow() >= 0);
}

void ReviewAnnotations::add()
{
    const QString text = m_text->text().trimmed();
    if (text.isEmpty())
        return;
    if (Edit::addAnnotation(*m_document, m_date->date(), text, m_metric->currentData().toLongLong()) != 0)
        m_text->clear();
}

void ReviewAnnotations::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    Edit::removeAnnotation(*m_document, m_table->item(row, DateColumn)->data(IdRole).toLongLong());
}

void ReviewAnnotations::edited(int row, int column)
{
    if (m_updating)
        return;
    const QTableWidgetItem *dateItem = m_table->item(row, DateColumn);
    const QTableWidgetItem *textItem = m_table->item(row, TextColumn);
    if (!dateItem || !textItem)
        return;
    const auto it = m_document->data().annotations.constFind(dateItem->data(IdRole).toLongLong());
    if (it == m_document->data().annotations.cend())
        return;
    Annotation after = *it;
    if (column == DateColumn)
        after.date = dateItem->data(Qt::EditRole).toDate();
    else if (column == TextColumn)
        after.text = textItem->text().trimmed();
    if (after.text.isEmpty() || after == *it) {
        showAnnotations(); // an emptied text or an unreadable date: what is stored comes back
        return;
    }
    const QScopedValueRollback committing(m_committing, true);
    Edit::updateAnnotation(*m_document, after);
}

bool ReviewAnnotations::eventFilter(QObject *watched, QEvent *event)
{
    // A cell's editor gets its own keys: only the table's reach here.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace NorthStar
