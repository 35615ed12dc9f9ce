// The wall screen's look, the shared pieces of its boards, the tree and the candidates.

#include "workshop/presentationboards.h"

#include "workshop/presentationtext.h"
#include "render/cardstyle.h"
#include "render/cardpainter.h"
#include "render/treegeometry.h"
#include "render/treepainter.h"
#include "model/workspacedata.h"
#include "workshop/votetally.h"

#include <QCoreApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::PresentationWindow)
};

// How an answer reads on the wall: the word, and whether it speaks for the candidate.
enum class Verdict { For, Against, Unsure, Open };

Verdict verdict(Answer answer, ChecklistItem item)
{
    if (answer == Answer::Unanswered)
        return Verdict::Open;
    if (answer == Answer::Unsure)
        return Verdict::Unsure;
    return answer == goodAnswer(item) ? Verdict::For : Verdict::Against;
}

void paintAnswer(QPainter &p, const QRectF &cell, Answer answer, ChecklistItem item, const PresentationLook &look)
{
    const Verdict v = verdict(answer, item);
    QString label = v == Verdict::Open ? u"–"_s : displayName(answer);
    QColor fg = look.muted, bg = Qt::transparent;
    switch (v) {
    case Verdict::For: fg = look.good; bg = look.goodTint; label = u"✓ "_s + label; break;
    case Verdict::Against: fg = look.bad; bg = look.badTint; label = u"✗ "_s + label; break;
    case Verdict::Unsure: fg = look.warn; bg = look.warnTint; label = u"? "_s + label; break;
    case Verdict::Open: break;
    }
    const QFont f = look.font(24, v == Verdict::Open ? QFont::Normal : QFont::DemiBold);
    const QFontMetricsF fm(f);
    const double w = fm.horizontalAdvance(label) + look.px(28);
    const double h = fm.height() + look.px(12);
    const QRectF chip(cell.left(), cell.center().y() - h / 2, std::min(w, cell.width()), h);
    if (bg.alpha() > 0) {
        p.setPen(Qt::NoPen);
        p.setBrush(bg);
        p.drawRoundedRect(chip, h / 2, h / 2);
    }
    p.setFont(f);
    p.setPen(fg);
    p.drawText(chip, Qt::AlignCenter, label);
}

// The checklist in few words, large enough for the back of the room (the full questions are
// in the Candidates panel on the laptop).
QString shortQuestion(ChecklistItem item)
{
    switch (item) {
    case ChecklistItem::CustomerValue: return Text::tr("Expresses the value customers get");
    case ChecklistItem::VisionAndStrategy: return Text::tr("Represents vision and strategy");
    case ChecklistItem::LeadingIndicator: return Text::tr("Leading indicator of revenue");
    case ChecklistItem::Actionable: return Text::tr("Actionable by the team");
    case ChecklistItem::Understandable: return Text::tr("Understandable by everyone");
    case ChecklistItem::Measurable: return Text::tr("Measurable");
    case ChecklistItem::NotVanity: return Text::tr("Not a vanity metric");
    case ChecklistItem::StressTest: return Text::tr("Stress test: could it double without more value? (No is good)");
    }
    return {};
}

} // namespace

PresentationLook::PresentationLook(const QSizeF &size)
    : scale(std::max(0.5, std::min(size.width() / 1920.0, size.height() / 1080.0)))
    , margin(64.0 * scale)
{
}

QFont PresentationLook::font(double pixels, QFont::Weight weight) const
{
    QFont f(cardFontFamily());
    f.setPixelSize(std::max(8, int(std::lround(pixels * scale))));
    f.setWeight(weight);
    return f;
}

