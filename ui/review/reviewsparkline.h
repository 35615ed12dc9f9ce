#pragma once

// A metric's history as a sparkline in a table cell: the line of complete periods, the
// reviewed period as a dot, and the usual range for it shaded (REVIEW.md).

#include <QList>
#include <QMetaType>
#include <QStyledItemDelegate>

#include <optional>

namespace NorthStar {

struct SparklineData final
{
    QList<double> values;             // oldest first; NaN where a period has no value
    std::optional<double> usualLow;   // the usual range of the last value
    std::optional<double> usualHigh;
    bool unusual = false;
};

class SparklineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // The item role that holds a SparklineData.
    static constexpr int DataRole = Qt::UserRole + 40;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace NorthStar

Q_DECLARE_METATYPE(NorthStar::SparklineData)
