#pragma once

// What the team concluded, stored with the workspace (Edit::setReviewNote): the review's
// note (metricId 0) and a note per metric, for the period on screen, edited in place. One
// undo step per editing burst (from focusing an editor until the focus leaves it or the
// undo stack moves for another reason); Ctrl+Z and Ctrl+Shift+Z in an editor reach the
// document's undo, and the editors follow what undo and redo restore.

#include "model/types.h"

#include <QDate>
#include <QHash>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace NorthStar {

class Document;

// Lets the document's undo and redo shortcuts through a text editor's own.
void routeUndoToDocument(QWidget *editor);

// A metric of the reviewed tree, as the notes and annotations list it.
struct ReviewedMetric
{
    Id metricId = 0;
    QString name;
};

class ReviewNotes final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewNotes(Document *document, QWidget *parent = nullptr);

    void setPeriod(Id treeId, QDate period, ReviewGrain grain, const QList<ReviewedMetric> &metrics);

    QPlainTextEdit *reviewNoteEditor() const { return m_reviewNote; }
    QLineEdit *metricNoteEditor(Id metricId) const { return m_metricNotes.value(metricId); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void store(Id metricId, const QString &text);
    void showStored();
    QString stored(Id metricId) const;

    Document *m_document;
    QPlainTextEdit *m_reviewNote;
    QFormLayout *m_metricForm;
    QHash<Id, QLineEdit *> m_metricNotes;
    QList<Id> m_metricOrder;
    Id m_treeId = 0;
    QDate m_period;
    ReviewGrain m_grain = ReviewGrain::Week;
    int m_burst = 0;
    bool m_updating = false;
    bool m_pushing = false;
};

} // namespace NorthStar
