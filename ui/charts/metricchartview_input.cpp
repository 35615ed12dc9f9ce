// MetricChartView: hover, range selection and zoom.

#include "charts/chartformat.h"
#include "charts/chartoverlay.h"
#include "charts/metricchartview.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMouseEvent>

using namespace Qt::StringLiterals;

namespace NorthStar {

using namespace Charts;

namespace {

constexpr qreal dragThreshold = 4;  // pixels before a press becomes a range drag

} // namespace

int MetricChartView::rowAtPixel(qreal x) const
{
    return nearestRow(m_data.series, m_overlay->xValueAt(x));
}

void MetricChartView::hoverRow(int row)
{
    const auto &rows = m_data.series.rows;
    if (row < 0 || row >= int(rows.size())) {
        if (m_hoveredRow != -1) {
            m_hoveredRow = -1;
            m_overlay->clearHover();
            emit hoveredRowChanged(-1);
        }
        return;
    }
    const SeriesRow &r = rows[std::size_t(row)];
    std::optional<QPointF> point;
    if (r.value)
        point = QPointF(dateX(r.periodStart), *r.value);
    m_overlay->setHover(point, dateX(r.periodStart), hoverText(row), m_color);
    if (m_hoveredRow != row) {
        m_hoveredRow = row;
        emit hoveredRowChanged(row);
    }
}

void MetricChartView::selectRows(int firstRow, int lastRow)
{
    if (m_data.series.rows.empty())
        return;
    m_selection = rangeStats(m_data.series, firstRow, lastRow);
    updateSelectionBand();
    updateCaption();
    emit selectionChanged();
}

void MetricChartView::clearSelection()
{
    if (!m_selection)
        return;
    m_selection.reset();
    updateSelectionBand();
    updateCaption();
    emit selectionChanged();
}

void MetricChartView::updateSelectionBand()
{
    if (!m_selection) {
        m_overlay->setSelection(std::nullopt);
        return;
    }
    const auto &rows = m_data.series.rows;
    const double from = dateX(rows[std::size_t(m_selection->firstRow)].periodStart) - halfPeriod();
    const double to = dateX(rows[std::size_t(m_selection->lastRow)].periodStart) + halfPeriod();
    m_overlay->setSelection(std::pair{from, to});
}

QString MetricChartView::rangeCaption() const
{
    if (!m_selection)
        return {};
    const RangeStats &s = *m_selection;
    const auto &rows = m_data.series.rows;
    QString text = tr("%1 to %2")
                       .arg(periodLabel(rows[std::size_t(s.firstRow)].periodStart, m_data.grain),
                            periodLabel(rows[std::size_t(s.lastRow)].periodStart, m_data.grain));
    QStringList parts{rangeSummary()};
    // Spelled out rather than %n plurals: they need a loaded translation to read well.
    parts << (s.periods == 1 ? tr("1 period") : tr("%1 periods").arg(s.periods));
    if (s.partialPeriods > 0)
        parts << tr("%1 partial left out").arg(s.partialPeriods);
    if (s.emptyPeriods > 0)
        parts << tr("%1 without value").arg(s.emptyPeriods);
    return text + u": "_s + parts.join(u"  ·  "_s);
}

QString MetricChartView::rangeSummary() const
{
    if (!m_selection)
        return {};
    const RangeStats &s = *m_selection;
    if (!s.mean)
        return tr("no complete period with a value");
    const MetricKind kind = m_data.series.kind;
    QStringList parts;
    if (s.usedPeriods > 1)
        parts << tr("change %1").arg(formatChange(*s.startValue, *s.endValue, m_data.unit, kind));
    parts << tr("mean %1").arg(formatReadable(*s.mean, m_data.unit, kind));
    return parts.join(u"  ·  "_s);
}

void MetricChartView::updateCaption()
{
    if (m_selection) {
        m_overlay->setCaption(rangeCaption(), true);
    } else if (m_zoomed) {
        m_overlay->setCaption(tr("Zoomed in. Escape shows the whole history."), false);
    } else if (m_data.series.rows.empty()) {
        m_overlay->setCaption({}, false);
    } else if (m_forPicture) {
        m_overlay->setCaption(latestSummary(), true);
    } else {
        m_overlay->setCaption(tr("Hover for exact values. Drag across the chart to compare a range."), false);
    }
}

void MetricChartView::setForPicture(bool picture)
{
    m_forPicture = picture;
    updateCaption();
}

int MetricChartView::latestCompleteRow() const
{
    const auto &rows = m_data.series.rows;
    int latest = int(rows.size()) - 1;
    while (latest >= 0 && (rows[std::size_t(latest)].partial || !rows[std::size_t(latest)].value))
        --latest;
    return latest;
}

QString MetricChartView::latestSummary(bool withPeriod) const
{
    // The latest complete period with a value and the complete period right before it
    // (a partial period is never the headline, METRICS.md).
    const auto &rows = m_data.series.rows;
    const int latest = latestCompleteRow();
    if (latest < 0)
        return tr("No complete period yet.");
    const SeriesRow &row = rows[std::size_t(latest)];
    const MetricKind kind = m_data.series.kind;
    QString text = formatReadable(*row.value, m_data.unit, kind);
    if (withPeriod)
        text.prepend(periodLabel(row.periodStart, m_data.grain) + u": "_s);
    if (latest > 0) {
        const SeriesRow &before = rows[std::size_t(latest - 1)];
        if (!before.partial && before.value)
            text += u"  ·  "_s + tr("%1 on the period before").arg(formatChange(*before.value, *row.value, m_data.unit, kind));
    }
    return text;
}

void MetricChartView::zoomToSelection()
{
    if (!m_selection)
        return;
    const auto &rows = m_data.series.rows;
    m_xMin = dateX(rows[std::size_t(m_selection->firstRow)].periodStart) - halfPeriod();
    m_xMax = dateX(rows[std::size_t(m_selection->lastRow)].periodStart) + halfPeriod();
    m_zoomed = true;
    m_selection.reset();
    rebuildSeries();  // points come back when few periods are in view
    rebuildAxes();
    updateSelectionBand();
    updateCaption();
    emit selectionChanged();
    emit zoomChanged(true);
}

void MetricChartView::resetZoom()
{
    if (!m_zoomed)
        return;
    m_zoomed = false;
    const auto &rows = m_data.series.rows;
    if (!rows.empty()) {
        m_xMin = dateX(rows.front().periodStart) - halfPeriod();
        m_xMax = dateX(rows.back().periodStart) + halfPeriod();
    }
    rebuildSeries();
    rebuildAxes();
    updateCaption();
    emit zoomChanged(false);
}

void MetricChartView::mousePressEvent(QMouseEvent *event)
{
    const QPointF pos = chart()->mapFromScene(mapToScene(event->position().toPoint()));
    if (event->button() == Qt::LeftButton && m_overlay->plot().adjusted(-8, 0, 8, 0).contains(pos)
        && !m_data.series.rows.empty()) {
        m_dragAnchorRow = rowAtPixel(pos.x());
        m_dragStartX = pos.x();
        m_dragging = false;
        setFocus(Qt::MouseFocusReason);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void MetricChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = chart()->mapFromScene(mapToScene(event->position().toPoint()));
    if (m_dragAnchorRow && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging && std::abs(pos.x() - m_dragStartX) >= dragThreshold)
            m_dragging = true;
        if (m_dragging)
            selectRows(*m_dragAnchorRow, rowAtPixel(pos.x()));
    }
    if (m_overlay->plot().contains(pos))
        hoverRow(rowAtPixel(pos.x()));
    else
        hoverRow(-1);
    event->accept();
}

void MetricChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_dragAnchorRow) {
        m_dragAnchorRow.reset();
        m_dragging = false;
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void MetricChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    m_dragAnchorRow.reset();
    m_dragging = false;
    clearSelection();
    event->accept();
}

