#include "charts/chartoverlay.h"

#include "charts/chartformat.h"
#include "charts/chartstyle.h"

#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace NorthStar::Charts {

namespace {

constexpr qreal topPadding = 6;
constexpr qreal rowGap = 3;
constexpr int maxMarkerRows = 3;
constexpr int maxMarkerLabelChars = 32;

QPen markerPen(WorkStatus status)
{
    const ChartStyle &style = ChartStyle::standard();
    QPen pen(style.statusColor(status), status == WorkStatus::Shipped ? 1.4 : 1.2);
    if (status != WorkStatus::Shipped)
        pen.setStyle(Qt::DashLine);
    pen.setCosmetic(true);
    return pen;
}

} // namespace

ChartOverlay::ChartOverlay(QChart *chart)
    : QGraphicsObject(chart)
    , m_chart(chart)
{
    setZValue(100);  // above every series
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

QRectF ChartOverlay::boundingRect() const
{
    return m_chart->rect();
}

void ChartOverlay::setTitle(const QString &title)
{
    m_title = title;
    update();
}

void ChartOverlay::setLegend(const QList<LegendEntry> &entries)
{
    m_legend = entries;
    update();
}

void ChartOverlay::setCaption(const QString &caption, bool emphasised)
{
    m_caption = caption;
    m_captionEmphasised = emphasised;
    update();
}

void ChartOverlay::setMarkers(const QList<ShipMarker> &markers, bool labels)
{
    m_markers = markers;
    m_markerLabels = labels;
    relayout();
}

void ChartOverlay::setPlot(const QRectF &plot, double xMin, double xMax, double yMin, double yMax)
{
    m_plot = plot;
    m_xMin = xMin;
    m_xMax = xMax > xMin ? xMax : xMin + 1;
    m_yMin = yMin;
    m_yMax = yMax > yMin ? yMax : yMin + 1;
    relayout();
}

void ChartOverlay::setPartialPoints(const QList<QPointF> &points, const QColor &color)
{
    m_partialPoints = points;
    m_partialColor = color;
    update();
}

void ChartOverlay::setSelection(std::optional<std::pair<double, double>> range)
{
    m_selection = range;
    update();
}

void ChartOverlay::setHover(std::optional<QPointF> point, double x, const QString &text, QColor color)
{
    m_hover = true;
    m_hoverPoint = point;
    m_hoverX = x;
    m_hoverText = text;
    m_hoverColor = color;
    update();
}

void ChartOverlay::clearHover()
{
    if (!m_hover)
        return;
    m_hover = false;
    update();
}

qreal ChartOverlay::headerHeight() const
{
    const ChartStyle &style = ChartStyle::standard();
    qreal height = topPadding + QFontMetricsF(style.titleFont).height();
    if (m_captionRow)
        height += rowGap + QFontMetricsF(style.captionFont).height();
    return height + 10;
}

void ChartOverlay::setCaptionRowVisible(bool visible)
{
    m_captionRow = visible;
    update();
}

QPointF ChartOverlay::toPixels(QPointF value) const
{
    const QRectF plot = m_plot;
    const qreal x = plot.left() + (value.x() - m_xMin) / (m_xMax - m_xMin) * plot.width();
    const qreal y = plot.bottom() - (value.y() - m_yMin) / (m_yMax - m_yMin) * plot.height();
    return {x, y};
}

double ChartOverlay::xValueAt(qreal pixelX) const
{
    const QRectF plot = m_plot;
    if (plot.width() <= 0)
        return m_xMin;
    return m_xMin + (pixelX - plot.left()) / plot.width() * (m_xMax - m_xMin);
}

void ChartOverlay::relayout()
{
    prepareGeometryChange();
    const ChartStyle &style = ChartStyle::standard();
    const QFontMetricsF metrics(style.markerFont);
    const QRectF plot = m_plot;
    m_placed.clear();
    QList<qreal> rowRight(maxMarkerRows, -1e9);
    for (const ShipMarker &marker : std::as_const(m_markers)) {
        const double x = dateX(marker.date);
        if (x < m_xMin || x > m_xMax)
            continue;  // outside the visible range (zoomed in)
        PlacedMarker placed{marker, toPixels({x, 0}).x(), 0, {}, m_markerLabels};
        placed.label = marker.title.size() > maxMarkerLabelChars
                           ? marker.title.left(maxMarkerLabelChars - 1) + u'…'
                           : marker.title;
        if (marker.status != WorkStatus::Shipped)
            placed.label = QCoreApplication::translate("Charts", "%1 (planned)").arg(placed.label);
        if (placed.labelVisible) {
            const qreal width = metrics.horizontalAdvance(placed.label) + 10;
            // Labels sit right of their line, or left of it near the right edge.
            const bool leftSide = placed.x + width > plot.right();
            const qreal left = leftSide ? placed.x - width : placed.x;
            placed.labelVisible = false;
            for (int row = 0; row < maxMarkerRows; ++row) {
                if (left > rowRight[row] + 4) {
                    placed.row = row;
                    rowRight[row] = left + width;
                    placed.labelVisible = true;
                    break;
                }
            }
        }
        m_placed.append(placed);
    }
    update();
}

void ChartOverlay::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const ChartStyle &style = ChartStyle::standard();
    const QRectF plot = m_plot;
    if (m_selection) {
        const qreal left = std::max(plot.left(), toPixels({m_selection->first, 0}).x());
        const qreal right = std::min(plot.right(), toPixels({m_selection->second, 0}).x());
        if (right > left) {
            const QRectF band(left, plot.top(), right - left, plot.height());
            painter->fillRect(band, style.selection);
            painter->setPen(QPen(style.selectionEdge, 1));
            painter->drawLine(band.topLeft(), band.bottomLeft());
            painter->drawLine(band.topRight(), band.bottomRight());
        }
    }
    paintMarkers(painter);
    paintPartialTags(painter);
    paintHeader(painter);
    if (m_hover)
        paintHover(painter);
}

