#pragma once

// MetricsController: the window's metrics, computed off the UI thread (issue #4 §6:
// switching the node or the grain redraws within 100 ms; nothing blocks the UI thread).
//
// How the chart and the node badges use it
// ----------------------------------------
//   auto *metrics = new MetricsController(this);
//   metrics->setWorkspace(path, document.data());  // on open: loads the data on a worker
//   metrics->setModel(document.data());            // after every model change (cheap)
//   metrics->reload();                             // after an import changed the file
//
//   AnalysisRequest request = metrics->defaultRequest(); // workspace settings
//   request.grain = Grain::Month;                          // what the user picked
//   if (auto hit = metrics->cachedSeries(metricId, request))
//       draw(*hit);                                        // synchronous, no worker
//   else
//       m_ticket = metrics->requestSeries(metricId, request);
//   connect(metrics, &MetricsController::seriesReady, this, [this](const MetricsResult &r) {
//       if (r.ticket == m_ticket) draw(r);  // r.latest has the badge's headline and sparkline
//   });
//   connect(metrics, &MetricsController::requestFailed, ...); // (ticket, message to show)
//   connect(metrics, &MetricsController::dataChanged, ...);   // re-request what is shown
//
// - Results arrive through queued signals on the controller's (UI) thread; every request
//   returns a ticket that its signal carries. Asking again for something already pending
//   returns the pending ticket.
// - The data are loaded once per reporting timezone on the worker (the stored rollup: tens
//   of ms for 5M events; another timezone is rebuilt from the raw events: seconds); later
//   computations take milliseconds. The controller preloads the workspace's timezone.
// - Results are cached by (metric id or spec, request) for the current data version. The
//   version changes with reload(), with a catalog edit (names and computations feed
//   formulas) and with the `timezone` setting; then dataChanged() is emitted, the cache is
//   emptied and results of older requests are dropped (never delivered), and queued work
//   for them is skipped.
// - Leverage estimates and what-if run the same way (requestLeverage, requestWhatIf).
// - The weekly review too (requestReview -> reviewReady), cached by (tree, grain, period)
//   for the current data version. A review also reads the model (targets, impacts, ship
//   dates, leverages, the tree's shape, the settings), so model edits that reach those
//   empty the review cache and emit reviewsChanged(); notes, annotations, candidates and
//   moving cards do not. A request without a period (the latest complete one) is cached
//   under "latest" and under the period it resolved to.
// - A review's report (File > Export Review) is built and written on the worker too
//   (requestReport -> reportWritten); `cancelled`, set from the UI thread, stops it before
//   the file is written, so a cancelled export leaves nothing behind.

#include "analysis/analysisrequest.h"
#include "analysis/latestvalue.h"
#include "analysis/treeleverage.h"
#include "metrics/metricseries.h"
#include "metrics/metricspec.h"
#include "model/changeset.h"
#include "model/workspacedata.h"
#include "report/report.h"
#include "review/weeklyreview.h"

#include <QCache>
#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace NorthStar {

class WorkspaceMetrics;

struct MetricsResult final
{
    quint64 ticket = 0;
    Id metricId = 0;                // 0 for an ad-hoc spec
    std::optional<MetricSpec> spec; // the ad-hoc spec
    AnalysisRequest request;
    MetricSeries series;
    LatestValue latest;             // latestComplete(series, 12), for node badges
};

class MetricsController final : public QObject
{
    Q_OBJECT

public:
    explicit MetricsController(QObject *parent = nullptr);
    ~MetricsController() override;

    // A new workspace file (an empty path: no workspace, every request fails).
    void setWorkspace(const QString &path, const WorkspaceData &data);
    // The model after an edit. Only catalog and `timezone` changes invalidate results.
    void setModel(const WorkspaceData &data);
    // The same, told what the edit changed: only a metric added or removed, a metric's name
    // or computation (formulas read them) and the `timezone` setting invalidate results; a
    // definition, owner or unit being typed does not.
    void setModel(const WorkspaceData &data, const ChangeSet &change);
    const QString &workspacePath() const { return m_path; }
    quint64 dataVersion() const { return m_version; }
    bool isLoading() const { return m_running > 0; }

    // The workspace settings as a request (UTC, Monday weeks, week grain when unset or
    // unreadable).
    AnalysisRequest defaultRequest() const;

