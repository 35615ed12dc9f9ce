#pragma once

// How a catalog metric is computed (issue #4 §2), edited in the properties panel: the kind,
// the core action as a choice among the EVENT NAMES OF THE DATA, the kind's parameter
// (k, n or the activation window W), a formula over other catalog metrics by name (checked
// as it is typed), an optional segment, and a live preview of the latest complete value.
//
// Every change is an Edit::updateMetric writing MetricSpec JSON to Metric::computation,
// with one merge key per field: ticking three events is one undo step, changing the kind
// another. Text that does not parse (a half-typed formula or segment) is not stored: the
// field says what is wrong and the stored computation stays as it was.

#include "analysis/analysisrequest.h"
#include "metrics/metricspec.h"
#include "model/types.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QSpinBox;

namespace NorthStar {

class Document;
class MetricsController;
struct Metric;
struct MetricsResult;

// The request every panel computes with: the workspace settings as the document has them
// (grain, week start, timezone, the tree's segment), else the controller's defaults.
AnalysisRequest documentRequest(const Document &document, const MetricsController *controller);

class ComputationEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ComputationEditor(Document *document, QWidget *parent = nullptr);

    // Event names and the preview come from the controller (null: no names, no preview).
    void setMetricsController(MetricsController *controller);
    // The catalog metric edited (0: none).
    void setMetric(Id metricId);
    Id metricId() const { return m_metricId; }
    // Fills the fields from the model (after undo or another panel's edit).
    void refresh();

    // The event names of the imported data offered as the core action.
    const QStringList &eventNames() const { return m_eventNames; }
    // The preview line under the editor, and the formula/segment check messages.
    QString previewText() const;
    QString formulaMessage() const;
    QString segmentMessage() const;

    QComboBox *kindBox() const { return m_kind; }
    QListWidget *eventList() const { return m_events; }
    QSpinBox *parameterBox() const { return m_parameter; }
    QLineEdit *formulaEdit() const { return m_formula; }
    QLineEdit *segmentEdit() const { return m_segment; }

signals:
    void eventNamesLoaded();
    // The preview shows a new answer (or an error).
    void previewUpdated();

private:
    const Metric *metric() const;
    // The stored spec, read leniently (a stored formula that no longer parses keeps its
    // text); nullopt when the metric has no computation.
    std::optional<MetricSpec> storedSpec() const;
    void loadEventNames();
    void fillEvents(const QStringList &selected);
    void updateVisibility(std::optional<MetricKind> kind);
    // Writes `spec` (nullopt: "not computed") when it differs from the stored one.
    void store(const std::optional<MetricSpec> &spec, const QString &field);
    std::optional<MetricSpec> specFromFields() const;
    void editKind();
    void editEvents(QListWidgetItem *item);
    void editParameter();
    void editFormula();
    void editSegment();
    QString checkFormula(const QString &text) const;
    void requestPreview();
    void onSeriesReady(const MetricsResult &result);
    void onFailed(quint64 ticket, const QString &message);
    void setPreview(const QString &html);

    Document *m_document;
    QPointer<MetricsController> m_controller;
    Id m_metricId = 0;
    bool m_updating = false;
    QStringList m_eventNames;
    QString m_eventNamesPath;
    quint64 m_previewTicket = 0;
    // The stored formula and segment the fields were last synced to.
    std::optional<QString> m_shownFormula;
    std::optional<QString> m_shownSegment;

    QComboBox *m_kind;
    QLabel *m_eventsLabel;
    QListWidget *m_events;
    QLabel *m_eventsNote;
    QLabel *m_parameterLabel;
    QSpinBox *m_parameter;
    QLabel *m_formulaLabel;
    QLineEdit *m_formula;
    QLabel *m_formulaMessage;
    QLineEdit *m_segment;
    QLabel *m_segmentMessage;
    QLabel *m_preview;
};

} // namespace NorthStar
