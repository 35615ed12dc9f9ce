#include "charts/metricchartview.h"

#include "charts/chartformat.h"
#include "charts/chartoverlay.h"
#include "charts/chartstyle.h"
#include "charts/timeaxis.h"
#include "charts/valueaxis.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace NorthStar {

using namespace Charts;

namespace {

// Points are drawn while they stay apart; a dense line (3 years of days) reads better bare.
constexpr int maxRowsWithPoints = 120;
// A short plot (the stacked North Star charts in a low dock) reads better as a bare line.
constexpr qreal minPlotHeightWithPoints = 90;

} // namespace

MetricChartView::MetricChartView(QWidget *parent)
    : QChartView(new QChart, parent) // not QChartView(parent): setChart() would leak its default chart
    , m_color(ChartStyle::standard().line)
{
    QChart *chart = this->chart();
    applyChartStyle(chart);
    chart->legend()->setVisible(false);  // the overlay draws a calmer one in the header
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(ChartStyle::standard().background);
    setRubberBand(QChartView::NoRubberBand);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 200);

    m_xAxis = makeTimeAxis(QDate::currentDate(), QDate::currentDate(), 6, 1);
    m_yAxis = makeValueAxis(niceScale(0, 1, 4), MetricKind::Breadth);
    // QtCharts elides a label to "…" when it is taller than the plot's height divided by
    // the number of labels plus two, far more room than a label needs: the ticks are spaced
    // here instead (valueTickCount(), about 90 pixels per time label), so no label crowds.
    m_xAxis->setTruncateLabels(false);
    m_yAxis->setTruncateLabels(false);
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_overlay = new ChartOverlay(chart);
    updateCaption();
}

MetricChartView::~MetricChartView() = default;

void MetricChartView::setData(const MetricChartData &data)
{
    m_data = data;
    m_layout = buildLineLayout(m_data.series);
    m_selection.reset();
    m_hoveredRow = -1;
    m_dragAnchorRow.reset();
    m_dragging = false;
    m_overlay->clearHover();
    m_overlay->setSelection(std::nullopt);
    const bool wasZoomed = m_zoomed;
    m_zoomed = false;
    if (!m_fixedXRange) {
        if (m_data.series.rows.empty()) {
            m_xMin = dateX(QDate::currentDate()) - 1;
            m_xMax = m_xMin + 2;
        } else {
            m_xMin = dateX(m_data.series.rows.front().periodStart) - halfPeriod();
            m_xMax = dateX(m_data.series.rows.back().periodStart) + halfPeriod();
        }
    }
    m_overlay->setTitle(m_data.title);
    m_overlay->setMarkers(m_data.markers, m_markerLabels);
    m_overlay->setAnnotations(m_data.annotations, m_markerLabels);
    m_overlay->setPartialPoints(m_layout.partialPoints, m_color);
    QList<QPointF> points;
    for (const SeriesRow &row : m_data.series.rows) {
        if (row.value)
            points.append(QPointF(dateX(row.periodStart), *row.value));
    }
    m_overlay->setDataPoints(points);
    rebuildSeries();
    rebuildAxes();
    updateLegend();
    updateCaption();
    if (wasZoomed)
        emit zoomChanged(false);
    emit selectionChanged();
}

void MetricChartView::setLineColor(const QColor &color)
{
    m_color = color;
    m_overlay->setPartialPoints(m_layout.partialPoints, m_color);
    rebuildSeries();
    updateLegend();
}

void MetricChartView::setLeftGutter(qreal pixels)
{
    m_fixedGutter = pixels;
    updatePlotArea();
}

qreal MetricChartView::requiredLeftGutter() const
{
    return m_neededGutter;
}

void MetricChartView::setTimeLabelsVisible(bool visible)
{
    m_timeLabels = visible;
    m_xAxis->setLabelsVisible(visible);
    updatePlotArea();
}

void MetricChartView::setLegendVisible(bool visible)
{
    m_legend = visible;
    updateLegend();
}

void MetricChartView::setCaptionVisible(bool visible)
{
    m_overlay->setCaptionRowVisible(visible);
    updatePlotArea();
}

void MetricChartView::setTitleInside(bool inside)
{
    m_overlay->setTitleInside(inside);
    rebuildAxes();  // the plot's height, and with it the value ticks, change
}

void MetricChartView::setMarkerLabelsVisible(bool visible)
{
    m_markerLabels = visible;
    m_overlay->setMarkers(m_data.markers, visible);
    m_overlay->setAnnotations(m_data.annotations, visible);
}

