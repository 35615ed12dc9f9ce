#pragma once

// The selected card's properties, edited in place. Bound to the document's selection: a
// North Star or input shows its catalog metric (and the tree's game and guardrail, or the
// link to its parent); a work item its own fields and the inputs it serves. Every change goes
// through Edit::; typing into one field is one undo step (merge keys).
// With a MetricsController (issue #4) a metric also shows its computation (kind, core action
// among the data's event names, parameters, formula, segment, a live preview), and the link
// to the parent offers "Estimate from history": the least-squares leverage with its R² and
// the periods used, applied by "Use this value" as one undoable edit.
// The weekly review's numbers (issue #9): a metric's target (value, date, baseline), the
// tree's guardrail bound and a work item's expected impact have fields of their own
// (propertiespanel_review.cpp).

#include "analysis/treeleverage.h"
#include "model/types.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace NorthStar {

class ChangeSet;
class ComputationEditor;
class Document;
class MetricsController;
class NumberField;
class OptionalDateEdit;
struct GuardrailBound;
struct Metric;
struct Node;
struct Target;
struct Tree;

class PropertiesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PropertiesPanel(Document *document, QWidget *parent = nullptr);
    ~PropertiesPanel() override;

    // Computation editing, previews and leverage estimates (null: none of them).
    void setMetricsController(MetricsController *controller);
    ComputationEditor *computationEditor() const { return m_computation; }

private:
    QWidget *buildMetricPage();
    QWidget *buildWorkPage();
    void connectMetricPage();
    void connectWorkPage();
    void refresh();
    // Whether an edit reaches what the page shows (the selected cards, their metric, tree
    // and links, the names listed); other edits leave the fields alone.
    bool shows(const ChangeSet &change) const;
    void showMetricNode(const Node &node);
    void showWorkNode(const Node &node);
    void showSummary(const QList<Id> &selection);

    // Edits from the widgets.
    void editMetricText(const QString &field, const QString &value);
    void editDimension(int index);
    void editGame(int index);
    void editGuardrail();
    void editLeverage(std::optional<double> value);
    void editTheory();
    void editWorkText(const QString &field, const QString &value);
    void editWorkType(int index);
    void editStatus(int index);
    void editShipDate();
    void editServes(QListWidgetItem *item);

    // Shared by the edits: one undo step per field of one entity.
    static QString mergeKey(const char *entity, Id id, const QString &field);
    static void setComboData(QComboBox *combo, int value);

    // Target, guardrail bound and expected impact (propertiespanel_review.cpp).
    void buildTargetRows(QFormLayout *form);
    void buildGuardrailBoundRow(QFormLayout *form);
    QLineEdit *buildImpactField(QWidget *parent);
    void connectReviewFields();
    void showTarget(const Metric &metric);
    void showGuardrailBound(const Tree &tree);
    void showImpact(const Node &node);
    // The shown metric's target changed by `change`; `field` names the undo step.
    void editTarget(const QString &field, const std::function<void(Target &)> &change);
    void editBound(const QString &field, const std::function<void(std::optional<GuardrailBound> &)> &change);
    void editImpact(const QString &text);
    // Leaving a field: it shows what is stored, in the user's format (text that is not a
    // number goes back); an emptied field runs `whenEmpty` (a target without a value is no
    // target).
    void finishNumber(const NumberField *field, const std::function<void()> &whenEmpty);

    // Leverage from history (propertiespanel_leverage.cpp).
    void buildLeverageRow(QFormLayout *form);
    void resetEstimate();
    void estimateLeverage();
    void onLeverageReady(quint64 ticket, const LeverageEstimate &estimate);
    void onLeverageFailed(quint64 ticket, const QString &message);
    void useEstimate();

    // Confidence in the link to the parent and in a work item (propertiespanel_confidence.cpp).
    QComboBox *buildConfidenceCombo(QWidget *parent, const QString &objectName);
    void editLinkConfidence(int index);
    void editWorkConfidence(int index);

    Document *m_document;
    Id m_nodeId = 0;
    QComboBox *m_linkConfidence = nullptr;
    QComboBox *m_workConfidence = nullptr;
    bool m_updating = false;

    QStackedWidget *m_pages;
    QLabel *m_emptyLabel;
    QLabel *m_summaryLabel;

    // North Star and inputs.
    QLabel *m_metricHeading;
    QLineEdit *m_name;
    QPlainTextEdit *m_definition;
    QLineEdit *m_unit;
    QLineEdit *m_owner;
    QComboBox *m_dimension;
    QLabel *m_dimensionLabel;
    QPlainTextEdit *m_notes;
    QGroupBox *m_treeGroup;
    QComboBox *m_game;
    QLineEdit *m_guardrail;
    QGroupBox *m_linkGroup;
    NumberField *m_leverage;
    QPlainTextEdit *m_theory;
    QGroupBox *m_computationGroup;
    ComputationEditor *m_computation;
    QPushButton *m_estimateButton;
    QLabel *m_estimateLabel;
    QPushButton *m_useEstimate;

    // The target: empty value means no target; an empty baseline is the default (the first
    // complete period of data).
    QGroupBox *m_targetGroup;
    NumberField *m_targetValue;
    QLabel *m_targetUnit;
    OptionalDateEdit *m_targetDate;
    NumberField *m_baselineValue;
    QLabel *m_baselineUnit;
    OptionalDateEdit *m_baselineDate;
    QLabel *m_targetHint;
    // The guardrail's bound, in the tree group.
    QWidget *m_boundRow;
    QComboBox *m_boundSide;
    NumberField *m_boundValue;
    QLabel *m_boundUnit;

    QPointer<MetricsController> m_metrics;
    quint64 m_leverageTicket = 0;
    Id m_estimateEdgeId = 0;            // the link the estimate shown belongs to
    std::optional<double> m_estimate;   // its coefficient, once it arrived

    // Work items.
    QLineEdit *m_title;
    QComboBox *m_workType;
    QLineEdit *m_workOwner;
    QComboBox *m_status;
    OptionalDateEdit *m_shipDate;
    QLineEdit *m_impact;           // the number: "+10%", "+0.05"
    QPlainTextEdit *m_rationale;   // why, in words
    QListWidget *m_serves;
};

} // namespace NorthStar
