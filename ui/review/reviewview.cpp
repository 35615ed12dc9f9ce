#include "review/reviewview.h"

#include "analysis/metricscontroller.h"
#include "model/document.h"
#include "review/reviewannotations.h"
#include "review/reviewdisconnects.h"
#include "review/reviewformat.h"
#include "review/reviewheadline.h"
#include "review/reviewinputstable.h"
#include "review/reviewnotes.h"
#include "review/reviewtext.h"
#include "review/reviewwaterfall.h"
#include "review/reviewworklist.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

constexpr int pageMaxWidth = 1360;

QToolButton *stepButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::StrongFocus);
    button->setAutoRaise(false);
    return button;
}

} // namespace

ReviewView::ReviewView(Document *document, MetricsController *metrics, QWidget *parent)
    : QWidget(parent), m_document(document), m_metrics(metrics), m_back(new QAction(this)), m_forward(new QAction(this)),
      m_computingTimer(new QTimer(this))
{
    setObjectName(u"reviewView"_s);
    setAccessibleName(tr("Weekly review"));
    m_back->setObjectName(u"reviewBack"_s);
    m_forward->setObjectName(u"reviewForward"_s);
    m_back->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_BracketLeft)});
    m_forward->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_BracketRight)});
    for (QAction *action : {m_back, m_forward}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_back, &QAction::triggered, this, &ReviewView::stepBack);
    connect(m_forward, &QAction::triggered, this, &ReviewView::stepForward);

    m_computingTimer->setSingleShot(true);
    m_computingTimer->setInterval(150);
    connect(m_computingTimer, &QTimer::timeout, this, [this] {
        m_computingLabel->show();
        m_page->setEnabled(false);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(buildPage());
    layout->addWidget(m_scroll, 1);
    // Opening the review focuses the page: arrows and Page Down scroll it, Tab walks it.
    m_scroll->setFocusPolicy(Qt::StrongFocus);
    m_scroll->setAccessibleName(tr("Review page"));
    setFocusProxy(m_scroll);

    connect(m_metrics, &MetricsController::reviewReady, this, [this](quint64 ticket, const Review &review) {
        if (ticket == m_prefetchTicket)
            m_prefetchTicket = 0;
        if (ticket == m_latestTicket) {
            m_latestTicket = 0;
            m_latest.insert(int(review.grain), review.period);
            updateStepping();
        }
        if (ticket == m_ticket)
            showReview(review);
    });
    connect(m_metrics, &MetricsController::requestFailed, this, [this](quint64 ticket, const QString &message) {
        if (ticket == m_prefetchTicket)
            m_prefetchTicket = 0;
        if (ticket == m_latestTicket)
            m_latestTicket = 0;
        if (ticket == m_ticket)
            showMessage(message);
    });
    connect(m_metrics, &MetricsController::dataChanged, this, [this] {
        // New data may complete a new period: the latest is found again, and whoever looked
        // at the latest goes on looking at the latest.
        if (m_period && m_latest.value(int(m_grain)) == *m_period)
            m_period.reset();
        m_latest.clear();
    });
    connect(m_metrics, &MetricsController::reviewsChanged, this, &ReviewView::refresh);
    // Another workspace: its own latest period.
    connect(m_document->model(), &WorkspaceModel::wasReset, this, [this] {
        m_period.reset();
        m_latest.clear();
        m_review.reset();
        refresh();
    });
    connect(m_document, &Document::currentTreeChanged, this, &ReviewView::refresh);
    updateStepping();
}

ReviewView::~ReviewView() = default;

QWidget *ReviewView::buildHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(u"reviewHeader"_s);
    header->setAutoFillBackground(true);
    m_backButton = stepButton(m_back, header);
    m_backButton->setObjectName(u"reviewBackButton"_s);
    m_forwardButton = stepButton(m_forward, header);
    m_forwardButton->setObjectName(u"reviewForwardButton"_s);
    m_periodLabel = new QLabel(header);
    m_periodLabel->setObjectName(u"reviewPeriod"_s);
    QFont font = m_periodLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.45);
    font.setWeight(QFont::DemiBold);
    m_periodLabel->setFont(font);
    m_rangeLabel = ReviewFormat::mutedLabel({}, header);
    m_rangeLabel->setWordWrap(false);
    m_computingLabel = ReviewFormat::mutedLabel(tr("Computing…"), header);
    m_computingLabel->setObjectName(u"reviewComputing"_s);
    m_computingLabel->setWordWrap(false);
    m_computingLabel->hide();

    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(24, 10, 24, 10);
    layout->setSpacing(12);
    layout->addWidget(m_backButton);
    layout->addWidget(m_periodLabel);
    layout->addWidget(m_forwardButton);
    layout->addSpacing(12);
    layout->addWidget(m_rangeLabel, 1);
    layout->addWidget(m_computingLabel);
    return header;
}

