// The wall screen's inputs board (inputs with their dimensions and the checks that apply)
// and work board (each input with its work, inputs without work flagged as gaps).

#include "workshop/presentationboards.h"

#include "workshop/presentationtext.h"
#include "render/cardstyle.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::PresentationWindow)
};

QColor dimensionColour(Dimension d, const PresentationLook &look)
{
    return d == Dimension::None ? look.muted : CardStyle::standard().dimensionColor(d);
}

QString dimensionLabel(Dimension d)
{
    return d == Dimension::None ? Text::tr("NO DIMENSION") : displayName(d).toUpper();
}

bool hasFinding(const StepBoard::InputsBoard &board, const QString &rule)
{
    return std::any_of(board.treeChecks.cbegin(), board.treeChecks.cend(),
                       [&](const Lint::Finding &f) { return f.rule == rule; });
}

void paintTile(QPainter &p, const QRectF &tile, const QString &head, const QString &body, const QColor &headColour,
               bool warning, const PresentationLook &look)
{
    p.setPen(QPen(warning ? look.warn : look.cardBorder, look.px(warning ? 2.5 : 1.5)));
    p.setBrush(warning ? look.warnTint : look.card);
    p.drawRoundedRect(tile, look.px(12), look.px(12));
    const QRectF inner = tile.adjusted(look.px(18), look.px(10), -look.px(18), -look.px(10));
    p.setFont(look.font(20, QFont::Bold));
    p.setPen(headColour);
    p.drawText(QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.45),
               Qt::AlignLeft | Qt::AlignVCenter, head);
    p.setFont(look.font(26, QFont::DemiBold));
    p.setPen(warning ? look.warn : look.text);
    p.drawText(QRectF(inner.left(), inner.top() + inner.height() * 0.45, inner.width(), inner.height() * 0.55),
               Qt::AlignLeft | Qt::AlignVCenter, QFontMetricsF(p.font()).elidedText(body, Qt::ElideRight, inner.width()));
}

// A card with a dimension label on top and the name below it; returns the rect under them.
QRectF paintNamedCard(QPainter &p, const QRectF &card, Dimension dimension, const QString &name, double namePixels,
                      int nameLines, bool warning, const PresentationLook &look)
{
    p.setPen(QPen(warning ? look.warn : look.cardBorder, look.px(warning ? 2.5 : 1.5)));
    p.setBrush(look.card);
    p.drawRoundedRect(card, look.px(12), look.px(12));
    // The dimension's colour as a strip on the left: the room sees the mix at a glance.
    p.setPen(Qt::NoPen);
    p.setBrush(dimensionColour(dimension, look));
    p.drawRoundedRect(QRectF(card.left(), card.top(), look.px(8), card.height()), look.px(4), look.px(4));
    const QRectF inner = card.adjusted(look.px(24), look.px(12), -look.px(16), -look.px(10));
    double y = inner.top();
    p.setFont(look.font(17, QFont::Bold));
    p.setPen(dimensionColour(dimension, look));
    p.drawText(QRectF(inner.left(), y, inner.width(), look.px(24)), Qt::AlignLeft | Qt::AlignVCenter,
               dimensionLabel(dimension));
    y += look.px(28);
    const QFont f = look.font(namePixels, QFont::Bold);
    // Room for all the name's lines, used or not: neighbouring cards line up.
    const double h = std::min(inner.bottom() - y, QFontMetricsF(f).lineSpacing() * nameLines);
    p.setFont(f);
    p.setPen(look.title);
    p.drawText(QRectF(inner.left(), y, inner.width(), h), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               PresentationText::fitLines(name, f, inner.width(), h));
    return QRectF(inner.left(), y + h + look.px(6), inner.width(), std::max(0.0, inner.bottom() - y - h - look.px(6)));
}

} // namespace

