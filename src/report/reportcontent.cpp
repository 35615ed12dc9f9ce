// buildReportContent (report.h): what every format of the report shows, computed once.

#include "report/report.h"

#include "analysis/analysisrequest.h"
#include "analysis/latestvalue.h"
#include "metrics/coredimensions.h"
#include "render/cardstyle.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Report)
};

// A year of weeks, two years of months: enough to see a trend and a season.
int chartedPeriods(Grain grain)
{
    return grain == Grain::Month ? 24 : 52;
}

// The complete periods of `history` up to `last` (inclusive), at most the charted number.
std::vector<ReviewPoint> chartPoints(const std::vector<ReviewPoint> &history, QDate last, Grain grain)
{
    std::vector<ReviewPoint> points;
    for (const ReviewPoint &point : history) {
        if (point.complete && point.periodStart <= last)
            points.push_back(point);
    }
    const std::size_t keep = std::size_t(chartedPeriods(grain));
    if (points.size() > keep)
        points.erase(points.begin(), points.end() - std::ptrdiff_t(keep));
    return points;
}

// The reviewed period's numbers on a card, read from the review's own series so a past
// review's tree shows that period (the canvas shows the latest).
CardNumbers cardNumbersOf(const MetricReview &metric, Grain grain)
{
    if (!metric.error.isEmpty())
        return hintNumbers(Text::tr("No data"), metric.error);
    MetricSeries series;
    // The review reads lifecycle as its active users: a count.
    series.kind = metric.kind == MetricKind::Lifecycle ? MetricKind::Breadth : metric.kind.value_or(MetricKind::Formula);
    for (const ReviewPoint &point : metric.history)
        series.rows.push_back({point.periodStart, point.value, !point.complete});
    return cardNumbers(latestComplete(series), series.kind, metric.unit, grainName(grain));
}

// Shipped work serving the node (every verdict's item for the North Star), once per item.
std::vector<ChartMark> shipsFor(const Review &review, const MetricReview &metric)
{
    std::vector<ChartMark> ships;
    QSet<Id> seen;
    for (const WorkReview &w : review.work) {
        const bool serves = metric.role == ReviewRole::NorthStar || w.inputNodeId == metric.nodeId;
        if (!serves || metric.nodeId == 0 || seen.contains(w.workNodeId))
            continue;
        seen.insert(w.workNodeId);
        ships.push_back({w.shipped, w.title});
    }
    std::stable_sort(ships.begin(), ships.end(), [](const ChartMark &a, const ChartMark &b) { return a.date < b.date; });
    return ships;
}

std::vector<ChartMark> annotationsIn(const WorkspaceData &data, Id metricId, QDate from, QDate to)
{
    QList<Annotation> all = data.annotationsOf(0);
    if (metricId != 0)
        all += data.annotationsOf(metricId);
    std::stable_sort(all.begin(), all.end(), [](const Annotation &a, const Annotation &b) { return a.date < b.date; });
    std::vector<ChartMark> marks;
    for (const Annotation &a : all) {
        if (a.date >= from && a.date <= to)
            marks.push_back({a.date, a.text});
    }
    return marks;
}

MetricChart metricChart(const ReportContent &content, const MetricReview &metric)
{
    const Review &review = content.review;
    MetricChart chart;
    chart.title = metric.name;
    chart.kind = metric.kind.value_or(MetricKind::Formula);
    chart.unit = metric.unit;
    chart.style = valueStyle(chart.kind, metric.unit);
    chart.grain = review.grain;
    chart.error = metric.error;
    chart.points = chartPoints(metric.history, review.period, review.grain);
    chart.reviewed = metric.period;
    chart.usualLow = metric.usualLow;
    chart.usualHigh = metric.usualHigh;
    if (metric.target)
        chart.target = TargetCourse{metric.target->baselineDate, metric.target->baseline, metric.target->date,
                                    metric.target->value};
    chart.bound = metric.bound;
    chart.ships = shipsFor(review, metric);
    if (!chart.points.empty())
        chart.annotations = annotationsIn(content.data, metric.metricId, chart.points.front().periodStart,
                                          review.periodEnd);
    return chart;
}