double paintDots(QPainter &p, const QRectF &rect, const StepBoard::Dots &dots, const PresentationLook &look,
                 double pixels)
{
    const QFont f = look.font(pixels, QFont::DemiBold);
    const QFontMetricsF fm(f);
    const double h = fm.height();
    if (dots.dots <= 0) {
        p.setFont(look.font(pixels));
        p.setPen(look.muted);
        p.drawText(QRectF(rect.left(), rect.top(), rect.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
                   Text::tr("no dots yet"));
        return h;
    }
    const double d = h * 0.62;
    VoteTally::Entry entry;
    entry.dots = dots.dots;
    entry.rank = dots.rank;
    entry.tied = dots.tied;
    const auto wordsFor = [&](int drawn) -> QString { // a QString, not a builder over temporaries
        return (drawn > 0 && dots.dots > drawn ? u"+%1  "_s.arg(dots.dots - drawn) : QString())
               + (dots.dots == 1 ? Text::tr("1 dot") : Text::tr("%1 dots").arg(dots.dots)) + u" · "_s
               + VoteTally::rankText(entry);
    };
    // The count and the rank (a tie above all) must stay readable in a narrow column:
    // fewer dots are drawn rather than the words cut off.
    int drawn = std::min(dots.dots, 10);
    while (drawn > 0 && drawn * d * 1.35 + d * 0.4 + fm.horizontalAdvance(wordsFor(drawn)) > rect.width())
        --drawn;
    const QString words = wordsFor(drawn);
    double x = rect.left();
    p.setPen(Qt::NoPen);
    p.setBrush(dots.tied ? look.warn : look.accent);
    for (int i = 0; i < drawn; ++i) {
        p.drawEllipse(QRectF(x, rect.top() + (h - d) / 2, d, d));
        x += d * 1.35;
    }
    p.setFont(f);
    p.setPen(dots.tied ? look.warn : look.accent);
    p.drawText(QRectF(x + d * 0.4, rect.top(), std::max(0.0, rect.right() - x), h), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(words, Qt::ElideRight, std::max(0.0, rect.right() - x - d * 0.4)));
    return h;
}

void paintEmptyBoard(QPainter &p, const QRectF &rect, const QString &message, const PresentationLook &look)
{
    p.setFont(look.font(32));
    p.setPen(look.muted);
    p.drawText(rect.adjusted(look.px(120), 0, -look.px(120), 0), Qt::AlignCenter | Qt::TextWordWrap, message);
}

void paintTreeBoard(QPainter &p, const QRectF &rect, const WorkspaceData &data, Id treeId,
                    const TreeGeometry *geometry, const CardStyle &style, const PresentationLook &look)
{
    if (!geometry || geometry->isEmpty()) {
        paintEmptyBoard(p, rect, Text::tr("This tree has no cards yet."), look);
        return;
    }
    // What the value and game step talks about: the game, and what must not get worse.
    QStringList facts;
    const Tree *tree = data.tree(treeId);
    if (tree && tree->game != Game::Unset)
        facts.append(Text::tr("%1 game").arg(displayName(tree->game)));
    else
        facts.append(Text::tr("Game not chosen yet"));
    if (const Metric *guardrail = tree ? data.metric(tree->guardrailMetricId) : nullptr)
        facts.append(Text::tr("Guardrail: %1").arg(guardrail->name));
    p.setFont(look.font(26, QFont::DemiBold));
    p.setPen(look.muted);
    const double factsHeight = look.px(40);
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), factsHeight), Qt::AlignLeft | Qt::AlignVCenter,
               facts.join(u"  ·  "_s));

    // The tree itself, centred and as large as fits (cards no larger than twice their size).
    const QRectF area = rect.adjusted(0, factsHeight + look.px(12), 0, 0);
    const QRectF bounds = cardPaintRect(geometry->boundingRect(), style);
    const double k = std::min({area.width() / bounds.width(), area.height() / bounds.height(), 2.0 * look.scale});
    p.save();
    p.translate(area.center().x() - bounds.center().x() * k, area.top() + (area.height() - bounds.height() * k) / 2
                                                               - bounds.top() * k);
    p.scale(k, k);
    paintTree(p, data, *geometry, style);
    p.restore();
}

