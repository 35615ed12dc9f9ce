#include "render/edgepainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace NorthStar {

namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Edge)
};

// Vertical tangents at both ends: the curve leaves straight down and arrives straight from
// above, which reads as a tree even when cards are far apart.
void curveTo(QPainterPath &path, QPointF from, QPointF to)
{
    const double bend = std::max(24.0, std::abs(to.y() - from.y()) * 0.5);
    path.cubicTo(from + QPointF(0, bend), to - QPointF(0, bend), to);
}

} // namespace

QPainterPath edgePath(const QRectF &parentRect, const QRectF &childRect, EdgeShape shape,
                      double spineInset, std::optional<QPointF> spineTop)
{
    if (shape == EdgeShape::Stacked && spineTop) {
        const double y = childRect.center().y();
        const double radius = 8.0;
        if (childRect.left() > spineTop->x() + radius && y > spineTop->y() + radius
            && spineTop->y() > parentRect.bottom()) {
            const QPointF from(parentRect.center().x(), parentRect.bottom());
            QPainterPath path(from);
            curveTo(path, from, *spineTop);
            path.lineTo(spineTop->x(), y - radius);
            path.quadTo(QPointF(spineTop->x(), y), QPointF(spineTop->x() + radius, y));
            path.lineTo(childRect.left(), y);
            return path;
        }
    } else if (shape == EdgeShape::Stacked) {
        const double spine = parentRect.left() + spineInset;
        const double y = childRect.center().y();
        const double radius = 8.0;
        if (childRect.left() > spine + radius && y > parentRect.bottom() + radius) {
            QPainterPath path(QPointF(spine, parentRect.bottom()));
            path.lineTo(spine, y - radius);
            path.quadTo(QPointF(spine, y), QPointF(spine + radius, y));
            path.lineTo(childRect.left(), y);
            return path;
        }
    }
    const QPointF from(parentRect.center().x(), parentRect.bottom());
    const QPointF to(childRect.center().x(), childRect.top());
    QPainterPath path(from);
    curveTo(path, from, to);
    return path;
}

QString leverageText(std::optional<double> leverage)
{
    if (!leverage)
        return {};
    return QStringLiteral("×") + QLocale().toString(*leverage, 'g', 3);
}

QString edgeLabelText(std::optional<double> leverage, Confidence confidence)
{
    const QString lever = leverageText(leverage);
    if (confidence != Confidence::Low)
        return lever;
    const QString low = Text::tr("low confidence");
    return lever.isEmpty() ? low : lever + QStringLiteral(" · ") + low;
}

QPen edgePen(const CardStyle &style, Confidence confidence, bool selected)
{
    const QColor color = selected ? style.edgeSelected : style.edge;
    QPen pen(color, selected ? 2.6 : 1.6, Qt::SolidLine, Qt::RoundCap);
    if (confidence == Confidence::Low) {
        pen.setStyle(Qt::CustomDashLine);
        pen.setCapStyle(Qt::FlatCap);
        pen.setDashPattern({3.0, 2.5});
        if (!selected)
            pen.setColor(style.mutedText);
    } else if (confidence == Confidence::Medium) {
        pen.setStyle(Qt::CustomDashLine);
        pen.setCapStyle(Qt::FlatCap);
        pen.setDashPattern({7.0, 2.5});
    }
    return pen;
}

QRectF edgeLabelRect(const QPainterPath &path, const CardStyle &style, const QString &text)
{
    const QFontMetricsF fm(style.chipFont);
    const double h = std::ceil(fm.height()) + 6.0;
    const double w = fm.horizontalAdvance(text) + h;
    const QPointF centre = path.pointAtPercent(0.5);
    return {centre.x() - w / 2, centre.y() - h / 2, w, h};
}

void paintEdge(QPainter &p, const QPainterPath &path, const CardStyle &style, const QString &label,
               bool selected, Confidence confidence)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QPen pen = edgePen(style, confidence, selected);
    const QColor color = pen.color();
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    // A small dot where the link enters the child.
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(path.currentPosition(), 3.0, 3.0);
    if (!label.isEmpty()) {
        const QRectF r = edgeLabelRect(path, style, label);
        p.setPen(QPen(selected ? style.edgeSelected : style.inputBorder, 1.0));
        p.setBrush(Qt::white);
        p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
        p.setFont(style.chipFont);
        p.setPen(selected ? style.edgeSelected : style.mutedText);
        p.drawText(r, Qt::AlignCenter, label);
    }
    p.restore();
}

} // namespace NorthStar
