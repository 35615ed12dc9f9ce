// The minutes as Markdown for a wiki or a chat: the same words as the PDF, the tree as an
// indented outline (North Star, inputs, work) instead of a picture.

#include "minutes/minuteswriters.h"

using namespace Qt::StringLiterals;

namespace NorthStar::Minutes::Writers {
namespace {

// Pipes and line breaks would end a table cell.
QString cell(QString text)
{
    text.replace(u'\\', u"\\\\"_s).replace(u'|', u"\\|"_s).replace(u'\n', u' ');
    return text;
}

// Markup characters in the room's words stay literal.
QString inlineText(QString text)
{
    for (const QChar c : {u'\\', u'*', u'_', u'`', u'[', u']', u'<', u'>', u'#'})
        text.replace(c, u'\\' + QString(c));
    return text.replace(u'\n', u' ');
}

QString table(const Table &t)
{
    QStringList cells;
    for (const QString &h : t.header)
        cells << cell(h);
    QString md = u"| "_s + cells.join(u" | "_s) + u" |\n|"_s + QString(u"---|"_s).repeated(t.header.size()) + u'\n';
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        cells.clear();
        const bool strong = i < t.emphasis.size() && t.emphasis[i];
        for (const QString &c : t.rows[i])
            cells << (strong && !c.isEmpty() ? u"**"_s + cell(c) + u"**"_s : cell(c));
        md += u"| "_s + cells.join(u" | "_s) + u" |\n"_s;
    }
    return md;
}

QString list(const QStringList &items, bool numbered = false)
{
    QString md;
    for (qsizetype i = 0; i < items.size(); ++i)
        md += (numbered ? QString::number(i + 1) + u". "_s : u"- "_s) + inlineText(items.at(i)) + u'\n';
    return md;
}

QString ballots(const QList<BallotText> &all, const QString &none)
{
    if (all.isEmpty())
        return inlineText(none) + u"\n\n"_s;
    QString md;
    for (const BallotText &b : all)
        md += u"### "_s + inlineText(b.heading) + u"\n\n"_s + inlineText(b.caption) + u"\n\n"_s + table(b.table) + u'\n';
    return md;
}

} // namespace

QByteArray markdown(const Content &content, const Options &options)
{
    const MinutesText t = minutesText(content, options, int(content.candidates.size()));
    QString md;
    md += u"# "_s + inlineText(t.kind + u": "_s + t.title) + u"\n\n"_s;
    for (const Fact &f : t.facts) {
        if (!f.value.isEmpty())
            md += u"- **"_s + inlineText(f.label) + u":** "_s + inlineText(f.value) + u'\n';
    }
    md += u'\n';

    md += u"## "_s + inlineText(t.headingAgenda) + u"\n\n"_s + inlineText(t.zoneNote) + u"\n\n"_s + table(t.agenda)
          + u'\n' + inlineText(t.agendaSummary) + u"\n\n"_s;
    md += u"## "_s + inlineText(t.headingSteps) + u"\n\n"_s;
    for (const StepText &s : t.steps) {
        md += u"### "_s + inlineText(s.heading) + u"\n\n"_s;
        if (!s.prompt.isEmpty())
            md += u"> "_s + inlineText(s.prompt) + u"\n\n"_s;
        md += (s.decisions.isEmpty() ? inlineText(s.none) + u'\n' : list(s.decisions)) + u'\n';
    }

    md += u"## "_s + inlineText(t.headingCandidates) + u"\n\n"_s;
    if (t.checklists.isEmpty())
        md += inlineText(t.noCandidates) + u"\n\n"_s;
    for (const Table &checklist : t.checklists)
        md += table(checklist) + u'\n';
    if (!t.candidateNotes.isEmpty())
        md += list(t.candidateNotes) + u'\n';
    md += ballots(t.candidateBallots, t.noCandidateVotes);

    md += u"## "_s + inlineText(t.headingNorthStar) + u"\n\n"_s + u"**"_s + inlineText(t.northStar) + u"**\n\n"_s;

    md += u"## "_s + inlineText(t.headingTree) + u"\n\n"_s;
    for (const OutlineLine &line : t.outline) {
        md += QString(line.depth * 2, u' ') + u"- "_s + (line.depth == 0 ? u"**"_s + inlineText(line.title) + u"**"_s
                                                                         : inlineText(line.title));
        md += (line.details.isEmpty() ? QString() : u" — "_s + inlineText(line.details)) + u'\n';
    }
    md += u'\n';

    md += u"## "_s + inlineText(t.headingVotes) + u"\n\n"_s + ballots(t.itemBallots, t.noItemVotes);

    md += u"## "_s + inlineText(t.headingParking) + u"\n\n"_s
          + (t.parking.rows.empty() ? inlineText(t.noIdeas) + u'\n' : table(t.parking)) + u'\n';

    md += u"## "_s + inlineText(t.headingDecisions) + u"\n\n"_s
          + (t.decisions.isEmpty() ? inlineText(t.noDecisions) + u'\n' : list(t.decisions, true));
    if (!t.generated.isEmpty())
        md += u"\n---\n\n"_s + inlineText(t.generated) + u'\n';
    return md.toUtf8();
}

} // namespace NorthStar::Minutes::Writers
