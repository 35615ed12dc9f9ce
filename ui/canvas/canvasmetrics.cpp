#include "canvas/canvasmetrics.h"

#include "analysis/metricscontroller.h"
#include "model/document.h"
#include "model/workspacedata.h"

#include <QScopedValueRollback>
#include <QSet>

namespace NorthStar {

CanvasMetrics::CanvasMetrics(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
}

void CanvasMetrics::setController(MetricsController *controller)
{
    if (controller == m_controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    m_tickets.clear();
    m_asked.clear();
    if (controller) {
        connect(controller, &MetricsController::seriesReady, this, &CanvasMetrics::onSeriesReady);
        connect(controller, &MetricsController::requestFailed, this, &CanvasMetrics::onFailed);
        connect(controller, &MetricsController::dataChanged, this, &CanvasMetrics::onDataChanged);
        // The controller may go before the canvas (window teardown).
        connect(controller, &QObject::destroyed, this, [this] {
            m_tickets.clear();
            if (refresh())
                emit layoutNeeded();
        });
    }
    if (refresh())
        emit layoutNeeded();
}

MetricsController *CanvasMetrics::controller() const
{
    return m_controller;
}

void CanvasMetrics::setGrain(std::optional<Grain> grain)
{
    if (grain == m_grain)
        return;
    m_grain = grain;
    refresh();
}

AnalysisRequest CanvasMetrics::request() const
{
    // From the document, not the controller's copy of the model: the settings are current
    // here even before the window passed the edit on to the controller.
    auto request = AnalysisRequest::fromSettings(m_document->data());
    AnalysisRequest r = request ? *request : (m_controller ? m_controller->defaultRequest() : AnalysisRequest{});
    if (m_grain)
        r.grain = *m_grain;
    return r;
}

bool CanvasMetrics::refresh()
{
    const QSet<Id> before(m_numbers.keyBegin(), m_numbers.keyEnd());
    m_nodesOfMetric.clear();
    if (m_controller) {
        const WorkspaceData &data = m_document->data();
        for (const Node &node : data.nodesOfTree(m_document->currentTreeId())) {
            const Metric *metric = node.kind == NodeKind::Work ? nullptr : data.metric(node.metricId);
            if (metric && !metric->computation.isEmpty())
                m_nodesOfMetric[metric->id].append(node.id);
        }
    }
    QSet<Id> wanted;
    for (const QList<Id> &nodes : std::as_const(m_nodesOfMetric))
        wanted.unite(QSet<Id>(nodes.cbegin(), nodes.cend()));
    for (auto it = m_numbers.begin(); it != m_numbers.end();) {
        if (wanted.contains(it.key()))
            ++it;
        else
            it = m_numbers.erase(it);
    }
    for (Id id : std::as_const(wanted)) {
        if (!m_numbers.contains(id))
            m_numbers.insert(id, pendingNumbers());
    }
    if (!m_controller)
        return before != wanted;

    const AnalysisRequest request = this->request();
    if (!(request == m_request)) {
        // Another grain or segment: everything is asked again (the old numbers stay up
        // until the new ones arrive, rather than blanking the tree).
        m_request = request;
        m_asked.clear();
        m_tickets.clear();
    }
    for (auto it = m_nodesOfMetric.cbegin(); it != m_nodesOfMetric.cend(); ++it) {
        const auto asked = m_asked.constFind(it.key());
        if (asked == m_asked.cend() || *asked != m_controller->dataVersion())
            ask(it.key());
    }
    return before != wanted;
}

void CanvasMetrics::askAgain(const QSet<Id> &metricIds)
{
    for (Id id : metricIds)
        m_asked.remove(id);
}

void CanvasMetrics::ask(Id metricId)
{
    m_asked.insert(metricId, m_controller->dataVersion());
    if (const auto hit = m_controller->cachedSeries(metricId, m_request)) {
        onSeriesReady(*hit);
        return;
    }
    m_tickets.insert(m_controller->requestSeries(metricId, m_request), metricId);
}

void CanvasMetrics::onSeriesReady(const MetricsResult &result)
{
    m_tickets.remove(result.ticket);
    // Also answers someone else asked for (the chart panel): same metric, same request.
    if (result.metricId == 0 || !(result.request == m_request) || !m_nodesOfMetric.contains(result.metricId))
        return;
    const Metric *metric = m_document->data().metric(result.metricId);
    apply(result.metricId, cardNumbers(result.latest, result.series.kind, metric ? metric->unit : QString(),
                                       grainName(m_request.grain)));
}

void CanvasMetrics::onFailed(quint64 ticket, const QString &message)
{
    const auto it = m_tickets.constFind(ticket);
    if (it == m_tickets.cend())
        return;
    const Id metricId = *it;
    m_tickets.erase(it);
    apply(metricId, hintNumbers(tr("No data"), message));
}

void CanvasMetrics::onDataChanged()
{
    // New data or catalog: ask again; the numbers shown stay until the answers replace them.
    m_asked.clear();
    m_tickets.clear();
    if (refresh())
        emit layoutNeeded();
}

void CanvasMetrics::apply(Id metricId, const CardNumbers &numbers)
{
    QList<Id> changed;
    for (Id nodeId : m_nodesOfMetric.value(metricId)) {
        auto it = m_numbers.find(nodeId);
        if (it != m_numbers.end() && *it != numbers) {
            *it = numbers;
            changed.append(nodeId);
        }
    }
    if (!changed.isEmpty())
        emit numbersChanged(changed);
}

} // namespace NorthStar
