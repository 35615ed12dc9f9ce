#pragma once

// Generated series for the chart tests: deterministic, realistic in shape (a slow trend,
// a weekly rhythm), with the partial and empty periods each test asks for.

#include "charts/metricchartview.h"
#include "metrics/metricseries.h"

#include <QDate>
#include <QString>

#include <cmath>

namespace NorthStar::ChartFixtures {

// `pattern`: one character per period: C complete, P partial, _ empty (no value).
inline MetricSeries seriesFromPattern(const QString &pattern, QDate first = QDate(2026, 1, 5), int stepDays = 7,
                                      MetricKind kind = MetricKind::Breadth)
{
    MetricSeries series;
    series.kind = kind;
    for (int i = 0; i < pattern.size(); ++i) {
        SeriesRow row;
        row.periodStart = first.addDays(qint64(i) * stepDays);
        if (pattern[i] != u'_')
            row.value = 100.0 + i;
        row.partial = pattern[i] == u'P';
        series.rows.push_back(row);
    }
    return series;
}

// `periods` periods of `stepDays` from `first`; the last one partial.
inline MetricSeries trend(int periods, int stepDays, QDate first = QDate(2023, 1, 2))
{
    MetricSeries series;
    for (int i = 0; i < periods; ++i) {
        SeriesRow row;
        row.periodStart = first.addDays(qint64(i) * stepDays);
        row.value = 4000 + 12.5 * i + 300 * std::sin(i * 0.9);
        row.partial = i + 1 == periods;
        series.rows.push_back(row);
    }
    return series;
}

inline MetricChartData chartData(MetricSeries series, Grain grain = Grain::Week)
{
    MetricChartData data;
    data.series = std::move(series);
    data.grain = grain;
    data.title = QStringLiteral("Weekly active learners");
    data.unit = QStringLiteral("users");
    return data;
}

} // namespace NorthStar::ChartFixtures
