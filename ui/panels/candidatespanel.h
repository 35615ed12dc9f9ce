#pragma once

// Choosing the North Star: the current tree's candidate metrics side by side, one column
// each, with the playbook checklist as rows (answers Yes/No/Unsure, coloured by whether they
// speak for or against the candidate), a score, notes, and "Choose as North Star". Every
// change goes through Edit:: and is one undo step.
// While the room votes on candidates (a workshop step, issue #11 §2), each column shows its
// dots under the name; with the focus in a column (its dots, answers or buttons), + (or =),
// − and 0–9 set that candidate's dots.

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
class VoteCell;
class WorkshopSession;

class CandidatesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CandidatesPanel(Document *doc, QWidget *parent = nullptr);

    // The candidates shown, left to right.
    QList<Id> candidateIds() const { return m_order; }
    // The workshop whose votes the columns show and take (null: no votes).
    void setWorkshopSession(WorkshopSession *session);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

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
        VoteCell *votes = nullptr;
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
    WorkshopSession *m_session = nullptr;
};

} // namespace NorthStar
