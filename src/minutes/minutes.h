#pragma once

// The record of a workshop (issue #11 §4, docs/minutes.md): what the room did and decided,
// as a PDF to send round after the session or Markdown for a wiki. Two steps, like the
// review report: build() gathers the content from the workspace (values, no formatting),
// write() formats and writes it. Neither uses widgets or global state: the window runs them
// on a worker thread (File ▸ Export Minutes), `northstar minutes` headless.
//
//     auto content = Minutes::build(data, workshopId);
//     Minutes::Options options;
//     options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
//     options.generated = QDateTime::currentDateTimeUtc();
//     if (auto written = Minutes::write(*content, u"minutes.md"_s, options); !written) ...

#include "common/result.h"
#include "model/workspacedata.h"
#include "render/treegeometry.h"
#include "workshop/agenda.h"
#include "workshop/votetally.h"

#include <QDateTime>
#include <QLocale>
#include <QPageSize>
#include <QStringList>
#include <QTimeZone>

#include <array>
#include <optional>

namespace NorthStar::Minutes {

// One step of the agenda as it ran.
struct Step final
{
    int number = 0; // 1-based, in agenda order
    Id id = 0;
    WorkshopStepKind kind = WorkshopStepKind::Custom;
    QString title;
    QString prompt;
    int plannedMinutes = 0;
    QDateTime started; // in the minutes' zone; invalid when the room never reached the step
    QDateTime ended;   // invalid while the step runs (or when never reached)
    qint64 elapsedSeconds = 0;
    QStringList decisions; // one per line the facilitator wrote

    bool reached() const { return started.isValid(); }
    bool running() const { return started.isValid() && !ended.isValid(); }
};

// The dots of one step, ranked with ties (VoteTally).
struct Ballot final
{
    int stepNumber = 0;
    QString stepTitle;
    Agenda::VoteSubject subject = Agenda::VoteSubject::None;
    QList<VoteTally::Entry> entries;
    int placed = 0;
    int budget = 0; // 0 when the room's size was not set
};

struct CandidateRecord final
{
    QString metric;
    std::array<Answer, checklistItemCount> answers{};
    QString notes;
    bool chosen = false; // the metric the tree's North Star shows
};

// One line of the tree's outline, depth-first from the North Star.
struct OutlineItem final
{
    Id nodeId = 0;
    int depth = 0; // 0 the North Star
    NodeKind kind = NodeKind::Input;
    QString title;
    Dimension dimension = Dimension::None; // inputs
    WorkStatus status = WorkStatus::Idea;  // work items
    // An input's link to its parent; a work item's own confidence.
    Confidence confidence = Confidence::Unset;
    int dots = 0; // all the workshop's dots on the item
    bool connected = true; // false: drives nothing (not under the North Star)
};

struct Idea final
{
    QString text;
    QDateTime raised; // in the minutes' zone
    ParkedState state = ParkedState::Open;
    QString placedAs; // the node's title when placed (empty when the node is gone)
    NodeKind placedKind = NodeKind::Input;
};

struct Decision final
{
    int stepNumber = 0;
    QString step;
    QString text;
};

struct Content final
{
    QString workshop;
    QString tree;
    Id treeId = 0;
    QTimeZone zone;      // the workspace's reporting timezone, else the system's
    QDateTime started;   // in `zone`
    QDateTime finished;  // invalid while the workshop runs
    int participants = 0;
    int dotsPerPerson = 0;
    qint64 plannedSeconds = 0;
    qint64 ranSeconds = 0; // from the start to the finish (or the last step's end)
    QList<Step> steps;
    QList<CandidateRecord> candidates;
    QList<Ballot> candidateBallots; // steps that voted on candidates
    QList<Ballot> itemBallots;      // steps that voted on inputs and work
    QString northStar; // the metric of the tree's North Star node (empty: none chosen)
    QList<OutlineItem> outline;
    QList<Idea> ideas; // raised during the workshop, and those still open from before
    QList<Decision> decisions; // every step's, in agenda order
    // For the PDF's picture of the tree.
    WorkspaceData data;
    TreeGeometry geometry;
};

// The clock the minutes read in: the workspace's reporting timezone (Workspace Settings),
// where the team works, else the system's.
QTimeZone timeZoneOf(const WorkspaceData &data);

// The minutes of workshop `workshopId`. Errors: no such workshop, a tree that cannot be laid out.
Result<Content> build(const WorkspaceData &data, Id workshopId);

struct Options final
{
    // PDF only: A4 or Letter. Empty: from `locale` (defaultPageSize).
    std::optional<QPageSize::PageSizeId> pageSize;
    QDateTime generated; // "Generated 2026-12-03" in the footer (the date in UTC)
    QLocale locale;      // dates read in its way
};

// The format from `path`'s suffix (pdf, md; any case). The file appears only when it was
// written completely; an existing one is replaced then.
Result<void> write(const Content &content, const QString &path, const Options &options);
// The bytes write() would write, for a worker that checks for Cancel before it writes.
Result<QByteArray> render(const Content &content, const QString &suffix, const Options &options);
// The suffixes write() knows, lower case: pdf, md.
QStringList suffixes();

} // namespace NorthStar::Minutes
