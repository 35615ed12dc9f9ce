#pragma once

// Annotations around the reviewed period (on the whole workspace and on the tree's
// metrics): a table edited in place (date and text, Edit::updateAnnotation), Delete, and a
// row to add one (the date defaults to the period's start; the text and the metric chosen).

#include "model/types.h"
#include "review/reviewnotes.h"

#include <QDate>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace NorthStar {

class ReviewAnnotations final : public QWidget
{
    Q_OBJECT

public:
    enum Column { DateColumn, MetricColumn, TextColumn };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ReviewAnnotations(Document *document, QWidget *parent = nullptr);

    // Shows the annotations dated from `from` through `to` on the workspace or `metrics`;
    // new ones default to `periodStart`.
    void setPeriod(QDate from, QDate to, QDate periodStart, const QList<ReviewedMetric> &metrics);

    QTableWidget *table() const { return m_table; }
    QDateEdit *newDate() const { return m_date; }
    QComboBox *newMetric() const { return m_metric; }
    QLineEdit *newText() const { return m_text; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *deleteButton() const { return m_delete; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showAnnotations();
    void add();
    void removeCurrent();
    void edited(int row, int column);

    Document *m_document;
    QTableWidget *m_table;
    QLabel *m_empty = nullptr;
    QDateEdit *m_date;
    QComboBox *m_metric;
    QLineEdit *m_text;
    QPushButton *m_add;
    QPushButton *m_delete;
    QDate m_from;
    QDate m_to;
    QList<ReviewedMetric> m_metrics;
    bool m_updating = false;
    bool m_committing = false;
};

} // namespace NorthStar
