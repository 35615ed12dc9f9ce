#include "render/cardpainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <cmath>

namespace NorthStar {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Card)
};

const QFont &nameFontFor(const CardStyle &style, NodeKind kind)
{
    switch (kind) {
    case NodeKind::NorthStar: return style.northStarFont;
    case NodeKind::Input: return style.nameFont;
    case NodeKind::Work: return style.workFont;
    }
    return style.nameFont;
}

double lineHeight(const QFont &font)
{
    return std::ceil(QFontMetricsF(font).height());
}

double chipHeight(const CardStyle &style)
{
    return lineHeight(style.chipFont) + 6.0 * style.padding / 14.0;
}

double headerHeight(const CardStyle &style)
{
    return std::max(lineHeight(style.labelFont), chipHeight(style));
}

QStringList nameLines(const CardStyle &style, const CardContent &content, double width)
{
    const QString name = content.name.isEmpty() ? Text::tr("Untitled") : content.name;
    return wrapText(name, nameFontFor(style, content.kind), width, style.maxNameLines);
}

QString chipText(const CardContent &content)
{
    if (content.kind == NodeKind::Work)
        return displayName(content.status);
    if (content.dimension != Dimension::None)
        return displayName(content.dimension);
    return {};
}

// A rounded pill with centred text; returns its width.
QRectF paintChip(QPainter &p, const CardStyle &style, const QString &text, QPointF topRight,
                 const QColor &fg, const QColor &bg)
{
    const QFontMetricsF fm(style.chipFont);
    const double h = chipHeight(style);
    const double w = fm.horizontalAdvance(text) + h;
    const QRectF r(topRight.x() - w, topRight.y(), w, h);
    p.setPen(Qt::NoPen);
    p.setBrush(bg);
    p.drawRoundedRect(r, h / 2, h / 2);
    p.setPen(fg);
    p.setFont(style.chipFont);
    p.drawText(r, Qt::AlignCenter, text);
    return r;
}

// A small person: head and shoulders, drawn rather than taken from a font so every
// platform and every export shows it.
void paintPerson(QPainter &p, const QRectF &box, const QColor &color)
{
    const double s = box.height();
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QPointF(box.center().x(), box.top() + s * 0.3), s * 0.2, s * 0.2);
    QPainterPath body;
    const QRectF shoulders(box.center().x() - s * 0.36, box.top() + s * 0.56, s * 0.72, s * 0.7);
    body.moveTo(shoulders.left(), box.bottom() - s * 0.08);
    body.arcTo(shoulders, 180, -180);
    body.closeSubpath();
    p.drawPath(body);
}

void paintStar(QPainter &p, QPointF centre, double radius, const QColor &color)
{
    QPolygonF star;
    for (int i = 0; i < 10; ++i) {
        const double r = i % 2 == 0 ? radius : radius * 0.45;
        const double a = -M_PI / 2 + i * M_PI / 5;
        star << centre + QPointF(r * std::cos(a), r * std::sin(a));
    }
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPolygon(star);
}

void paintShadow(QPainter &p, const QRectF &rect, const CardStyle &style)
{
    // A soft drop shadow from a few translucent layers: vector-friendly (SVG, PDF) where a
    // blur effect would be rasterised.
    p.setPen(Qt::NoPen);
    for (int i = 3; i >= 1; --i) {
        QColor c = style.shadow;
        c.setAlphaF(c.alphaF() / i);
        const double grow = i * 1.5;
        p.setBrush(c);
        p.drawRoundedRect(rect.adjusted(-grow, -grow + 2 + i, grow, grow + 2 + i),
                          style.radius + grow, style.radius + grow);
    }
}


const QFont &valueFontFor(const CardStyle &style, NodeKind kind)
{
    return kind == NodeKind::NorthStar ? style.northStarValueFont : style.valueFont;
}

// The numbers block: a gap, the value line, a small gap, the sparkline. Always this tall,
// whatever the state, so answers arriving never resize a card.
double numbersHeight(const CardStyle &style, NodeKind kind)
{
    return style.lineGap + lineHeight(valueFontFor(style, kind)) + style.lineGap * 0.5 + style.sparklineHeight;
}