void MetricChartView::setXRange(double minX, double maxX)
{
    m_fixedXRange = true;
    m_xMin = minX;
    m_xMax = maxX;
    rebuildAxes();
}

double MetricChartView::halfPeriod() const
{
    switch (m_data.grain) {
    case Grain::Day:
        return 0.5;
    case Grain::Week:
        return 3.5;
    case Grain::Month:
        return 15;
    }
    return 0.5;
}

void MetricChartView::rebuildSeries()
{
    QChart *c = chart();
    c->removeAllSeries();
    m_targetLine = nullptr;
    m_guardrailLine = nullptr;
    const ChartStyle &style = ChartStyle::standard();
    int visibleRows = 0;
    for (const SeriesRow &row : m_data.series.rows) {
        const double x = dateX(row.periodStart);
        visibleRows += x >= m_xMin && x <= m_xMax ? 1 : 0;
    }
    m_pointsFit = visibleRows <= maxRowsWithPoints;
    const bool points = m_pointsFit && chart()->plotArea().height() >= minPlotHeightWithPoints;

    const auto attach = [&](QXYSeries *series) {
        c->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
    };
    // The reference lines first, so the data is drawn over them; their points follow the
    // visible range (updateReferenceLines).
    const auto referenceLine = [&](const QString &name, const QColor &color, Qt::PenStyle penStyle) {
        auto *line = new QLineSeries;
        line->setObjectName(name);
        QPen pen(color, 1.5, penStyle);
        pen.setCapStyle(Qt::FlatCap);
        line->setPen(pen);
        attach(line);
        return line;
    };
    if (m_data.target)
        m_targetLine = referenceLine(u"target"_s, style.target, Qt::DashLine);
    if (m_data.guardrail)
        m_guardrailLine = referenceLine(u"guardrail"_s, style.guardrail, Qt::DashDotLine);
    QList<QPointF> isolated;
    for (const QList<QPointF> &run : std::as_const(m_layout.solidRuns)) {
        if (run.size() == 1) {
            isolated.append(run.front());  // a lone period between gaps: a dot, not a line
            continue;
        }
        auto *line = new QLineSeries;
        line->setObjectName(u"solid"_s);
        QPen pen(m_color, 2.2);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        line->setPen(pen);
        line->setPointsVisible(points);
        line->setMarkerSize(6);
        line->replace(run);
        attach(line);
    }
    for (const QList<QPointF> &run : std::as_const(m_layout.dashedRuns)) {
        auto *line = new QLineSeries;
        line->setObjectName(u"dashed"_s);
        // Paler and dashed: the link to a half-observed period is not part of the trend.
        QColor pale = m_color;
        pale.setAlphaF(0.5);
        QPen pen(pale, 1.6, Qt::DashLine);
        line->setPen(pen);
        line->replace(run);
        attach(line);
    }
    if (!isolated.isEmpty()) {
        auto *dots = new QScatterSeries;
        dots->setObjectName(u"isolated"_s);
        dots->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        dots->setMarkerSize(7);
        dots->setColor(m_color);
        dots->setBorderColor(m_color);
        dots->replace(isolated);
        attach(dots);
    }
    if (!m_layout.partialPoints.isEmpty()) {
        auto *hollow = new QScatterSeries;
        hollow->setObjectName(u"partial"_s);
        hollow->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        hollow->setMarkerSize(10);
        hollow->setBrush(style.background);
        hollow->setPen(QPen(m_color, 2));
        hollow->replace(m_layout.partialPoints);
        attach(hollow);
    }
    updateReferenceLines();
}

QList<QPointF> MetricChartView::targetPoints() const
{
    // The course within the visible range: from the baseline (or the left edge) to the
    // right edge, bending at the target date; flat at the target after it.
    if (!m_data.target)
        return {};
    const TargetLine &target = *m_data.target;
    const double from = std::max(m_xMin, dateX(target.baselineDate));
    const double to = m_xMax;
    if (from >= to)
        return {};
    const auto at = [&target](double x) { return QPointF(x, target.expectedAt(xDate(x))); };
    QList<QPointF> points{at(from)};
    const double end = dateX(target.date);
    if (end > from && end < to)
        points.append(QPointF(end, target.value));
    points.append(at(to));
    return points;
}

