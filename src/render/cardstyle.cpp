#include "render/cardstyle.h"

#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

// Pixel sizes, not points: the canvas, the PNG, the SVG and the PDF all work in scene pixels,
// so a card is the same size everywhere whatever the screen's DPI.
QFont makeFont(double pixelSize, QFont::Weight weight, double letterSpacing = 0.0)
{
    QFont font(cardFontFamily());
    font.setPixelSize(qRound(pixelSize));
    font.setWeight(weight);
    if (letterSpacing != 0.0)
        font.setLetterSpacing(QFont::AbsoluteSpacing, letterSpacing);
    font.setHintingPreference(QFont::PreferNoHinting);
    // Inter swaps "+", "−" and parentheses next to figures for contextual alternates; a PDF
    // maps those glyphs to no character, so its text (copy, search, pdftotext) lost the
    // signs. Without shaping, Latin text keeps the plain glyphs.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

CardStyle scaled(double factor, double sizeFactor)
{
    CardStyle s;
    s.northStarWidth *= sizeFactor;
    s.inputWidth *= sizeFactor;
    s.workWidth *= sizeFactor;
    s.padding *= sizeFactor;
    s.radius *= sizeFactor;
    s.lineGap *= sizeFactor;
    s.nodeSpacing *= sizeFactor;
    s.rankSpacing *= sizeFactor;
    s.stackIndent *= sizeFactor;
    s.stackTopGap *= sizeFactor;
    s.stackGap *= sizeFactor;
    s.labelFont = makeFont(10.5 * factor, QFont::DemiBold, 0.9 * factor);
    s.northStarFont = makeFont(19 * factor, QFont::DemiBold);
    s.nameFont = makeFont(15 * factor, QFont::DemiBold);
    s.workFont = makeFont(13.5 * factor, QFont::Medium);
    s.detailFont = makeFont(12 * factor, QFont::Normal);
    s.chipFont = makeFont(11 * factor, QFont::DemiBold);
    s.valueFont = makeFont(22 * factor, QFont::DemiBold);
    s.northStarValueFont = makeFont(30 * factor, QFont::Bold);
    s.changeFont = makeFont(13 * factor, QFont::DemiBold);
    s.sparklineHeight *= sizeFactor;
    s.titleFont = makeFont(30 * factor, QFont::Bold);
    s.subtitleFont = makeFont(15 * factor, QFont::Normal);
    return s;
}

} // namespace

QString cardFontFamily()
{
    static const QString family = [] {
        const QStringList installed = QFontDatabase::families();
        for (const QString &candidate : {u"Inter"_s, u"Noto Sans"_s, u"DejaVu Sans"_s}) {
            if (installed.contains(candidate))
                return candidate;
        }
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

CardStyle CardStyle::standard()
{
    return scaled(1.0, 1.0);
}

CardStyle CardStyle::presentation()
{
    return scaled(1.35, 1.12);
}

QColor CardStyle::dimensionColor(Dimension dimension) const
{
    switch (dimension) {
    case Dimension::Breadth: return {0x1F, 0x6F, 0xB2};    // blue: reach
    case Dimension::Depth: return {0x6D, 0x4A, 0xA8};      // violet: engagement
    case Dimension::Frequency: return {0x14, 0x80, 0x6A};  // teal: habit
    case Dimension::Efficiency: return {0xB4, 0x5A, 0x12}; // copper: speed
    case Dimension::None: break;
    }
    return mutedText;
}

QColor CardStyle::dimensionTint(Dimension dimension) const
{
    switch (dimension) {
    case Dimension::Breadth: return {0xE3, 0xEF, 0xFA};
    case Dimension::Depth: return {0xEE, 0xE8, 0xF8};
    case Dimension::Frequency: return {0xE0, 0xF3, 0xEE};
    case Dimension::Efficiency: return {0xFB, 0xEC, 0xDF};
    case Dimension::None: break;
    }
    return {0xEE, 0xF0, 0xF3};
}

QColor CardStyle::statusColor(WorkStatus status) const
{
    switch (status) {
    case WorkStatus::Idea: return mutedText;
    case WorkStatus::InProgress: return {0x1D, 0x5F, 0xB4};
    case WorkStatus::Shipped: return {0x1E, 0x7B, 0x4F};
    }
    return mutedText;
}

QColor CardStyle::statusTint(WorkStatus status) const
{
    switch (status) {
    case WorkStatus::Idea: return {0xE6, 0xE9, 0xEE};
    case WorkStatus::InProgress: return {0xE1, 0xEC, 0xFA};
    case WorkStatus::Shipped: return {0xDF, 0xF3, 0xE7};
    }
    return {0xE6, 0xE9, 0xEE};
}

QColor CardStyle::toneColor(TrendTone tone, bool onDark) const
{
    switch (tone) {
    case TrendTone::Good: return onDark ? goodOnDark : good;
    case TrendTone::Bad: return onDark ? badOnDark : bad;
    case TrendTone::Neutral: break;
    }
    return onDark ? flatOnDark : flat;
}

double CardStyle::widthFor(NodeKind kind) const
{
    switch (kind) {
    case NodeKind::NorthStar: return northStarWidth;
    case NodeKind::Input: return inputWidth;
    case NodeKind::Work: return workWidth;
    }
    return inputWidth;
}

} // namespace NorthStar
