#include "render/treepainter.h"

#include "model/workspacedata.h"
#include "render/cardcontent.h"
#include "render/cardpainter.h"
#include "render/edgepainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace NorthStar {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Slide)
};

constexpr double slideMargin = 64.0;
constexpr double minSlideWidth = 1600.0;
constexpr double slideAspect = 16.0 / 9.0;

} // namespace

void paintTree(QPainter &painter, const WorkspaceData &data, const TreeGeometry &geometry,
               const CardStyle &style, const NodeNumbers &numbers)
{
    for (Id id : geometry.order()) {
        for (const Edge &edge : data.edgesAt(id)) {
            if (edge.childId != id || !geometry.contains(edge.parentId))
                continue;
            const EdgeShape shape = geometry.stackParent(id) == edge.parentId ? EdgeShape::Stacked
                                                                               : EdgeShape::Curve;
            paintEdge(painter,
                      edgePath(geometry.nodeRect(edge.parentId), geometry.nodeRect(id), shape,
                               style.stackIndent / 2, geometry.spineTop(id)),
                      style, edgeLabelText(edge.leverage, edge.confidence), false, edge.confidence);
        }
    }
    for (Id id : geometry.order()) {
        const auto known = numbers.constFind(id);
        paintCard(painter, geometry.nodeRect(id), style,
                  cardContent(data, *data.node(id), known != numbers.cend() ? &*known : nullptr));
    }
}

Slide::Slide(const WorkspaceData &data, Id treeId, TreeGeometry geometry, CardStyle style,
             NodeNumbers numbers)
    : m_data(data)
    , m_geometry(std::move(geometry))
    , m_style(std::move(style))
    , m_numbers(std::move(numbers))
{
    const Tree *tree = data.tree(treeId);
    m_title = tree ? tree->name : QString();
    QStringList facts;
    if (tree && tree->game != Game::Unset)
        facts.append(Text::tr("%1 game").arg(displayName(tree->game)));
    if (const Metric *guardrail = tree ? data.metric(tree->guardrailMetricId) : nullptr)
        facts.append(Text::tr("Guardrail: %1").arg(guardrail->name));
    // The period of the numbers, the North Star's first (all nodes share the grain).
    QString period;
    if (const Node *northStar = data.northStarOf(treeId))
        period = m_numbers.value(northStar->id).period;
    for (auto it = m_numbers.cbegin(); period.isEmpty() && it != m_numbers.cend(); ++it)
        period = it->period;
    if (!period.isEmpty())
        facts.append(Text::tr("Numbers: %1, the latest complete period").arg(period));
    m_subtitle = facts.join(QStringLiteral("  ·  "));

    const double titleHeight = std::ceil(QFontMetricsF(m_style.titleFont).height());
    const double subtitleHeight =
        m_subtitle.isEmpty() ? 0.0 : std::ceil(QFontMetricsF(m_style.subtitleFont).height()) + 6.0;
    const double header = titleHeight + subtitleHeight + 40.0;

    // The tree with room for shadows and labels, then a 16:9 frame around it.
    const QRectF treeArea = cardPaintRect(m_geometry.boundingRect(), m_style);
    double width = std::max(minSlideWidth, treeArea.width() + 2 * slideMargin);
    double height = treeArea.height() + header + 2 * slideMargin;
    if (width / height < slideAspect)
        width = height * slideAspect;
    // Whole pixels in an exact 16:9 ratio.
    width = std::ceil(width / 16.0) * 16.0;
    height = width / slideAspect;
    m_size = QSizeF(width, height);
    m_titleTop = slideMargin;

    const double areaTop = slideMargin + header;
    const double areaHeight = height - areaTop - slideMargin;
    m_treeOffset = QPointF((width - treeArea.width()) / 2 - treeArea.left(),
                           areaTop + (areaHeight - treeArea.height()) / 2 - treeArea.top());
}

void Slide::paint(QPainter &painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(), m_size), Qt::white);

    const double left = slideMargin;
    const QFontMetricsF titleMetrics(m_style.titleFont);
    painter.setFont(m_style.titleFont);
    painter.setPen(m_style.titleText);
    const QString title = m_title.isEmpty() ? Text::tr("North Star tree") : m_title;
    painter.drawText(QPointF(left, m_titleTop + titleMetrics.ascent()),
                     titleMetrics.elidedText(title, Qt::ElideRight, m_size.width() - 2 * left));
    if (!m_subtitle.isEmpty()) {
        painter.setFont(m_style.subtitleFont);
        painter.setPen(m_style.mutedText);
        painter.drawText(QPointF(left, m_titleTop + std::ceil(titleMetrics.height()) + 6.0
                                           + QFontMetricsF(m_style.subtitleFont).ascent()),
                         m_subtitle);
    }

    painter.translate(m_treeOffset);
    paintTree(painter, m_data, m_geometry, m_style, m_numbers);
    painter.restore();
}

} // namespace NorthStar