// ▲ ▼ or a flat arrow, drawn (not a font glyph) so every platform and export shows it.
void paintTrendArrow(QPainter &p, const QRectF &box, Trend trend, const QColor &color)
{
    const QPointF c = box.center();
    const double s = box.height() * 0.5;
    QPolygonF arrow;
    switch (trend) {
    case Trend::Up:
        arrow << QPointF(c.x() - s * 0.62, c.y() + s * 0.45) << QPointF(c.x() + s * 0.62, c.y() + s * 0.45)
              << QPointF(c.x(), c.y() - s * 0.6);
        break;
    case Trend::Down:
        arrow << QPointF(c.x() - s * 0.62, c.y() - s * 0.45) << QPointF(c.x() + s * 0.62, c.y() - s * 0.45)
              << QPointF(c.x(), c.y() + s * 0.6);
        break;
    case Trend::Flat:
        p.setPen(QPen(color, std::max(1.2, s * 0.22), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(c.x() - s * 0.6, c.y()), QPointF(c.x() + s * 0.1, c.y()));
        arrow << QPointF(c.x() + s * 0.05, c.y() - s * 0.38) << QPointF(c.x() + s * 0.65, c.y())
              << QPointF(c.x() + s * 0.05, c.y() + s * 0.38);
        break;
    case Trend::None:
        return;
    }
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPolygon(arrow);
}

void paintSparkline(QPainter &p, const QRectF &box, const CardNumbers &n, const QColor &line,
                    const QColor &dot)
{
    const std::size_t count = n.sparkline.size();
    double lo = 1e300;
    double hi = -1e300;
    for (const auto &v : n.sparkline) {
        if (v) {
            lo = std::min(lo, *v);
            hi = std::max(hi, *v);
        }
    }
    if (count < 2 || lo > hi)
        return;
    // Room for the end dot; a flat series sits in the middle.
    const QRectF area = box.adjusted(2.5, 2.5, -2.5, -2.5);
    const auto point = [&](std::size_t i) {
        const double x = area.left() + area.width() * double(i) / double(count - 1);
        const double t = hi > lo ? (*n.sparkline[i] - lo) / (hi - lo) : 0.5;
        return QPointF(x, area.bottom() - t * area.height());
    };
    QColor fill = line;
    fill.setAlphaF(0.14);
    for (std::size_t i = 0; i + 1 < count; ++i) {
        if (!n.sparkline[i] || !n.sparkline[i + 1])
            continue; // an empty ratio is a gap, never a drop to 0
        const QPointF a = point(i);
        const QPointF b = point(i + 1);
        QPolygonF band{a, b, QPointF(b.x(), area.bottom()), QPointF(a.x(), area.bottom())};
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawPolygon(band);
        const bool partial = i + 1 < n.sparklinePartial.size() && (n.sparklinePartial[i] || n.sparklinePartial[i + 1]);
        p.setPen(QPen(line, 1.6, partial ? Qt::DotLine : Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawLine(a, b);
    }
    if (n.sparkline.back()) {
        p.setPen(Qt::NoPen);
        p.setBrush(dot);
        p.drawEllipse(point(count - 1), 2.6, 2.6);
    }
}

void paintNumbers(QPainter &p, const QRectF &box, const CardStyle &style, const CardContent &content)
{
    const CardNumbers &n = *content.numbers;
    const bool dark = content.kind == NodeKind::NorthStar;
    const QFont &valueFont = valueFontFor(style, content.kind);
    const QFontMetricsF vm(valueFont);
    const QFontMetricsF dm(style.detailFont);
    const QFontMetricsF cm(style.changeFont);
    const QRectF valueLine(box.left(), box.top(), box.width(), lineHeight(valueFont));
    const QRectF spark(box.left(), valueLine.bottom() + style.lineGap * 0.5, box.width(), style.sparklineHeight);
    const QColor text = dark ? style.northStarText : style.text;
    const QColor muted = dark ? style.northStarDetail : style.mutedText;
    const double baseline = valueLine.top() + vm.ascent();

    if (n.state == CardNumbers::State::Hint) {
        p.setFont(style.detailFont);
        p.setPen(muted);
        p.drawText(QPointF(box.left(), valueLine.center().y() + (dm.ascent() - dm.descent()) / 2),
                   dm.elidedText(n.hint, Qt::ElideRight, box.width()));
    } else if (n.state == CardNumbers::State::Value) {
        // The change on the right first: it must stay whole; the unit gives way.
        double right = box.right();
        if (!n.change.isEmpty()) {
            const QColor tone = style.toneColor(n.tone, dark);
            const double w = cm.horizontalAdvance(n.change);
            p.setFont(style.changeFont);
            p.setPen(tone);
            p.drawText(QPointF(right - w, baseline), n.change);
            right -= w + 2.0;
            const double arrow = cm.ascent();
            paintTrendArrow(p, QRectF(right - arrow, baseline - cm.ascent(), arrow, cm.ascent() + cm.descent()),
                            n.trend, tone);
            right -= arrow + 8.0;
        }
        p.setFont(valueFont);
        p.setPen(text);
        const QString value = vm.elidedText(n.value, Qt::ElideRight, right - box.left());
        p.drawText(QPointF(box.left(), baseline), value);
        const double unitX = box.left() + vm.horizontalAdvance(value) + 5.0;
        if (!n.unit.isEmpty() && right - unitX > dm.averageCharWidth() * 3) {
            p.setFont(style.detailFont);
            p.setPen(muted);
            p.drawText(QPointF(unitX, baseline), dm.elidedText(n.unit, Qt::ElideRight, right - unitX));
        }
    }
    const QColor line = dark ? style.sparklineOnDark
                             : content.dimension != Dimension::None ? style.dimensionColor(content.dimension)
                                                                   : style.sparkline;
    paintSparkline(p, spark, n, line, dark ? style.northStarText : text);
}

// Dots drawn one by one up to this many; more read as one dot and the count.
constexpr int maxDrawnDots = 6;

struct BadgeMetrics final
{
    double height = 0;
    double dot = 0;      // a dot's diameter
    double dotGap = 0;
    double rankWidth = 0;
    double countWidth = 0;
    int drawnDots = 0;
    QString count;
};

BadgeMetrics badgeMetrics(const CardStyle &style, const CardVotes &votes)
{
    BadgeMetrics m;
    const QFontMetricsF fm(style.chipFont);
    m.height = chipHeight(style);
    m.dot = std::round(fm.ascent() * 0.62);
    m.dotGap = std::max(2.0, m.dot * 0.35);
    m.rankWidth = votes.rank.isEmpty() ? 0.0 : fm.horizontalAdvance(votes.rank);
    m.count = QString::number(votes.dots);
    m.countWidth = fm.horizontalAdvance(m.count);
    m.drawnDots = votes.dots > maxDrawnDots ? 1 : std::max(0, votes.dots);
    return m;
}

} // namespace

QPen confidenceBorder(const QPen &base, const CardStyle &style, Confidence confidence)
{
    QPen pen = base;
    if (confidence == Confidence::Low) {
        pen = QPen(style.mutedText, 1.4, Qt::CustomDashLine);
        pen.setDashPattern({3.0, 3.0});
    } else if (confidence == Confidence::Medium) {
        pen.setWidthF(std::max(1.2, pen.widthF()));
        pen.setStyle(Qt::CustomDashLine);
        pen.setDashPattern({8.0, 3.0});
    }
    return pen;
}

QSizeF voteBadgeSize(const CardStyle &style, const CardVotes &votes)
{
    const BadgeMetrics m = badgeMetrics(style, votes);
    const double gap = m.height * 0.3;
    double w = m.height; // half a height of padding on each side
    if (m.rankWidth > 0)
        w += m.rankWidth + gap;
    w += m.drawnDots * m.dot + std::max(0, m.drawnDots - 1) * m.dotGap + gap + m.countWidth;
    return {std::ceil(w), m.height};
}

QRectF voteBadgeRect(const QRectF &card, const CardStyle &style, const CardVotes &votes)
{
    const QSizeF size = voteBadgeSize(style, votes);
    return {card.right() - style.padding - size.width(), card.top() - size.height() / 2, size.width(),
            size.height()};
}

void paintVoteBadge(QPainter &p, const QRectF &badge, const CardStyle &style, const CardVotes &votes)
{
    const BadgeMetrics m = badgeMetrics(style, votes);
    const QFontMetricsF fm(style.chipFont);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::white, 1.5));
    p.setBrush(style.accent);
    p.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
    const double gap = m.height * 0.3;
    const double baseline = badge.center().y() + (fm.ascent() - fm.descent()) / 2;
    double x = badge.left() + m.height / 2;
    p.setFont(style.chipFont);
    if (m.rankWidth > 0) {
        p.setPen(QColor(255, 255, 255, 210));
        p.drawText(QPointF(x, baseline), votes.rank);
        x += m.rankWidth + gap;
    }
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    for (int i = 0; i < m.drawnDots; ++i) {
        p.drawEllipse(QRectF(x, badge.center().y() - m.dot / 2, m.dot, m.dot));
        x += m.dot + (i + 1 < m.drawnDots ? m.dotGap : 0.0);
    }
    x += gap;
    p.setPen(Qt::white);
    p.drawText(QPointF(x, baseline), m.count);
    p.restore();
}

