#pragma once

// A workspace's catalog metrics computed from its imported data (issue #4).
//
//     WorkspaceMetrics metrics(path, workspaceData);        // data: catalog, trees, settings
//     auto request = AnalysisRequest::fromSettings(workspaceData);
//     auto series = metrics.computeMetric(metricId, *request); // the stored computation
//     LatestValue badge = latestComplete(*series);
//
// A catalog metric's computation is a MetricSpec as JSON (Metric::computation); formulas
// name their operands by catalog metric NAME. Data are loaded once per reporting timezone
// and kept in an ActivityCache that several WorkspaceMetrics (one per snapshot of the
// catalog) and threads can share: computing is const and thread-safe, loading happens on
// the first thread that needs a timezone while the others wait for it.

#include "analysis/analysisrequest.h"
#include "common/result.h"
#include "activity/activity.h"
#include "metrics/metricengine.h"
#include "metrics/metricseries.h"
#include "metrics/metricspec.h"
#include "model/workspacedata.h"

#include <QMutex>
#include <QString>

#include <list>
#include <memory>

namespace NorthStar {

// ActivityData of one timezone with its engine (which refers to it), immutable once built.
class LoadedActivity final
{
public:
    explicit LoadedActivity(ActivityData data);
    LoadedActivity(const LoadedActivity &) = delete;
    LoadedActivity &operator=(const LoadedActivity &) = delete;

    const ActivityData &data() const { return m_data; }
    const MetricEngine &engine() const { return m_engine; }

private:
    ActivityData m_data;
    MetricEngine m_engine;
};

// The loaded data of one workspace file, per timezone (the last few used are kept: a
// year of data for 50k users is tens of MB per timezone). Thread-safe.
class ActivityCache final
{
public:
    explicit ActivityCache(QString workspacePath, int capacity = 2);

    const QString &workspacePath() const { return m_path; }
    // Loads on first use (the stored rollup when it is in `timeZone`, else rebuilt from the
    // raw events); later calls return the same object.
    Result<std::shared_ptr<const LoadedActivity>> get(const QString &timeZone);
    // Forgets everything (after an import changed the file).
    void clear();

private:
    struct Slot
    {
        QString timeZone;
        std::shared_ptr<const LoadedActivity> activity;
    };
    const QString m_path;
    const int m_capacity;
    QMutex m_mutex;
    std::list<Slot> m_slots; // most recently used first
};

class WorkspaceMetrics final
{
public:
    WorkspaceMetrics(const QString &workspacePath, WorkspaceData data);
    WorkspaceMetrics(std::shared_ptr<ActivityCache> cache, WorkspaceData data);

    const WorkspaceData &data() const { return m_data; }
    const std::shared_ptr<ActivityCache> &cache() const { return m_cache; }

    Result<std::shared_ptr<const LoadedActivity>> activity(const QString &timeZone) const;

    // The stored computation of a catalog metric; an error when it has none or it is invalid.
    Result<MetricSpec> specOf(Id metricId) const;
    // Catalog metric by exact name (the lowest id when names repeat), else nullptr.
    const Metric *metricNamed(const QString &name) const;
    // Formula operands by catalog name.
    MetricLookup lookup() const;

    Result<MetricSeries> compute(const MetricSpec &spec, const AnalysisRequest &request) const;
    Result<MetricSeries> computeMetric(Id metricId, const AnalysisRequest &request) const;

private:
    std::shared_ptr<ActivityCache> m_cache;
    WorkspaceData m_data;
};

} // namespace NorthStar