    quint64 requestSeries(Id metricId, const AnalysisRequest &request);
    quint64 requestSeries(const MetricSpec &spec, const AnalysisRequest &request);
    std::optional<MetricsResult> cachedSeries(Id metricId, const AnalysisRequest &request) const;
    std::optional<MetricsResult> cachedSeries(const MetricSpec &spec, const AnalysisRequest &request) const;

    quint64 requestLeverage(Id parentNodeId, const AnalysisRequest &request);
    quint64 requestWhatIf(Id inputNodeId, double percentChange, const AnalysisRequest &request);

    quint64 requestReview(const ReviewOptions &options);
    std::optional<Review> cachedReview(const ReviewOptions &options) const;
    // Writes `review` as a report to `outPath` (format from the suffix), reading the notes and
    // annotations of `data` (the document now). Failure through requestFailed.
    quint64 requestReport(const Review &review, const WorkspaceData &data, const QString &outPath,
                          const ReportOptions &options, std::shared_ptr<std::atomic<bool>> cancelled);
    // Changes whenever cached reviews are dropped (data or a model edit a review reads).
    quint64 reviewVersion() const { return m_reviewVersion; }

    // Waits for queued work (tests, shutdown); results are still delivered by events.
    void waitForIdle();

public slots:
    // The file's data changed (an import): forget loaded data and results, load again.
    void reload();

signals:
    void seriesReady(const NorthStar::MetricsResult &result);
    void leverageReady(quint64 ticket, const NorthStar::LeverageEstimate &estimate);
    void whatIfReady(quint64 ticket, const NorthStar::TreeWhatIf &result);
    void reviewReady(quint64 ticket, const NorthStar::Review &review);
    void reportWritten(quint64 ticket, const QString &path);
    void requestFailed(quint64 ticket, const QString &message);
    // Cached reviews were dropped (also after dataChanged): request the shown one again.
    void reviewsChanged();
    // The data version changed: shown series are outdated, request them again.
    void dataChanged();
    void loadingChanged(bool loading);

private:
    // Runs on the worker; returns what to do on the UI thread (deliver or drop the result).
    using Job = std::function<std::function<void()>(const WorkspaceMetrics &)>;
    static QString seriesKey(Id metricId, const std::optional<MetricSpec> &spec, const AnalysisRequest &request);
    quint64 startSeries(Id metricId, const std::optional<MetricSpec> &spec, const AnalysisRequest &request);
    // Runs `job` on the worker with the current snapshot, unless the version moved on (and
    // `skipWhenOutdated`).
    void schedule(const Job &job, bool skipWhenOutdated = true);
    // No workspace: the request fails (queued, like every answer).
    quint64 failLater(const QString &message);
    void deliverSeries(quint64 version, const QString &key, const MetricsResult &result);
    void deliverFailure(quint64 version, const QString &key, quint64 ticket, const QString &message);
    void newVersion();
    static QString reviewKey(Id treeId, Grain grain, const std::optional<QDate> &period);
    void deliverReview(quint64 version, const QString &key, const Review &review);
    void newReviewVersion();
    void preload();
    void setRunning(int delta);

    QThreadPool m_pool;
    QString m_path;
    std::shared_ptr<const WorkspaceMetrics> m_metrics;
    quint64 m_version = 0;
    std::shared_ptr<std::atomic<quint64>> m_currentVersion = std::make_shared<std::atomic<quint64>>(0);
    quint64 m_nextTicket = 1;
    int m_running = 0;
    QHash<QString, quint64> m_pending; // series key -> ticket
    QCache<QString, MetricsResult> m_cache{512};
    quint64 m_reviewVersion = 0;
    std::shared_ptr<std::atomic<quint64>> m_currentReviewVersion = std::make_shared<std::atomic<quint64>>(0);
    QHash<QString, quint64> m_reviewPending; // review key -> ticket
    QCache<QString, Review> m_reviewCache{64};
};

} // namespace NorthStar

Q_DECLARE_METATYPE(NorthStar::MetricsResult)
Q_DECLARE_METATYPE(NorthStar::LeverageEstimate)
Q_DECLARE_METATYPE(NorthStar::TreeWhatIf)
Q_DECLARE_METATYPE(NorthStar::Review)
