// The report as a vector PDF: page 1 the headline, the tree and the waterfall; then the
// tables and lists; then one chart per metric. Blocks flow down the pages and move to the
// next page whole; a heading stays with what follows it. Every page has a header (the
// workspace, tree, period, data through) and a footer ("Page 2 of 5", the generation date).

#include "report/reportwriters.h"

#include "report/reportcharts.h"
#include "report/reportpageflow.h"
#include "report/reportstyle.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace NorthStar::ReportWriters {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Report)
};

constexpr double cssDpi = 96.0;

using namespace ReportPage;

class PdfReport final
{
public:
    PdfReport(const ReportContent &content, const ReportText &text, const ReportOptions &options, const QRectF &body)
        : m_content(content), m_text(text), m_locale(options.locale), m_style(ReportStyle::standard()), m_flow(body)
    {
    }

    void layout()
    {
        addTitle();
        addHeadline();
        addTree();
        addWaterfall();
        m_flow.newPage();
        addTable(m_text.headingInputs, QString(), m_text.metrics);
        if (m_text.movers.rows.empty())
            addSection(m_text.headingSegments, {m_text.noMovers});
        else
            addTable(m_text.headingSegments, m_text.moversCaption, m_text.movers);
        addWork();
        addSection(m_text.headingDisconnects, m_text.disconnects.isEmpty() ? QStringList{m_text.nothingToAct} : m_text.disconnects,
                   true);
        addNotes();
        addCharts();
    }

    int pageCount() const { return m_flow.pageCount(); }

    void paintPage(QPainter &painter, const QRectF &page, int index) const
    {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        paintFrame(painter, page, index);
        m_flow.paintPage(painter, index);
    }

private:
    void heading(const QString &title, double keep)
    {
        m_flow.space(18);
        const double h = textHeight(m_style.headingFont, m_flow.width(), title) + 8;
        m_flow.add(h, [this, title](QPainter &p, const QRectF &r) {
            drawText(p, r, m_style.headingFont, m_style.text, title);
        }, keep);
    }

    void paragraph(const QString &text, const QFont &font, const QColor &colour, double keep = 0.0, double indent = 0.0)
    {
        const double h = textHeight(font, m_flow.width() - indent, text) + 4;
        m_flow.add(h, [=, this](QPainter &p, const QRectF &r) {
            drawText(p, r.adjusted(indent, 0, 0, 0), font, colour, text);
        }, keep);
    }

    void addTitle()
    {
        paragraph(m_text.kind.toUpper(), m_style.boldFont, m_style.mutedText);
        paragraph(m_text.title, m_style.titleFont, m_style.text);
        paragraph(m_text.period + u"  ·  "_s + m_text.dataThrough, m_style.subtitleFont, m_style.mutedText);
        m_flow.space(12);
    }

    void addHeadline()
    {
        const double width = m_flow.width();
        const double left = 230.0;
        const QStringList lines{m_text.change, m_text.unusual, m_text.target};
        double right = 0.0;
        for (const QString &line : lines)
            right += textHeight(m_style.boldFont, width - left - 32, line) + 6;
        const double valueHeight = textHeight(m_style.subheadingFont, left - 24, m_text.northStar) + 4
                                   + QFontMetricsF(m_style.bigValueFont).height();
        const double height = std::max(valueHeight, right) + 32;
        m_flow.add(height, [=, this](QPainter &p, const QRectF &r) {
            p.setPen(Qt::NoPen);
            p.setBrush(m_style.panel);
            p.drawRoundedRect(r, 8, 8);
            p.setPen(QPen(m_style.line, 4));
            p.drawLine(QPointF(r.left() + 2, r.top() + 8), QPointF(r.left() + 2, r.bottom() - 8));
            const QRectF inner = r.adjusted(16, 16, -16, -16);
            const double nameHeight = textHeight(m_style.subheadingFont, left - 24, m_text.northStar) + 4;
            drawText(p, QRectF(inner.left(), inner.top(), left - 24, nameHeight), m_style.subheadingFont, m_style.mutedText,
                     m_text.northStar);
            drawText(p, QRectF(inner.left(), inner.top() + nameHeight, left - 24, inner.height()), m_style.bigValueFont,
                     m_style.text, m_text.value);
            double y = inner.top();
            for (const QString &line : lines) {
                const double h = textHeight(m_style.boldFont, inner.width() - left, line);
                drawText(p, QRectF(inner.left() + left, y, inner.width() - left, h + 2), m_style.boldFont, m_style.text, line);
                y += h + 6;
            }
        });
    }

    void addTree()
    {
        const QSizeF natural = treeSize(m_content);
        if (natural.isEmpty())
            return;
        const double width = m_flow.width();
        const double scale = std::min(1.0, width / natural.width());
        const double height = std::min(natural.height() * scale, 360.0);
        heading(m_text.headingTree, height);
        m_flow.add(height, [this](QPainter &p, const QRectF &r) { paintReportTree(p, r, m_content); });
    }

