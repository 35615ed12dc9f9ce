#include "review/reviewnotes.h"

#include "model/document.h"
#include "model/edits.h"
#include "review/reviewformat.h"

#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

class UndoRouter final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride)
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            // Not wanted by the editor: the window's Undo and Redo actions take the key.
            event->ignore();
            return true;
        }
        return false;
    }
};

} // namespace

void routeUndoToDocument(QWidget *editor)
{
    editor->installEventFilter(new UndoRouter(editor));
}

ReviewNotes::ReviewNotes(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_reviewNote(new QPlainTextEdit(this)), m_metricForm(new QFormLayout)
{
    m_reviewNote->setObjectName(u"reviewNote"_s);
    m_reviewNote->setAccessibleName(tr("Note on this review"));
    m_reviewNote->setPlaceholderText(tr("What the team concluded, decided or wants to check next time"));
    m_reviewNote->setUndoRedoEnabled(false);
    m_reviewNote->setTabChangesFocus(true);
    m_reviewNote->setFixedHeight(m_reviewNote->fontMetrics().lineSpacing() * 5 + 16);
    routeUndoToDocument(m_reviewNote);
    m_reviewNote->installEventFilter(this);
    connect(m_reviewNote, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            store(0, m_reviewNote->toPlainText());
    });

    m_metricForm->setContentsMargins(0, 0, 0, 0);
    m_metricForm->setHorizontalSpacing(16);
    m_metricForm->setVerticalSpacing(6);
    m_metricForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_reviewNote);
    layout->addLayout(m_metricForm);

    connect(document->model(), &WorkspaceModel::changed, this, [this](const ChangeSet &change) {
        if (!change.reviewNotes.isEmpty())
            showStored();
    });
    connect(document->model(), &WorkspaceModel::wasReset, this, &ReviewNotes::showStored);
    // Undo, redo or another edit in between: the next keystroke starts a new step.
    connect(document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (!m_pushing)
            ++m_burst;
    });
}

void ReviewNotes::setPeriod(Id treeId, QDate period, ReviewGrain grain, const QList<ReviewedMetric> &metrics)
{
    m_treeId = treeId;
    m_period = period;
    m_grain = grain;
    ++m_burst;
    QList<Id> ids;
    for (const ReviewedMetric &m : metrics) {
        if (m.metricId != 0 && !ids.contains(m.metricId))
            ids << m.metricId;
    }
    if (ids != m_metricOrder) {
        while (m_metricForm->rowCount() > 0)
            m_metricForm->removeRow(0);
        m_metricNotes.clear();
        m_metricOrder = ids;
        for (const ReviewedMetric &m : metrics) {
            if (m.metricId == 0 || m_metricNotes.contains(m.metricId))
                continue;
            auto *edit = new QLineEdit(this);
            edit->setObjectName(u"metricNote%1"_s.arg(m.metricId));
            edit->setAccessibleName(tr("Note on %1").arg(m.name));
            edit->setPlaceholderText(tr("A note on %1 this period").arg(m.name));
            edit->setClearButtonEnabled(true);
            routeUndoToDocument(edit);
            edit->installEventFilter(this);
            connect(edit, &QLineEdit::textEdited, this, [this, id = m.metricId](const QString &text) { store(id, text); });
            m_metricForm->addRow(m.name + u':', edit);
            m_metricNotes.insert(m.metricId, edit);
        }
    }
    showStored();
}

bool ReviewNotes::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        ++m_burst; // a burst is the typing between entering an editor and leaving it
    return QWidget::eventFilter(watched, event);
}

QString ReviewNotes::stored(Id metricId) const
{
    const ReviewNote *note = m_document->data().reviewNote(m_treeId, metricId, m_period, m_grain);
    return note ? note->text : QString();
}

void ReviewNotes::store(Id metricId, const QString &text)
{
    if (m_treeId == 0 || !m_period.isValid() || text == stored(metricId))
        return;
    const QString key = u"reviewNote-%1-%2-%3-%4-%5"_s.arg(m_treeId).arg(metricId).arg(m_period.toString(Qt::ISODate))
                            .arg(int(m_grain)).arg(m_burst);
    const QScopedValueRollback guard(m_pushing, true);
    Edit::setReviewNote(*m_document, m_treeId, metricId, m_period, m_grain, text, key);
}

void ReviewNotes::showStored()
{
    const QScopedValueRollback guard(m_updating, true);
    if (const QString text = stored(0); m_reviewNote->toPlainText() != text) {
        m_reviewNote->setPlainText(text);
        m_reviewNote->moveCursor(QTextCursor::End);
    }
    for (auto it = m_metricNotes.cbegin(); it != m_metricNotes.cend(); ++it) {
        if (const QString text = stored(it.key()); it.value()->text() != text)
            it.value()->setText(text);
    }
}

} // namespace NorthStar