// Breadth, depth and frequency of the North Star's core action (not for a formula, which
// has no core action of its own).
std::vector<MetricChart> dimensionCharts(const WorkspaceMetrics &metrics, const ReportContent &content)
{
    const Review &review = content.review;
    const MetricReview *northStar = review.northStar();
    if (!northStar)
        return {};
    const auto spec = metrics.specOf(northStar->metricId);
    if (!spec || spec->kind == MetricKind::Formula)
        return {};
    auto request = AnalysisRequest::fromSettings(content.data);
    if (!request)
        return {};
    request->grain = review.grain;
    const std::array<QString, 3> titles{Text::tr("Breadth: active users"), Text::tr("Depth: core actions per active user"),
                                        Text::tr("Frequency: active days per active user")};
    const std::array<MetricSpec, 3> specs = coreActionDimensions(*spec);
    const MetricChart northStarChart = metricChart(content, *northStar);
    std::vector<MetricChart> charts;
    for (std::size_t i = 0; i < specs.size(); ++i) {
        MetricChart chart;
        chart.title = titles[i];
        chart.kind = specs[i].kind;
        chart.style = valueStyle(chart.kind, {});
        chart.grain = review.grain;
        chart.reviewed = review.period;
        chart.ships = northStarChart.ships;
        chart.annotations = northStarChart.annotations;
        const auto series = metrics.compute(specs[i], *request);
        if (!series) {
            chart.error = series.error();
        } else {
            std::vector<ReviewPoint> history;
            for (const SeriesRow &row : series->rows)
                history.push_back({row.periodStart, row.value, !row.partial});
            chart.points = chartPoints(history, review.period, review.grain);
        }
        charts.push_back(std::move(chart));
    }
    return charts;
}

Waterfall waterfallOf(const Review &review)
{
    Waterfall waterfall;
    const MetricReview *northStar = review.northStar();
    if (!northStar || !northStar->value || !northStar->previous)
        return waterfall;
    const auto c = std::find_if(review.contributions.cbegin(), review.contributions.cend(),
                                [&](const Contribution &x) { return x.parentNodeId == northStar->nodeId; });
    if (c == review.contributions.cend() || !c->change || c->method == ContributionMethod::None)
        return waterfall;
    waterfall.method = c->method;
    const bool month = review.grain == Grain::Month;
    waterfall.steps.push_back({WaterfallStep::Kind::Start, month ? Text::tr("Last month") : Text::tr("Last week"),
                               *northStar->previous});
    for (const ContributionPart &part : c->parts) {
        if (part.contribution)
            waterfall.steps.push_back({WaterfallStep::Kind::Part, part.name, *part.contribution});
    }
    if (c->unexplained)
        waterfall.steps.push_back({WaterfallStep::Kind::Rest, Text::tr("Not explained by the inputs"), *c->unexplained});
    waterfall.steps.push_back({WaterfallStep::Kind::End, month ? Text::tr("This month") : Text::tr("This week"),
                               *northStar->value});
    return waterfall;
}

WorkChart workChart(const Review &review, const WorkReview &work)
{
    WorkChart chart;
    const MetricReview *input = review.metricOfNode(work.inputNodeId);
    if (!input)
        return chart;
    chart.style = valueStyle(input->kind.value_or(MetricKind::Formula), input->unit);
    if (work.interceptA && work.slopeB && !work.before.empty()) {
        // Judged: the eight periods before, the four after (REVIEW.md's indexes).
        for (std::size_t i = 0; i < work.before.size(); ++i)
            chart.before.push_back({double(work.firstBeforeIndex + int(i)), *work.before[i].value});
        for (std::size_t i = 0; i < work.after.size(); ++i)
            chart.after.push_back({double(work.firstBeforeIndex + 9 + int(i)), *work.after[i].value});
        chart.shipT = work.firstBeforeIndex + 8;
        chart.firstDate = work.before.front().periodStart;
        chart.interceptA = work.interceptA;
        chart.slopeB = work.slopeB;
        chart.lastT = chart.shipT + 4;
        return chart;
    }
    // Not judged yet: the input's periods around the launch, as far as there are any.
    const std::vector<ReviewPoint> &history = input->history;
    int ship = -1;
    for (int i = 0; i < int(history.size()); ++i) {
        if (history[std::size_t(i)].periodStart <= work.shipped)
            ship = i;
    }
    const int first = std::max(0, ship - 8);
    for (int i = first; i < int(history.size()); ++i) {
        const ReviewPoint &point = history[std::size_t(i)];
        if (!point.complete || !point.value || i == ship)
            continue;
        (i < ship ? chart.before : chart.after).push_back({double(i), *point.value});
    }
    chart.shipT = ship;
    chart.firstDate = first < int(history.size()) ? history[std::size_t(first)].periodStart : QDate();
    chart.lastT = std::max(double(ship + 4), double(history.size()) - 1.0);
    return chart;
}

