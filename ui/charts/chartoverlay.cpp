#include "charts/chartoverlay.h"

#include "charts/chartformat.h"
#include "charts/chartstyle.h"

#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace NorthStar::Charts {

namespace {

constexpr qreal topPadding = 6;
constexpr qreal rowGap = 3;
constexpr int maxMarkerRows = 3;
constexpr int maxMarkerLabelChars = 32;

QString elided(const QString &text, int maxChars)
{
    return text.size() > maxChars ? text.left(maxChars - 1) + u'…' : text;
}

qreal markerLabelWidth(const QFontMetricsF &metrics, const QString &label)
{
    return metrics.horizontalAdvance(label) + 10;
}

// An annotation's label starts at its flag, which sits on the line.
qreal annotationLabelWidth(const QFontMetricsF &metrics, const QString &label)
{
    return metrics.horizontalAdvance(label) + 18;
}

// Labels sit right of their line, or left of it near the right edge.
bool labelOnLeft(qreal x, qreal width, const QRectF &plot)
{
    return x + width > plot.right();
}

void paintFlag(QPainter *painter, QPointF center, const QColor &color)
{
    constexpr qreal r = 4.5;
    const QPolygonF diamond{{center.x(), center.y() - r}, {center.x() + r, center.y()},
                            {center.x(), center.y() + r}, {center.x() - r, center.y()}};
    painter->setPen(QPen(Qt::white, 1));
    painter->setBrush(color);
    painter->drawPolygon(diamond);
    painter->setBrush(Qt::NoBrush);
}

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
    relayout();
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

void ChartOverlay::setAnnotations(const QList<Annotation> &annotations, bool labels)
{
    m_annotations = annotations;
    m_markerLabels = labels;
    relayout();
}

void ChartOverlay::setReferenceLabels(const QList<ReferenceLabel> &labels)
{
    m_referenceLabels = labels;
    update();
}

void ChartOverlay::setDataPoints(const QList<QPointF> &points)
{
    m_dataPoints = points;
    update();
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
    if (m_titleInside)
        return QFontMetricsF(style.labelFont).height() / 2 + 4;  // the top value label's upper half
    qreal height = topPadding + QFontMetricsF(style.titleFont).height();
    // Small multiples (no caption row) keep their header tight: the plot is what counts.
    if (!m_captionRow)
        return height + 4;
    return height + rowGap + QFontMetricsF(style.captionFont).height() + 10;
}

void ChartOverlay::setCaptionRowVisible(bool visible)
{
    m_captionRow = visible;
    update();
}

void ChartOverlay::setTitleInside(bool inside)
{
    m_titleInside = inside;
    relayout();
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
    const QFontMetricsF metrics(ChartStyle::standard().markerFont);
    const QRectF plot = m_plot;
    m_placed.clear();
    m_placedAnnotations.clear();
    const auto visible = [this](QDate date) {
        const double x = dateX(date);
        return x >= m_xMin && x <= m_xMax;  // outside the visible range when zoomed in
    };
    for (const ShipMarker &marker : std::as_const(m_markers)) {
        if (!visible(marker.date))
            continue;
        PlacedMarker placed{{toPixels({dateX(marker.date), 0}).x(), 0, elided(marker.title, maxMarkerLabelChars),
                             m_markerLabels},
                            marker};
        if (marker.status != WorkStatus::Shipped)
            placed.label = QCoreApplication::translate("Charts", "%1 (planned)").arg(placed.label);
        m_placed.append(placed);
    }
    for (const Annotation &annotation : std::as_const(m_annotations)) {
        if (!visible(annotation.date))
            continue;
        m_placedAnnotations.append({{toPixels({dateX(annotation.date), 0}).x(), 0,
                                     elided(annotation.text.simplified(), maxMarkerLabelChars), m_markerLabels},
                                    annotation});
    }

    // Ship markers and annotations share the label rows, taken from left to right: a label
    // that would overlap one in its row moves down a row, and is left out below the last.
    QList<std::pair<PlacedLabel *, qreal>> entries;  // with its label's width
    for (PlacedMarker &placed : m_placed)
        entries.append({&placed, markerLabelWidth(metrics, placed.label)});
    for (PlacedAnnotation &placed : m_placedAnnotations)
        entries.append({&placed, annotationLabelWidth(metrics, placed.label)});
    std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.first->x < b.first->x; });
    // Up to three rows, fewer in a short plot: the labels must leave the data visible.
    const int rows = std::clamp(int(plot.height() / (2.5 * (metrics.height() + 4))), 1, maxMarkerRows);
    QList<qreal> rowRight(rows, -1e9);
    // A title inside the plot (and its legend) take the first row's ends.
    qreal rowLimit = 1e9;
    if (m_titleInside) {
        rowRight[0] = insideTitleRect().right();
        if (!m_legend.isEmpty())
            rowLimit = plot.right() - legendWidth() - 8;
    }
    for (const auto &[placed, width] : std::as_const(entries)) {
        if (!placed->labelVisible)
            continue;
        const qreal left = labelOnLeft(placed->x, width, plot) ? placed->x - width : placed->x;
        placed->labelVisible = false;
        for (int row = 0; row < rows; ++row) {
            if (left > rowRight[row] + 4 && (row > 0 || left + width < rowLimit)) {
                placed->row = row;
                rowRight[row] = left + width;
                placed->labelVisible = true;
                break;
            }
        }
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
    // Every line first, then the labels over them.
    paintMarkers(painter, false);
    paintAnnotations(painter, false);
    paintMarkers(painter, true);
    paintAnnotations(painter, true);
    paintPartialTags(painter);
    paintReferenceLabels(painter);
    paintHeader(painter);
    if (m_hover)
        paintHover(painter);
}