QWidget *ReviewView::buildPage()
{
    auto *outer = new QWidget;
    outer->setObjectName(u"reviewPageOuter"_s);
    m_page = new QWidget(outer);
    m_page->setObjectName(u"reviewPage"_s);
    m_page->setMaximumWidth(pageMaxWidth);
    auto *centred = new QHBoxLayout(outer);
    centred->setContentsMargins(24, 4, 24, 32);
    centred->addStretch(0);
    centred->addWidget(m_page, 1);
    centred->addStretch(0);

    m_message = new QLabel(m_page);
    m_message->setObjectName(u"reviewMessage"_s);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMinimumHeight(120);
    m_message->hide();
    m_headline = new ReviewHeadline(m_page);
    m_inputs = new ReviewInputsTable(m_page);
    m_waterfall = new ReviewWaterfall(m_page);
    m_work = new ReviewWorkList(m_page);
    m_disconnects = new ReviewDisconnects(m_page);
    m_notes = new ReviewNotes(m_document, m_page);
    m_annotations = new ReviewAnnotations(m_document, m_page);
    connect(m_inputs, &ReviewInputsTable::activated, this, &ReviewView::nodeActivated);
    connect(m_disconnects, &ReviewDisconnects::activated, this, &ReviewView::nodeActivated);

    auto *layout = new QVBoxLayout(m_page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_message);
    layout->addWidget(m_headline);
    const auto section = [&](const QString &title, QWidget *body, const QString &caption = {}) {
        QLabel *label = ReviewFormat::sectionTitle(title, m_page);
        label->setBuddy(body);
        layout->addSpacing(14);
        layout->addWidget(label);
        if (!caption.isEmpty())
            layout->addWidget(ReviewFormat::mutedLabel(caption, m_page));
        layout->addWidget(body);
    };
    section(tr("Inputs"), m_inputs, tr("The shaded band is the usual range for this period; Enter shows an input on the canvas."));
    section(tr("Why it moved"), m_waterfall);
    section(tr("Work and movement"), m_work,
            tr("Each chart: the periods before launch (grey) with their trend, the trend carried on (dashed) and what "
               "came after launch (blue)."));
    section(tr("To act on"), m_disconnects, tr("Enter or double-click shows it on the canvas, with its chart."));
    section(tr("Notes"), m_notes);
    section(tr("Annotations around this period"), m_annotations);
    layout->addStretch(1);
    return outer;
}

void ReviewView::setGrain(Grain grain)
{
    const Grain reviewed = grain == Grain::Month ? Grain::Month : Grain::Week;
    if (reviewed == m_grain)
        return;
    m_grain = reviewed;
    const QDate latest = m_latest.value(int(reviewed));
    m_period = latest.isValid() ? std::optional(latest) : std::nullopt;
    refresh();
}

ReviewOptions ReviewView::options() const
{
    return {m_document->currentTreeId(), m_grain, m_period};
}

QString ReviewView::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString ReviewView::periodText() const
{
    return m_periodLabel->text();
}

void ReviewView::setComputingDelay(int milliseconds)
{
    m_computingTimer->setInterval(milliseconds);
}

void ReviewView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_wantsRefresh || !m_review)
        refresh();
}

void ReviewView::refresh()
{
    if (!isVisible()) {
        m_wantsRefresh = true;
        return;
    }
    m_wantsRefresh = false;
    const ReviewOptions wanted = options();
    if (wanted.treeId == 0) {
        m_ticket = 0;
        showMessage(tr("There is no tree to review."));
        return;
    }
    if (auto cached = m_metrics->cachedReview(wanted)) {
        m_ticket = 0;
        showReview(*cached);
        return;
    }
    m_ticket = m_metrics->requestReview(wanted);
    if (!m_computingTimer->isActive() && m_computingLabel->isHidden())
        m_computingTimer->start();
    updateStepping();
}

QDate ReviewView::stepped(QDate period, int direction) const
{
    return m_grain == Grain::Month ? period.addMonths(direction) : period.addDays(7 * direction);
}

void ReviewView::stepBack()
{
    if (!m_back->isEnabled() || !m_period)
        return;
    m_period = stepped(*m_period, -1);
    refresh();
}

void ReviewView::stepForward()
{
    if (!m_forward->isEnabled() || !m_period)
        return;
    m_period = stepped(*m_period, +1);
    refresh();
}