std::vector<ReportNote> notesOf(const WorkspaceData &data, const Review &review)
{
    const ReviewGrain grain = review.grain == Grain::Month ? ReviewGrain::Month : ReviewGrain::Week;
    std::vector<ReportNote> notes;
    if (const ReviewNote *note = data.reviewNote(review.treeId, 0, review.period, grain); note && !note->text.isEmpty())
        notes.push_back({QString(), note->text});
    for (const MetricReview &m : review.metrics) {
        const ReviewNote *note = m.metricId ? data.reviewNote(review.treeId, m.metricId, review.period, grain) : nullptr;
        if (note && !note->text.isEmpty())
            notes.push_back({m.name, note->text});
    }
    return notes;
}

// Every annotation shown on some chart, once, by date; a metric's own names the metric.
std::vector<ChartMark> allAnnotations(const WorkspaceData &data, const Review &review, QDate from)
{
    std::vector<ChartMark> marks;
    QSet<Id> metricIds{0};
    for (const MetricReview &m : review.metrics)
        metricIds.insert(m.metricId);
    QList<Annotation> all = data.annotations.values();
    std::stable_sort(all.begin(), all.end(), [](const Annotation &a, const Annotation &b) { return a.date < b.date; });
    for (const Annotation &a : all) {
        if (!metricIds.contains(a.metricId) || a.date < from || a.date > review.periodEnd)
            continue;
        const Metric *metric = a.metricId ? data.metric(a.metricId) : nullptr;
        marks.push_back({a.date, metric ? Text::tr("%1: %2").arg(metric->name, a.text) : a.text});
    }
    return marks;
}

} // namespace

double TargetCourse::valueAt(QDate day) const
{
    const qint64 span = baselineDate.daysTo(date);
    if (span <= 0)
        return value;
    const double f = std::clamp(double(baselineDate.daysTo(day)) / double(span), 0.0, 1.0);
    return baseline + (value - baseline) * f;
}

Result<ReportContent> buildReportContent(const WorkspaceMetrics &metrics, const WorkspaceData &data,
                                         const QString &workspacePath, const Review &review)
{
    const Tree *tree = data.tree(review.treeId);
    if (!tree)
        return fail(Text::tr("Cannot make the report: the workspace has no tree \"%1\".").arg(review.tree));
    ReportContent content;
    content.workspaceName = QFileInfo(workspacePath).completeBaseName();
    content.review = review;
    content.data = data;

    for (const MetricReview &m : review.metrics) {
        if (m.nodeId != 0)
            content.treeNumbers.insert(m.nodeId, cardNumbersOf(m, review.grain));
    }
    auto geometry = TreeGeometry::compute(data, tree->id, CardStyle::standard(), content.treeNumbers);
    if (!geometry)
        return fail(Text::tr("Cannot lay out the tree \"%1\": %2").arg(tree->name, geometry.error()));
    content.treeGeometry = std::move(*geometry);

    content.waterfall = waterfallOf(review);
    for (const MetricReview &m : review.metrics)
        content.charts.push_back(metricChart(content, m));
    content.dimensions = dimensionCharts(metrics, content);
    for (const WorkReview &w : review.work)
        content.workCharts.push_back(workChart(review, w));
    content.notes = notesOf(data, review);
    const MetricReview *northStar = review.northStar();
    const std::vector<ReviewPoint> charted =
        northStar ? chartPoints(northStar->history, review.period, review.grain) : std::vector<ReviewPoint>{};
    content.chartedFrom = charted.empty() ? review.period : charted.front().periodStart;
    content.annotations = allAnnotations(data, review, content.chartedFrom);
    return content;
}

} // namespace NorthStar
