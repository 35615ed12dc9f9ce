#include "analysis/metricscontroller.h"

#include "analysis/workspacemetrics.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace NorthStar {

namespace {

// What a review reads of a metric record: not its definition, owner or notes.
bool reviewReads(const EntityChange<Metric> &c)
{
    if (!c.before || !c.after)
        return true;
    const Metric &a = *c.before;
    const Metric &b = *c.after;
    return a.name != b.name || a.unit != b.unit || a.target != b.target || a.computation != b.computation;
}

// ... nor of a node its place, owner or the rationale in words.
bool reviewReads(const EntityChange<Node> &c)
{
    if (!c.before || !c.after)
        return true;
    Node before = *c.before;
    const Node &after = *c.after;
    before.pinned = after.pinned;
    before.position = after.position;
    before.owner = after.owner;
    before.expectedImpact = after.expectedImpact;
    return before != after;
}

// Whether an edit can change a review: anything but notes, annotations, candidates and the
// fields above.
bool changesReviews(const ChangeSet &change)
{
    if (!change.trees.isEmpty() || !change.edges.isEmpty() || !change.settings.isEmpty())
        return true;
    const auto reads = [](const auto &list) {
        return std::any_of(list.cbegin(), list.cend(), [](const auto &c) { return reviewReads(c); });
    };
    return reads(change.metrics) || reads(change.nodes);
}

bool changesReviews(const WorkspaceData &before, const WorkspaceData &after)
{
    return before.metrics != after.metrics || before.trees != after.trees || before.nodes != after.nodes
           || before.edges != after.edges || before.settings != after.settings;
}

} // namespace

MetricsController::MetricsController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<NorthStar::MetricsResult>();
    qRegisterMetaType<NorthStar::LeverageEstimate>();
    qRegisterMetaType<NorthStar::TreeWhatIf>();
    qRegisterMetaType<NorthStar::Review>();
    // One worker: loading a timezone happens once and the computations after it take
    // milliseconds, so more threads would only compete with the UI for the cores.
    m_pool.setMaxThreadCount(1);
}

MetricsController::~MetricsController()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void MetricsController::setWorkspace(const QString &path, const WorkspaceData &data)
{
    m_path = path;
    m_metrics = path.isEmpty() ? nullptr : std::make_shared<const WorkspaceMetrics>(path, data);
    newVersion();
    preload();
}

void MetricsController::setModel(const WorkspaceData &data)
{
    if (!m_metrics)
        return;
    const WorkspaceData &old = m_metrics->data();
    const QString zoneKey(AnalysisSettings::timeZone);
    const bool catalogChanged = data.metrics != old.metrics;
    const bool zoneChanged = data.setting(zoneKey) != old.setting(zoneKey);
    const bool reviewsChanged = changesReviews(old, data);
    // The loaded data stay: they depend on the file, not on the model.
    m_metrics = std::make_shared<const WorkspaceMetrics>(m_metrics->cache(), data);
    if (catalogChanged || zoneChanged)
        newVersion();
    else if (reviewsChanged)
        newReviewVersion();
    if (zoneChanged)
        preload();
}

void MetricsController::setModel(const WorkspaceData &data, const ChangeSet &change)
{
    if (!m_metrics)
        return;
    const QString zoneKey(AnalysisSettings::timeZone);
    bool catalogChanged = false;
    for (const EntityChange<Metric> &c : change.metrics)
        catalogChanged |= !c.before || !c.after || c.before->name != c.after->name || c.before->computation != c.after->computation;
    bool zoneChanged = false;
    for (const EntityChange<Setting> &c : change.settings)
        zoneChanged |= (c.before ? c.before->key : c.after->key) == zoneKey;
    m_metrics = std::make_shared<const WorkspaceMetrics>(m_metrics->cache(), data);
    if (catalogChanged || zoneChanged)
        newVersion();
    else if (changesReviews(change))
        newReviewVersion();
    if (zoneChanged)
        preload();
}

void MetricsController::reload()
{
    if (!m_metrics)
        return;
    // A fresh cache: jobs still running on the old one finish on their own data and their
    // results are dropped as stale.
    m_metrics = std::make_shared<const WorkspaceMetrics>(m_path, m_metrics->data());
    newVersion();
    preload();
}

AnalysisRequest MetricsController::defaultRequest() const
{
    if (!m_metrics)
        return {};
    auto request = AnalysisRequest::fromSettings(m_metrics->data());
    if (request)
        return *request;
    AnalysisRequest fallback;
    fallback.timeZone = m_metrics->data().setting(QString(AnalysisSettings::timeZone), u"UTC"_s);
    return fallback;
}

QString MetricsController::seriesKey(Id metricId, const std::optional<MetricSpec> &spec,
                                     const AnalysisRequest &request)
{
    const QString what = spec ? u"s"_s + QString::fromUtf8(QJsonDocument(spec->toJson()).toJson(QJsonDocument::Compact))
                              : u"m"_s + QString::number(metricId);
    return what + u'\n' + request.key();
}