void ReviewView::showReview(const Review &review)
{
    m_ticket = 0;
    m_computingTimer->stop();
    m_computingLabel->hide();
    m_page->setEnabled(true);
    if (!m_period) {
        m_latest.insert(int(review.grain), review.period);
        m_period = review.period;
    } else if (!m_latest.contains(int(review.grain)) && m_latestTicket == 0) {
        // Looking at a past period after new data came: where the latest is now, to stop at.
        m_latestTicket = m_metrics->requestReview({review.treeId, review.grain, std::nullopt});
    }
    m_review = review;
    m_message->hide();
    m_periodLabel->setText(reviewPeriodTitle(review.grain, review.period));
    m_rangeLabel->setText(tr("%1 · %2 · data through %3")
                              .arg(review.tree, ReviewFormat::periodRange(review.period, review.periodEnd),
                                   reviewDateText(review.dataThrough)));
    for (QWidget *w : std::initializer_list<QWidget *>{m_headline, m_inputs, m_waterfall, m_work, m_disconnects, m_notes, m_annotations})
        w->setVisible(true);
    m_headline->setReview(review);
    m_inputs->setReview(review);
    m_waterfall->setReview(review);
    m_work->setReview(review);
    const MetricReview *ns = review.northStar();
    m_disconnects->setReview(review, ns ? ns->nodeId : 0);

    QList<ReviewedMetric> reviewed;
    for (const MetricReview &m : review.metrics) {
        if (m.metricId != 0)
            reviewed.append({m.metricId, m.name});
    }
    const ReviewGrain grain = review.grain == Grain::Month ? ReviewGrain::Month : ReviewGrain::Week;
    m_notes->setPeriod(review.treeId, review.period, grain, reviewed);
    // Around the period: from four periods before it through its last day.
    const QDate from = review.grain == Grain::Month ? review.period.addMonths(-4) : review.period.addDays(-28);
    m_annotations->setPeriod(from, review.periodEnd, review.period, reviewed);
    updateStepping();
    fixTabOrder();
    emit reviewShown();
    prefetchPrevious();
}

void ReviewView::showMessage(const QString &message)
{
    m_computingTimer->stop();
    m_computingLabel->hide();
    m_page->setEnabled(true);
    m_review.reset();
    m_message->setText(message);
    m_message->show();
    for (QWidget *w : std::initializer_list<QWidget *>{m_headline, m_inputs, m_waterfall, m_work, m_disconnects, m_notes, m_annotations})
        w->setVisible(false);
    m_periodLabel->setText(m_period ? reviewPeriodTitle(m_grain, *m_period) : tr("Review"));
    m_rangeLabel->clear();
    updateStepping();
}

void ReviewView::prefetchPrevious()
{
    if (!m_review || !m_review->previous.isValid() || m_prefetchTicket != 0)
        return;
    const ReviewOptions previous{m_review->treeId, m_review->grain, m_review->previous};
    if (!m_metrics->cachedReview(previous))
        m_prefetchTicket = m_metrics->requestReview(previous);
}

void ReviewView::updateStepping()
{
    const QString unit = m_grain == Grain::Month ? tr("Month") : tr("Week");
    m_back->setText(m_grain == Grain::Month ? tr("◀  Previous Month") : tr("◀  Previous Week"));
    m_forward->setText(m_grain == Grain::Month ? tr("Next Month  ▶") : tr("Next Week  ▶"));
    m_back->setToolTip(tr("Previous %1 (Alt+Left or [)").arg(unit.toLower()));
    m_forward->setToolTip(tr("Next %1 (Alt+Right or ])").arg(unit.toLower()));
    const QDate latest = m_latest.value(int(m_grain));
    // Back from a reviewed period that has one before it; forward up to the latest one.
    m_back->setEnabled(m_period && m_review && m_review->previous.isValid());
    m_forward->setEnabled(m_period && latest.isValid() && *m_period < latest);
}

void ReviewView::fixTabOrder()
{
    // Sections rebuild their rows: the focus chain follows the page from top to bottom.
    QList<QWidget *> chain{m_backButton, m_forwardButton, m_scroll, m_inputs};
    for (QWidget *w : m_waterfall->findChildren<QWidget *>()) {
        if (w->focusPolicy() & Qt::TabFocus)
            chain << w;
    }
    for (QWidget *w : m_work->findChildren<QWidget *>(u"reviewWorkRow"_s))
        chain << w;
    chain << m_disconnects;
    for (QWidget *w : m_notes->findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(w) || w == m_notes->reviewNoteEditor())
            chain << w;
    }
    for (QWidget *w : m_annotations->findChildren<QWidget *>()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->parentWidget() == m_annotations)
            chain << w;
    }
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

} // namespace NorthStar