    void addWaterfall()
    {
        const double caption = textHeight(m_style.bodyFont, m_flow.width(), m_text.waterfallCaption) + 8;
        const double chart = m_content.waterfall.steps.empty() ? 0.0 : 240.0;
        heading(m_text.headingWhy, caption + chart);
        paragraph(m_text.waterfallCaption, m_style.bodyFont, m_style.mutedText, chart);
        if (chart > 0) {
            m_flow.add(chart, [this](QPainter &p, const QRectF &r) {
                paintWaterfall(p, r.adjusted(0, 6, 0, 0), m_content, m_style, m_locale);
            });
        }
    }

    void addTable(const QString &title, const QString &caption, const ReportTable &table)
    {
        const std::vector<double> widths = columnWidths(table.header, table.rows, m_flow.width(), m_style);
        const double headerHeight = rowHeight(table.header, widths, m_style.boldFont);
        const double first = table.rows.empty() ? 0.0 : rowHeight(table.rows.front(), widths, m_style.bodyFont);
        const double captionHeight = caption.isEmpty() ? 0.0 : textHeight(m_style.bodyFont, m_flow.width(), caption) + 8;
        heading(title, captionHeight + headerHeight + first);
        if (!caption.isEmpty())
            paragraph(caption, m_style.bodyFont, m_style.mutedText, headerHeight + first);
        m_flow.add(headerHeight, [=, this](QPainter &p, const QRectF &r) {
            paintRow(p, r, table.header, widths, m_style.boldFont, m_style, true);
        }, first);
        for (std::size_t i = 0; i < table.rows.size(); ++i) {
            const QFont font = table.emphasis[i] ? m_style.boldFont : m_style.bodyFont;
            const QStringList row = table.rows[i];
            m_flow.add(rowHeight(row, widths, font), [=, this](QPainter &p, const QRectF &r) {
                paintRow(p, r, row, widths, font, m_style, false);
            });
        }
    }

    void addSection(const QString &title, const QStringList &items, bool bullets = false)
    {
        const QString first = items.isEmpty() ? QString() : items.constFirst();
        heading(title, textHeight(m_style.bodyFont, m_flow.width() - 16, first) + 6);
        for (const QString &item : items) {
            if (!bullets) {
                paragraph(item, m_style.bodyFont, m_style.text);
                continue;
            }
            const double h = textHeight(m_style.bodyFont, m_flow.width() - 16, item) + 6;
            m_flow.add(h, [=, this](QPainter &p, const QRectF &r) {
                drawText(p, QRectF(r.left(), r.top(), 16, r.height()), m_style.bodyFont, m_style.text, u"•"_s);
                drawText(p, r.adjusted(16, 0, 0, 0), m_style.bodyFont, m_style.text, item);
            });
        }
    }

    void addWork()
    {
        if (m_text.work.empty()) {
            addSection(m_text.headingWork, {m_text.nothingShipped});
            return;
        }
        const double width = m_flow.width();
        const double chartWidth = 250.0;
        const double legend = workLegendHeight(width, m_style) + 8;
        heading(m_text.headingWork, legend + 110);
        m_flow.add(legend, [this](QPainter &p, const QRectF &r) { paintWorkLegend(p, r, m_style); }, 110);
        for (std::size_t i = 0; i < m_text.work.size(); ++i) {
            const WorkItemText &item = m_text.work[i];
            const WorkChart &chart = m_content.workCharts[i];
            const double textWidth = width - chartWidth - 20;
            const QString numbers = Text::tr("Expected %1 · measured %2").arg(item.expected, item.measured);
            const double textHeightSum = textHeight(m_style.subheadingFont, textWidth, item.title)
                                         + textHeight(m_style.bodyFont, textWidth, item.detail)
                                         + textHeight(m_style.boldFont, textWidth, item.verdict)
                                         + textHeight(m_style.bodyFont, textWidth, numbers) + 18;
            const bool charted = !chart.before.empty() || !chart.after.empty();
            const double height = std::max(textHeightSum, charted ? 100.0 : 0.0) + 14;
            m_flow.add(height, [=, this](QPainter &p, const QRectF &r) {
                double y = r.top() + 6;
                const auto line = [&](const QFont &font, const QColor &colour, const QString &text) {
                    const double h = textHeight(font, textWidth, text);
                    drawText(p, QRectF(r.left(), y, textWidth, h + 2), font, colour, text);
                    y += h + 4;
                };
                line(m_style.subheadingFont, m_style.text, item.title);
                line(m_style.bodyFont, m_style.mutedText, item.detail);
                line(m_style.boldFont, m_style.text, item.verdict);
                line(m_style.bodyFont, m_style.text, numbers);
                if (charted)
                    paintWorkChart(p, QRectF(r.right() - chartWidth, r.top() + 4, chartWidth, 96), chart,
                                   m_content.review.grain, m_style, m_locale);
                p.setPen(QPen(m_style.grid, 0.8));
                p.drawLine(QPointF(r.left(), r.bottom() - 1), QPointF(r.right(), r.bottom() - 1));
            });
        }
    }

