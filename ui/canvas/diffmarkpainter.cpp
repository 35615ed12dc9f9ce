#include "canvas/diffmarkpainter.h"

#include "render/cardpainter.h"
#include "render/edgepainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace NorthStar {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::DiffMarks)
};

// Strong, distinct hues that stay readable as white-on-colour pills on a projector and do
// not clash with the selection blue or the gap amber.
const QColor addedColour{0x15, 0x80, 0x3D};
const QColor renamedColour{0x7C, 0x3A, 0xED};
const QColor movedColour{0xC2, 0x41, 0x0C};
const QColor weightColour{0x0F, 0x76, 0x6E};
const QColor changedColour{0x47, 0x55, 0x69};
const QColor removedColour{0xB9, 0x1C, 0x1C};

constexpr DiffMark order[] = {DiffMark::Added, DiffMark::Renamed, DiffMark::Moved, DiffMark::Reweighted,
                              DiffMark::Changed};

QColor colourOf(DiffMark mark)
{
    switch (mark) {
    case DiffMark::Added: return addedColour;
    case DiffMark::Renamed: return renamedColour;
    case DiffMark::Moved: return movedColour;
    case DiffMark::Reweighted: return weightColour;
    case DiffMark::Changed: return changedColour;
    case DiffMark::None: break;
    }
    return changedColour;
}

QString badgeText(DiffMark mark)
{
    switch (mark) {
    case DiffMark::Added: return Text::tr("new");
    case DiffMark::Renamed: return Text::tr("renamed");
    case DiffMark::Moved: return Text::tr("moved");
    case DiffMark::Reweighted: return Text::tr("weight");
    case DiffMark::Changed: return Text::tr("changed");
    case DiffMark::None: break;
    }
    return {};
}

// Larger and bolder than a card's chips: the badges are what the room looks for.
QFont badgeFont(const CardStyle &style)
{
    QFont font = style.chipFont;
    font.setPixelSize(qRound(style.chipFont.pixelSize() * 1.1));
    font.setWeight(QFont::Bold);
    return font;
}

double badgeHeight(const CardStyle &style)
{
    return std::ceil(QFontMetricsF(badgeFont(style)).height()) + 6.0;
}

double badgeWidth(const CardStyle &style, const QString &text)
{
    return QFontMetricsF(badgeFont(style)).horizontalAdvance(text) + badgeHeight(style);
}

// One pill; returns its width.
double paintBadge(QPainter &p, const CardStyle &style, const QString &text, QPointF topLeft, const QColor &colour)
{
    const double h = badgeHeight(style);
    const QRectF r(topLeft, QSizeF(badgeWidth(style, text), h));
    p.setPen(QPen(Qt::white, 1.5));
    p.setBrush(colour);
    p.drawRoundedRect(r, h / 2, h / 2);
    p.setFont(badgeFont(style));
    p.setPen(Qt::white);
    p.drawText(r, Qt::AlignCenter, text);
    return r.width();
}

QList<DiffMark> marksOf(DiffMarkSet marks)
{
    QList<DiffMark> list;
    for (DiffMark m : order) {
        if (marks.testFlag(m))
            list.append(m);
    }
    return list;
}

constexpr double badgeGap = 4.0;

double badgesWidth(const CardStyle &style, const QList<DiffMark> &marks)
{
    double w = 0;
    for (DiffMark m : marks)
        w += badgeWidth(style, badgeText(m)) + badgeGap;
    return std::max(0.0, w - badgeGap);
}

// The badges sit on the card's top edge, from its right inner corner leftwards, so they cover
// the border and the top padding but never the kind label or the name.
QPointF badgesTopLeft(const QRectF &card, const CardStyle &style, double width)
{
    return {card.right() - style.padding - width, card.top() - badgeHeight(style) / 2};
}

// Around the card, outside the selection outline (4 px), so both can show at once.
constexpr double outlineMargin = 7.0;

} // namespace

QStringList diffBadges(DiffMarkSet marks)
{
    QStringList texts;
    for (DiffMark m : marksOf(marks))
        texts.append(badgeText(m));
    return texts;
}

QString removedBadge()
{
    return Text::tr("removed");
}

QColor diffColor(DiffMarkSet marks)
{
    for (DiffMark m : {DiffMark::Added, DiffMark::Moved, DiffMark::Renamed, DiffMark::Reweighted, DiffMark::Changed}) {
        if (marks.testFlag(m))
            return colourOf(m);
    }
    return changedColour;
}

QColor removedColor()
{
    return removedColour;
}

