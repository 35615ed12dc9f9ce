#pragma once

// The what-if dock (issue #4 §4): "if this input moves +10 %, how does the North Star
// move?" Through the links' leverage (METRICS.md: an input contributes value × leverage to
// its parent) from the chosen input up to the North Star, with each node's latest complete
// value. Answers in a sentence and a small table, and names the links on the way that have
// no leverage (they pass nothing on) with a link that selects them for setting one.

#include "analysis/treeleverage.h"
#include "model/types.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QTableWidget;
class QTimer;

namespace NorthStar {

class Document;
class MetricsController;

class WhatIfPanel final : public QWidget
{
    Q_OBJECT

public:
    WhatIfPanel(Document *document, MetricsController *metrics, QWidget *parent = nullptr);

    // The input node asked about (0: none) and the change in percent.
    Id inputNodeId() const;
    void setInputNodeId(Id nodeId);
    double percentChange() const;
    void setPercentChange(double percent);

    // What is shown: the sentence, the table, the note on links without leverage.
    QString answerText() const;
    QString missingLeverageText() const;
    QTableWidget *table() const { return m_table; }

signals:
    // A new answer (or an error) is shown.
    void answered();

private:
    void fillInputs();
    void followSelection();
    void schedule();
    void ask();
    void onReady(quint64 ticket, const TreeWhatIf &result);
    void onFailed(quint64 ticket, const QString &message);
    void showMessage(const QString &text);
    void openLink(const QString &link);

    Document *m_document;
    QPointer<MetricsController> m_metrics;
    quint64 m_ticket = 0;
    bool m_updating = false;
    QTimer *m_debounce;

    QComboBox *m_input;
    QDoubleSpinBox *m_percent;
    QSlider *m_slider;
    QLabel *m_answer;
    QTableWidget *m_table;
    QLabel *m_missing;
};

} // namespace NorthStar
