#pragma once

// The live numbers of the cards on the canvas (issue #4 §2). Asks the MetricsController for
// the series of every North Star and input card of the current tree that has a computation,
// never blocking: a cached answer is used at once, the others arrive by signal and only
// repaint their cards. The request follows the workspace settings (grain, week start,
// timezone and the tree's segment), unless a grain is chosen for the canvas (the chart
// panel's, when the window connects them).

#include "analysis/analysisrequest.h"
#include "render/cardnumbers.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace NorthStar {

class Document;
class MetricsController;
struct MetricsResult;

class CanvasMetrics final : public QObject
{
    Q_OBJECT

public:
    explicit CanvasMetrics(Document *document, QObject *parent = nullptr);

    void setController(MetricsController *controller);
    MetricsController *controller() const;
    // Overrides the workspace's grain setting (nullopt: follow the setting).
    void setGrain(std::optional<Grain> grain);
    AnalysisRequest request() const;

    // Cards with room for numbers (every metric card with a computation, while a controller
    // is set), with what is known so far.
    const NodeNumbers &numbers() const { return m_numbers; }
    // Brings the card set in line with the model and asks for what is missing or outdated.
    // Returns true when the set of cards with numbers changed (their sizes change).
    bool refresh();
    // These metrics changed how their numbers read (their unit): the next refresh() asks
    // for them again (a cached answer is used at once).
    void askAgain(const QSet<Id> &metricIds);

signals:
    // New numbers for these cards (same card sizes: a repaint is enough).
    void numbersChanged(const QList<NorthStar::Id> &nodeIds);
    // Cards gained or lost their numbers block: the tree needs a new layout.
    void layoutNeeded();

private:
    void onSeriesReady(const MetricsResult &result);
    void onFailed(quint64 ticket, const QString &message);
    void onDataChanged();
    // Asks for one metric (the cache answers at once); the nodes showing it get the answer.
    void ask(Id metricId);
    void apply(Id metricId, const CardNumbers &numbers);

    Document *m_document;
    QPointer<MetricsController> m_controller;
    std::optional<Grain> m_grain;
    AnalysisRequest m_request;
    NodeNumbers m_numbers;
    QHash<Id, QList<Id>> m_nodesOfMetric;  // metric id -> its cards on the current tree
    QHash<quint64, Id> m_tickets;          // pending request -> metric id
    QHash<Id, quint64> m_asked;            // metric id -> data version it was asked for
};

} // namespace NorthStar