quint64 MetricsController::requestSeries(Id metricId, const AnalysisRequest &request)
{
    return startSeries(metricId, std::nullopt, request);
}

quint64 MetricsController::requestSeries(const MetricSpec &spec, const AnalysisRequest &request)
{
    return startSeries(0, spec, request);
}

std::optional<MetricsResult> MetricsController::cachedSeries(Id metricId, const AnalysisRequest &request) const
{
    const MetricsResult *hit = m_cache.object(seriesKey(metricId, std::nullopt, request));
    return hit ? std::optional<MetricsResult>(*hit) : std::nullopt;
}

std::optional<MetricsResult> MetricsController::cachedSeries(const MetricSpec &spec, const AnalysisRequest &request) const
{
    const MetricsResult *hit = m_cache.object(seriesKey(0, spec, request));
    return hit ? std::optional<MetricsResult>(*hit) : std::nullopt;
}

quint64 MetricsController::startSeries(Id metricId, const std::optional<MetricSpec> &spec,
                                       const AnalysisRequest &request)
{
    if (!m_metrics)
        return failLater(tr("No workspace is open."));
    const QString key = seriesKey(metricId, spec, request);
    if (const auto pending = m_pending.constFind(key); pending != m_pending.cend())
        return *pending;
    const quint64 ticket = m_nextTicket++;
    if (const MetricsResult *hit = m_cache.object(key)) {
        // Same path for the caller as a computed result: a queued signal with its ticket.
        MetricsResult result = *hit;
        result.ticket = ticket;
        QMetaObject::invokeMethod(
            this, [this, version = m_version, result] {
                if (version == m_version)
                    emit seriesReady(result);
            },
            Qt::QueuedConnection);
        return ticket;
    }
    m_pending.insert(key, ticket);
    const quint64 version = m_version;
    schedule([this, version, key, ticket, metricId, spec, request](const WorkspaceMetrics &metrics) {
        const auto series = spec ? metrics.compute(*spec, request) : metrics.computeMetric(metricId, request);
        if (!series) {
            return std::function<void()>([this, version, key, ticket, message = series.error()] {
                deliverFailure(version, key, ticket, message);
            });
        }
        MetricsResult result{ticket, metricId, spec, request, *series, latestComplete(*series)};
        return std::function<void()>([this, version, key, result] { deliverSeries(version, key, result); });
    });
    return ticket;
}

quint64 MetricsController::requestLeverage(Id parentNodeId, const AnalysisRequest &request)
{
    if (!m_metrics)
        return failLater(tr("No workspace is open."));
    const quint64 ticket = m_nextTicket++;
    const quint64 version = m_version;
    schedule([this, version, ticket, parentNodeId, request](const WorkspaceMetrics &metrics) {
        auto estimate = estimateLeverage(metrics, parentNodeId, request);
        return std::function<void()>([this, version, ticket, estimate] {
            if (version != m_version)
                return;
            if (estimate)
                emit leverageReady(ticket, *estimate);
            else
                emit requestFailed(ticket, estimate.error());
        });
    });
    return ticket;
}

quint64 MetricsController::requestWhatIf(Id inputNodeId, double percentChange, const AnalysisRequest &request)
{
    if (!m_metrics)
        return failLater(tr("No workspace is open."));
    const quint64 ticket = m_nextTicket++;
    const quint64 version = m_version;
    schedule([this, version, ticket, inputNodeId, percentChange, request](const WorkspaceMetrics &metrics) {
        auto result = whatIfOnTree(metrics, inputNodeId, percentChange, request);
        return std::function<void()>([this, version, ticket, result] {
            if (version != m_version)
                return;
            if (result)
                emit whatIfReady(ticket, *result);
            else
                emit requestFailed(ticket, result.error());
        });
    });
    return ticket;
}

QString MetricsController::reviewKey(Id treeId, Grain grain, const std::optional<QDate> &period)
{
    return u"%1\n%2\n%3"_s.arg(treeId).arg(int(grain)).arg(period ? period->toString(Qt::ISODate) : u"latest"_s);
}

quint64 MetricsController::requestReview(const ReviewOptions &options)
{
    if (!m_metrics)
        return failLater(tr("No workspace is open."));
    const QString key = reviewKey(options.treeId, options.grain, options.periodDate);
    if (const auto pending = m_reviewPending.constFind(key); pending != m_reviewPending.cend())
        return *pending;
    const quint64 ticket = m_nextTicket++;
    if (const Review *hit = m_reviewCache.object(key)) {
        QMetaObject::invokeMethod(
            this, [this, version = m_reviewVersion, ticket, review = *hit] {
                if (version == m_reviewVersion)
                    emit reviewReady(ticket, review);
            },
            Qt::QueuedConnection);
        return ticket;
    }
    m_reviewPending.insert(key, ticket);
    const quint64 version = m_reviewVersion;
    schedule([this, version, key, ticket, options, current = m_currentReviewVersion](const WorkspaceMetrics &metrics) {
        // A review queued before a model edit would be dropped: not computed at all.
        if (current->load() != version)
            return std::function<void()>();
        auto review = computeReview(metrics, options);
        return std::function<void()>([this, version, key, ticket, review = std::move(review)] {
            if (version != m_reviewVersion)
                return;
            if (!review) {
                m_reviewPending.remove(key);
                emit requestFailed(ticket, review.error());
                return;
            }
            deliverReview(version, key, *review);
            emit reviewReady(ticket, *review);
        });
    });
    return ticket;
}

