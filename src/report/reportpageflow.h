#pragma once

// The PDF's page machinery, shared by the review report and the workshop minutes (src/minutes):
// blocks that flow down the pages and move to the next page whole, wrapped text, and tables
// whose columns take the room their content needs. Sizes in CSS pixels, like ReportStyle.

#include "report/reportstyle.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QPainter;

namespace NorthStar::ReportPage {

using Paint = std::function<void(QPainter &, const QRectF &)>;

inline constexpr double cellPadding = 5.0;

// The height of `text` wrapped at `width` (0 for no text).
double textHeight(const QFont &font, double width, const QString &text);
void drawText(QPainter &painter, const QRectF &rect, const QFont &font, const QColor &colour, const QString &text,
              int flags = Qt::AlignLeft | Qt::AlignTop);

// Blocks placed down the pages of `body`.
class PageFlow final
{
public:
    explicit PageFlow(const QRectF &body) : m_body(body), m_y(body.top()) {}

    double width() const { return m_body.width(); }
    double pageHeight() const { return m_body.height(); }
    int pageCount() const { return m_page + 1; }

    // A block of `height`; moves to the next page unless it and `keep` more fit.
    void add(double height, Paint paint, double keep = 0.0);
    void space(double height);
    void newPage();
    void paintPage(QPainter &painter, int page) const;

private:
    struct Block
    {
        int page = 0;
        QRectF rect;
        Paint paint;
    };
    QRectF m_body;
    double m_y = 0.0;
    int m_page = 0;
    std::vector<Block> m_blocks;
};

// Column widths in proportion to their content, the widest giving up room first (their
// text wraps) when the table is wider than `width`.
std::vector<double> columnWidths(const QStringList &header, const std::vector<QStringList> &rows, double width,
                                 const ReportStyle &style);
double rowHeight(const QStringList &cells, const std::vector<double> &widths, const QFont &font);
// One row: the header's in muted type over a dark rule, a body row over a light one.
void paintRow(QPainter &painter, const QRectF &rect, const QStringList &cells, const std::vector<double> &widths,
              const QFont &font, const ReportStyle &style, bool header);

} // namespace NorthStar::ReportPage