void ChartOverlay::paintHeader(QPainter *painter) const
{
    const ChartStyle &style = ChartStyle::standard();
    const QRectF plot = m_plot;
    const qreal left = std::min(plot.left(), 12.0);
    const qreal right = m_chart->rect().right() - 12;
    const QFontMetricsF titleMetrics(style.titleFont);
    const QFontMetricsF captionMetrics(style.captionFont);

    // The legend, right-aligned on the title row.
    qreal x = right;
    const qreal titleBaseline = topPadding + titleMetrics.ascent();
    painter->setFont(style.captionFont);
    for (auto it = m_legend.crbegin(); it != m_legend.crend(); ++it) {
        const qreal textWidth = captionMetrics.horizontalAdvance(it->text);
        x -= textWidth;
        painter->setPen(style.text);
        painter->drawText(QPointF(x, titleBaseline), it->text);
        const qreal cy = topPadding + titleMetrics.height() / 2;
        x -= 26;
        QPen pen(it->color, 2);
        switch (it->symbol) {
        case LegendEntry::Symbol::Line:
            pen.setStyle(it->dashed ? Qt::DashLine : Qt::SolidLine);
            painter->setPen(pen);
            painter->drawLine(QPointF(x, cy), QPointF(x + 20, cy));
            break;
        case LegendEntry::Symbol::HollowPoint:
            pen.setStyle(Qt::DashLine);
            painter->setPen(pen);
            painter->drawLine(QPointF(x, cy), QPointF(x + 20, cy));
            painter->setPen(QPen(it->color, 2));
            painter->setBrush(Qt::white);
            painter->drawEllipse(QPointF(x + 10, cy), 4.5, 4.5);
            painter->setBrush(Qt::NoBrush);
            break;
        case LegendEntry::Symbol::Marker:
            pen.setWidthF(1.4);
            pen.setStyle(it->dashed ? Qt::DashLine : Qt::SolidLine);
            painter->setPen(pen);
            painter->drawLine(QPointF(x + 10, cy - 7), QPointF(x + 10, cy + 7));
            break;
        case LegendEntry::Symbol::Box:
            painter->fillRect(QRectF(x + 4, cy - 6, 12, 12), it->color);
            break;
        }
        x -= 16;
    }

    painter->setFont(style.titleFont);
    painter->setPen(style.text);
    const QString title = titleMetrics.elidedText(m_title, Qt::ElideRight, std::max(40.0, x - left - 8));
    painter->drawText(QPointF(left, titleBaseline), title);

    if (m_captionRow && !m_caption.isEmpty()) {
        painter->setFont(style.captionFont);
        painter->setPen(m_captionEmphasised ? style.text : style.mutedText);
        const qreal baseline = topPadding + titleMetrics.height() + rowGap + captionMetrics.ascent();
        painter->drawText(QPointF(left, baseline),
                          captionMetrics.elidedText(m_caption, Qt::ElideRight, right - left));
    }
}

