#pragma once

// Painting one node card and measuring it. Pure functions of (style, content, rectangle):
// the canvas item and the exporter call the same code.

#include "render/cardcontent.h"
#include "render/cardstyle.h"

#include <QRectF>
#include <QStringList>

class QPainter;

namespace NorthStar {

struct CardPaintOptions final
{
    bool selected = false;
    bool hovered = false;
    // The connector handle at the bottom edge (editing only, never on slides).
    bool showHandle = false;
    // Leave the name out (the inline editor covers it).
    bool hideName = false;
};

// The natural size of a card: the kind's width, the height its content needs.
QSizeF cardSize(const CardStyle &style, const CardContent &content);
void paintCard(QPainter &painter, const QRectF &rect, const CardStyle &style,
               const CardContent &content, const CardPaintOptions &options = {});

// Where the name goes (the inline editor sits there) and where the connector handle is.
QRectF cardNameRect(const QRectF &rect, const CardStyle &style, const CardContent &content);
QRectF cardHandleRect(const QRectF &rect, const CardStyle &style);
// The area a card paints into, shadow and selection outline included.
QRectF cardPaintRect(const QRectF &rect, const CardStyle &style);

// The card's outline given what it shows: dashes for a work item the team is not sure of
// (short and muted for low confidence, long for medium); other cards keep `base`.
QPen confidenceBorder(const QPen &base, const CardStyle &style, Confidence confidence);

// The room's dots on a card (issue #11 §2): a pill straddling the card's top edge on the
// right, inside cardPaintRect() so the card's size and the layout stay as they are.
QRectF voteBadgeRect(const QRectF &card, const CardStyle &style, const CardVotes &votes);
// The pill: the rank ("tied 1."), the dots (drawn, not a font glyph: every platform shows
// them; more than six read as one dot and the count) and the count.
void paintVoteBadge(QPainter &painter, const QRectF &badge, const CardStyle &style, const CardVotes &votes);
// The pill's size, for widgets that show the same badge (the candidates panel).
QSizeF voteBadgeSize(const CardStyle &style, const CardVotes &votes);

// `text` wrapped to `width`, at most `maxLines` lines, the last one elided.
QStringList wrapText(const QString &text, const QFont &font, double width, int maxLines);

} // namespace NorthStar
