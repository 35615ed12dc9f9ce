// The report as Markdown for a chat or a wiki: the review's words and numbers with
// headings, tables and lists (no pictures: the waterfall becomes a table of its steps).

#include "report/reportwriters.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace NorthStar::ReportWriters {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Report)
};

// Pipes and line breaks would end a table cell; markup characters stay literal.
QString cell(QString text)
{
    text.replace(u'\\', u"\\\\"_s).replace(u'|', u"\\|"_s).replace(u'\n', u' ');
    return text;
}

QString inlineText(QString text)
{
    for (const QChar c : {u'\\', u'*', u'_', u'`', u'[', u']', u'<', u'>', u'#'})
        text.replace(c, u'\\' + QString(c));
    return text.replace(u'\n', u' ');
}

QString table(const QStringList &header, const std::vector<QStringList> &rows, const std::vector<bool> &emphasis = {})
{
    QStringList cells;
    for (const QString &h : header)
        cells << cell(h);
    QString md = u"| "_s + cells.join(u" | "_s) + u" |\n|"_s + QString(u"---|"_s).repeated(header.size()) + u'\n';
    for (std::size_t i = 0; i < rows.size(); ++i) {
        cells.clear();
        for (const QString &c : rows[i])
            cells << (i < emphasis.size() && emphasis[i] && !c.isEmpty() ? u"**"_s + cell(c) + u"**"_s : cell(c));
        md += u"| "_s + cells.join(u" | "_s) + u" |\n"_s;
    }
    return md;
}

QString list(const QStringList &items)
{
    QString md;
    for (const QString &item : items)
        md += u"- "_s + inlineText(item) + u'\n';
    return md;
}

} // namespace

QByteArray markdown(const ReportContent &content, const ReportText &text)
{
    QString md;
    md += u"# "_s + inlineText(text.title) + u"\n\n"_s;
    md += u"**"_s + inlineText(text.kind) + u"** · "_s + inlineText(text.period) + u" · "_s + inlineText(text.dataThrough) + u"  \n"_s;
    md += inlineText(content.workspaceName) + (text.generated.isEmpty() ? QString() : u" · "_s + inlineText(text.generated))
          + u"\n\n"_s;

    md += u"**"_s + inlineText(text.northStar) + u": "_s + inlineText(text.value) + u"**\n\n"_s;
    md += list({text.change, text.unusual, text.target}) + u'\n';

    md += u"## "_s + inlineText(text.headingWhy) + u"\n\n"_s + inlineText(text.waterfallCaption) + u"\n\n"_s;
    if (!text.waterfall.rows.empty())
        md += table(text.waterfall.header, text.waterfall.rows, text.waterfall.emphasis) + u'\n';

    md += u"## "_s + inlineText(text.headingInputs) + u"\n\n"_s
          + table(text.metrics.header, text.metrics.rows, text.metrics.emphasis) + u'\n';

    md += u"## "_s + inlineText(text.headingSegments) + u"\n\n"_s;
    md += text.movers.rows.empty() ? QString(inlineText(text.noMovers) + u"\n\n"_s)
                                   : QString(table(text.movers.header, text.movers.rows) + u'\n');

    md += u"## "_s + inlineText(text.headingWork) + u"\n\n"_s;
    if (text.work.empty()) {
        md += inlineText(text.nothingShipped) + u"\n\n"_s;
    } else {
        std::vector<QStringList> rows;
        for (const WorkItemText &w : text.work)
            rows.push_back({w.title, w.detail, w.verdict, w.expected, w.measured});
        md += table({Text::tr("Work"), Text::tr("Input and launch"), Text::tr("Verdict"), Text::tr("Expected"),
                     Text::tr("Measured")},
                    rows)
              + u'\n';
    }

    md += u"## "_s + inlineText(text.headingDisconnects) + u"\n\n"_s
          + list(text.disconnects.isEmpty() ? QStringList{text.nothingToAct} : text.disconnects) + u'\n';

    md += u"## "_s + inlineText(text.headingNotes) + u"\n\n"_s;
    if (text.notes.isEmpty() && text.annotations.isEmpty())
        md += inlineText(text.noNotes) + u"\n\n"_s;
    if (!text.notes.isEmpty())
        md += list(text.notes) + u'\n';
    if (!text.annotations.isEmpty())
        md += u"### "_s + inlineText(Text::tr("Annotations in the charted range")) + u"\n\n"_s + list(text.annotations)
              + u'\n';
    return md.toUtf8();
}

} // namespace NorthStar::ReportWriters
