#include "minutes/minutestext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace NorthStar::Minutes {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Minutes)
};

const QString separator = u" · "_s;

QString duration(qint64 seconds)
{
    const qint64 minutes = (std::max<qint64>(0, seconds) + 30) / 60;
    if (minutes < 60)
        return Text::tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return Text::tr("%1 h").arg(minutes / 60);
    return Text::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString clock(const QLocale &locale, const QDateTime &time)
{
    return locale.toString(time.time(), QLocale::ShortFormat);
}

// Over or under the timebox, to the minute: a step that took its 10 minutes give or take
// half a minute was on time.
QString timebox(const Step &step)
{
    if (!step.reached())
        return Text::tr("Not reached");
    if (step.running() && step.elapsedSeconds == 0)
        return Text::tr("Still running");
    const qint64 minutes = qRound(double(step.elapsedSeconds - qint64(step.plannedMinutes) * 60) / 60.0);
    if (minutes > 0)
        return Text::tr("%1 min over").arg(minutes);
    if (minutes < 0)
        return Text::tr("%1 min under").arg(-minutes);
    return Text::tr("On time");
}

Table agendaTable(const Content &c, const QLocale &locale)
{
    Table t;
    t.header = {Text::tr("#"), Text::tr("Step"), Text::tr("Planned"), Text::tr("Actual"), Text::tr("Took"),
                Text::tr("Timebox")};
    for (const Step &s : c.steps) {
        QString actual = QStringLiteral("—");
        QString took = QStringLiteral("—");
        if (s.reached()) {
            actual = s.ended.isValid() ? Text::tr("%1–%2").arg(clock(locale, s.started), clock(locale, s.ended))
                                       : Text::tr("from %1").arg(clock(locale, s.started));
            if (!s.running() || s.elapsedSeconds > 0)
                took = duration(s.elapsedSeconds);
        }
        t.rows.push_back({QString::number(s.number), s.title, Text::tr("%1 min").arg(s.plannedMinutes), actual, took,
                          timebox(s)});
        t.emphasis.push_back(false);
    }
    return t;
}

QString stepName(int number, const QString &title)
{
    return Text::tr("%1. %2").arg(number).arg(title);
}

BallotText ballotText(const Ballot &b, const QString &itemHeader)
{
    BallotText text;
    text.heading = Text::tr("Votes in %1").arg(stepName(b.stepNumber, b.stepTitle));
    text.caption = b.budget > 0 ? Text::tr("%1 of the room's %2 dots placed.").arg(b.placed).arg(b.budget)
                                : Text::tr("%1 dots placed.").arg(b.placed);
    text.table.header = {Text::tr("Rank"), itemHeader, Text::tr("Dots")};
    for (const VoteTally::Entry &e : b.entries) {
        text.table.rows.push_back({VoteTally::rankText(e), e.name, QString::number(e.dots)});
        text.table.emphasis.push_back(e.rank == 1);
    }
    return text;
}

QString dotsText(int dots)
{
    return dots == 1 ? Text::tr("1 dot") : Text::tr("%1 dots").arg(dots);
}

OutlineLine outlineLine(const OutlineItem &item, bool connected)
{
    QStringList details;
    if (item.kind == NodeKind::NorthStar) {
        details << displayName(NodeKind::NorthStar);
    } else if (item.kind == NodeKind::Input) {
        details << displayName(NodeKind::Input);
        if (item.dimension != Dimension::None)
            details << displayName(item.dimension);
    } else {
        details << displayName(NodeKind::Work) << displayName(item.status);
    }
    if (item.confidence != Confidence::Unset)
        details << displayName(item.confidence);
    if (item.dots > 0)
        details << dotsText(item.dots);
    if (!connected)
        details << Text::tr("not connected");
    return {item.depth, item.title, details.join(separator)};
}

QString ideaFate(const Idea &idea)
{
    if (idea.state != ParkedState::Placed)
        return displayName(idea.state);
    if (idea.placedAs.isEmpty())
        return Text::tr("Placed on the tree (since removed)");
    return idea.placedKind == NodeKind::Work ? Text::tr("Placed on the tree as the work item \"%1\"").arg(idea.placedAs)
                                             : Text::tr("Placed on the tree as the input \"%1\"").arg(idea.placedAs);
}

} // namespace

