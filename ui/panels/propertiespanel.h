#pragma once

// The selected card's properties, edited in place. Bound to the document's selection: a
// North Star or input shows its catalog metric (and the tree's game and guardrail, or the
// link to its parent); a work item its own fields and the inputs it serves. Every change goes
// through Edit::; typing into one field is one undo step (merge keys).

#include "model/types.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QStackedWidget;

namespace NorthStar {

class Document;
struct Node;

class PropertiesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PropertiesPanel(Document *document, QWidget *parent = nullptr);

private:
    QWidget *buildMetricPage();
    QWidget *buildWorkPage();
    void connectMetricPage();
    void connectWorkPage();
    void refresh();
    void showMetricNode(const Node &node);
    void showWorkNode(const Node &node);
    void showSummary(const QList<Id> &selection);

    // Edits from the widgets.
    void editMetricText(const QString &field, const QString &value);
    void editDimension(int index);
    void editGame(int index);
    void editGuardrail();
    void editLeverage(const QString &text);
    void editTheory();
    void editWorkText(const QString &field, const QString &value);
    void editWorkType(int index);
    void editStatus(int index);
    void editShipDate();
    void editServes(QListWidgetItem *item);

    Document *m_document;
    Id m_nodeId = 0;
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
    QLineEdit *m_target;
    QComboBox *m_dimension;
    QLabel *m_dimensionLabel;
    QPlainTextEdit *m_notes;
    QGroupBox *m_treeGroup;
    QComboBox *m_game;
    QLineEdit *m_guardrail;
    QGroupBox *m_linkGroup;
    QLineEdit *m_leverage;
    QPlainTextEdit *m_theory;

    // Work items.
    QLineEdit *m_title;
    QComboBox *m_workType;
    QLineEdit *m_workOwner;
    QComboBox *m_status;
    QDateEdit *m_shipDate;
    QPlainTextEdit *m_impact;
    QListWidget *m_serves;
};

} // namespace NorthStar