void paintInputsBoard(QPainter &p, const QRectF &rect, const StepBoard::InputsBoard &board, bool voting,
                      const PresentationLook &look)
{
    // The checks first: how many inputs, and which dimensions none of them covers.
    const double tileHeight = look.px(96);
    const double gap = look.px(20);
    const double tileWidth = (rect.width() - 4 * gap) / 5;
    const bool countWarning = hasFinding(board, u"input-count"_s);
    paintTile(p, QRectF(rect.left(), rect.top(), tileWidth, tileHeight), Text::tr("INPUTS OF THE NORTH STAR"),
              countWarning ? Text::tr("%1: aim for 3 to 5").arg(board.directInputs)
                           : Text::tr("%1: within 3 to 5").arg(board.directInputs),
              look.muted, countWarning, look);
    const bool dimensionWarning = hasFinding(board, u"dimension-missing"_s);
    for (std::size_t d = 0; d < StepBoard::dimensions.size(); ++d) {
        const int covered = board.coverage[d];
        const QRectF tile(rect.left() + (tileWidth + gap) * double(d + 1), rect.top(), tileWidth, tileHeight);
        paintTile(p, tile, displayName(StepBoard::dimensions[d]).toUpper(),
                  covered == 1 ? Text::tr("1 input") : covered > 1 ? Text::tr("%1 inputs").arg(covered) : Text::tr("missing"),
                  dimensionColour(StepBoard::dimensions[d], look), dimensionWarning && covered == 0, look);
    }

    const QRectF area = rect.adjusted(0, tileHeight + look.px(32), 0, 0);
    if (board.inputs.isEmpty()) {
        paintEmptyBoard(p, area, Text::tr("No inputs yet. Which three to five numbers drive the North Star?"), look);
        return;
    }
    QHash<Id, QString> names;
    for (const StepBoard::InputCard &c : board.inputs)
        names.insert(c.nodeId, c.name);
    const int n = int(board.inputs.size());
    const int perRow = n <= 5 ? n : (n <= 10 ? (n + 1) / 2 : 6);
    const int rows = (n + perRow - 1) / perRow;
    const double cardWidth = (area.width() - gap * (perRow - 1)) / perRow;
    const double cardHeight = std::min(look.px(260), (area.height() - gap * (rows - 1)) / rows);
    for (int i = 0; i < n; ++i) {
        const StepBoard::InputCard &c = board.inputs.at(i);
        const QRectF card(area.left() + (i % perRow) * (cardWidth + gap), area.top() + (i / perRow) * (cardHeight + gap),
                          cardWidth, cardHeight);
        QRectF rest = paintNamedCard(p, card, c.dimension, c.name, 28, 2, false, look);
        p.setFont(look.font(20));
        p.setPen(look.muted);
        QStringList lines;
        if (!c.owner.isEmpty())
            lines.append(Text::tr("Owner: %1").arg(c.owner));
        if (c.parentInputId)
            lines.append(Text::tr("Drives %1").arg(names.value(c.parentInputId)));
        for (const QString &line : std::as_const(lines)) {
            if (rest.height() <= look.px(26))
                break;
            p.drawText(QRectF(rest.left(), rest.top(), rest.width(), look.px(26)), Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetricsF(p.font()).elidedText(line, Qt::ElideRight, rest.width()));
            rest.setTop(rest.top() + look.px(28));
        }
        if (!c.checks.isEmpty() && rest.height() > look.px(26)) {
            p.setFont(look.font(20, QFont::DemiBold));
            p.setPen(look.warn);
            p.drawText(QRectF(rest.left(), rest.top(), rest.width(), look.px(26)), Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetricsF(p.font()).elidedText(c.checks.join(u" · "_s), Qt::ElideRight, rest.width()));
        }
        if (voting)
            paintDots(p, QRectF(rest.left(), card.bottom() - look.px(44), rest.width(), look.px(32)), c.dots, look, 21);
    }
    // The checks in the lint's words (as the Checks panel says them), under the cards.
    double y = area.top() + rows * (cardHeight + gap) + look.px(8);
    p.setFont(look.font(24, QFont::DemiBold));
    p.setPen(look.warn);
    for (const Lint::Finding &f : board.treeChecks) {
        if (y + look.px(34) > rect.bottom())
            break;
        p.drawText(QRectF(rect.left(), y, rect.width(), look.px(34)), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(p.font()).elidedText(u"⚠ "_s + f.message, Qt::ElideRight, rect.width()));
        y += look.px(40);
    }
}

