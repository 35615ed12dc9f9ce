#pragma once

// What QtCharts does not draw for us, painted in one item over the chart: the header (a
// left-aligned title, the legend, a caption), ship markers (a thin line and the work item's
// title), annotations (a dotted line, a flag and the note), the labels of the target and
// guardrail lines, the selected range and the hover read-out. It maps values to pixels from the plot
// area and the axis ranges it is given, so it never depends on a particular series.

#include "charts/shipmarkers.h"
#include "model/entities.h"

#include <QColor>
#include <QGraphicsObject>
#include <QList>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace NorthStar::Charts {

struct LegendEntry final
{
    enum class Symbol { Line, HollowPoint, Marker, Box, Flag };
    Symbol symbol = Symbol::Line;
    QColor color;
    QString text;
    bool dashed = false;

    bool operator==(const LegendEntry &) const = default;
};

// A line's label as laid out: the line's x in pixels and the label row it got (labels that
// would overlap move down a row, and are left out below the last).
struct PlacedLabel
{
    qreal x = 0;
    int row = 0;
    QString label;  // elided
    bool labelVisible = true;
};

// A ship marker as laid out (the work item's title); an annotation likewise (its text):
// they share the label rows.
struct PlacedMarker final : PlacedLabel
{
    ShipMarker marker;
};

struct PlacedAnnotation final : PlacedLabel
{
    Annotation annotation;
};

// The label of a reference line, at a point in values: the target's end (or where its
// course leaves the visible range), the guardrail's bound at the left edge.
struct ReferenceLabel final
{
    enum class Kind { Target, Guardrail };
    Kind kind = Kind::Target;
    QString text;
    QPointF at;
    QColor color;

    bool operator==(const ReferenceLabel &) const = default;
};

class ChartOverlay final : public QGraphicsObject
{
    Q_OBJECT

public:
    explicit ChartOverlay(QChart *chart);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void setTitle(const QString &title);
    void setLegend(const QList<LegendEntry> &entries);
    void setCaption(const QString &caption, bool emphasised);
    void setMarkers(const QList<ShipMarker> &markers, bool labels);
    void setAnnotations(const QList<Annotation> &annotations, bool labels);
    void setReferenceLabels(const QList<ReferenceLabel> &labels);
    // The data's points (values), which reference labels keep clear of.
    void setDataPoints(const QList<QPointF> &points);
    // Where a reference label is drawn (chart coordinates): above or below its line,
    // whichever covers fewer data points; empty when its point is outside the plot.
    QRectF referenceLabelRect(const ReferenceLabel &label) const;
    // Partial periods get a small "partial" tag next to their hollow point.
    void setPartialPoints(const QList<QPointF> &points, const QColor &color);
    // The plot rectangle in chart coordinates and its value ranges (x as dateX(), y in the
    // metric's unit).
    void setPlot(const QRectF &plot, double xMin, double xMax, double yMin, double yMax);
    QRectF plot() const { return m_plot; }
    // The selected range in x values; empty clears.
    void setSelection(std::optional<std::pair<double, double>> range);
    // The hovered point (x, y values; y empty for a gap) and its read-out.
    void setHover(std::optional<QPointF> point, double x, const QString &text, QColor color);
    void clearHover();

    // Header height the chart must reserve above the plot area.
    qreal headerHeight() const;
    void setCaptionRowVisible(bool visible);
    // Small multiples: the title in the plot's top left corner (and the legend in its top
    // right) instead of a header row above it.
    void setTitleInside(bool inside);
    bool titleInside() const { return m_titleInside; }
    QPointF toPixels(QPointF value) const;
    double xValueAt(qreal pixelX) const;
    const QList<PlacedMarker> &placedMarkers() const { return m_placed; }
    const QList<PlacedAnnotation> &placedAnnotations() const { return m_placedAnnotations; }
    const QList<ReferenceLabel> &referenceLabels() const { return m_referenceLabels; }
    const QList<LegendEntry> &legend() const { return m_legend; }
    QString caption() const { return m_caption; }

    // Lays the markers out again; call after the plot area or the ranges changed.
    void relayout();

private:
    void paintHeader(QPainter *painter) const;
    void paintLegend(QPainter *painter, qreal right, qreal baseline, qreal centerY) const;
    qreal legendWidth() const;
    QRectF insideTitleRect() const;
    // Where a placed label's box is drawn, for a label `width` pixels wide.
    QRectF labelRect(const PlacedLabel &placed, qreal width) const;
    // The lines, or the labels (painted after every line).
    void paintMarkers(QPainter *painter, bool labels) const;
    void paintAnnotations(QPainter *painter, bool labels) const;
    void paintReferenceLabels(QPainter *painter) const;
    void paintHover(QPainter *painter) const;
    void paintPartialTags(QPainter *painter) const;

    QChart *m_chart;
    QString m_title;
    QList<LegendEntry> m_legend;
    QString m_caption;
    bool m_captionEmphasised = false;
    QList<ShipMarker> m_markers;
    bool m_markerLabels = true;
    bool m_captionRow = true;
    bool m_titleInside = false;
    QList<PlacedMarker> m_placed;
    QList<Annotation> m_annotations;
    QList<PlacedAnnotation> m_placedAnnotations;
    QList<ReferenceLabel> m_referenceLabels;
    QList<QPointF> m_dataPoints;
    QRectF m_plot;
    QList<QPointF> m_partialPoints;
    QColor m_partialColor;
    double m_xMin = 0, m_xMax = 1, m_yMin = 0, m_yMax = 1;
    std::optional<std::pair<double, double>> m_selection;
    bool m_hover = false;
    std::optional<QPointF> m_hoverPoint;
    double m_hoverX = 0;
    QString m_hoverText;
    QColor m_hoverColor;
};

} // namespace NorthStar::Charts
