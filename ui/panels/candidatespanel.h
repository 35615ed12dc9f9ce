#pragma once

// Choosing the North Star: the current tree's candidate metrics side by side, one column
// each, with the playbook checklist as rows (answers Yes/No/Unsure, coloured by whether they
// speak for or against the candidate), a score, notes, and "Choose as North Star". Every
// change goes through Edit:: and is one undo step.

#include "model/types.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QComboBox;
class QFrame;
class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;

namespace NorthStar {

class Document;

class CandidatesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CandidatesPanel(Document *doc, QWidget *parent = nullptr);

    // The candidates shown, left to right.
    QList<Id> candidateIds() const { return m_order; }

public slots:
    // Asks for a metric name and adds it as a candidate of the current tree.
    void addCandidate();
    void addCandidateNamed(const QString &metricName);

private:
    struct Column final
    {
        QFrame *background = nullptr;
        QLabel *header = nullptr;
        QList<QComboBox *> answers;
        QLabel *score = nullptr;
        QPlainTextEdit *notes = nullptr;
        QPushButton *choose = nullptr;
        QPushButton *remove = nullptr;
    };

    void sync();
    void rebuild(const QList<Id> &order);
    Column makeColumn(Id candidateId, QGridLayout *grid, int column);
    void updateColumn(Id candidateId, Column &column);
    static void styleAnswer(QComboBox *combo, ChecklistItem item, Answer answer);

    Document *m_doc;
    QLabel *m_title;
    QPushButton *m_addButton;
    QLabel *m_empty;
    QScrollArea *m_scroll;
    QList<Id> m_order;
    QHash<Id, Column> m_columns;
};

} // namespace NorthStar
