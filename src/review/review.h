#pragma once

// The weekly review of one tree and one period, as values (REVIEW.md): are we winning
// (change, usual range, target, guardrail), why did it move (inputs, segments), did our work
// move it (verdicts), and what to act on (disconnects). computeReview() (weeklyreview.h)
// fills it from the metrics engine; reviewjson.h and reviewtext.h write it out.

#include "metrics/metricspec.h"
#include "metrics/periodcalendar.h"
#include "model/entities.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace NorthStar {

enum class ReviewRole { NorthStar, Input, Guardrail };
enum class TargetStatus { Reached, OnTrack, Behind };
enum class ContributionMethod { Formula, Leverage, None };
enum class WorkVerdict {
    NoData,
    TooEarly,
    TooLittleHistory,
    AsExpected,
    SmallerThanExpected,
    Opposite,
    NoClearEffect,
    MovedUp,
    MovedDown,
};
enum class DisconnectKind { UnexplainedMovement, WorkWithoutEffect, IdleInput, OffTarget, GuardrailBreached };

// The stable keys of REVIEW.md's "Output for machines" (never translated).
QString toKey(ReviewRole role);
QString toKey(TargetStatus status);
QString toKey(ContributionMethod method);
QString toKey(WorkVerdict verdict);
QString toKey(DisconnectKind kind);

struct TargetReview final
{
    double value = 0.0;           // T
    QDate date;                   // D
    double baseline = 0.0;        // B (stored, or the first complete period's value)
    QDate baselineDate;           // D0
    double expected = 0.0;        // B + (T - B) * f at the last day of the reviewed period
    std::optional<TargetStatus> status; // empty when the reviewed value is empty
};

// One period of a metric's series, as the review read it.
struct ReviewPoint final
{
    QDate periodStart;
    std::optional<double> value;
    bool complete = false;
};

struct MetricReview final
{
    Id nodeId = 0;      // 0 for the guardrail (it has no node)
    Id metricId = 0;
    QString name;
    ReviewRole role = ReviewRole::Input;
    QString error;      // why nothing could be computed (no computation, ...); else empty
    std::optional<MetricKind> kind; // of its computation
    QString unit;

    QDate period;       // the period this entry reviews: P, or a cohort metric's latest complete cohort
    QDate previousPeriod;
    bool cohort = false; // activation: reviewed on its latest complete cohort
    bool share = false;  // a share 0..1 (activation): changes are also shown in points
    std::optional<double> value;
    std::optional<double> previous;
    std::optional<double> change;
    std::optional<double> relativeChange;

    bool unusual = false;
    std::optional<double> usualLow;  // the usual range, when there are 6 changes to judge by
    std::optional<double> usualHigh;

    std::optional<TargetReview> target;
    std::optional<GuardrailBound> bound; // the guardrail's
    bool breached = false;

    // The series up to the reviewed period (for sparklines and the work charts).
    std::vector<ReviewPoint> history;
};

struct ContributionPart final
{
    QString name;
    Id nodeId = 0;                       // 0 for a formula operand that is not a child
    std::optional<double> change;        // the part's own change (its metric's)
    std::optional<double> leverage;      // method leverage: the edge's
    std::optional<double> contribution;  // empty: not attributed
};

struct Contribution final
{
    Id parentNodeId = 0;
    QString parent;
    ContributionMethod method = ContributionMethod::None;
    std::optional<double> change;
    std::vector<ContributionPart> parts;
    std::optional<double> unexplained;   // leverage only
};

struct SegmentContribution final
{
    QString metric;
    QString attribute;
    QString value;                   // "(none)" for users without one
    double contribution = 0.0;
    // Ratios only: contribution = rate + mix + interaction.
    std::optional<double> rate;
    std::optional<double> mix;
    std::optional<double> interaction;
};

struct WorkReview final
{
    Id workNodeId = 0;
    QString title;
    Id inputNodeId = 0;
    QString input;
    QDate shipped;
    QDate shipPeriod;
    std::optional<ExpectedImpact> expected;
    std::optional<double> effect;
    std::optional<double> relativeEffect;
    std::optional<double> noise;
    WorkVerdict verdict = WorkVerdict::NoData;
    int periodsNeeded = 0; // too early / too little history: how many more periods it needs
    // The before-window fit y = a + b t, t the period's index in `points` (for the charts).
    std::optional<double> interceptA;
    std::optional<double> slopeB;
    std::vector<ReviewPoint> before; // the 8 periods before the ship period, when complete
    std::vector<ReviewPoint> after;  // the (up to) 4 after it, up to the reviewed period
    int firstBeforeIndex = 0;        // index t of before[0]; after[0] is firstBeforeIndex + 9
};

struct Disconnect final
{
    DisconnectKind kind = DisconnectKind::OffTarget;
    QString metric;
    Id nodeId = 0;     // the metric's node (0 for the guardrail)
    QString work;      // the work item's title, where the disconnect has one
    Id workNodeId = 0;
};

struct Review final
{
    Id treeId = 0;
    QString tree;
    Grain grain = Grain::Week;
    QDate period;         // P
    QDate previous;       // P-1
    QDate periodEnd;      // the last day of P
    QDate dataThrough;    // the last local day with data in the workspace

    std::vector<MetricReview> metrics;     // the North Star, the inputs in tree order, the guardrail
    std::vector<Contribution> contributions;
    std::vector<SegmentContribution> segments; // the North Star's, every value of every attribute
    std::vector<WorkReview> work;
    std::vector<Disconnect> disconnects;

    const MetricReview *northStar() const;
    const MetricReview *metricOfNode(Id nodeId) const;
    // Top movers (REVIEW.md): the largest contributions up (then down), over attributes with
    // more than one segment; at most `count` each.
    std::vector<SegmentContribution> topMovers(bool up, int count) const;
};

} // namespace NorthStar