    void addNotes()
    {
        QStringList items = m_text.notes;
        if (items.isEmpty() && m_text.annotations.isEmpty())
            items << m_text.noNotes;
        addSection(m_text.headingNotes, items.isEmpty() ? m_text.annotations : items, true);
        if (!items.isEmpty() && !m_text.annotations.isEmpty()) {
            m_flow.space(6);
            paragraph(Text::tr("Annotations in the charted range"), m_style.boldFont, m_style.text, 20);
            for (const QString &a : m_text.annotations)
                paragraph(a, m_style.bodyFont, m_style.text, 0, 16);
        }
    }

    void chart(const QString &title, const MetricChart &chart, double plotHeight, bool legend = true)
    {
        const double height = metricChartHeight(chart, m_flow.width(), plotHeight, m_style, m_locale, legend) + 6;
        const double titleHeight = textHeight(m_style.subheadingFont, m_flow.width(), title) + 6;
        m_flow.space(10);
        m_flow.add(titleHeight, [=, this](QPainter &p, const QRectF &r) {
            drawText(p, r, m_style.subheadingFont, m_style.text, title);
        }, height);
        m_flow.add(height, [=, this](QPainter &p, const QRectF &r) {
            paintMetricChart(p, r, chart, plotHeight, m_style, m_locale, legend);
        });
    }

    void addCharts()
    {
        m_flow.newPage();
        heading(m_text.headingCharts, 60);
        const Review &review = m_content.review;
        for (std::size_t i = 0; i < review.metrics.size(); ++i) {
            const MetricReview &m = review.metrics[i];
            const QString role = m.role == ReviewRole::NorthStar ? Text::tr("North Star")
                                 : m.role == ReviewRole::Guardrail ? Text::tr("Guardrail")
                                                                   : Text::tr("Input");
            chart(Text::tr("%1 (%2)").arg(m.name, role), m_content.charts[i], 170);
            if (m.role == ReviewRole::NorthStar && !m_content.dimensions.empty()) {
                m_flow.space(4);
                paragraph(m_text.northStarDimensions, m_style.boldFont, m_style.mutedText, 100);
                for (const MetricChart &dimension : m_content.dimensions)
                    chart(dimension.title, dimension, 80, false);
            }
        }
    }

    void paintFrame(QPainter &painter, const QRectF &page, int index) const
    {
        const double margin = m_style.margin;
        const QFontMetricsF small(m_style.smallFont);
        const double headerY = margin * 0.55;
        const QRectF header(margin, headerY - small.height(), page.width() - 2 * margin, small.height());
        const QString running = small.elidedText(m_text.running, Qt::ElideRight, header.width());
        drawText(painter, header, m_style.smallFont, m_style.mutedText, running);
        painter.setPen(QPen(m_style.rule, 0.8));
        painter.drawLine(QPointF(margin, headerY + 4), QPointF(page.width() - margin, headerY + 4));
        const double footerY = page.height() - margin * 0.55;
        painter.drawLine(QPointF(margin, footerY - 4), QPointF(page.width() - margin, footerY - 4));
        const QRectF footer(margin, footerY, page.width() - 2 * margin, small.height());
        drawText(painter, footer, m_style.smallFont, m_style.mutedText, m_text.generated);
        drawText(painter, footer, m_style.smallFont, m_style.mutedText,
                 Text::tr("Page %1 of %2").arg(index + 1).arg(pageCount()), Qt::AlignRight | Qt::AlignTop);
    }

    const ReportContent &m_content;
    const ReportText &m_text;
    const QLocale m_locale;
    const ReportStyle m_style;
    PageFlow m_flow;
};

} // namespace

QByteArray pdf(const ReportContent &content, const ReportText &text, const ReportOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(text.kind + u": "_s + text.title);
    writer.setCreator(QCoreApplication::applicationName());
    writer.setResolution(int(cssDpi));
    const QPageSize pageSize(options.pageSize.value_or(defaultPageSize(options.locale)));
    writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF()));
    const QRectF page(0, 0, pageSize.sizePoints().width() * cssDpi / 72.0, pageSize.sizePoints().height() * cssDpi / 72.0);
    const double margin = ReportStyle::standard().margin;
    PdfReport report(content, text, options, page.adjusted(margin, margin, -margin, -margin));
    report.layout();

    QPainter painter;
    if (!painter.begin(&writer))
        return {};
    for (int i = 0; i < report.pageCount(); ++i) {
        if (i > 0 && !writer.newPage())
            return {};
        report.paintPage(painter, page, i);
    }
    if (!painter.end())
        return {};
    return buffer.data();
}

} // namespace NorthStar::ReportWriters
