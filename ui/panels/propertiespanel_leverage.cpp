// PropertiesPanel: the link's leverage estimated from history (issue #4 §4). The fit runs
// on the MetricsController's worker; the answer shows the coefficient, the fit quality and
// the number of period-over-period changes used, and "Use this value" stores it as one
// undoable edit of the link.

#include "panels/propertiespanel.h"

#include "analysis/metricscontroller.h"
#include "model/document.h"
#include "model/edits.h"
#include "model/workspacedata.h"
#include "panels/computationeditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

const Edge *linkOf(const WorkspaceData &workspace, Id nodeId)
{
    for (const Edge &e : workspace.edgesAt(nodeId)) {
        if (e.childId == nodeId)
            return workspace.edge(e.id);
    }
    return nullptr;
}

} // namespace

void PropertiesPanel::setMetricsController(MetricsController *controller)
{
    if (controller == m_metrics)
        return;
    if (m_metrics)
        disconnect(m_metrics, nullptr, this, nullptr);
    m_metrics = controller;
    m_computation->setMetricsController(controller);
    if (controller) {
        connect(controller, &MetricsController::leverageReady, this, &PropertiesPanel::onLeverageReady);
        connect(controller, &MetricsController::requestFailed, this, &PropertiesPanel::onLeverageFailed);
        // New data or computations: an estimate shown may no longer hold.
        connect(controller, &MetricsController::dataChanged, this, &PropertiesPanel::resetEstimate);
    }
    resetEstimate();
}

void PropertiesPanel::buildLeverageRow(QFormLayout *form)
{
    auto *row = new QWidget(m_linkGroup);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    m_estimateButton = new QPushButton(tr("&Estimate from history"), row);
    m_estimateButton->setObjectName(u"estimateLeverage"_s);
    m_estimateButton->setToolTip(tr("Fit the parent's period-over-period change on its inputs' changes "
                                    "(least squares over the imported data)"));
    m_useEstimate = new QPushButton(tr("&Use this value"), row);
    m_useEstimate->setObjectName(u"useEstimate"_s);
    buttons->addWidget(m_estimateButton);
    buttons->addWidget(m_useEstimate);
    buttons->addStretch(1);
    m_estimateLabel = new QLabel(row);
    m_estimateLabel->setObjectName(u"leverageEstimate"_s);
    m_estimateLabel->setWordWrap(true);
    m_estimateLabel->setTextFormat(Qt::PlainText);
    layout->addLayout(buttons);
    layout->addWidget(m_estimateLabel);
    form->addRow(QString(), row);
    connect(m_estimateButton, &QPushButton::clicked, this, &PropertiesPanel::estimateLeverage);
    connect(m_useEstimate, &QPushButton::clicked, this, &PropertiesPanel::useEstimate);
}

void PropertiesPanel::resetEstimate()
{
    m_leverageTicket = 0;
    m_estimate.reset();
    const Edge *edge = linkOf(m_document->data(), m_nodeId);
    m_estimateEdgeId = edge ? edge->id : 0;
    m_estimateLabel->clear();
    m_estimateLabel->setStyleSheet(QString());
    m_estimateLabel->setVisible(false);
    m_useEstimate->setVisible(false);
    m_estimateButton->setEnabled(m_metrics != nullptr);
    m_estimateButton->setToolTip(m_metrics ? QString() : tr("Open a workspace with imported data to estimate"));
}

void PropertiesPanel::estimateLeverage()
{
    const Edge *edge = linkOf(m_document->data(), m_nodeId);
    if (!m_metrics || !edge)
        return;
    resetEstimate();
    m_estimateLabel->setText(tr("Estimating…"));
    m_estimateLabel->setStyleSheet(QString());
    m_estimateLabel->setVisible(true);
    m_estimateButton->setEnabled(false);
    m_leverageTicket = m_metrics->requestLeverage(edge->parentId, documentRequest(*m_document, m_metrics));
}

void PropertiesPanel::onLeverageReady(quint64 ticket, const LeverageEstimate &estimate)
{
    if (ticket == 0 || ticket != m_leverageTicket)
        return;
    m_leverageTicket = 0;
    m_estimateButton->setEnabled(true);
    const auto mine = std::find_if(estimate.edges.cbegin(), estimate.edges.cend(),
                                   [this](const EdgeLeverage &e) { return e.edgeId == m_estimateEdgeId; });
    if (mine == estimate.edges.cend()) {
        m_estimateLabel->setText(tr("The estimate does not cover this link (its input has no computation)."));
        return;
    }
    m_estimate = mine->leverage;
    const QLocale locale;
    const QString quality = estimate.rSquared ? locale.toString(*estimate.rSquared, 'f', 2) : tr("n/a (the parent never changed)");
    QString text = tr("Estimated leverage %1 · fit R² %2 · %3 period-over-period changes")
                       .arg(locale.toString(mine->leverage, 'g', 3), quality)
                       .arg(estimate.periodsUsed);
    // Singular and plural spelled out: there is no English plural catalogue to fill "%n".
    if (const int others = int(estimate.edges.size()) - 1; others > 0)
        text += u'\n' + (others == 1 ? tr("Fitted together with the parent's other input.")
                                      : tr("Fitted together with the parent's %1 other inputs.").arg(others));
    if (estimate.rSquared && *estimate.rSquared < 0.3)
        text += u'\n' + tr("A weak fit: treat it as a rough guess.");
    m_estimateLabel->setText(text);
    m_useEstimate->setVisible(true);
}

void PropertiesPanel::onLeverageFailed(quint64 ticket, const QString &message)
{
    if (ticket == 0 || ticket != m_leverageTicket)
        return;
    m_leverageTicket = 0;
    m_estimateButton->setEnabled(true);
    // "Not enough history" and the like come with advice from the engine.
    m_estimateLabel->setText(tr("Cannot estimate: %1").arg(message));
    m_estimateLabel->setStyleSheet(u"color: #b42318;"_s);
}

void PropertiesPanel::useEstimate()
{
    const Edge *edge = m_document->data().edge(m_estimateEdgeId);
    if (!edge || !m_estimate)
        return;
    Edge after = *edge;
    after.leverage = *m_estimate;
    const Id edgeId = edge->id;
    const std::optional<double> estimate = m_estimate;
    Edit::updateEdge(*m_document, after);
    // The edit refreshed the panel (same link: the estimate stays shown).
    m_estimateEdgeId = edgeId;
    m_estimate = estimate;
}

} // namespace NorthStar
