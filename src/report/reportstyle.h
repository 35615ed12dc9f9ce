#pragma once

// The look of the report, shared by the PDF, the HTML's charts and the tree: calm, in the
// cards' type, readable in black and white (lines differ by dash and marks, fills by
// pattern, and every colour is dark enough to print as a grey). Sizes in CSS pixels (96 per
// inch), the unit both the PDF and the SVGs are painted in.

#include <QColor>
#include <QFont>

namespace NorthStar {

struct ReportStyle final
{
    QFont titleFont;      // the report's title
    QFont subtitleFont;
    QFont headingFont;    // a section's heading
    QFont subheadingFont; // a chart's or work item's title
    QFont bodyFont;
    QFont boldFont;       // table headers, emphasis
    QFont smallFont;      // axis labels, legends, header and footer
    QFont bigValueFont;   // the North Star's value in the headline

    QColor text{0x1C, 0x25, 0x33};
    QColor mutedText{0x4A, 0x55, 0x65};
    QColor rule{0xB8, 0xC0, 0xCC};
    QColor grid{0xE3, 0xE7, 0xED};
    QColor line{0x1F, 0x3A, 0x5F};       // a metric's own values
    QColor band{0xE2, 0xE7, 0xEE};       // the usual range
    QColor bandEdge{0x8A, 0x95, 0xA5};
    QColor target{0x1C, 0x25, 0x33};     // dashed
    QColor bound{0x7A, 0x1F, 0x1F};      // dash-dot
    QColor marker{0x4A, 0x55, 0x65};     // ship dates: dotted
    QColor annotation{0x6B, 0x4E, 0x00};
    QColor expected{0x5F, 0x6B, 0x7A};   // a work item's expected course: dashed
    QColor rise{0x1E, 0x5E, 0x3F};
    QColor fall{0x9A, 0x2E, 0x22};
    QColor panel{0xF3, 0xF5, 0xF8};      // the headline's background

    double lineWidth = 2.0;
    double margin = 56.0;     // page margins (PDF)

    static ReportStyle standard();
};

} // namespace NorthStar
