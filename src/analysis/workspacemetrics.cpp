#include "analysis/workspacemetrics.h"

#include "analysis/workspacereader.h"

#include <QCoreApplication>
#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace NorthStar {

namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(Analysis)
};

} // namespace

LoadedActivity::LoadedActivity(ActivityData data) : m_data(std::move(data)), m_engine(m_data)
{
}

ActivityCache::ActivityCache(QString workspacePath, int capacity)
    : m_path(std::move(workspacePath)), m_capacity(std::max(1, capacity))
{
}

Result<std::shared_ptr<const LoadedActivity>> ActivityCache::get(const QString &timeZone)
{
    // Held while loading: a second thread asking for the same timezone waits for the first
    // load instead of starting another one.
    QMutexLocker lock(&m_mutex);
    for (auto it = m_slots.begin(); it != m_slots.end(); ++it) {
        if (it->timeZone == timeZone) {
            m_slots.splice(m_slots.begin(), m_slots, it);
            return m_slots.front().activity;
        }
    }
    auto loaded = WorkspaceReader::loadActivity(m_path, timeZone);
    if (!loaded)
        return fail(loaded.error());
    auto activity = std::make_shared<const LoadedActivity>(std::move(loaded).value());
    m_slots.push_front({timeZone, activity});
    while (int(m_slots.size()) > m_capacity)
        m_slots.pop_back();
    return activity;
}

void ActivityCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_slots.clear();
}

WorkspaceMetrics::WorkspaceMetrics(const QString &workspacePath, WorkspaceData data)
    : WorkspaceMetrics(std::make_shared<ActivityCache>(workspacePath), std::move(data))
{
}

WorkspaceMetrics::WorkspaceMetrics(std::shared_ptr<ActivityCache> cache, WorkspaceData data)
    : m_cache(std::move(cache)), m_data(std::move(data))
{
}

Result<std::shared_ptr<const LoadedActivity>> WorkspaceMetrics::activity(const QString &timeZone) const
{
    return m_cache->get(timeZone);
}

const Metric *WorkspaceMetrics::metricNamed(const QString &name) const
{
    for (const Metric &m : m_data.metrics) { // QMap: ascending id
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

Result<MetricSpec> WorkspaceMetrics::specOf(Id metricId) const
{
    const Metric *metric = m_data.metric(metricId);
    if (!metric)
        return fail(Text::tr("The workspace has no metric with id %1.").arg(metricId));
    if (metric->computation.isEmpty())
        return fail(Text::tr("The metric \"%1\" has no computation yet: choose its kind and core action in the "
                       "properties panel.")
                        .arg(metric->name));
    auto spec = MetricSpec::fromJson(metric->computation);
    if (!spec)
        return fail(Text::tr("The computation of the metric \"%1\" is invalid: %2").arg(metric->name, spec.error()));
    return spec;
}

MetricLookup WorkspaceMetrics::lookup() const
{
    // Captures `this`: the lookup is used within compute() only.
    return [this](const QString &name) -> std::optional<MetricSpec> {
        const Metric *metric = metricNamed(name);
        if (!metric || metric->computation.isEmpty())
            return std::nullopt;
        auto spec = MetricSpec::fromJson(metric->computation);
        return spec ? std::optional<MetricSpec>(*spec) : std::nullopt;
    };
}

Result<MetricSeries> WorkspaceMetrics::compute(const MetricSpec &spec, const AnalysisRequest &request) const
{
    const auto loaded = activity(request.timeZone);
    if (!loaded)
        return fail(loaded.error());
    return (*loaded)->engine().compute(spec, request.metricRequest(), lookup());
}

Result<MetricSeries> WorkspaceMetrics::computeMetric(Id metricId, const AnalysisRequest &request) const
{
    const auto spec = specOf(metricId);
    if (!spec)
        return fail(spec.error());
    return compute(*spec, request);
}

} // namespace NorthStar
