#pragma once

// The report's words and numbers, formatted once for every format (PDF, HTML, Markdown):
// the same headline, tables and lists everywhere, the numbers as the cards and
// `northstar review` write them. Internal to the report module.

#include "report/report.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace NorthStar {

struct ReportTable final
{
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<bool> emphasis; // per row: the North Star's
};

struct WorkItemText final
{
    QString title;
    QString detail;     // "Lesson completion · shipped 3 Mar 2026"
    QString verdict;    // "As expected", "Too early: 2 more weeks needed"
    QString expected;   // "+10%", "–" without one
    QString measured;   // "+12.3%", "–" before there is one
};

struct ReportText final
{
    QString kind;         // "Weekly review"
    QString title;        // the tree's name
    QString period;       // "Week of 16 Nov 2026 (16 Nov 2026 – 22 Nov 2026)"
    QString running;      // every page's header: workspace · tree · period · data through
    QString dataThrough;  // "Data through 22 Nov 2026"
    QString generated;    // "Generated 2026-12-02" (empty without a date)

    // The headline: the North Star's value, change, whether unusual, target status.
    QString northStar;
    QString value;
    QString change;       // "+35.3% on last week"
    QString unusual;      // "an unusual change (usual range 610 to 702)"
    QString target;       // "behind: 844 against 1,522 expected by now"
    QString headline;     // reviewHeadline(): the same as one sentence

    QString waterfallCaption;
    ReportTable waterfall;  // its steps, for formats without pictures
    ReportTable metrics;  // the North Star, the inputs, the guardrail
    ReportTable movers;   // the top segments up and down
    QString moversCaption;
    std::vector<WorkItemText> work;
    QStringList disconnects;
    QStringList notes;        // "Review: ...", "Weekly learners: ..."
    QStringList annotations;  // "12 Mar 2026 · Easter campaign"

    // Section headings.
    QString headingWhy, headingInputs, headingSegments, headingWork, headingDisconnects, headingNotes, headingCharts;
    QString headingTree, northStarDimensions;
    QString nothingShipped, nothingToAct, noNotes, noMovers;
};

ReportText reportText(const ReportContent &content, const ReportOptions &options);

// Chart captions and legends, shared by the PDF and the HTML's SVGs.
QString chartDateText(QDate date, Grain grain, const QLocale &locale);  // an x-axis label
QString targetLegend(const MetricChart &chart, const QLocale &locale);  // "target 2,000 by 31 Dec 2026"
QString boundLegend(const MetricChart &chart, const QLocale &locale);   // "bound: at most 5.0%"
QString chartValueText(double value, ValueStyle style, const QLocale &locale);
// A signed change in the chart's units: "+179", "−2.1 pt".
QString chartAmountText(double value, ValueStyle style, const QLocale &locale);

} // namespace NorthStar
