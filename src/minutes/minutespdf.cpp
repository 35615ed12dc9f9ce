// The minutes as a vector PDF in the review report's look (ReportStyle, its page flow): the
// facts, the agenda as it ran, each step's decisions, the candidates' checklists and votes,
// the chosen North Star, a picture of the tree with its outline, the votes on inputs and
// work, the parking lot, all decisions. Every page has a running header and a footer
// ("Page 2 of 4", the generation date).

#include "minutes/minuteswriters.h"

#include "render/cardstyle.h"
#include "render/treepainter.h"
#include "report/report.h"
#include "report/reportpageflow.h"
#include "report/reportstyle.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace NorthStar::Minutes::Writers {
namespace {

using namespace ReportPage;

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Minutes)
};

constexpr double cssDpi = 96.0;
constexpr double treeMargin = 16.0;
// Four answers side by side keep a checklist's columns wide enough for "Not answered".
constexpr int candidatesPerTable = 4;

class PdfMinutes final
{
public:
    PdfMinutes(const Content &content, const MinutesText &text, const QRectF &body)
        : m_content(content), m_text(text), m_style(ReportStyle::standard()), m_flow(body)
    {
    }

    void layout()
    {
        addTitle();
        addFacts();
        addAgenda();
        addSteps();
        addCandidates();
        addNorthStar();
        addTree();
        addBallots(m_text.headingVotes, m_text.itemBallots, m_text.noItemVotes);
        addParkingLot();
        addDecisions();
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
        m_flow.space(20);
        const double h = textHeight(m_style.headingFont, m_flow.width(), title) + 8;
        m_flow.add(h, [this, title](QPainter &p, const QRectF &r) {
            drawText(p, r, m_style.headingFont, m_style.text, title);
        }, keep);
    }

    void subheading(const QString &title, double keep)
    {
        m_flow.space(10);
        const double h = textHeight(m_style.subheadingFont, m_flow.width(), title) + 6;
        m_flow.add(h, [this, title](QPainter &p, const QRectF &r) {
            drawText(p, r, m_style.subheadingFont, m_style.text, title);
        }, keep);
    }

    void paragraph(const QString &text, const QFont &font, const QColor &colour, double keep = 0.0, double indent = 0.0)
    {
        const double h = textHeight(font, m_flow.width() - indent, text) + 4;
        m_flow.add(h, [=, this](QPainter &p, const QRectF &r) {
            drawText(p, r.adjusted(indent, 0, 0, 0), font, colour, text);
        }, keep);
    }

    void bullet(const QString &marker, const QString &text, double indent = 0.0)
    {
        const double markerWidth = 22.0;
        const double h = textHeight(m_style.bodyFont, m_flow.width() - indent - markerWidth, text) + 5;
        m_flow.add(h, [=, this](QPainter &p, const QRectF &r) {
            drawText(p, QRectF(r.left() + indent, r.top(), markerWidth, r.height()), m_style.bodyFont, m_style.mutedText,
                     marker);
            drawText(p, r.adjusted(indent + markerWidth, 0, 0, 0), m_style.bodyFont, m_style.text, text);
        });
    }

    void table(const Table &t)
    {
        const std::vector<double> widths = columnWidths(t.header, t.rows, m_flow.width(), m_style);
        const double headerHeight = rowHeight(t.header, widths, m_style.boldFont);
        // A short table stays whole on one page; a long one keeps at least its first row
        // with the header.
        const double keep = tableStart(t) - headerHeight;
        m_flow.add(headerHeight, [=, this](QPainter &p, const QRectF &r) {
            paintRow(p, r, t.header, widths, m_style.boldFont, m_style, true);
        }, keep);
        for (std::size_t i = 0; i < t.rows.size(); ++i) {
            const QFont font = rowFont(t, i);
            const QStringList row = t.rows[i];
            m_flow.add(rowHeight(row, widths, font), [=, this](QPainter &p, const QRectF &r) {
                paintRow(p, r, row, widths, font, m_style, false);
            });
        }
    }

    QFont rowFont(const Table &t, std::size_t row) const
    {
        return row < t.emphasis.size() && t.emphasis[row] ? m_style.boldFont : m_style.bodyFont;
    }

    // The height that must fit below a table's heading: the whole table when it is short
    // (under a third of a page), else its header and first row.
    double tableStart(const Table &t) const
    {
        const std::vector<double> widths = columnWidths(t.header, t.rows, m_flow.width(), m_style);
        const double header = rowHeight(t.header, widths, m_style.boldFont);
        double whole = header;
        for (std::size_t i = 0; i < t.rows.size(); ++i)
            whole += rowHeight(t.rows[i], widths, rowFont(t, i));
        if (whole < m_flow.pageHeight() / 3)
            return whole;
        return header + (t.rows.empty() ? 0.0 : rowHeight(t.rows.front(), widths, rowFont(t, 0)));
    }

