#include "report/reportstyle.h"

#include "render/cardstyle.h"

namespace NorthStar {

ReportStyle ReportStyle::standard()
{
    // Pixel sizes, not points, like the cards: the same size in the PDF and the SVGs.
    const auto font = [](int pixels, QFont::Weight weight) {
        QFont f(cardFontFamily());
        f.setPixelSize(pixels);
        f.setWeight(weight);
        f.setHintingPreference(QFont::PreferNoHinting);
        f.setStyleStrategy(QFont::PreferNoShaping); // keeps "+", "−" and "(" in the PDF's text (cardstyle.cpp)
        return f;
    };
    ReportStyle s;
    s.titleFont = font(26, QFont::Bold);
    s.subtitleFont = font(14, QFont::Normal);
    s.headingFont = font(18, QFont::DemiBold);
    s.subheadingFont = font(13, QFont::DemiBold);
    s.bodyFont = font(12, QFont::Normal);
    s.boldFont = font(12, QFont::DemiBold);
    s.smallFont = font(10, QFont::Normal);
    s.bigValueFont = font(36, QFont::Bold);
    return s;
}

} // namespace NorthStar
