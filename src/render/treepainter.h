#pragma once

// Painting a whole tree (connectors under cards) and a slide around it: what the exporter
// writes to PNG, SVG and PDF. The canvas paints the same cards and connectors through its
// items.

#include "model/types.h"
#include "render/cardstyle.h"
#include "render/treegeometry.h"

#include <QRectF>
#include <QString>

class QPainter;

namespace NorthStar {

class WorkspaceData;

void paintTree(QPainter &painter, const WorkspaceData &data, const TreeGeometry &geometry,
               const CardStyle &style, const NodeNumbers &numbers = {});

// A 16:9 slide: the tree's name as the title, its game and guardrail below, the tree
// centred in what is left, generous margins. With live numbers, the subtitle names the
// period they belong to.
class Slide final
{
public:
    Slide(const WorkspaceData &data, Id treeId, TreeGeometry geometry, CardStyle style,
          NodeNumbers numbers = {});

    QSizeF size() const { return m_size; }
    void paint(QPainter &painter) const;

private:
    const WorkspaceData &m_data;
    TreeGeometry m_geometry;
    CardStyle m_style;
    NodeNumbers m_numbers;
    QString m_title;
    QString m_subtitle;
    QSizeF m_size;
    QPointF m_treeOffset;  // scene -> slide translation for the tree
    double m_titleTop = 0.0;
};

} // namespace NorthStar
