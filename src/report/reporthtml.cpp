// The report as one self-contained HTML file for a weekly email: the text and tables as
// HTML, every chart as an inline SVG painted by the same code as the PDF, the CSS in one
// <style> element. No scripts, no network, no external fonts or images.

#include "report/reportwriters.h"

#include "report/reportcharts.h"
#include "report/reportstyle.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace NorthStar::ReportWriters {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Report)
};

constexpr double chartWidth = 720.0;

const char *const css = R"(
body { margin: 0; background: #f3f5f8; color: #1c2533; font: 14px/1.45 Inter, "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
main { max-width: 760px; margin: 0 auto; padding: 24px 20px 40px; background: #fff; }
header.running { color: #4a5565; font-size: 12px; border-bottom: 1px solid #b8c0cc; padding-bottom: 6px; }
.kind { color: #4a5565; font-weight: 600; text-transform: uppercase; font-size: 12px; margin-top: 18px; }
h1 { font-size: 26px; margin: 2px 0 2px; }
h2 { font-size: 19px; margin: 30px 0 8px; border-bottom: 1px solid #e3e7ed; padding-bottom: 4px; }
h3 { font-size: 14px; margin: 20px 0 4px; }
.period { color: #4a5565; margin: 0 0 16px; }
.headline { display: flex; gap: 24px; background: #f3f5f8; border-left: 4px solid #1f3a5f; border-radius: 8px; padding: 16px 20px; }
.headline .name { color: #4a5565; font-weight: 600; }
.headline .value { font-size: 36px; font-weight: 700; line-height: 1.1; }
.headline ul { list-style: none; margin: 0; padding: 0; font-weight: 600; }
.muted { color: #4a5565; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th { text-align: left; color: #4a5565; font-weight: 600; border-bottom: 1px solid #1c2533; padding: 5px 6px; }
td { border-bottom: 1px solid #e3e7ed; padding: 5px 6px; vertical-align: top; }
tr.emphasis td { font-weight: 600; }
.work { display: flex; gap: 16px; border-bottom: 1px solid #e3e7ed; padding: 8px 0; }
.work .text { flex: 1; }
.work .title { font-weight: 600; }
.work .verdict { font-weight: 600; }
figure { margin: 6px 0 10px; }
svg { max-width: 100%; height: auto; }
footer { color: #4a5565; font-size: 12px; border-top: 1px solid #b8c0cc; margin-top: 32px; padding-top: 6px; }
)";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// QSvgGenerator's document without its XML prolog, sized by CSS so it scales in a mail
// reader's narrow column.
QString inlineSvg(const QSizeF &size, const PaintFunction &paint, const QString &title)
{
    QString svg = QString::fromUtf8(svgDocument(size, paint, title));
    const qsizetype start = svg.indexOf(u"<svg"_s);
    if (start < 0)
        return {};
    svg = svg.mid(start);
    static const QRegularExpression physical(uR"( width="[^"]*mm" height="[^"]*mm")"_s);
    svg.replace(physical, uR"( width="%1" height="%2" role="img" aria-label="%3")"_s.arg(qRound(size.width()))
                              .arg(qRound(size.height()))
                              .arg(escaped(title)));
    return u"<figure>"_s + svg.trimmed() + u"</figure>\n"_s;
}

QString table(const ReportTable &t)
{
    QString html = u"<table>\n<tr>"_s;
    for (const QString &h : t.header)
        html += u"<th>"_s + escaped(h) + u"</th>"_s;
    html += u"</tr>\n"_s;
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        html += t.emphasis[i] ? u"<tr class=\"emphasis\">"_s : u"<tr>"_s;
        for (const QString &cell : t.rows[i])
            html += u"<td>"_s + escaped(cell) + u"</td>"_s;
        html += u"</tr>\n"_s;
    }
    return html + u"</table>\n"_s;
}

QString list(const QStringList &items)
{
    QString html = u"<ul>\n"_s;
    for (const QString &item : items)
        html += u"<li>"_s + escaped(item) + u"</li>\n"_s;
    return html + u"</ul>\n"_s;
}

QString heading(int level, const QString &text)
{
    return u"<h%1>%2</h%1>\n"_s.arg(level).arg(escaped(text));
}

QString paragraph(const QString &text, const QString &cssClass = {})
{
    return (cssClass.isEmpty() ? u"<p>"_s : u"<p class=\"%1\">"_s.arg(cssClass)) + escaped(text) + u"</p>\n"_s;
}

} // namespace

QByteArray html(const ReportContent &content, const ReportText &text, const ReportOptions &options)
{
    const ReportStyle style = ReportStyle::standard();
    const QLocale &locale = options.locale;
    QString body;
    body += u"<header class=\"running\">"_s + escaped(text.running) + u"</header>\n"_s;
    body += u"<div class=\"kind\">"_s + escaped(text.kind) + u"</div>\n"_s;
    body += heading(1, text.title) + paragraph(text.period + u" · "_s + text.dataThrough, u"period"_s);

    body += u"<section class=\"headline\"><div><div class=\"name\">"_s + escaped(text.northStar)
            + u"</div><div class=\"value\">"_s + escaped(text.value) + u"</div></div><ul>"_s;
    for (const QString &line : {text.change, text.unusual, text.target})
        body += u"<li>"_s + escaped(line) + u"</li>"_s;
    body += u"</ul></section>\n"_s;

    const QSizeF tree = treeSize(content);
    if (!tree.isEmpty()) {
        const double scale = std::min(1.0, chartWidth / tree.width());
        const QSizeF size(std::ceil(tree.width() * scale), std::ceil(tree.height() * scale));
        body += heading(2, text.headingTree);
        body += inlineSvg(size, [&](QPainter &p, const QRectF &r) { paintReportTree(p, r, content); }, text.headingTree);
    }

    body += heading(2, text.headingWhy) + paragraph(text.waterfallCaption, u"muted"_s);
    if (!content.waterfall.steps.empty()) {
        body += inlineSvg(QSizeF(chartWidth, 240), [&](QPainter &p, const QRectF &r) {
            paintWaterfall(p, r, content, style, locale);
        }, text.headingWhy);
    }

    body += heading(2, text.headingInputs) + table(text.metrics);
    body += heading(2, text.headingSegments);
    body += text.movers.rows.empty() ? paragraph(text.noMovers) : paragraph(text.moversCaption, u"muted"_s) + table(text.movers);

    body += heading(2, text.headingWork);
    if (text.work.empty()) {
        body += paragraph(text.nothingShipped);
    } else {
        const double legend = workLegendHeight(chartWidth, style);
        body += inlineSvg(QSizeF(chartWidth, std::ceil(legend) + 2),
                          [&](QPainter &p, const QRectF &r) { paintWorkLegend(p, r, style); }, text.headingWork);
    }
    for (std::size_t i = 0; i < text.work.size(); ++i) {
        const WorkItemText &item = text.work[i];
        const WorkChart &chart = content.workCharts[i];
        body += u"<div class=\"work\"><div class=\"text\"><div class=\"title\">"_s + escaped(item.title) + u"</div>"_s
                + u"<div class=\"muted\">"_s + escaped(item.detail) + u"</div><div class=\"verdict\">"_s
                + escaped(item.verdict) + u"</div><div>"_s
                + escaped(Text::tr("Expected %1 · measured %2").arg(item.expected, item.measured)) + u"</div></div>"_s;
        if (!chart.before.empty() || !chart.after.empty()) {
            body += inlineSvg(QSizeF(250, 100), [&](QPainter &p, const QRectF &r) {
                paintWorkChart(p, r, chart, content.review.grain, style, locale);
            }, item.title);
        }
        body += u"</div>\n"_s;
    }

    body += heading(2, text.headingDisconnects) + list(text.disconnects.isEmpty() ? QStringList{text.nothingToAct} : text.disconnects);
    body += heading(2, text.headingNotes);
    if (text.notes.isEmpty() && text.annotations.isEmpty())
        body += paragraph(text.noNotes);
    if (!text.notes.isEmpty())
        body += list(text.notes);
    if (!text.annotations.isEmpty())
        body += heading(3, Text::tr("Annotations in the charted range")) + list(text.annotations);

    body += heading(2, text.headingCharts);
    const auto chart = [&](const QString &title, const MetricChart &c, double plotHeight, bool legend) {
        const double height = std::ceil(metricChartHeight(c, chartWidth, plotHeight, style, locale, legend)) + 2;
        body += heading(3, title);
        body += inlineSvg(QSizeF(chartWidth, height), [&](QPainter &p, const QRectF &r) {
            paintMetricChart(p, r, c, plotHeight, style, locale, legend);
        }, title);
    };
    const Review &review = content.review;
    for (std::size_t i = 0; i < review.metrics.size(); ++i) {
        const MetricReview &m = review.metrics[i];
        chart(m.name, content.charts[i], 170, true);
        if (m.role == ReviewRole::NorthStar && !content.dimensions.empty()) {
            body += paragraph(text.northStarDimensions, u"muted"_s);
            for (const MetricChart &dimension : content.dimensions)
                chart(dimension.title, dimension, 80, false);
        }
    }
    body += u"<footer>"_s + escaped(text.generated) + u"</footer>\n"_s;

    const QString language = locale.name().section(u'_', 0, 0);
    const QString document = u"<!DOCTYPE html>\n<html lang=\""_s + escaped(language == u"C"_s ? u"en"_s : language)
                             + u"\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, "
                               "initial-scale=1\">\n<title>"_s
                             + escaped(text.kind + u": "_s + text.title + u" · "_s + text.period) + u"</title>\n<style>"_s
                             + QString::fromLatin1(css) + u"</style>\n</head>\n<body>\n<main>\n"_s + body
                             + u"</main>\n</body>\n</html>\n"_s;
    return document.toUtf8();
}

} // namespace NorthStar::ReportWriters
