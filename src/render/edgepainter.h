#pragma once

// Connectors between cards: a smooth curve from the parent's bottom edge to the child's top
// edge, with the leverage as a small label ("×0.8") when the link has one.

#include "render/cardstyle.h"

#include <QPainterPath>
#include <QPen>
#include <QRectF>
#include <QString>

#include <optional>

class QPainter;

namespace NorthStar {

enum class EdgeShape {
    Curve,    // parent's bottom centre to child's top centre
    Stacked,  // down a spine on the parent's left, then across into the child's left side
};

// A Stacked connector falls back to a curve when the child was moved left of the spine.
// `spineTop`: a stack in a column of its own (TreeGeometry::spineTop) whose spine does not
// start at the parent: the connector curves from the parent's bottom centre to it first.
QPainterPath edgePath(const QRectF &parentRect, const QRectF &childRect,
                      EdgeShape shape = EdgeShape::Curve, double spineInset = 12.0,
                      std::optional<QPointF> spineTop = std::nullopt);
// "×0.8"; empty without a leverage.
QString leverageText(std::optional<double> leverage);
// The link's label: its leverage, and "low confidence" on a link the team doubts (issue #11
// §2), so the dashes are explained on a slide as on the screen.
QString edgeLabelText(std::optional<double> leverage, Confidence confidence);
// The connector's pen: solid, long dashes for medium confidence, short muted ones for low.
QPen edgePen(const CardStyle &style, Confidence confidence, bool selected);
// Where the label sits on the path, and its pill.
QRectF edgeLabelRect(const QPainterPath &path, const CardStyle &style, const QString &text);
void paintEdge(QPainter &painter, const QPainterPath &path, const CardStyle &style,
               const QString &label, bool selected = false, Confidence confidence = Confidence::Unset);

} // namespace NorthStar