void MetricChartView::updateReferenceLines()
{
    const ChartStyle &style = ChartStyle::standard();
    const MetricKind kind = m_data.series.kind;
    // "%" is part of the number; other units would only crowd the label.
    const QString unit = m_data.unit.trimmed() == u"%"_s ? m_data.unit.trimmed() : QString();
    QList<ReferenceLabel> labels;
    if (m_targetLine) {
        const QList<QPointF> points = targetPoints();
        m_targetLine->replace(points);
        if (!points.isEmpty()) {
            const TargetLine &target = *m_data.target;
            const double end = dateX(target.date);
            const bool sameYear = target.date.year() == xDate(m_xMax).year();
            const QString date = QLocale().toString(target.date, sameYear ? u"d MMM"_s : u"d MMM yyyy"_s);
            QString text = tr("Target %1 by %2").arg(formatReadable(target.value, unit, kind), date);
            if (end > m_xMax)
                text += u" →"_s;  // reached after the visible range: labelled at its edge
            const QPointF anchor = end >= m_xMin && end <= m_xMax ? QPointF(end, target.value) : points.back();
            labels.append({ReferenceLabel::Kind::Target, text, anchor, style.target});
        }
    }
    if (m_guardrailLine) {
        const GuardrailBound &bound = *m_data.guardrail;
        m_guardrailLine->replace({QPointF(m_xMin, bound.value), QPointF(m_xMax, bound.value)});
        const QString value = formatReadable(bound.value, unit, kind);
        const QString text = bound.side == GuardrailBound::Side::AtLeast ? tr("at least %1").arg(value)
                                                                         : tr("at most %1").arg(value);
        labels.append({ReferenceLabel::Kind::Guardrail, text, QPointF(m_xMin, bound.value), style.guardrail});
    }
    m_overlay->setReferenceLabels(labels);
}

void MetricChartView::rebuildAxes()
{
    // Fit y to the values in view, with room above for the ship marker labels.
    std::optional<double> lo, hi;
    const auto include = [&lo, &hi](double value) {
        lo = lo ? std::min(*lo, value) : value;
        hi = hi ? std::max(*hi, value) : value;
    };
    for (const SeriesRow &row : m_data.series.rows) {
        const double x = dateX(row.periodStart);
        if (!row.value || x < m_xMin || x > m_xMax)
            continue;
        include(*row.value);
    }
    // The reference lines where they are visible; a far target counts only as far as its
    // course reaches within the range, so it does not flatten the data.
    for (const QPointF &point : targetPoints())
        include(point.y());
    if (m_data.guardrail)
        include(m_data.guardrail->value);
    double top = hi.value_or(1);
    const double span = top - std::min(0.0, lo.value_or(0));
    // Room above the highest point (a marker on the top edge would be cut in half), and
    // for the labels of ship markers and annotations.
    const bool labelsOnTop = (m_markerLabels && (!m_data.markers.isEmpty() || !m_data.annotations.isEmpty()))
                             || m_overlay->titleInside();
    top += span * (labelsOnTop ? 0.12 : 0.03);
    m_valueTicks = valueTickCount();
    const NiceScale scale = niceScale(lo.value_or(0), top, m_valueTicks);
    relabelValueAxis(m_yAxis, scale, m_data.series.kind);
    m_yMin = scale.min;
    m_yMax = scale.max;
    m_neededGutter = valueAxisLabelWidth(scale, m_data.series.kind) + 18;

    m_xAxis->setRange(m_xMin, m_xMax);
    m_xAxis->setStartValue(m_xMin);
    updateReferenceLines();
    updatePlotArea();
}

void MetricChartView::updatePlotArea()
{
    const QSizeF size = chart()->size();
    const qreal left = m_fixedGutter > 0 ? m_fixedGutter : m_neededGutter;
    const qreal top = m_overlay->headerHeight();
    const qreal bottom = bottomMargin();
    const qreal right = 18;
    const QRectF plot(left, top, std::max(10.0, size.width() - left - right),
                      std::max(10.0, size.height() - top - bottom));
    chart()->setPlotArea(plot);
    const bool points = m_pointsFit && plot.height() >= minPlotHeightWithPoints;
    for (QAbstractSeries *series : chart()->series()) {
        if (series->objectName() == u"solid"_s)
            static_cast<QLineSeries *>(series)->setPointsVisible(points);
    }
    // Month labels about every 90 pixels, so they never crowd.
    const int maxTicks = std::max(2, int(plot.width() / 90));
    relabelTimeAxis(m_xAxis, xDate(m_xMin + halfPeriod()), xDate(m_xMax - halfPeriod()), maxTicks);
    m_overlay->setPlot(plot, m_xMin, m_xMax, m_yMin, m_yMax);
    updateSelectionBand();
}

