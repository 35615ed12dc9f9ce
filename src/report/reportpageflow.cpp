#include "report/reportpageflow.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace NorthStar::ReportPage {

double textHeight(const QFont &font, double width, const QString &text)
{
    if (text.isEmpty())
        return 0.0;
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

void drawText(QPainter &painter, const QRectF &rect, const QFont &font, const QColor &colour, const QString &text,
              int flags)
{
    painter.setFont(font);
    painter.setPen(colour);
    painter.drawText(rect, flags | Qt::TextWordWrap, text);
}

void PageFlow::add(double height, Paint paint, double keep)
{
    if (m_y > m_body.top() && m_y + height + keep > m_body.bottom())
        newPage();
    m_blocks.push_back({m_page, QRectF(m_body.left(), m_y, m_body.width(), height), std::move(paint)});
    m_y += height;
}

void PageFlow::space(double height)
{
    if (m_y > m_body.top())
        m_y += height;
}

void PageFlow::newPage()
{
    if (m_y > m_body.top() || m_blocks.empty()) {
        ++m_page;
        m_y = m_body.top();
    }
}

void PageFlow::paintPage(QPainter &painter, int page) const
{
    for (const Block &block : m_blocks) {
        if (block.page == page) {
            painter.save();
            block.paint(painter, block.rect);
            painter.restore();
        }
    }
}

std::vector<double> columnWidths(const QStringList &header, const std::vector<QStringList> &rows, double width,
                                 const ReportStyle &s)
{
    const QFontMetricsF bold(s.boldFont);
    std::vector<double> natural(std::size_t(header.size()), 0.0);
    for (qsizetype c = 0; c < header.size(); ++c)
        natural[std::size_t(c)] = bold.horizontalAdvance(header.at(c));
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < header.size(); ++c)
            natural[std::size_t(c)] = std::max(natural[std::size_t(c)], bold.horizontalAdvance(row.at(c)));
    }
    double total = 0.0;
    for (double &w : natural) {
        w += 2 * cellPadding + 2;
        total += w;
    }
    if (natural.empty())
        return natural;
    if (total <= width) {
        natural.back() += width - total;
        return natural;
    }
    // Too wide: the widest columns give up room first (their text wraps), down to a floor.
    std::vector<double> widths = natural;
    double excess = total - width;
    while (excess > 0.5) {
        auto widest = std::max_element(widths.begin(), widths.end());
        std::vector<double> sorted = widths;
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        const double next = sorted.size() > 1 ? sorted[1] : 0.0;
        const double cut = std::min(excess, std::max(1.0, *widest - next));
        *widest -= cut;
        excess -= cut;
    }
    return widths;
}

double rowHeight(const QStringList &cells, const std::vector<double> &widths, const QFont &font)
{
    double height = 0.0;
    for (qsizetype c = 0; c < cells.size() && std::size_t(c) < widths.size(); ++c)
        height = std::max(height, textHeight(font, widths[std::size_t(c)] - 2 * cellPadding, cells.at(c)));
    return height + 2 * cellPadding;
}

void paintRow(QPainter &painter, const QRectF &rect, const QStringList &cells, const std::vector<double> &widths,
              const QFont &font, const ReportStyle &s, bool header)
{
    double x = rect.left();
    for (qsizetype c = 0; c < cells.size() && std::size_t(c) < widths.size(); ++c) {
        const double w = widths[std::size_t(c)];
        drawText(painter, QRectF(x + cellPadding, rect.top() + cellPadding, w - 2 * cellPadding, rect.height()), font,
                 header ? s.mutedText : s.text, cells.at(c));
        x += w;
    }
    painter.setPen(QPen(header ? s.text : s.grid, header ? 1.0 : 0.8));
    painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()));
}

} // namespace NorthStar::ReportPage