QRectF cardMarksRect(const QRectF &card, const CardStyle &style, DiffMarkSet marks)
{
    if (!marks)
        return {};
    const double m = outlineMargin + 2.0;
    QRectF area = card.adjusted(-m, -m, m, m);
    const double w = badgesWidth(style, marksOf(marks));
    area |= QRectF(badgesTopLeft(card, style, w), QSizeF(w, badgeHeight(style))).adjusted(-1, -1, 1, 1);
    return area;
}

void paintCardMarks(QPainter &p, const QRectF &card, const CardStyle &style, DiffMarkSet marks)
{
    if (!marks)
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(diffColor(marks), 3.0));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(card.adjusted(-outlineMargin, -outlineMargin, outlineMargin, outlineMargin),
                      style.radius + outlineMargin, style.radius + outlineMargin);
    const QList<DiffMark> list = marksOf(marks);
    QPointF at = badgesTopLeft(card, style, badgesWidth(style, list));
    for (DiffMark m : list)
        at.rx() += paintBadge(p, style, badgeText(m), at, colourOf(m)) + badgeGap;
    p.restore();
}

namespace {

// Only a new weight gets a badge on a connector: a new or moved link is told by its colour
// and by the badge on its card, and a second pill beside it would only crowd the wall.
DiffMarkSet edgeBadges(DiffMarkSet marks)
{
    return marks & DiffMark::Reweighted;
}

QRectF edgeBadgesRect(const QPainterPath &path, const CardStyle &style, const QString &label, DiffMarkSet marks)
{
    marks = edgeBadges(marks);
    const double w = badgesWidth(style, marksOf(marks));
    const double h = badgeHeight(style);
    if (!label.isEmpty()) {
        const QRectF l = edgeLabelRect(path, style, label);
        return {l.right() + badgeGap, l.center().y() - h / 2, w, h};
    }
    const QPointF c = path.pointAtPercent(0.5);
    return {c.x() + badgeGap, c.y() - h / 2, w, h};
}

} // namespace

QRectF edgeMarksRect(const QPainterPath &path, const CardStyle &style, const QString &label, DiffMarkSet marks)
{
    if (!marks)
        return {};
    return edgeBadgesRect(path, style, label, marks).adjusted(-2, -2, 2, 2)
           | path.boundingRect().adjusted(-4, -4, 4, 4);
}

void paintEdgeMarks(QPainter &p, const QPainterPath &path, const CardStyle &style, const QString &label,
                    DiffMarkSet marks)
{
    if (!marks)
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(diffColor(marks), 3.0, Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    const QRectF r = edgeBadgesRect(path, style, label, marks);
    QPointF at = r.topLeft();
    for (DiffMark m : marksOf(edgeBadges(marks)))
        at.rx() += paintBadge(p, style, badgeText(m), at, colourOf(m)) + badgeGap;
    p.restore();
    // The leverage label on top of the coloured line, as the connector painted it.
    if (!label.isEmpty()) {
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF l = edgeLabelRect(path, style, label);
        p.setPen(QPen(diffColor(marks), 1.5));
        p.setBrush(Qt::white);
        p.drawRoundedRect(l, l.height() / 2, l.height() / 2);
        p.setFont(style.chipFont);
        p.setPen(style.text);
        p.drawText(l, Qt::AlignCenter, label);
        p.restore();
    }
}

void paintGhostCard(QPainter &p, const QRectF &card, const CardStyle &style, const CardContent &content)
{
    p.save();
    p.setOpacity(0.38);
    CardContent faded = content;
    faded.numbers.reset(); // a removed card's numbers would be today's, not the version's
    faded.gap = false;
    paintCard(p, card, style, faded);
    p.setOpacity(1.0);
    p.setRenderHint(QPainter::Antialiasing);
    QPen dashed(removedColour, 2.5, Qt::DashLine);
    dashed.setDashPattern({4.0, 3.0});
    p.setPen(dashed);
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(card.adjusted(-outlineMargin, -outlineMargin, outlineMargin, outlineMargin),
                      style.radius + outlineMargin, style.radius + outlineMargin);
    const QString text = removedBadge();
    paintBadge(p, style, text, badgesTopLeft(card, style, badgeWidth(style, text)), removedColour);
    p.restore();
}

void paintGhostLink(QPainter &p, const QPainterPath &path)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QColor colour = removedColour;
    colour.setAlphaF(0.6);
    QPen pen(colour, 2.0, Qt::DashLine, Qt::RoundCap);
    pen.setDashPattern({4.0, 4.0});
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.restore();
}

} // namespace NorthStar