void MetricChartView::keyPressEvent(QKeyEvent *event)
{
    // The menu key (where the platform does not turn it into a context menu event itself)
    // and Shift+F10 open the menu of the hovered or the latest period.
    if (event->key() == Qt::Key_Menu || (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier)) {
        QContextMenuEvent menu(QContextMenuEvent::Keyboard, QPoint(), QPoint(), event->modifiers());
        contextMenuEvent(&menu);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && (m_selection || m_zoomed)) {
        if (m_selection)
            clearSelection();
        else
            resetZoom();
        event->accept();
        return;
    }
    QChartView::keyPressEvent(event);
}

int MetricChartView::contextRow() const
{
    return m_hoveredRow >= 0 ? m_hoveredRow : int(m_data.series.rows.size()) - 1;
}

void MetricChartView::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_data.series.rows.empty()) {
        event->ignore();
        return;
    }
    int row = contextRow();
    QPoint globalPos = event->globalPos();
    if (event->reason() == QContextMenuEvent::Mouse) {
        const QPointF pos = chart()->mapFromScene(mapToScene(event->pos()));
        row = rowAtPixel(pos.x());
        hoverRow(row);
    } else {
        // From the keyboard: at the period's point (or the middle of its column).
        const SeriesRow &r = m_data.series.rows[std::size_t(row)];
        const QPointF value(dateX(r.periodStart), r.value.value_or((m_yMin + m_yMax) / 2));
        const QPointF inChart = m_overlay->toPixels(value);
        globalPos = mapToGlobal(mapFromScene(chart()->mapToScene(inChart)));
    }
    emit contextMenuRequested(row, globalPos);
    event->accept();
}

void MetricChartView::leaveEvent(QEvent *event)
{
    hoverRow(-1);
    QChartView::leaveEvent(event);
}

} // namespace NorthStar
