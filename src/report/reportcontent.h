#pragma once

// Everything a review report shows, as values computed once from the review, the metrics
// engine and the workspace: the tree with the reviewed period's numbers, the waterfall of
// the North Star's change, one chart per metric (and the North Star's breadth, depth and
// frequency), a small chart per work verdict, the notes and annotations. No formatting
// (the writers format with their locale), no painting, no widgets: built on any thread.

#include "analysis/valueformat.h"
#include "metrics/periodcalendar.h"
#include "model/workspacedata.h"
#include "render/cardnumbers.h"
#include "render/treegeometry.h"
#include "review/review.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace NorthStar {

// A dated mark on a chart: a ship date or an annotation.
struct ChartMark final
{
    QDate date;
    QString text;
};

// A target's straight course from its baseline to its value (REVIEW.md).
struct TargetCourse final
{
    QDate baselineDate;
    double baseline = 0.0;
    QDate date;
    double value = 0.0;

    double valueAt(QDate day) const;
};

// One metric over time: its complete periods up to the reviewed one.
struct MetricChart final
{
    QString title;
    MetricKind kind = MetricKind::Breadth;
    QString unit;
    ValueStyle style = ValueStyle::Count;
    Grain grain = Grain::Week;
    std::vector<ReviewPoint> points;   // oldest first; empty values are gaps
    QDate reviewed;                    // the reviewed period's start (marked)
    std::optional<double> usualLow;    // the usual range of the reviewed period
    std::optional<double> usualHigh;
    std::optional<TargetCourse> target;
    std::optional<GuardrailBound> bound;
    std::vector<ChartMark> ships;        // shipped work serving the metric, by date
    std::vector<ChartMark> annotations;  // the metric's and the workspace's, within the range
    QString error;                       // why there is nothing to chart
};

// A value at a period index t of a work verdict's input (REVIEW.md's t).
struct IndexedValue final
{
    double t = 0.0;
    double value = 0.0;
};

// The input of one work verdict around its launch: the trend fitted before, its expected
// course after and what came. Without a fit (too early, too little history) only the
// periods there are.
struct WorkChart final
{
    ValueStyle style = ValueStyle::Count;
    std::vector<IndexedValue> before;
    std::vector<IndexedValue> after;
    double shipT = 0.0;                 // the ship period's index
    QDate firstDate;                    // the start of the first charted period
    std::optional<double> interceptA;   // y = a + b t
    std::optional<double> slopeB;
    double lastT = 0.0;                 // the last index the chart spans
};

// The North Star's change from last period to this one, step by step.
struct WaterfallStep final
{
    enum class Kind { Start, Part, Rest, End };
    Kind kind = Kind::Part;
    QString label;
    double amount = 0.0;   // Start/End: the value; Part/Rest: the contribution
};

struct Waterfall final
{
    std::vector<WaterfallStep> steps;  // empty: the change cannot be split
    ContributionMethod method = ContributionMethod::None;
};

struct ReportNote final
{
    QString subject;   // the metric's name; empty for the review as a whole
    QString text;
};

struct ReportContent final
{
    QString workspaceName;   // the file's name without its suffix
    Review review;
    WorkspaceData data;      // for the tree's cards
    TreeGeometry treeGeometry;
    NodeNumbers treeNumbers; // the reviewed period's numbers on the cards

    Waterfall waterfall;
    std::vector<MetricChart> charts;          // parallel to review.metrics
    std::vector<MetricChart> dimensions;      // the North Star's breadth, depth, frequency (or none)
    std::vector<WorkChart> workCharts;        // parallel to review.work
    std::vector<ReportNote> notes;            // the review's, then each metric's
    std::vector<ChartMark> annotations;       // every annotation within the charted range
    QDate chartedFrom;                        // the first charted period's start
};

} // namespace NorthStar