quint64 MetricsController::requestReport(const Review &review, const WorkspaceData &data, const QString &outPath,
                                         const ReportOptions &options, std::shared_ptr<std::atomic<bool>> cancelled)
{
    if (!m_metrics)
        return failLater(tr("No workspace is open."));
    const quint64 ticket = m_nextTicket++;
    schedule([this, ticket, review, data, path = m_path, outPath, options, cancelled](const WorkspaceMetrics &metrics) {
        Result<void> written;
        if (!cancelled->load()) {
            if (auto content = buildReportContent(metrics, data, path, review); !content)
                written = fail(content.error());
            else if (!cancelled->load())
                written = writeReport(*content, outPath, options);
        }
        return std::function<void()>([this, ticket, outPath, written, cancelled] {
            if (cancelled->load())
                return;
            if (written)
                emit reportWritten(ticket, outPath);
            else
                emit requestFailed(ticket, written.error());
        });
    }, /*skipWhenOutdated=*/false); // the review is fixed already; a file asked for is written
    return ticket;
}

std::optional<Review> MetricsController::cachedReview(const ReviewOptions &options) const
{
    const Review *hit = m_reviewCache.object(reviewKey(options.treeId, options.grain, options.periodDate));
    return hit ? std::optional<Review>(*hit) : std::nullopt;
}

void MetricsController::deliverReview(quint64 version, const QString &key, const Review &review)
{
    if (version != m_reviewVersion)
        return;
    m_reviewPending.remove(key);
    m_reviewCache.insert(key, new Review(review));
    // The latest period is also that period: stepping back to it later is a cache hit.
    const QString periodKey = reviewKey(review.treeId, review.grain, review.period);
    if (periodKey != key)
        m_reviewCache.insert(periodKey, new Review(review));
}

void MetricsController::newReviewVersion()
{
    // Queued reviews of the old model still run; their results are dropped.
    m_currentReviewVersion->store(++m_reviewVersion);
    m_reviewPending.clear();
    m_reviewCache.clear();
    emit reviewsChanged();
}

void MetricsController::schedule(const Job &job, bool skipWhenOutdated)
{
    setRunning(+1);
    const auto finish = [this](std::function<void()> deliver) {
        QMetaObject::invokeMethod(
            this, [this, deliver = std::move(deliver)] {
                setRunning(-1);
                if (deliver)
                    deliver();
            },
            Qt::QueuedConnection);
    };
    m_pool.start([finish, job, skipWhenOutdated, metrics = m_metrics, version = m_version, current = m_currentVersion] {
        // Work queued before a version change is skipped: its result would be dropped.
        if (skipWhenOutdated && current->load() != version) {
            finish({});
            return;
        }
        finish(job(*metrics));
    });
}

quint64 MetricsController::failLater(const QString &message)
{
    const quint64 ticket = m_nextTicket++;
    QMetaObject::invokeMethod(
        this, [this, ticket, message] { emit requestFailed(ticket, message); }, Qt::QueuedConnection);
    return ticket;
}

void MetricsController::deliverSeries(quint64 version, const QString &key, const MetricsResult &result)
{
    if (version != m_version)
        return;
    m_pending.remove(key);
    m_cache.insert(key, new MetricsResult(result));
    emit seriesReady(result);
}

void MetricsController::deliverFailure(quint64 version, const QString &key, quint64 ticket, const QString &message)
{
    if (version != m_version)
        return;
    m_pending.remove(key);
    emit requestFailed(ticket, message);
}

void MetricsController::newVersion()
{
    m_currentVersion->store(++m_version);
    m_pending.clear();
    m_cache.clear();
    emit dataChanged();
    newReviewVersion();
}

void MetricsController::preload()
{
    if (!m_metrics)
        return;
    const QString zone = defaultRequest().timeZone;
    const quint64 version = m_version;
    schedule([this, version, zone](const WorkspaceMetrics &metrics) {
        auto loaded = metrics.activity(zone);
        if (loaded)
            return std::function<void()>();
        return std::function<void()>([this, version, message = loaded.error()] {
            if (version == m_version)
                emit requestFailed(0, message);
        });
    });
}

void MetricsController::setRunning(int delta)
{
    const bool was = m_running > 0;
    m_running += delta;
    if (was != (m_running > 0))
        emit loadingChanged(m_running > 0);
}

void MetricsController::waitForIdle()
{
    m_pool.waitForDone();
}

} // namespace NorthStar
