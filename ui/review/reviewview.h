#pragma once

// The weekly review of the current tree (issue #10 §1), a mode of the central area beside
// the canvas: a page that reads top to bottom like a one-page brief. The headline (are we
// winning), the inputs and guardrail, why it moved (waterfall and top segments), the work
// and its verdicts, what to act on, the team's notes and the annotations around the period.
//
// Periods: the first review of a grain is the latest complete period (resolved once by the
// engine); Back and Forward (Alt+Left / Alt+Right, or [ and ]) step by dates through the
// complete periods. Reviews come from the MetricsController's worker: a cached one shows at
// once, "Computing…" appears only after the computing delay (150 ms), and after showing a
// period the one before is computed in the background so Back is instant.

#include "model/types.h"
#include "review/weeklyreview.h"

#include <QHash>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QScrollArea;
class QTimer;
class QToolButton;
QT_END_NAMESPACE

namespace NorthStar {

class Document;
class MetricsController;
class ReviewAnnotations;
class ReviewDisconnects;
class ReviewHeadline;
class ReviewInputsTable;
class ReviewNotes;
class ReviewWaterfall;
class ReviewWorkList;

class ReviewView final : public QWidget
{
    Q_OBJECT

public:
    ReviewView(Document *document, MetricsController *metrics, QWidget *parent = nullptr);
    ~ReviewView() override;

    // Week or month (a day grain reviews weeks). Another grain starts at its latest period.
    void setGrain(Grain grain);
    Grain grain() const { return m_grain; }

    // The review on screen and the options it was computed with (period resolved), for
    // exporting it; empty while none is shown.
    const std::optional<Review> &currentReview() const { return m_review; }
    ReviewOptions options() const;
    bool isComputing() const { return m_ticket != 0; }
    // What shows instead of the review when it cannot be computed, else empty.
    QString messageText() const;
    QString periodText() const;
    void setComputingDelay(int milliseconds);

    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    ReviewHeadline *headline() const { return m_headline; }
    ReviewInputsTable *inputs() const { return m_inputs; }
    ReviewWaterfall *waterfall() const { return m_waterfall; }
    ReviewWorkList *work() const { return m_work; }
    ReviewDisconnects *disconnects() const { return m_disconnects; }
    ReviewNotes *notes() const { return m_notes; }
    ReviewAnnotations *annotations() const { return m_annotations; }

public slots:
    // Shows the review the view should show now (tree, grain, period), asking if needed.
    void refresh();
    void stepBack();
    void stepForward();

signals:
    // A review is on screen (after a cache hit at once, else when its result arrived).
    void reviewShown();
    // A disconnect or an input row was activated: show this node on the canvas.
    void nodeActivated(NorthStar::Id nodeId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildPage();
    void showReview(const Review &review);
    void showMessage(const QString &message);
    void prefetchPrevious();
    void updateStepping();
    void fixTabOrder();
    QDate stepped(QDate period, int direction) const;

    Document *m_document;
    MetricsController *m_metrics;
    QAction *m_back;
    QAction *m_forward;
    QToolButton *m_backButton = nullptr;
    QToolButton *m_forwardButton = nullptr;
    QLabel *m_periodLabel = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QLabel *m_computingLabel = nullptr;
    QLabel *m_message = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_page = nullptr;
    ReviewHeadline *m_headline = nullptr;
    ReviewInputsTable *m_inputs = nullptr;
    ReviewWaterfall *m_waterfall = nullptr;
    ReviewWorkList *m_work = nullptr;
    ReviewDisconnects *m_disconnects = nullptr;
    ReviewNotes *m_notes = nullptr;
    ReviewAnnotations *m_annotations = nullptr;
    QTimer *m_computingTimer;

    Grain m_grain = Grain::Week;
    std::optional<QDate> m_period;     // empty: the latest complete period, not resolved yet
    QHash<int, QDate> m_latest;        // grain -> the latest complete period's start
    std::optional<Review> m_review;
    quint64 m_ticket = 0;              // the review asked for and not shown yet
    quint64 m_prefetchTicket = 0;
    quint64 m_latestTicket = 0;        // the latest period, asked for to know where to stop
    bool m_wantsRefresh = false;       // asked while hidden
};

} // namespace NorthStar