    void addTitle()
    {
        paragraph(m_text.kind.toUpper(), m_style.boldFont, m_style.mutedText);
        paragraph(m_text.title, m_style.titleFont, m_style.text);
        paragraph(m_text.subtitle, m_style.subtitleFont, m_style.mutedText);
        m_flow.space(12);
    }

    void addFacts()
    {
        const QFontMetricsF bold(m_style.boldFont);
        double labelWidth = 0.0;
        for (const Fact &f : m_text.facts)
            labelWidth = std::max(labelWidth, bold.horizontalAdvance(f.label));
        labelWidth += 16;
        const double width = m_flow.width() - 32;
        double height = 24;
        for (const Fact &f : m_text.facts) {
            if (!f.value.isEmpty())
                height += textHeight(m_style.bodyFont, width - labelWidth, f.value) + 6;
        }
        m_flow.add(height, [=, this](QPainter &p, const QRectF &r) {
            p.setPen(Qt::NoPen);
            p.setBrush(m_style.panel);
            p.drawRoundedRect(r, 8, 8);
            p.setPen(QPen(m_style.line, 4));
            p.drawLine(QPointF(r.left() + 2, r.top() + 8), QPointF(r.left() + 2, r.bottom() - 8));
            double y = r.top() + 12;
            for (const Fact &f : m_text.facts) {
                if (f.value.isEmpty())
                    continue;
                const double h = textHeight(m_style.bodyFont, width - labelWidth, f.value);
                drawText(p, QRectF(r.left() + 16, y, labelWidth, h + 2), m_style.boldFont, m_style.mutedText, f.label);
                drawText(p, QRectF(r.left() + 16 + labelWidth, y, width - labelWidth, h + 2), m_style.bodyFont,
                         m_style.text, f.value);
                y += h + 6;
            }
        });
    }

    void addAgenda()
    {
        const double note = textHeight(m_style.bodyFont, m_flow.width(), m_text.zoneNote) + 4;
        heading(m_text.headingAgenda, note + tableStart(m_text.agenda));
        paragraph(m_text.zoneNote, m_style.bodyFont, m_style.mutedText, tableStart(m_text.agenda));
        table(m_text.agenda);
        m_flow.space(6);
        paragraph(m_text.agendaSummary, m_style.bodyFont, m_style.text);
    }

    void addSteps()
    {
        heading(m_text.headingSteps, 60);
        for (const StepText &s : m_text.steps) {
            const double prompt = textHeight(m_style.bodyFont, m_flow.width(), s.prompt) + 4;
            subheading(s.heading, prompt + 20);
            if (!s.prompt.isEmpty())
                paragraph(s.prompt, m_style.bodyFont, m_style.mutedText, 20);
            if (s.decisions.isEmpty())
                paragraph(s.none, m_style.bodyFont, m_style.mutedText);
            for (const QString &d : s.decisions)
                bullet(u"•"_s, d);
        }
    }

    void addBallots(const QString &title, const QList<BallotText> &ballots, const QString &none)
    {
        if (!title.isEmpty())
            heading(title, 40);
        if (ballots.isEmpty()) {
            paragraph(none, m_style.bodyFont, m_style.mutedText);
            return;
        }
        for (const BallotText &b : ballots) {
            const double caption = textHeight(m_style.bodyFont, m_flow.width(), b.caption) + 4;
            subheading(b.heading, caption + tableStart(b.table));
            paragraph(b.caption, m_style.bodyFont, m_style.mutedText, tableStart(b.table));
            table(b.table);
        }
    }

    void addCandidates()
    {
        const double first = m_text.checklists.isEmpty() ? 20.0 : tableStart(m_text.checklists.constFirst());
        heading(m_text.headingCandidates, first);
        if (m_text.checklists.isEmpty())
            paragraph(m_text.noCandidates, m_style.bodyFont, m_style.mutedText);
        for (qsizetype i = 0; i < m_text.checklists.size(); ++i) {
            if (i > 0)
                m_flow.space(12);
            table(m_text.checklists.at(i));
        }
        if (!m_text.candidateNotes.isEmpty()) {
            m_flow.space(8);
            for (const QString &note : m_text.candidateNotes)
                bullet(u"•"_s, note);
        }
        addBallots(QString(), m_text.candidateBallots, m_text.noCandidateVotes);
    }

