#pragma once

// The look of a North Star tree: palette, type and spacing, in scene pixels. One style is
// shared by the canvas and the exporter so a slide looks like the screen; the presentation
// variant scales the same look up for a wall screen.

#include "model/types.h"
#include "render/cardnumbers.h"

#include <QColor>
#include <QFont>
#include <QMarginsF>

namespace NorthStar {

struct CardStyle final
{
    // Card widths per kind; heights follow the content (see cardSize()).
    double northStarWidth = 300.0;
    double inputWidth = 248.0;
    double workWidth = 208.0;
    double padding = 14.0;
    double radius = 10.0;
    double lineGap = 6.0;
    int maxNameLines = 3;

    // Layout spacing between neighbours on a row and between rows.
    double nodeSpacing = 32.0;
    double rankSpacing = 64.0;
    // Work items stack in a column under their input, indented past the connector spine.
    double stackIndent = 24.0;
    double stackTopGap = 22.0;
    double stackGap = 12.0;

    QFont labelFont;      // small caps kind label: "NORTH STAR", "INPUT", ...
    QFont northStarFont;  // the North Star's name
    QFont nameFont;       // an input's name
    QFont workFont;       // a work item's title
    QFont detailFont;     // owner, notes
    QFont chipFont;       // dimension badge, status chip, leverage label
    QFont valueFont;      // an input's live number
    QFont northStarValueFont;
    QFont changeFont;     // the change next to a live number: "▲ +4.2%"
    QFont titleFont;      // an exported slide's title
    QFont subtitleFont;

    // Palette: calm on a projector, every text colour readable on its card.
    QColor canvasBackground{0xF5, 0xF6, 0xF8};
    QColor northStarFill{0x16, 0x25, 0x45};
    QColor northStarText{0xFF, 0xFF, 0xFF};
    QColor northStarLabel{0xF2, 0xC1, 0x4E};
    QColor northStarDetail{0xB8, 0xC4, 0xDB};
    QColor inputFill{0xFF, 0xFF, 0xFF};
    QColor inputBorder{0xD6, 0xDB, 0xE4};
    QColor workFill{0xF1, 0xF3, 0xF7};
    QColor workBorder{0xDF, 0xE3, 0xEA};
    QColor text{0x1C, 0x25, 0x33};
    QColor mutedText{0x5F, 0x6B, 0x7A};
    QColor shadow{0x10, 0x1A, 0x2C, 0x1C};
    QColor accent{0x25, 0x63, 0xEB};
    QColor gap{0xD4, 0x8A, 0x06};
    QColor gapText{0x92, 0x5B, 0x00};
    QColor edge{0x9A, 0xA6, 0xB6};
    QColor edgeSelected{0x25, 0x63, 0xEB};
    QColor titleText{0x16, 0x25, 0x45};
    // Live numbers: change arrows (good / bad / flat) on light cards and on the North Star's
    // dark fill, and the sparkline.
    QColor good{0x1E, 0x7B, 0x4F};
    QColor bad{0xC2, 0x3A, 0x2B};
    QColor flat{0x7A, 0x85, 0x94};
    QColor goodOnDark{0x7D, 0xDB, 0xA8};
    QColor badOnDark{0xFF, 0x9C, 0x8F};
    QColor flatOnDark{0xB8, 0xC4, 0xDB};
    QColor sparkline{0x8C, 0x99, 0xAB};
    QColor sparklineOnDark{0x8F, 0xA3, 0xC7};
    double sparklineHeight = 22.0;

    static CardStyle standard();
    // Larger type for the wall screen (cards grow less than the type, so a tree fitted to
    // the screen shows bigger letters).
    static CardStyle presentation();

    // The calm colour of a dimension badge (text) and its tinted background.
    QColor dimensionColor(Dimension dimension) const;
    QColor dimensionTint(Dimension dimension) const;
    QColor statusColor(WorkStatus status) const;
    QColor statusTint(WorkStatus status) const;

    double widthFor(NodeKind kind) const;
    QColor toneColor(TrendTone tone, bool onDark) const;
};

// The house font family: Inter when installed, else Noto Sans, else DejaVu Sans.
QString cardFontFamily();

} // namespace NorthStar
