#include "panels/candidatespanel.h"

#include "model/document.h"
#include "model/edits.h"
#include "model/workspacedata.h"
#include "workshop/votecell.h"
#include "workshop/votekeys.h"
#include "workshop/votetally.h"
#include "workshop/workshopsession.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

constexpr int headerRow = 0;
constexpr int voteRow = 1;  // the room's dots, while it votes on candidates
constexpr int firstQuestionRow = 2;
constexpr int scoreRow = firstQuestionRow + checklistItemCount;
constexpr int notesRow = scoreRow + 1;
constexpr int buttonRow = notesRow + 1;

const Answer answerChoices[] = {Answer::Unanswered, Answer::Yes, Answer::No, Answer::Unsure};

const Candidate *candidate(const Document &doc, Id id)
{
    const auto it = doc.data().candidates.constFind(id);
    return it == doc.data().candidates.cend() ? nullptr : &it.value();
}

bool isChosen(const Document &doc, const Candidate &c)
{
    const Node *northStar = doc.data().northStarOf(c.treeId);
    return northStar && northStar->metricId == c.metricId;
}

QList<Id> candidatesInOrder(const Document &doc)
{
    QList<Id> ids;
    for (const Candidate &c : doc.data().candidatesOfTree(doc.currentTreeId()))
        ids.append(c.id);  // by id: columns stay put when one is chosen
    return ids;
}

} // namespace

CandidatesPanel::CandidatesPanel(Document *doc, QWidget *parent)
    : QWidget(parent),
      m_doc(doc),
      m_title(new QLabel(this)),
      m_addButton(new QPushButton(tr("&Add Candidate…"), this)),
      m_empty(new QLabel(this)),
      m_scroll(new QScrollArea(this))
{
    m_addButton->setObjectName(u"addCandidate"_s);
    m_addButton->setToolTip(tr("Add a metric the team is considering as its North Star"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No candidates yet. Add the metrics your team is considering, answer the "
                        "checklist for each, then choose one as the North Star."));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_addButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll, 1);

    connect(m_addButton, &QPushButton::clicked, this, &CandidatesPanel::addCandidate);
    connect(doc->model(), &WorkspaceModel::changed, this, [this](const ChangeSet &change) {
        // The tree's name and candidates, their metrics' names, the North Star's metric.
        if (change.touchesTree(m_doc->currentTreeId(), m_doc->data()) && !change.onlyPlacesNodes())
            sync();
    });
    connect(doc->model(), &WorkspaceModel::wasReset, this, &CandidatesPanel::sync);
    connect(doc, &Document::currentTreeChanged, this, &CandidatesPanel::sync);
    sync();
}

void CandidatesPanel::setWorkshopSession(WorkshopSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &WorkshopSession::changed, this, &CandidatesPanel::sync);
    rebuild(m_order);  // the columns get their vote cells
    sync();
}

bool CandidatesPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The vote keys on a column's answers and buttons vote on its candidate, as on its dots;
    // Left and Right on the dots go to the neighbour's dots, so the room's count of one
    // candidate after the other is typed without leaving the row.
    if (event->type() == QEvent::KeyPress && m_session
        && m_session->voteSubject() == Agenda::VoteSubject::Candidates) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (qobject_cast<VoteCell *>(watched) && key->modifiers() == Qt::NoModifier
            && (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right)) {
            const qsizetype at = m_order.indexOf(watched->property("candidateId").toLongLong());
            const qsizetype next = at + (key->key() == Qt::Key_Right ? 1 : -1);
            if (at >= 0 && next >= 0 && next < m_order.size()) {
                if (VoteCell *cell = m_columns.value(m_order[next]).votes)
                    cell->setFocus(Qt::TabFocusReason);
            }
            return true;
        }
        const Candidate *c = candidate(*m_doc, watched->property("candidateId").toLongLong());
        if (c && VoteKeys::dotsAfter(*key, 0)) {
            VoteKeys::apply(*m_session, c->metricId, *key);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CandidatesPanel::addCandidate()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add candidate"),
                                               tr("Name of the candidate North Star metric:"),
                                               QLineEdit::Normal, {}, &ok);
    if (ok)
        addCandidateNamed(name);
}

void CandidatesPanel::addCandidateNamed(const QString &metricName)
{
    if (!m_doc->data().tree(m_doc->currentTreeId()) || metricName.trimmed().isEmpty())
        return;
    const Id added = Edit::addCandidate(*m_doc, m_doc->currentTreeId(), metricName);
    // The new column takes the focus (its dots while the room votes, else its first answer),
    // so the facilitator goes on by keyboard where the candidate is.
    QTimer::singleShot(0, this, [this, added] {
        const auto it = m_columns.constFind(added);
        if (it == m_columns.cend())
            return;
        QWidget *target = it->votes && it->votes->isVisible() ? static_cast<QWidget *>(it->votes)
                          : it->answers.isEmpty()               ? nullptr
                                                                : it->answers.constFirst();
        if (target)
            target->setFocus(Qt::OtherFocusReason);
    });
}