MinutesText minutesText(const Content &c, const Options &options, int candidatesPerTable)
{
    const QLocale &locale = options.locale;
    MinutesText t;
    t.kind = Text::tr("Workshop minutes");
    t.title = c.workshop;
    const QString date = c.started.isValid() ? locale.toString(c.started.date(), QLocale::LongFormat) : QString();
    t.subtitle = date.isEmpty() ? c.tree : c.tree + separator + date;

    const QString zone = QString::fromUtf8(c.zone.id());
    QString time;
    if (c.started.isValid()) {
        time = c.finished.isValid()
                   ? Text::tr("%1–%2 (%3)").arg(clock(locale, c.started), clock(locale, c.finished), zone)
                   : Text::tr("from %1 (%2), still running").arg(clock(locale, c.started), zone);
    }
    const QString room = c.participants > 0
                             ? Text::tr("%1 participants, %2 each (%3 in all)")
                                   .arg(c.participants)
                                   .arg(dotsText(c.dotsPerPerson), dotsText(c.participants * c.dotsPerPerson))
                             : Text::tr("Room size not recorded, %1 each").arg(dotsText(c.dotsPerPerson));
    t.facts = {{Text::tr("Tree"), c.tree},
               {Text::tr("Date"), date},
               {Text::tr("Time"), time},
               {Text::tr("Room"), room},
               {Text::tr("North Star"), c.northStar.isEmpty() ? Text::tr("None chosen yet") : c.northStar}};

    t.headingAgenda = Text::tr("Agenda as it ran");
    t.zoneNote = Text::tr("Times are in %1.").arg(zone);
    t.agenda = agendaTable(c, locale);
    int reached = 0;
    for (const Step &s : c.steps)
        reached += s.reached() ? 1 : 0;
    t.agendaSummary = Text::tr("Planned %1; ran %2. %3 of %4 steps reached.")
                          .arg(duration(c.plannedSeconds), duration(c.ranSeconds))
                          .arg(reached)
                          .arg(c.steps.size());
    t.headingSteps = Text::tr("Decisions by step");
    for (const Step &s : c.steps) {
        StepText step{stepName(s.number, s.title), s.prompt, s.decisions, {}};
        if (step.decisions.isEmpty())
            step.none = s.reached() ? Text::tr("No decisions recorded.") : Text::tr("Not reached.");
        t.steps.append(step);
    }

    t.headingCandidates = Text::tr("Candidates and the checklist");
    t.noCandidates = Text::tr("The tree has no candidates.");
    const int perTable = std::max(1, candidatesPerTable);
    for (qsizetype first = 0; first < c.candidates.size(); first += perTable) {
        Table table;
        table.header << Text::tr("Checklist item");
        const qsizetype last = std::min<qsizetype>(c.candidates.size(), first + perTable);
        for (qsizetype i = first; i < last; ++i) {
            const CandidateRecord &cand = c.candidates.at(i);
            table.header << (cand.chosen ? Text::tr("%1 (chosen)").arg(cand.metric) : cand.metric);
        }
        for (int item = 0; item < checklistItemCount; ++item) {
            const auto checklistItem = ChecklistItem(item);
            QString question = Text::tr("%1. %2").arg(item + 1).arg(checklistQuestion(checklistItem));
            if (goodAnswer(checklistItem) == Answer::No)
                question += u' ' + Text::tr("(the good answer is No)");
            QStringList row{question};
            for (qsizetype i = first; i < last; ++i)
                row << displayName(c.candidates.at(i).answers[std::size_t(item)]);
            table.rows.push_back(row);
            table.emphasis.push_back(false);
        }
        QStringList score{Text::tr("Good answers")};
        for (qsizetype i = first; i < last; ++i) {
            int good = 0;
            for (int item = 0; item < checklistItemCount; ++item)
                good += c.candidates.at(i).answers[std::size_t(item)] == goodAnswer(ChecklistItem(item)) ? 1 : 0;
            score << Text::tr("%1 of %2").arg(good).arg(checklistItemCount);
        }
        table.rows.push_back(score);
        table.emphasis.push_back(true);
        t.checklists.append(table);
    }
    for (const CandidateRecord &cand : c.candidates) {
        if (!cand.notes.trimmed().isEmpty())
            t.candidateNotes << Text::tr("%1: %2").arg(cand.metric, cand.notes.simplified());
    }
    for (const Ballot &b : c.candidateBallots)
        t.candidateBallots.append(ballotText(b, Text::tr("Candidate")));
    t.noCandidateVotes = Text::tr("The room did not vote on candidates.");

    t.headingNorthStar = Text::tr("The chosen North Star");
    t.northStar = c.northStar.isEmpty() ? Text::tr("No North Star was chosen: the tree's North Star shows no metric.")
                                        : c.northStar;

    t.headingTree = Text::tr("The tree");
    for (const OutlineItem &item : c.outline)
        t.outline.append(outlineLine(item, item.connected));

    t.headingVotes = Text::tr("Votes on inputs and work");
    for (const Ballot &b : c.itemBallots)
        t.itemBallots.append(ballotText(b, b.subject == Agenda::VoteSubject::Work ? Text::tr("Work item") : Text::tr("Input")));
    t.noItemVotes = Text::tr("The room did not vote on inputs or work.");

    t.headingParking = Text::tr("Parking lot");
    t.parking.header = {Text::tr("Idea"), Text::tr("Raised"), Text::tr("What became of it")};
    for (const Idea &idea : c.ideas) {
        // An idea still open from an earlier day says which day.
        QString raised;
        if (idea.raised.isValid()) {
            raised = idea.raised.date() == c.started.date() ? clock(locale, idea.raised)
                                                            : locale.toString(idea.raised, QLocale::ShortFormat);
        }
        t.parking.rows.push_back({idea.text, raised, ideaFate(idea)});
        t.parking.emphasis.push_back(false);
    }
    t.noIdeas = Text::tr("The parking lot is empty.");

    t.headingDecisions = Text::tr("Decisions");
    for (const Decision &d : c.decisions)
        t.decisions << Text::tr("%1 (step %2, %3)").arg(d.text).arg(d.stepNumber).arg(d.step);
    t.noDecisions = Text::tr("No decisions were recorded.");

    t.running = QStringList{t.kind, c.workshop, c.tree, date}.join(separator);
    t.generated = options.generated.isValid()
                      ? Text::tr("Generated %1").arg(options.generated.toUTC().date().toString(Qt::ISODate))
                      : QString();
    return t;
}

} // namespace NorthStar::Minutes