QStringList wrapText(const QString &text, const QFont &font, double width, int maxLines)
{
    QStringList lines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            const QString rest = text.mid(line.textStart()).simplified();
            lines.append(QFontMetricsF(font).elidedText(rest, Qt::ElideRight, width));
            break;
        }
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    if (lines.isEmpty())
        lines.append(QString());
    return lines;
}

QSizeF cardSize(const CardStyle &style, const CardContent &content)
{
    const double width = style.widthFor(content.kind);
    const double inner = width - 2 * style.padding;
    double h = style.padding + headerHeight(style) + style.lineGap;
    h += nameLines(style, content, inner).size() * lineHeight(nameFontFor(style, content.kind));
    if (content.numbers)
        h += numbersHeight(style, content.kind);
    if (!content.owner.isEmpty())
        h += style.lineGap + lineHeight(style.detailFont);
    if (content.gap)
        h += style.lineGap + lineHeight(style.detailFont);
    if (content.confidence == Confidence::Low)
        h += style.lineGap + lineHeight(style.detailFont);
    h += style.padding;
    return {width, std::ceil(h)};
}

QRectF cardNameRect(const QRectF &rect, const CardStyle &style, const CardContent &content)
{
    const double top = rect.top() + style.padding + headerHeight(style) + style.lineGap;
    const double lines = nameLines(style, content, rect.width() - 2 * style.padding).size();
    return {rect.left() + style.padding, top, rect.width() - 2 * style.padding,
            lines * lineHeight(nameFontFor(style, content.kind))};
}

