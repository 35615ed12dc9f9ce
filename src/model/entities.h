#pragma once

// The plain records a workspace is made of. They are values: the undo stack stores copies,
// the file format reads and writes them, views hold only ids.

#include "model/types.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>

#include <array>
#include <optional>

namespace NorthStar {

// A value to reach by a date, from a baseline (REVIEW.md, "Target"). Without a baseline
// the review starts from the first complete period of data.
struct Target final
{
    std::optional<double> value;         // T; empty: the metric has no target
    QDate date;                          // D, the date to reach it by
    std::optional<double> baselineValue; // B
    QDate baselineDate;                  // D0

    bool isSet() const { return value.has_value() && date.isValid(); }
    bool operator==(const Target &) const = default;
};

// The bound a tree's guardrail metric must not cross.
struct GuardrailBound final
{
    enum class Side { AtLeast, AtMost };
    Side side = Side::AtMost;
    double value = 0.0;

    bool operator==(const GuardrailBound &) const = default;
};

// The change a work item is expected to make to each input it serves within the four
// periods after it ships: relative ("+5%", amount 0.05) or absolute ("+0.2").
struct ExpectedImpact final
{
    double amount = 0.0;
    bool relative = false;

    bool operator==(const ExpectedImpact &) const = default;
};

// One canonical record per metric: trees refer to it, so a metric used by two trees is
// defined once.
struct Metric final
{
    Id id = 0;
    QString name;
    QString definition;
    QString unit;
    QString owner;
    Target target;
    QString notes;
    Dimension dimension = Dimension::None;
    // How the metric is computed from imported data (a metrics::MetricSpec as JSON; empty
    // when not defined yet). Kept as JSON so the model does not depend on the engine.
    QJsonObject computation;

    bool operator==(const Metric &) const = default;
};

struct Tree final
{
    Id id = 0;
    QString name;
    int order = 0;             // position among the workspace's trees
    Game game = Game::Unset;
    Id guardrailMetricId = 0;  // the counter metric watched next to the North Star
    std::optional<GuardrailBound> guardrailBound;

    bool operator==(const Tree &) const = default;
};

struct Node final
{
    Id id = 0;
    Id treeId = 0;
    NodeKind kind = NodeKind::Input;
    // North Star and inputs show a catalog metric; work items carry their own fields.
    Id metricId = 0;
    QString title;
    QString owner;
    WorkType workType = WorkType::Initiative;
    WorkStatus status = WorkStatus::Idea;
    QDate shipDate;
    QString expectedImpact;                // the rationale, in words
    std::optional<ExpectedImpact> impact;  // the same as a number, for the review
    // Manual placement, remembered: a pinned node keeps its position through layouts.
    bool pinned = false;
    QPointF position;
    // For work items: how sure the team is that the work moves its inputs.
    Confidence confidence = Confidence::Unset;

    bool operator==(const Node &) const = default;
};

// From an input (or work item) to the node it drives.
struct Edge final
{
    Id id = 0;
    Id treeId = 0;
    Id childId = 0;
    Id parentId = 0;
    std::optional<double> leverage;
    QString theory;  // why the child moves its parent
    Confidence confidence = Confidence::Unset;

    bool operator==(const Edge &) const = default;
};

// A candidate North Star of a tree with its checklist answers; the tree's North Star node
// shows the one the team picked.
struct Candidate final
{
    Id id = 0;
    Id treeId = 0;
    Id metricId = 0;
    std::array<Answer, checklistItemCount> answers{};
    QString notes;

    bool operator==(const Candidate &) const = default;
};

// A dated note ("pricing change", "outage") on the whole workspace (metricId 0) or on one
// metric; charts draw it and the review shows it.
struct Annotation final
{
    Id id = 0;
    QDate date;
    QString text;
    Id metricId = 0;

    bool operator==(const Annotation &) const = default;
};

// What the team concluded in the review of one period of a tree: for the review as a whole
// (metricId 0) or for one of its metrics. At most one note per tree, metric, period, grain.
struct ReviewNote final
{
    Id id = 0;
    Id treeId = 0;
    Id metricId = 0;
    QDate period;                         // the first day of the reviewed period
    ReviewGrain grain = ReviewGrain::Week;
    QString text;

    bool operator==(const ReviewNote &) const = default;
};

// One exercise of a workshop's agenda: planned (title, prompt, timebox) and as it ran.
struct WorkshopStep final
{
    Id id = 0;  // from the workspace's ids, so votes can name the step through agenda edits
    WorkshopStepKind kind = WorkshopStepKind::Custom;
    QString title;
    QString prompt;   // the one line the room sees
    int minutes = 10; // the timebox
    QDateTime started; // UTC; invalid until the room first reaches the step
    QDateTime ended;   // UTC; when the room last left it (invalid while running or not reached)
    QString decisions; // what the room decided in this step, for the minutes

    bool operator==(const WorkshopStep &) const = default;
};

// A North Star workshop run on a tree (docs/workshop.md): its agenda, where the room is, and
// the dots each person has for voting. A tree has at most one workshop running (not finished).
struct Workshop final
{
    Id id = 0;
    Id treeId = 0;
    QString name;
    QDateTime started;  // UTC
    QDateTime finished; // UTC; invalid while it runs
    int currentStep = 0; // index into steps
    int participants = 0;
    int dotsPerPerson = 3;
    QList<WorkshopStep> steps;

    bool isRunning() const { return !finished.isValid(); }
    const WorkshopStep *step(Id stepId) const
    {
        for (const WorkshopStep &s : steps) {
            if (s.id == stepId)
                return &s;
        }
        return nullptr;
    }
    const WorkshopStep *current() const
    {
        return currentStep >= 0 && currentStep < steps.size() ? &steps.at(currentStep) : nullptr;
    }
    bool operator==(const Workshop &) const = default;
};

// The dots the room gave one item in one step of a workshop: an input or work item (itemId is
// the node's id) or a candidate (itemId is the metric it proposes; a tree has one candidate
// per metric). At most one vote per step and item; zero dots is no vote.
struct Vote final
{
    Id id = 0;
    Id treeId = 0;
    Id workshopId = 0;
    Id stepId = 0;
    Id itemId = 0;
    int dots = 0;

    bool operator==(const Vote &) const = default;
};

// An idea the room raised that is not (yet) in the tree. Placing it makes a node of it
// (nodeId); dismissing keeps it, for the minutes.
struct ParkedIdea final
{
    Id id = 0;
    Id treeId = 0;
    QString text;
    QDateTime raised; // UTC
    ParkedState state = ParkedState::Open;
    Id nodeId = 0;

    bool operator==(const ParkedIdea &) const = default;
};

// A saved version of a tree ("Hypothesis v1, workshop 3 Dec"): the tree as it was, to compare
// with and restore (docs/versions.md). `fragment` is the tree format's JSON (fragmentjson.h)
// with the workspace's own node and metric ids, so the nodes of the version are the nodes of
// the tree: its record, nodes, edges, candidates, the catalog records they show, the votes
// and the parking lot (format version 3).
struct TreeVersion final
{
    Id id = 0;
    Id treeId = 0;
    QString name;
    QDateTime saved;  // UTC
    QByteArray fragment;

    bool operator==(const TreeVersion &) const = default;
};

// A workspace-wide setting (reporting timezone, week start, ...), stored by key.
struct Setting final
{
    QString key;
    QString value;

    bool operator==(const Setting &) const = default;
};

} // namespace NorthStar
