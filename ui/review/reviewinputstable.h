#pragma once

// The inputs and the guardrail as rows: name, value, change (and whether it is unusual), a
// sparkline of the history with the usual range shaded, and the target or bound status.
// Enter or a double-click on a row asks to show its node (activated).

#include "model/types.h"
#include "review/review.h"

#include <QTableView>

QT_BEGIN_NAMESPACE
class QStandardItemModel;
QT_END_NAMESPACE

namespace NorthStar {

class ReviewInputsTable final : public QTableView
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, ChangeColumn, HistoryColumn, StatusColumn, ColumnCount };

    explicit ReviewInputsTable(QWidget *parent = nullptr);

    void setReview(const Review &review);
    QStandardItemModel *rows() const { return m_model; }

signals:
    void activated(NorthStar::Id nodeId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void fitHeight();

    QStandardItemModel *m_model;
};

} // namespace NorthStar