qreal ChartOverlay::legendWidth() const
{
    const QFontMetricsF metrics(ChartStyle::standard().captionFont);
    qreal width = 0;
    for (const LegendEntry &entry : m_legend)
        width += metrics.horizontalAdvance(entry.text) + 26 + 16;
    return width;
}

QRectF ChartOverlay::insideTitleRect() const
{
    // Small multiples name their dimension in the plot's top left corner.
    const ChartStyle &style = ChartStyle::standard();
    const QFontMetricsF metrics(style.captionFont);
    QFont font = style.captionFont;
    font.setWeight(QFont::DemiBold);
    const qreal width = QFontMetricsF(font).horizontalAdvance(m_title) + 10;
    return QRectF(m_plot.left() + 2, m_plot.top() + 2, std::min(width, m_plot.width() * 0.6), metrics.height() + 2);
}

void ChartOverlay::paintLegend(QPainter *painter, qreal right, qreal baseline, qreal centerY) const
{
    const ChartStyle &style = ChartStyle::standard();
    const QFontMetricsF captionMetrics(style.captionFont);
    qreal x = right;
    painter->setFont(style.captionFont);
    for (auto it = m_legend.crbegin(); it != m_legend.crend(); ++it) {
        const qreal textWidth = captionMetrics.horizontalAdvance(it->text);
        x -= textWidth;
        painter->setPen(style.text);
        painter->drawText(QPointF(x, baseline), it->text);
        const qreal cy = centerY;
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
        case LegendEntry::Symbol::Flag:
            paintFlag(painter, QPointF(x + 10, cy), it->color);
            break;
        }
        x -= 16;
    }
}