    void addNorthStar()
    {
        const double width = m_flow.width() - 32;
        const double h = textHeight(m_style.titleFont, width, m_text.northStar) + 28;
        heading(m_text.headingNorthStar, h);
        m_flow.add(h, [=, this](QPainter &p, const QRectF &r) {
            p.setPen(Qt::NoPen);
            p.setBrush(m_style.panel);
            p.drawRoundedRect(r, 8, 8);
            p.setPen(QPen(m_style.line, 4));
            p.drawLine(QPointF(r.left() + 2, r.top() + 8), QPointF(r.left() + 2, r.bottom() - 8));
            const QFont font = m_content.northStar.isEmpty() ? m_style.bodyFont : m_style.titleFont;
            drawText(p, r.adjusted(16, 14, -16, -10), font, m_content.northStar.isEmpty() ? m_style.mutedText : m_style.text,
                     m_text.northStar, Qt::AlignLeft | Qt::AlignVCenter);
        });
    }

    void addTree()
    {
        const QRectF bounds = m_content.geometry.boundingRect().adjusted(-treeMargin, -treeMargin, treeMargin, treeMargin);
        if (!m_content.geometry.isEmpty()) {
            const double scale = std::min(1.0, m_flow.width() / bounds.width());
            // A tree taller than most of a page is scaled to fit it.
            const double height = std::min(bounds.height() * scale, m_flow.pageHeight() * 0.7);
            heading(m_text.headingTree, height);
            m_flow.add(height, [this, bounds](QPainter &p, const QRectF &r) {
                const double s = std::min({1.0, r.width() / bounds.width(), r.height() / bounds.height()});
                p.translate(r.center());
                p.scale(s, s);
                p.translate(-bounds.center());
                paintTree(p, m_content.data, m_content.geometry, CardStyle::standard());
            });
            m_flow.space(10);
        } else {
            heading(m_text.headingTree, 20);
        }
        // The outline under the picture: every card's words at reading size, with the votes
        // and the confidence the picture shows only by marks.
        for (const OutlineLine &line : m_text.outline) {
            const double indent = line.depth * 18.0;
            const QString text = line.details.isEmpty() ? line.title : line.title + u" — "_s + line.details;
            bullet(line.depth == 0 ? u"■"_s : u"–"_s, text, indent);
        }
    }

    void addParkingLot()
    {
        heading(m_text.headingParking, m_text.parking.rows.empty() ? 20 : tableStart(m_text.parking));
        if (m_text.parking.rows.empty())
            paragraph(m_text.noIdeas, m_style.bodyFont, m_style.mutedText);
        else
            table(m_text.parking);
    }

    void addDecisions()
    {
        heading(m_text.headingDecisions, 20);
        if (m_text.decisions.isEmpty())
            paragraph(m_text.noDecisions, m_style.bodyFont, m_style.mutedText);
        for (qsizetype i = 0; i < m_text.decisions.size(); ++i)
            bullet(QString::number(i + 1) + u'.', m_text.decisions.at(i));
    }

    void paintFrame(QPainter &painter, const QRectF &page, int index) const
    {
        const double margin = m_style.margin;
        const QFontMetricsF small(m_style.smallFont);
        const double headerY = margin * 0.55;
        const QRectF header(margin, headerY - small.height(), page.width() - 2 * margin, small.height());
        drawText(painter, header, m_style.smallFont, m_style.mutedText,
                 small.elidedText(m_text.running, Qt::ElideRight, header.width()));
        painter.setPen(QPen(m_style.rule, 0.8));
        painter.drawLine(QPointF(margin, headerY + 4), QPointF(page.width() - margin, headerY + 4));
        const double footerY = page.height() - margin * 0.55;
        painter.drawLine(QPointF(margin, footerY - 4), QPointF(page.width() - margin, footerY - 4));
        const QRectF footer(margin, footerY, page.width() - 2 * margin, small.height());
        drawText(painter, footer, m_style.smallFont, m_style.mutedText, m_text.generated);
        drawText(painter, footer, m_style.smallFont, m_style.mutedText,
                 Text::tr("Page %1 of %2").arg(index + 1).arg(pageCount()), Qt::AlignRight | Qt::AlignTop);
    }

    const Content &m_content;
    const MinutesText &m_text;
    const ReportStyle m_style;
    PageFlow m_flow;
};

} // namespace

QByteArray pdf(const Content &content, const Options &options)
{
    const MinutesText text = minutesText(content, options, candidatesPerTable);
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
    PdfMinutes minutes(content, text, page.adjusted(margin, margin, -margin, -margin));
    minutes.layout();

    QPainter painter;
    if (!painter.begin(&writer))
        return {};
    for (int i = 0; i < minutes.pageCount(); ++i) {
        if (i > 0 && !writer.newPage())
            return {};
        minutes.paintPage(painter, page, i);
    }
    if (!painter.end())
        return {};
    return buffer.data();
}

} // namespace NorthStar::Minutes::Writers