void CandidatesPanel::sync()
{
    const Tree *tree = m_doc->data().tree(m_doc->currentTreeId());
    m_title->setText(tree ? tr("Candidate North Stars for <b>%1</b>").arg(tree->name.toHtmlEscaped())
                          : tr("No tree is open."));
    m_addButton->setEnabled(tree != nullptr);
    const QList<Id> order = candidatesInOrder(*m_doc);
    m_empty->setVisible(tree && order.isEmpty());
    m_scroll->setVisible(!order.isEmpty());
    // Rebuilding only when columns come or go keeps focus and cursor in a notes field while
    // the team types into it.
    if (order != m_order)
        rebuild(order);
    for (Id id : std::as_const(m_order))
        updateColumn(id, m_columns[id]);
}

void CandidatesPanel::rebuild(const QList<Id> &order)
{
    m_order = order;
    m_columns.clear();
    auto *grid = new QWidget;
    auto *layout = new QGridLayout(grid);
    layout->setHorizontalSpacing(12);
    for (int i = 0; i < checklistItemCount; ++i) {
        auto *question = new QLabel(checklistQuestion(static_cast<ChecklistItem>(i)), grid);
        question->setWordWrap(true);
        question->setMinimumWidth(220);
        layout->addWidget(question, firstQuestionRow + i, 0);
    }
    layout->addWidget(new QLabel(tr("Score"), grid), scoreRow, 0);
    layout->addWidget(new QLabel(tr("Notes"), grid), notesRow, 0, Qt::AlignTop);
    for (int c = 0; c < m_order.size(); ++c)
        m_columns.insert(m_order.at(c), makeColumn(m_order.at(c), layout, c + 1));
    layout->setColumnStretch(static_cast<int>(m_order.size()) + 1, 1);
    layout->setRowStretch(buttonRow + 1, 1);
    m_scroll->setWidget(grid);  // deletes the previous grid
}

CandidatesPanel::Column CandidatesPanel::makeColumn(Id candidateId, QGridLayout *grid, int column)
{
    QWidget *parent = grid->parentWidget();
    Column col;
    // Behind the column's cells; shows which candidate is the chosen North Star.
    col.background = new QFrame(parent);
    col.background->setObjectName(u"candidateColumn"_s);
    grid->addWidget(col.background, headerRow, column, buttonRow - headerRow + 1, 1);

    col.header = new QLabel(parent);
    col.header->setWordWrap(true);
    col.header->setAlignment(Qt::AlignCenter);
    col.header->setMinimumWidth(160);
    grid->addWidget(col.header, headerRow, column);

    for (int i = 0; i < checklistItemCount; ++i) {
        const auto item = static_cast<ChecklistItem>(i);
        auto *combo = new QComboBox(parent);
        combo->setObjectName(u"answer%1"_s.arg(i));
        for (Answer a : answerChoices)
            combo->addItem(a == Answer::Unanswered ? u"–"_s : displayName(a), static_cast<int>(a));
        connect(combo, &QComboBox::activated, this, [this, candidateId, item, combo](int index) {
            Edit::setAnswer(*m_doc, candidateId, item, static_cast<Answer>(combo->itemData(index).toInt()));
        });
        grid->addWidget(combo, firstQuestionRow + i, column);
        col.answers.append(combo);
    }

    col.score = new QLabel(parent);
    col.score->setObjectName(u"score"_s);
    col.score->setAlignment(Qt::AlignCenter);
    grid->addWidget(col.score, scoreRow, column);

    col.notes = new QPlainTextEdit(parent);
    col.notes->setObjectName(u"notes"_s);
    col.notes->setPlaceholderText(tr("Why this one, or why not"));
    col.notes->setMaximumHeight(80);
    col.notes->setTabChangesFocus(true); // Tab moves on, so the panel works by keyboard alone
    connect(col.notes, &QPlainTextEdit::textChanged, this, [this, candidateId, notes = col.notes] {
        const Candidate *c = candidate(*m_doc, candidateId);
        if (c && c->notes != notes->toPlainText())
            Edit::setCandidateNotes(*m_doc, candidateId, notes->toPlainText());
    });
    grid->addWidget(col.notes, notesRow, column);

    auto *buttons = new QHBoxLayout;
    col.choose = new QPushButton(tr("Choose as North Star"), parent);
    col.choose->setObjectName(u"choose"_s);
    col.remove = new QPushButton(tr("Remove"), parent);
    col.remove->setObjectName(u"remove"_s);
    connect(col.choose, &QPushButton::clicked, this,
            [this, candidateId] { Edit::chooseCandidate(*m_doc, candidateId); });
    connect(col.remove, &QPushButton::clicked, this,
            [this, candidateId] { Edit::removeCandidate(*m_doc, candidateId); });
    buttons->addWidget(col.choose);
    buttons->addWidget(col.remove);
    grid->addLayout(buttons, buttonRow, column);

    for (QWidget *w : std::initializer_list<QWidget *>{col.header, col.score, col.notes, col.choose, col.remove})
        w->setProperty("candidateId", candidateId);
    for (QComboBox *combo : std::as_const(col.answers)) {
        combo->setProperty("candidateId", candidateId);
        combo->raise();
    }
    if (m_session) {
        const Candidate *c = candidate(*m_doc, candidateId);
        col.votes = new VoteCell(m_session, c ? c->metricId : 0, parent);
        col.votes->setProperty("candidateId", candidateId);
        grid->addWidget(col.votes, voteRow, column);
        col.votes->raise();
        for (QComboBox *combo : std::as_const(col.answers))
            combo->installEventFilter(this);
        col.choose->installEventFilter(this);
        col.remove->installEventFilter(this);
        col.votes->installEventFilter(this);
    }
    // Tab walks a column top to bottom, its dots first, then the next column.
    QList<QWidget *> chain;
    if (col.votes)
        chain.append(col.votes);
    for (QComboBox *combo : std::as_const(col.answers))
        chain.append(combo);
    chain << col.notes << col.choose << col.remove;
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain[i - 1], chain[i]);
    col.header->raise();
    col.score->raise();
    col.notes->raise();
    col.choose->raise();
    col.remove->raise();
    return col;
}

