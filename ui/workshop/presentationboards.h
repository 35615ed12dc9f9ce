#pragma once

// Painting the wall screen: the look (type sized for the back of the room, the canvas's
// calm palette) and one board per kind of step, each filling the rect it is given.

#include "workshop/stepboard.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace NorthStar {

class TreeGeometry;
class WorkspaceData;
struct CardStyle;

struct PresentationLook final
{
    // 1.0 on a 1920 × 1080 screen; type and spacing scale with the screen.
    explicit PresentationLook(const QSizeF &size);

    double scale = 1.0;
    double margin = 64.0;
    QFont font(double pixels, QFont::Weight weight = QFont::Normal) const;
    double px(double pixels) const { return pixels * scale; }

    QColor background{0xF5, 0xF6, 0xF8};
    QColor card{0xFF, 0xFF, 0xFF};
    QColor cardBorder{0xD6, 0xDB, 0xE4};
    QColor title{0x16, 0x25, 0x45};
    QColor text{0x1C, 0x25, 0x33};
    QColor muted{0x5F, 0x6B, 0x7A};
    QColor faint{0xD6, 0xDB, 0xE4};
    QColor accent{0x25, 0x63, 0xEB};
    QColor good{0x1E, 0x7B, 0x4F};
    QColor goodTint{0xE3, 0xF4, 0xEA};
    QColor bad{0xB4, 0x23, 0x18};
    QColor badTint{0xFB, 0xE9, 0xE7};
    // Amber for what needs attention (over time, a gap, a check): quiet, never flashing.
    QColor warn{0xB4, 0x53, 0x09};
    QColor warnTint{0xFF, 0xF4, 0xE0};
};

// "●●● 3 dots · tied 1." in `rect`'s top left; returns the height used.
double paintDots(QPainter &p, const QRectF &rect, const StepBoard::Dots &dots, const PresentationLook &look,
                 double pixels);

void paintCandidateBoard(QPainter &p, const QRectF &rect, const QList<StepBoard::CandidateColumn> &columns,
                         bool voting, const PresentationLook &look);
void paintInputsBoard(QPainter &p, const QRectF &rect, const StepBoard::InputsBoard &board, bool voting,
                      const PresentationLook &look);
void paintWorkBoard(QPainter &p, const QRectF &rect, const QList<StepBoard::WorkColumn> &columns, bool voting,
                    const PresentationLook &look);
// The tree as the canvas and the exporter draw it (render/treepainter.h), as large as fits,
// under a line naming its game and guardrail; or a hint for an empty tree.
void paintTreeBoard(QPainter &p, const QRectF &rect, const WorkspaceData &data, Id treeId,
                    const TreeGeometry *geometry, const CardStyle &style, const PresentationLook &look);

// A message in the middle of an empty board ("No candidates yet …").
void paintEmptyBoard(QPainter &p, const QRectF &rect, const QString &message, const PresentationLook &look);

} // namespace NorthStar