void paintWorkBoard(QPainter &p, const QRectF &rect, const QList<StepBoard::WorkColumn> &columns, bool voting,
                    const PresentationLook &look)
{
    if (columns.isEmpty()) {
        paintEmptyBoard(p, rect, Text::tr("No inputs yet: work hangs under the inputs it moves."), look);
        return;
    }
    const int n = int(columns.size());
    const double gap = look.px(n > 6 ? 14 : 20);
    const double colWidth = (rect.width() - gap * (n - 1)) / n;
    // Narrow columns (many inputs) get smaller type rather than cut-off names.
    const double k = std::clamp(colWidth / look.px(300), 0.7, 1.0);
    const double headerHeight = look.px(122);
    const double cardGap = look.px(12);
    const double workHeight = look.px(voting ? 118 : 88) * std::max(k, 0.85);
    for (int c = 0; c < n; ++c) {
        const StepBoard::WorkColumn &col = columns.at(c);
        const double x = rect.left() + c * (colWidth + gap);
        paintNamedCard(p, QRectF(x, rect.top(), colWidth, headerHeight), col.dimension, col.name, 26 * k, 2, col.gap,
                       look);
        double y = rect.top() + headerHeight + look.px(16);
        if (col.gap) {
            const QRectF hole(x, y, colWidth, look.px(110));
            QPen dashed(look.warn, look.px(2.5), Qt::DashLine);
            p.setPen(dashed);
            p.setBrush(look.warnTint);
            p.drawRoundedRect(hole, look.px(12), look.px(12));
            const QFont f = look.font(22 * k, QFont::DemiBold);
            p.setFont(f);
            p.setPen(look.warn);
            const QRectF inner = hole.adjusted(look.px(16), look.px(8), -look.px(16), -look.px(8));
            p.drawText(inner, Qt::AlignCenter | Qt::TextWordWrap,
                       PresentationText::fitLines(Text::tr("Gap: no work moves this input yet"), f, inner.width(),
                                                  inner.height()));
            continue;
        }
        if (col.work.isEmpty()) {
            p.setFont(look.font(20 * k));
            p.setPen(look.muted);
            p.drawText(QRectF(x + look.px(8), y, colWidth - look.px(16), look.px(60)), Qt::AlignLeft | Qt::TextWordWrap,
                       Text::tr("Its work is under its sub-inputs."));
            continue;
        }
        for (int i = 0; i < col.work.size(); ++i) {
            const StepBoard::WorkCard &w = col.work.at(i);
            const bool last = y + 2 * workHeight + cardGap > rect.bottom();
            if (last && i + 1 < col.work.size()) {
                p.setFont(look.font(21 * k, QFont::DemiBold));
                p.setPen(look.muted);
                p.drawText(QRectF(x + look.px(8), y, colWidth, look.px(40)), Qt::AlignLeft | Qt::AlignVCenter,
                           Text::tr("+%1 more").arg(col.work.size() - i));
                break;
            }
            const QRectF card(x + look.px(14), y, colWidth - look.px(14), workHeight);
            p.setPen(QPen(look.cardBorder, look.px(1.5)));
            p.setBrush(QColor(0xF1, 0xF3, 0xF7));
            p.drawRoundedRect(card, look.px(10), look.px(10));
            const QRectF inner = card.adjusted(look.px(14), look.px(8), -look.px(12), -look.px(8));
            const QFont f = look.font(21 * k, QFont::DemiBold);
            const double titleHeight = QFontMetricsF(f).lineSpacing() * 2;
            p.setFont(f);
            p.setPen(look.text);
            p.drawText(QRectF(inner.left(), inner.top(), inner.width(), titleHeight),
                       Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                       PresentationText::fitLines(w.title, f, inner.width(), titleHeight));
            if (voting)
                paintDots(p, QRectF(inner.left(), inner.bottom() - look.px(28), inner.width(), look.px(28)), w.dots, look,
                          19 * k);
            y += workHeight + cardGap;
        }
    }
}

} // namespace NorthStar
