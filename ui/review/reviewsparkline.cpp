#include "review/reviewsparkline.h"

#include "review/reviewformat.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace NorthStar {

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index); // background, selection, focus
    const auto data = index.data(DataRole).value<SparklineData>();
    if (data.values.size() < 2)
        return;
    double low = INFINITY, high = -INFINITY;
    for (double v : data.values) {
        if (std::isfinite(v)) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    }
    if (data.usualLow && data.usualHigh) {
        low = std::min(low, *data.usualLow);
        high = std::max(high, *data.usualHigh);
    }
    if (!std::isfinite(low))
        return;
    if (high - low < 1e-12) {
        low -= 1;
        high += 1;
    }
    const QRectF area = QRectF(option.rect).adjusted(8, 7, -10, -7);
    const auto x = [&](qsizetype i) { return area.left() + area.width() * double(i) / double(data.values.size() - 1); };
    const auto y = [&](double v) { return area.bottom() - area.height() * (v - low) / (high - low); };

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (data.usualLow && data.usualHigh) {
        // The usual range concerns the reviewed period: shaded over the last stretch.
        const QRectF band(QPointF(x(data.values.size() - 2), y(*data.usualHigh)),
                          QPointF(area.right(), y(*data.usualLow)));
        painter->fillRect(band, QColor(0x1F, 0x6F, 0xB2, 0x26));
    }
    QPainterPath path;
    bool drawing = false;
    for (qsizetype i = 0; i < data.values.size(); ++i) {
        const double v = data.values.at(i);
        if (!std::isfinite(v)) {
            drawing = false;
            continue;
        }
        if (drawing)
            path.lineTo(x(i), y(v));
        else
            path.moveTo(x(i), y(v));
        drawing = true;
    }
    const bool selected = option.state & QStyle::State_Selected;
    const QColor line = selected ? option.palette.highlightedText().color() : QColor(0x1F, 0x6F, 0xB2);
    painter->setPen(QPen(line, 1.6));
    painter->drawPath(path);
    if (const double last = data.values.constLast(); std::isfinite(last)) {
        const QColor dot = data.unusual ? ReviewFormat::color(ReviewFormat::Tone::Warning) : line;
        painter->setPen(Qt::NoPen);
        painter->setBrush(dot);
        painter->drawEllipse(QPointF(x(data.values.size() - 1), y(last)), 3.5, 3.5);
    }
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(180, 40));
}

} // namespace NorthStar