qreal MetricChartView::bottomMargin() const
{
    // Without time labels the lowest y label (the 0 baseline) still needs half its height.
    const qreal labelHeight = QFontMetricsF(ChartStyle::standard().labelFont).height();
    return m_timeLabels ? labelHeight + 14 : labelHeight / 2 + 4;
}

qreal MetricChartView::chromeHeight() const
{
    return m_overlay->headerHeight() + bottomMargin();
}

int MetricChartView::valueTickCount() const
{
    // About two and a half label heights per step; the stacked North Star charts are short.
    const qreal labelHeight = QFontMetricsF(ChartStyle::standard().labelFont).height();
    const qreal plotHeight = chart()->size().height() - chromeHeight();
    return std::clamp(int(plotHeight / (labelHeight * 2.5)), 1, 4);
}

void MetricChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);  // resizes the chart to the view
    if (valueTickCount() != m_valueTicks)
        rebuildAxes(); // relabels the value axis, then lays out the plot
    else
        updatePlotArea();
}

QList<LegendEntry> MetricChartView::legendEntries() const
{
    QList<LegendEntry> entries;
    const ChartStyle &style = ChartStyle::standard();
    if (!m_layout.partialPoints.isEmpty())
        entries.append({LegendEntry::Symbol::HollowPoint, m_color, tr("partial period"), true});
    if (m_data.target)
        entries.append({LegendEntry::Symbol::Line, style.target, tr("target"), true});
    if (m_data.guardrail)
        entries.append({LegendEntry::Symbol::Line, style.guardrail, tr("guardrail"), true});
    bool shipped = false, planned = false;
    for (const ShipMarker &marker : std::as_const(m_data.markers)) {
        shipped |= marker.status == WorkStatus::Shipped;
        planned |= marker.status != WorkStatus::Shipped;
    }
    if (shipped)
        entries.append({LegendEntry::Symbol::Marker, style.statusColor(WorkStatus::Shipped), tr("shipped"), false});
    if (planned)
        entries.append({LegendEntry::Symbol::Marker, style.statusColor(WorkStatus::InProgress), tr("planned"), true});
    if (!m_data.annotations.isEmpty())
        entries.append({LegendEntry::Symbol::Flag, style.annotation, tr("note"), false});
    return entries;
}

void MetricChartView::updateLegend()
{
    m_overlay->setLegend(m_legend ? legendEntries() : QList<LegendEntry>());
}

bool MetricChartView::inRow(int row, QDate date) const
{
    const auto &rows = m_data.series.rows;
    if (row < 0 || row >= int(rows.size()))
        return false;
    const QDate start = rows[std::size_t(row)].periodStart;
    return date >= start && date < start.addDays(periodDays(start, m_data.grain));
}

QList<const ShipMarker *> MetricChartView::markersInRow(int row) const
{
    QList<const ShipMarker *> result;
    for (const ShipMarker &marker : m_data.markers) {
        if (inRow(row, marker.date))
            result.append(&marker);
    }
    return result;
}

QString MetricChartView::hoverText(int row) const
{
    const auto &rows = m_data.series.rows;
    if (row < 0 || row >= int(rows.size()))
        return {};
    const SeriesRow &r = rows[std::size_t(row)];
    QStringList lines;
    lines << periodLabel(r.periodStart, m_data.grain);
    lines << formatOptionalValue(r.value, m_data.unit, m_data.series.kind);
    if (r.partial)
        lines << tr("Partial period: the data cover only part of it");
    for (const ShipMarker *marker : markersInRow(row)) {
        lines << (marker->status == WorkStatus::Shipped ? tr("Shipped %1: %2") : tr("Planned %1: %2"))
                     .arg(marker->date.toString(Qt::ISODate), marker->title);
    }
    for (const Annotation &annotation : annotationsInRow(row))
        lines << tr("Note %1: %2").arg(annotation.date.toString(Qt::ISODate), annotation.text);
    if (m_data.target && r.periodStart >= m_data.target->baselineDate) {
        // As the review reads it: the course's value at the period's last day.
        const QDate last = r.periodStart.addDays(periodDays(r.periodStart, m_data.grain) - 1);
        lines << tr("Target course: %1")
                     .arg(formatReadable(m_data.target->expectedAt(last), m_data.unit, m_data.series.kind));
    }
    return lines.join(u'\n');
}

QList<Annotation> MetricChartView::annotationsInRow(int row) const
{
    QList<Annotation> result;
    for (const Annotation &annotation : m_data.annotations) {
        if (inRow(row, annotation.date))
            result.append(annotation);
    }
    return result;
}

} // namespace NorthStar