void ChartOverlay::paintMarkers(QPainter *painter) const
{
    const ChartStyle &style = ChartStyle::standard();
    const QRectF plot = m_plot;
    const QFontMetricsF metrics(style.markerFont);
    painter->setFont(style.markerFont);
    // Lines first, then labels, so no line crosses another marker's label.
    for (const PlacedMarker &placed : m_placed) {
        painter->setPen(markerPen(placed.marker.status));
        painter->drawLine(QPointF(placed.x, plot.top()), QPointF(placed.x, plot.bottom()));
    }
    for (const PlacedMarker &placed : m_placed) {
        if (!placed.labelVisible)
            continue;
        const qreal width = metrics.horizontalAdvance(placed.label) + 10;
        const bool leftSide = placed.x + width > plot.right();
        const qreal top = plot.top() + 2 + placed.row * (metrics.height() + 4);
        const QRectF box(leftSide ? placed.x - width : placed.x, top, width, metrics.height() + 2);
        painter->fillRect(box, QColor(255, 255, 255, 225));
        painter->setPen(style.statusColor(placed.marker.status));
        painter->drawText(box.adjusted(5, 1, -5, 0), Qt::AlignLeft | Qt::AlignVCenter, placed.label);
    }
}

void ChartOverlay::paintPartialTags(QPainter *painter) const
{
    const ChartStyle &style = ChartStyle::standard();
    const QFontMetricsF metrics(style.markerFont);
    const QString tag = QCoreApplication::translate("Charts", "partial");
    painter->setFont(style.markerFont);
    painter->setPen(m_partialColor);
    for (const QPointF &value : m_partialPoints) {
        if (value.x() < m_xMin || value.x() > m_xMax)
            continue;
        const QPointF p = toPixels(value);
        const qreal width = metrics.horizontalAdvance(tag);
        // Left of the point near the right edge, right of it otherwise; below when there is room.
        const qreal x = p.x() + 8 + width > m_plot.right() ? p.x() - 8 - width : p.x() + 8;
        const qreal y = p.y() + 8 + metrics.height() < m_plot.bottom() ? p.y() + 6 + metrics.ascent() : p.y() - 8;
        painter->drawText(QPointF(x, y), tag);
    }
}

void ChartOverlay::paintHover(QPainter *painter) const
{
    const ChartStyle &style = ChartStyle::standard();
    const QRectF plot = m_plot;
    const qreal x = toPixels({m_hoverX, 0}).x();
    if (x < plot.left() - 1 || x > plot.right() + 1)
        return;
    painter->setPen(QPen(style.hoverLine, 1, Qt::DotLine));
    painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    qreal anchorY = plot.center().y();
    if (m_hoverPoint) {
        const QPointF p = toPixels(*m_hoverPoint);
        anchorY = p.y();
        painter->setPen(QPen(m_hoverColor, 2.5));
        painter->setBrush(Qt::white);
        painter->drawEllipse(p, 5.5, 5.5);
        painter->setBrush(Qt::NoBrush);
    }
    if (m_hoverText.isEmpty())
        return;
    const QFontMetricsF metrics(style.captionFont);
    const QRectF textRect = metrics.boundingRect(QRectF(0, 0, 420, 400), Qt::AlignLeft | Qt::TextWordWrap, m_hoverText);
    QRectF box(0, 0, textRect.width() + 20, textRect.height() + 14);
    box.moveLeft(x + 14 + box.width() > plot.right() ? x - 14 - box.width() : x + 14);
    box.moveTop(std::clamp(anchorY - box.height() / 2, plot.top(), std::max(plot.top(), plot.bottom() - box.height())));
    QPainterPath path;
    path.addRoundedRect(box, 6, 6);
    painter->fillPath(path, QColor(255, 255, 255, 245));
    painter->setPen(QPen(style.axisLine, 1));
    painter->drawPath(path);
    painter->setFont(style.captionFont);
    painter->setPen(style.text);
    painter->drawText(box.adjusted(10, 7, -10, -7), Qt::AlignLeft | Qt::TextWordWrap, m_hoverText);
}

} // namespace NorthStar::Charts
