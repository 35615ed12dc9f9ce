#include "workshop/agenda.h"

#include <QCoreApplication>

#include <cstdlib>

namespace NorthStar::Agenda {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Agenda)
};

WorkshopStep step(WorkshopStepKind kind, const QString &title, const QString &prompt, int minutes)
{
    WorkshopStep s;
    s.kind = kind;
    s.title = title;
    s.prompt = prompt;
    s.minutes = minutes;
    return s;
}

} // namespace

QList<WorkshopStep> playbook()
{
    // The order and the questions follow Amplitude's North Star Playbook; the timeboxes are
    // a two-hour session's.
    return {
        step(WorkshopStepKind::ValueAndGame, Text::tr("Value and game"),
             Text::tr("What value do customers get from us, and which game do we play: attention, transaction or productivity?"), 15),
        step(WorkshopStepKind::Candidates, Text::tr("Candidates"),
             Text::tr("Which numbers would show that customers get that value? Name every candidate."), 20),
        step(WorkshopStepKind::Checklist, Text::tr("Checklist and stress test"),
             Text::tr("Test each candidate against the checklist. Could it double without customers getting more value?"), 20),
        step(WorkshopStepKind::Choose, Text::tr("Choose"),
             Text::tr("Vote with your dots, then choose one North Star Metric."), 10),
        step(WorkshopStepKind::Inputs, Text::tr("Inputs"),
             Text::tr("Which three to five inputs drive it? Breadth, depth, frequency, efficiency: what is missing?"), 25),
        step(WorkshopStepKind::Work, Text::tr("Work and gaps"),
             Text::tr("What work moves each input? Which input has none?"), 20),
        step(WorkshopStepKind::NextSteps, Text::tr("Next steps"),
             Text::tr("Who does what by when? What do we measure first?"), 10),
    };
}

qint64 plannedSeconds(const WorkshopStep &step)
{
    return qint64(step.minutes) * 60;
}

qint64 elapsedSeconds(const WorkshopStep &step, const QDateTime &now)
{
    if (!step.started.isValid())
        return 0;
    const QDateTime end = step.ended.isValid() ? step.ended : now;
    return std::max<qint64>(0, step.started.secsTo(end));
}

qint64 remainingSeconds(const WorkshopStep &step, const QDateTime &now)
{
    return plannedSeconds(step) - elapsedSeconds(step, now);
}

qint64 plannedTotalSeconds(const Workshop &workshop)
{
    qint64 total = 0;
    for (const WorkshopStep &s : workshop.steps)
        total += plannedSeconds(s);
    return total;
}

QString clockText(qint64 seconds)
{
    const qint64 a = std::llabs(seconds);
    const QString sign = seconds < 0 ? QStringLiteral("\u2212") : QString();
    const qint64 h = a / 3600, m = (a % 3600) / 60, s = a % 60;
    if (h > 0)
        return sign + QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return sign + QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

VoteSubject voteSubject(WorkshopStepKind kind)
{
    switch (kind) {
    case WorkshopStepKind::Candidates:
    case WorkshopStepKind::Checklist:
    case WorkshopStepKind::Choose: return VoteSubject::Candidates;
    case WorkshopStepKind::Inputs: return VoteSubject::Inputs;
    case WorkshopStepKind::Work: return VoteSubject::Work;
    case WorkshopStepKind::ValueAndGame:
    case WorkshopStepKind::NextSteps:
    case WorkshopStepKind::Custom: return VoteSubject::None;
    }
    return VoteSubject::None;
}

} // namespace NorthStar::Agenda