void CandidatesPanel::updateColumn(Id candidateId, Column &col)
{
    const Candidate *c = candidate(*m_doc, candidateId);
    if (!c)
        return;
    const Metric *metric = m_doc->data().metric(c->metricId);
    const QString name = metric ? metric->name.toHtmlEscaped() : QString();
    const bool chosen = isChosen(*m_doc, *c);
    col.header->setText(chosen ? u"<b>★ %1</b><br><small>%2</small>"_s.arg(name, tr("Chosen North Star"))
                               : u"<b>%1</b>"_s.arg(name));
    col.header->setToolTip(metric ? metric->definition : QString());
    col.background->setStyleSheet(
        chosen ? u"QFrame#candidateColumn { background: rgba(255, 193, 7, 45); "
                 "border: 2px solid rgb(230, 170, 0); border-radius: 6px; }"_s
               : QString());

    int good = 0;
    int unanswered = 0;
    for (int i = 0; i < checklistItemCount; ++i) {
        const auto item = static_cast<ChecklistItem>(i);
        const Answer answer = c->answers[static_cast<std::size_t>(i)];
        QComboBox *combo = col.answers.at(i);
        const int index = combo->findData(static_cast<int>(answer));
        if (combo->currentIndex() != index)
            combo->setCurrentIndex(index);
        styleAnswer(combo, item, answer);
        good += answer == goodAnswer(item);
        unanswered += answer == Answer::Unanswered;
    }
    col.score->setText(unanswered == 0
                           ? tr("<b>%1</b> / %2").arg(good).arg(checklistItemCount)
                           : tr("<b>%1</b> / %2 (%3 unanswered)").arg(good).arg(checklistItemCount).arg(unanswered));
    if (col.notes->toPlainText() != c->notes) {
        const QSignalBlocker blocker(col.notes);
        col.notes->setPlainText(c->notes);
    }
    col.choose->setEnabled(!chosen);
    col.choose->setText(chosen ? tr("North Star") : tr("Choose as North Star"));
    if (col.votes) {
        const bool voting = m_session->voteSubject() == Agenda::VoteSubject::Candidates;
        col.votes->setVisible(voting);
        CardVotes votes;
        if (const WorkshopStep *step = voting ? m_session->step() : nullptr) {
            for (const VoteTally::Entry &e : VoteTally::ofStep(m_doc->data(), step->id)) {
                if (e.itemId == c->metricId)
                    votes = {e.dots, VoteTally::rankText(e)};
            }
        }
        col.votes->setVotes(votes);
    }
    col.remove->setEnabled(!chosen);
    col.remove->setToolTip(chosen ? tr("The chosen North Star stays a candidate; choose another one first.")
                                  : tr("Remove this candidate"));
}

void CandidatesPanel::styleAnswer(QComboBox *combo, ChecklistItem item, Answer answer)
{
    QPalette palette = combo->parentWidget()->palette();
    QString verdict;
    if (answer == goodAnswer(item)) {
        palette.setColor(QPalette::Button, QColor(198, 239, 206));
        palette.setColor(QPalette::ButtonText, QColor(0, 97, 0));
        verdict = tr("Speaks for this candidate.");
    } else if (answer == Answer::Unsure) {
        palette.setColor(QPalette::Button, QColor(255, 235, 156));
        palette.setColor(QPalette::ButtonText, QColor(120, 80, 0));
        verdict = tr("Unsure: worth discussing.");
    } else if (answer != Answer::Unanswered) {
        palette.setColor(QPalette::Button, QColor(255, 199, 206));
        palette.setColor(QPalette::ButtonText, QColor(156, 0, 6));
        verdict = tr("Speaks against this candidate.");
    }
    combo->setPalette(palette);
    combo->setToolTip(verdict);
    combo->setProperty("verdict", answer == Answer::Unanswered ? u""_s
                                  : answer == goodAnswer(item) ? u"good"_s
                                  : answer == Answer::Unsure   ? u"unsure"_s
                                                               : u"bad"_s);
}

} // namespace NorthStar
