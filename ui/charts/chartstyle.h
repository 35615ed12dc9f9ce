#pragma once

// The look of every chart: calm on a projector. White plot, no frames, light horizontal grid
// only, the app font at readable sizes, one accent colour per line. Colours for dimensions
// and work item status come from the tree's CardStyle, so a chart matches its card.

#include "model/types.h"

#include <QColor>
#include <QFont>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
class QValueAxis;
QT_END_NAMESPACE

namespace NorthStar::Charts {

struct ChartStyle final
{
    QColor background{0xFF, 0xFF, 0xFF};
    QColor text{0x1C, 0x25, 0x33};
    QColor mutedText{0x5F, 0x6B, 0x7A};
    QColor grid{0xE8, 0xEB, 0xF0};
    QColor axisLine{0xC9, 0xCF, 0xD8};
    QColor line{0x1F, 0x6F, 0xB2};
    QColor selection{0x25, 0x63, 0xEB, 0x22};
    QColor selectionEdge{0x25, 0x63, 0xEB, 0x88};
    QColor hoverLine{0x5F, 0x6B, 0x7A, 0x90};
    QColor lifecycleNew{0x1F, 0x6F, 0xB2};
    QColor lifecycleReturning{0x8F, 0xB8, 0xDE};
    QColor lifecycleResurrecting{0x14, 0x80, 0x6A};
    QColor lifecycleDormant{0xC2, 0x5B, 0x4A};
    // Reference lines and notes, apart from the data and from the work's status colours.
    QColor target{0x3A, 0x46, 0x5E};      // slate: the course to the target
    QColor guardrail{0xB8, 0x3B, 0x2E};   // red: the bound not to cross
    QColor annotation{0x9A, 0x5B, 0x00};  // amber: a dated note

    QFont labelFont;    // axis labels
    QFont captionFont;  // captions, hover box
    QFont titleFont;    // chart title
    QFont markerFont;   // ship marker labels

    static const ChartStyle &standard();
    QColor dimensionColor(Dimension dimension) const;
    QColor statusColor(WorkStatus status) const;
};

// White background, no frame or drop shadow, no animation, tight margins, legend at the
// bottom in the app font.
void applyChartStyle(QChart *chart);
// Readable labels, a thin axis line, grid lines only where they help reading a value.
void styleValueAxis(QValueAxis *axis);
void styleTimeAxis(QAbstractAxis *axis);

} // namespace NorthStar::Charts