void ChartOverlay::paintHeader(QPainter *painter) const
{
    const ChartStyle &style = ChartStyle::standard();
    const QRectF plot = m_plot;
    const QFontMetricsF captionMetrics(style.captionFont);
    if (m_titleInside) {
        const QRectF box = insideTitleRect();
        if (!m_legend.isEmpty()) {
            const QRectF legend(plot.right() - legendWidth() - 6, plot.top() + 2, legendWidth() + 4, box.height());
            painter->fillRect(legend, QColor(255, 255, 255, 215));
            paintLegend(painter, plot.right() - 6, box.top() + 1 + captionMetrics.ascent(), box.center().y());
        }
        painter->fillRect(box, QColor(255, 255, 255, 215));
        QFont font = style.captionFont;
        font.setWeight(QFont::DemiBold);
        painter->setFont(font);
        painter->setPen(style.text);
        const QFontMetricsF metrics(font);
        painter->drawText(box.adjusted(5, 1, -5, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(m_title, Qt::ElideRight, box.width() - 10));
        return;
    }
    const qreal left = std::min(plot.left(), 12.0);
    const qreal right = m_chart->rect().right() - 12;
    const QFontMetricsF titleMetrics(style.titleFont);

    // The legend, right-aligned on the title row.
    const qreal titleBaseline = topPadding + titleMetrics.ascent();
    paintLegend(painter, right, titleBaseline, topPadding + titleMetrics.height() / 2);
    const qreal x = right - legendWidth();

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

void ChartOverlay::paintMarkers(QPainter *painter, bool labels) const
{
    const ChartStyle &style = ChartStyle::standard();
    const QRectF plot = m_plot;
    const QFontMetricsF metrics(style.markerFont);
    painter->setFont(style.markerFont);
    if (!labels) {
        for (const PlacedMarker &placed : m_placed) {
            painter->setPen(markerPen(placed.marker.status));
            painter->drawLine(QPointF(placed.x, plot.top()), QPointF(placed.x, plot.bottom()));
        }
        return;
    }
    for (const PlacedMarker &placed : m_placed) {
        if (!placed.labelVisible)
            continue;
        const QRectF box = labelRect(placed, markerLabelWidth(metrics, placed.label));
        painter->fillRect(box, QColor(255, 255, 255, 225));
        painter->setPen(style.statusColor(placed.marker.status));
        painter->drawText(box.adjusted(5, 1, -5, 0), Qt::AlignLeft | Qt::AlignVCenter, placed.label);
    }
}

void ChartOverlay::paintAnnotations(QPainter *painter, bool labels) const
{
    const ChartStyle &style = ChartStyle::standard();
    const QRectF plot = m_plot;
    const QFontMetricsF metrics(style.markerFont);
    if (!labels) {
        QPen linePen(style.annotation, 1.2, Qt::DotLine);
        linePen.setCosmetic(true);
        painter->setPen(linePen);
        for (const PlacedAnnotation &placed : m_placedAnnotations)
            painter->drawLine(QPointF(placed.x, plot.top()), QPointF(placed.x, plot.bottom()));
        // Without a label, the flag alone at the top (named in the hover, and on the
        // overview's top chart); under the labels.
        for (const PlacedAnnotation &placed : m_placedAnnotations) {
            if (!placed.labelVisible)
                paintFlag(painter, QPointF(placed.x, plot.top() + 6), style.annotation);
        }
        return;
    }
    painter->setFont(style.markerFont);
    for (const PlacedAnnotation &placed : m_placedAnnotations) {
        if (!placed.labelVisible)
            continue;
        const qreal width = annotationLabelWidth(metrics, placed.label);
        const bool leftSide = labelOnLeft(placed.x, width, plot);
        const QRectF row = labelRect(placed, width);
        const QRectF text = leftSide ? row.adjusted(5, 1, -13, 0) : row.adjusted(13, 1, -5, 0);
        painter->fillRect(text.adjusted(-3, -1, 3, 0), QColor(255, 255, 255, 225));
        paintFlag(painter, QPointF(placed.x, row.center().y()), style.annotation);
        painter->setPen(style.annotation);
        painter->drawText(text, (leftSide ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, placed.label);
    }
}

QRectF ChartOverlay::labelRect(const PlacedLabel &placed, qreal width) const
{
    const QFontMetricsF metrics(ChartStyle::standard().markerFont);
    const qreal top = m_plot.top() + 2 + placed.row * (metrics.height() + 4);
    return QRectF(labelOnLeft(placed.x, width, m_plot) ? placed.x - width : placed.x, top, width, metrics.height() + 2);
}

QRectF ChartOverlay::referenceLabelRect(const ReferenceLabel &label) const
{
    const QFontMetricsF metrics(ChartStyle::standard().markerFont);
    const QRectF plot = m_plot;
    const QPointF p = toPixels(label.at);
    if (p.y() < plot.top() - 1 || p.y() > plot.bottom() + 1)
        return {};
    const qreal width = metrics.horizontalAdvance(label.text) + 8;
    const qreal height = metrics.height();
    // The target's label ends at its point, the guardrail's starts at the left edge.
    qreal left = label.kind == ReferenceLabel::Kind::Target ? p.x() - width - 2 : plot.left() + 4;
    left = std::clamp(left, plot.left() + 2, std::max(plot.left() + 2, plot.right() - width - 2));
    // Data points covered, and (far worse) labels of ship markers and annotations.
    QList<QRectF> labels;
    for (const PlacedMarker &placed : m_placed) {
        if (placed.labelVisible)
            labels.append(labelRect(placed, markerLabelWidth(metrics, placed.label)));
    }
    for (const PlacedAnnotation &placed : m_placedAnnotations) {
        if (placed.labelVisible)
            labels.append(labelRect(placed, annotationLabelWidth(metrics, placed.label)));
    }
    const auto covered = [this, &labels](const QRectF &box) {
        int count = 0;
        for (const QPointF &point : m_dataPoints)
            count += box.adjusted(-4, -4, 4, 4).contains(toPixels(point)) ? 1 : 0;
        for (const QRectF &other : std::as_const(labels))
            count += box.intersects(other) ? 1000 : 0;
        return count;
    };
    // Just above or below the line, else a row further away: the first that covers no data
    // point, or the one covering fewest.
    QRectF best;
    int bestCovered = std::numeric_limits<int>::max();
    for (const qreal top : {p.y() - height - 3, p.y() + 3, p.y() - 2 * height - 6, p.y() + height + 6}) {
        const QRectF box(left, top, width, height);
        if (box.top() < plot.top() || box.bottom() > plot.bottom())
            continue;
        const int count = covered(box);
        if (count < bestCovered) {
            best = box;
            bestCovered = count;
        }
        if (count == 0)
            break;
    }
    return best.isEmpty() ? QRectF(left, std::max(plot.top(), p.y() - height - 3), width, height) : best;
}

void ChartOverlay::paintReferenceLabels(QPainter *painter) const
{
    painter->setFont(ChartStyle::standard().markerFont);
    for (const ReferenceLabel &label : m_referenceLabels) {
        const QRectF box = referenceLabelRect(label);
        if (box.isEmpty())
            continue;
        painter->fillRect(box, QColor(255, 255, 255, 215));
        painter->setPen(label.color);
        painter->drawText(box, Qt::AlignCenter, label.text);
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