void paintCandidateBoard(QPainter &p, const QRectF &rect, const QList<StepBoard::CandidateColumn> &columns,
                         bool voting, const PresentationLook &look)
{
    if (columns.isEmpty()) {
        paintEmptyBoard(p, rect,
                        Text::tr("No candidates yet. Name them on the laptop (Candidates panel): each number "
                                 "that would show customers getting the value."),
                        look);
        return;
    }
    const double gap = look.px(20);
    const int n = int(columns.size());
    const double minLabel = std::min(rect.width() * 0.34, look.px(600));
    const double colWidth = std::min(look.px(380), (rect.width() - minLabel - gap * n) / n);
    // Few candidates leave room: the questions take it (up to a line the eye still follows).
    const double labelWidth = std::clamp(rect.width() - n * (colWidth + gap), minLabel, look.px(780));
    const double headerHeight = look.px(voting ? 132 : 96);
    const double footerHeight = look.px(48);
    const double rowHeight = (rect.height() - headerHeight - footerHeight) / checklistItemCount;

    // Column cards behind the answers: each candidate reads top to bottom.
    for (int c = 0; c < n; ++c) {
        const StepBoard::CandidateColumn &col = columns.at(c);
        const QRectF card(rect.left() + labelWidth + gap + c * (colWidth + gap), rect.top(), colWidth, rect.height());
        p.setPen(QPen(col.chosen ? look.title : look.cardBorder, look.px(col.chosen ? 3 : 1.5)));
        p.setBrush(look.card);
        p.drawRoundedRect(card, look.px(14), look.px(14));
        const QRectF inner = card.adjusted(look.px(20), look.px(14), -look.px(20), -look.px(10));
        double y = inner.top();
        if (col.chosen) {
            p.setFont(look.font(17, QFont::Bold));
            p.setPen(look.title);
            p.drawText(QRectF(inner.left(), y, inner.width(), look.px(22)), Qt::AlignLeft | Qt::AlignVCenter,
                       Text::tr("NORTH STAR"));
            y += look.px(22);
        }
        const QFont nameFont = look.font(28, QFont::Bold);
        p.setFont(nameFont);
        p.setPen(look.title);
        const double nameHeight = (voting ? headerHeight - look.px(50) : headerHeight) - (y - inner.top()) - look.px(8);
        p.drawText(QRectF(inner.left(), y, inner.width(), nameHeight), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   PresentationText::fitLines(col.name, nameFont, inner.width(), nameHeight));
        if (voting)
            paintDots(p, QRectF(inner.left(), rect.top() + headerHeight - look.px(46), inner.width(), look.px(36)),
                      col.dots, look, 22);
        for (int i = 0; i < checklistItemCount; ++i) {
            const QRectF cell(inner.left(), rect.top() + headerHeight + i * rowHeight, inner.width(), rowHeight);
            paintAnswer(p, cell, col.answers[std::size_t(i)], static_cast<ChecklistItem>(i), look);
        }
        p.setFont(look.font(20));
        p.setPen(look.muted);
        p.drawText(QRectF(inner.left(), rect.bottom() - footerHeight, inner.width(), footerHeight - look.px(6)),
                   Qt::AlignLeft | Qt::AlignVCenter, Text::tr("%1 for · %2 against").arg(col.good).arg(col.against));
    }

    // The questions on the left, once for all columns; the stress test set apart.
    p.setFont(look.font(20, QFont::Bold));
    p.setPen(look.muted);
    p.drawText(QRectF(rect.left(), rect.top() + headerHeight - look.px(46), labelWidth, look.px(36)),
               Qt::AlignLeft | Qt::AlignVCenter, Text::tr("CHECKLIST"));
    for (int i = 0; i < checklistItemCount; ++i) {
        const auto item = static_cast<ChecklistItem>(i);
        const QRectF row(rect.left(), rect.top() + headerHeight + i * rowHeight, labelWidth, rowHeight);
        if (i > 0) {
            p.setPen(QPen(look.faint, look.px(1)));
            p.drawLine(QPointF(row.left(), row.top()), QPointF(row.right(), row.top()));
        }
        const QString question = shortQuestion(item);
        // The stress test is flagged: its good answer is No, the others' Yes.
        const QColor colour = item == ChecklistItem::StressTest ? look.warn : look.text;
        const QFont f = look.font(item == ChecklistItem::StressTest ? 24 : 27,
                                  item == ChecklistItem::StressTest ? QFont::DemiBold : QFont::Normal);
        p.setFont(f);
        p.setPen(colour);
        const QRectF textRect = row.adjusted(0, look.px(4), -look.px(12), -look.px(4));
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                   PresentationText::fitLines(question, f, textRect.width(), textRect.height()));
    }
}

} // namespace NorthStar