QRectF cardHandleRect(const QRectF &rect, const CardStyle &style)
{
    const double r = style.padding * 0.5;
    return {rect.center().x() - r, rect.bottom() - r, 2 * r, 2 * r};
}

QRectF cardPaintRect(const QRectF &rect, const CardStyle &style)
{
    const double m = 6.0 + style.padding * 0.5;
    return rect.adjusted(-m, -m, m, m + 6.0);
}

void paintCard(QPainter &p, const QRectF &rect, const CardStyle &style, const CardContent &content,
               const CardPaintOptions &options)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    const bool northStar = content.kind == NodeKind::NorthStar;
    const bool work = content.kind == NodeKind::Work;
    const QColor fill = northStar ? style.northStarFill : work ? style.workFill : style.inputFill;
    const QColor textColor = northStar ? style.northStarText : style.text;
    const QColor detailColor = northStar ? style.northStarDetail : style.mutedText;

    if (!work)
        paintShadow(p, rect, style);

    // Body and outline. A gap is outlined in dashed amber so the room sees the hole.
    QPen border(northStar ? fill : work ? style.workBorder : style.inputBorder, 1.0);
    if (content.gap) {
        border = QPen(style.gap, 1.6, Qt::DashLine);
        border.setDashPattern({4.0, 3.0});
    }
    border = confidenceBorder(border, style, content.confidence);
    if (options.hovered && !options.selected && !content.gap)
        border.setColor(style.accent.lighter(150));
    p.setPen(border);
    p.setBrush(fill);
    p.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), style.radius, style.radius);

    // Inputs carry their dimension's colour along the top edge.
    if (content.kind == NodeKind::Input && content.dimension != Dimension::None) {
        QPainterPath body;
        body.addRoundedRect(rect, style.radius, style.radius);
        QPainterPath strip;
        strip.addRect(QRectF(rect.left(), rect.top(), rect.width(), 4.0 * style.padding / 14.0));
        p.setPen(Qt::NoPen);
        p.setBrush(style.dimensionColor(content.dimension));
        p.drawPath(body.intersected(strip));
    }

    const QRectF inner = rect.adjusted(style.padding, style.padding, -style.padding, -style.padding);
    double y = inner.top();
    const double header = headerHeight(style);

    // Header: kind label on the left, dimension badge or status chip on the right.
    double labelX = inner.left();
    if (northStar) {
        const double r = lineHeight(style.labelFont) * 0.42;
        paintStar(p, QPointF(labelX + r, y + header / 2), r, style.northStarLabel);
        labelX += 2 * r + 5;
    }
    p.setFont(style.labelFont);
    p.setPen(northStar ? style.northStarLabel : style.mutedText);
    p.drawText(QRectF(labelX, y, inner.right() - labelX, header), Qt::AlignLeft | Qt::AlignVCenter,
               content.label);
    const QString chip = chipText(content);
    if (!chip.isEmpty()) {
        const QPointF topRight(inner.right(), y + (header - chipHeight(style)) / 2);
        if (work)
            paintChip(p, style, chip, topRight, style.statusColor(content.status),
                      style.statusTint(content.status));
        else if (northStar)
            paintChip(p, style, chip, topRight, style.northStarText, QColor(255, 255, 255, 40));
        else
            paintChip(p, style, chip, topRight, style.dimensionColor(content.dimension),
                      style.dimensionTint(content.dimension));
    }
    y += header + style.lineGap;

    // The name, wrapped.
    const QFont &nameFont = nameFontFor(style, content.kind);
    const QFontMetricsF nameMetrics(nameFont);
    const double nameLine = lineHeight(nameFont);
    const QStringList lines = nameLines(style, content, inner.width());
    if (!options.hideName) {
        p.setFont(nameFont);
        p.setPen(content.name.isEmpty() ? detailColor : textColor);
        for (int i = 0; i < lines.size(); ++i)
            p.drawText(QPointF(inner.left(), y + i * nameLine + nameMetrics.ascent()), lines.at(i));
    }
    y += lines.size() * nameLine;

    if (content.numbers) {
        const double h = numbersHeight(style, content.kind);
        paintNumbers(p, QRectF(inner.left(), y + style.lineGap, inner.width(), h - style.lineGap), style, content);
        y += h;
    }

    // Owner, then the gap note.
    const QFontMetricsF detailMetrics(style.detailFont);
    const double detailLine = lineHeight(style.detailFont);
    p.setFont(style.detailFont);
    if (!content.owner.isEmpty()) {
        y += style.lineGap;
        const double glyph = detailMetrics.ascent() * 0.95;
        paintPerson(p, QRectF(inner.left(), y + (detailLine - glyph) / 2, glyph, glyph), detailColor);
        p.setPen(detailColor);
        const double textX = inner.left() + glyph + 6;
        p.drawText(QPointF(textX, y + detailMetrics.ascent()),
                   detailMetrics.elidedText(content.owner, Qt::ElideRight, inner.right() - textX));
        y += detailLine;
    }
    if (content.gap) {
        y += style.lineGap;
        const double r = detailMetrics.ascent() * 0.42;
        p.setPen(Qt::NoPen);
        p.setBrush(style.gap);
        p.drawEllipse(QPointF(inner.left() + r, y + detailLine / 2), r, r);
        p.setPen(style.gapText);
        p.drawText(QPointF(inner.left() + 2 * r + 6, y + detailMetrics.ascent()), Text::tr("No work yet"));
        y += detailLine;
    }
    if (content.confidence == Confidence::Low) {
        // A hypothesis the data have not confirmed: a small dashed ring and the words.
        y += style.lineGap;
        const double r = detailMetrics.ascent() * 0.38;
        QPen ring(style.mutedText, 1.2, Qt::CustomDashLine);
        ring.setDashPattern({1.5, 1.5});
        p.setPen(ring);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(inner.left() + r + 0.5, y + detailLine / 2), r, r);
        p.setPen(style.mutedText);
        p.drawText(QPointF(inner.left() + 2 * r + 7, y + detailMetrics.ascent()), Text::tr("Low confidence"));
    }

    if (options.selected) {
        p.setPen(QPen(style.accent, 2.5));
        p.setBrush(Qt::NoBrush);
        const double m = 4.0;
        p.drawRoundedRect(rect.adjusted(-m, -m, m, m), style.radius + m, style.radius + m);
    }
    if (options.showHandle) {
        p.setPen(QPen(style.accent, 1.5));
        p.setBrush(Qt::white);
        p.drawEllipse(cardHandleRect(rect, style));
    }
    if (content.votes && content.votes->dots > 0)
        paintVoteBadge(p, voteBadgeRect(rect, style, *content.votes), style, *content.votes);
    p.restore();
}

} // namespace NorthStar
