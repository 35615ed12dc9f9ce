#pragma once

// How compare marks look (issue #11 §3): a coloured outline around a changed card with
// small filled badges sitting on its top edge ("new", "renamed", "moved", "weight"), a
// coloured connector with a badge, and removed cards as faded dashed ghosts. Separate from
// the card and connector painters so a card without marks paints exactly as before.

#include "canvas/diffmarks.h"
#include "render/cardstyle.h"

#include <QColor>
#include <QPainterPath>
#include <QRectF>

class QPainter;

namespace NorthStar {

// The colour of a kind of change; for a set, the one that matters most to the room
// (new, then moved, renamed, re-weighted, changed).
QColor diffColor(DiffMarkSet marks);
QColor removedColor();

// Cards: the outline and badges around `card` (local coordinates), and the area they need.
void paintCardMarks(QPainter &painter, const QRectF &card, const CardStyle &style, DiffMarkSet marks);
QRectF cardMarksRect(const QRectF &card, const CardStyle &style, DiffMarkSet marks);

// Connectors: the path drawn over in the mark's colour and a badge beside the leverage label
// (`label`, as the connector shows it) or at the middle.
void paintEdgeMarks(QPainter &painter, const QPainterPath &path, const CardStyle &style, const QString &label,
                    DiffMarkSet marks);
QRectF edgeMarksRect(const QPainterPath &path, const CardStyle &style, const QString &label, DiffMarkSet marks);

// A removed card: the card as it was, faded, with a dashed outline and a "removed" badge.
void paintGhostCard(QPainter &painter, const QRectF &card, const CardStyle &style, const CardContent &content);
// A removed card's link to the card it hung under: dashed and faded.
void paintGhostLink(QPainter &painter, const QPainterPath &path);

} // namespace NorthStar
