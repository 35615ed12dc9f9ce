#pragma once

// The workshop on the wall screen: a window of its own, full screen, in type the back of the
// room can read. Always visible: the agenda's progress (done, now, next), the step's title
// and prompt, the time left (huge; amber once over). Below, what the step needs: the tree,
// the candidates side by side with their checklist and dots, the inputs with their checks,
// or each input's work with the gaps. It follows the document: an edit on the laptop shows
// at once.
//
// Screens: with two or more, it takes a screen the editor is not on, and the laptop keeps
// the editor; with one it covers the editor's screen and Esc gives it back. Screens plugged
// in or out while it shows move it.

#include "workshop/stepboard.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QScreen;

namespace NorthStar {

struct PresentationLook;
class TreeGeometry;
class WorkshopSession;

class PresentationWindow final : public QWidget
{
    Q_OBJECT

public:
    // `editor`: the main window, whose screen the presentation avoids when it can.
    PresentationWindow(WorkshopSession *session, QWidget *editor);
    ~PresentationWindow() override;

    // Shows it full screen on the wall screen (see above), or moves it there.
    void present();
    // The screen the room should see it on now.
    QScreen *wallScreen() const;
    // Whether it shares the editor's screen (one screen: Esc returns to the editor).
    bool coversEditor() const { return m_coversEditor; }

    // What it shows, for tests.
    StepBoard::Kind boardKind() const { return m_kind; }
    QString stepTitle() const;
    QString clockText() const { return m_clock; }
    bool isOverTime() const { return m_over; }
    const QList<StepBoard::CandidateColumn> &candidateColumns() const { return m_candidates; }
    const StepBoard::InputsBoard &inputsBoard() const { return m_inputs; }
    const QList<StepBoard::WorkColumn> &workColumns() const { return m_work; }

signals:
    // Hidden: Esc, closed, or the workshop ended.
    void left();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void scheduleRebuild();
    void rebuild();
    void tick();
    void placeLater();
    void paintHeader(QPainter &p, const PresentationLook &look);
    void paintProgress(QPainter &p, const QRectF &rect, const PresentationLook &look);
    QRectF clockRect() const;

    WorkshopSession *m_session;
    QPointer<QWidget> m_editor;
    bool m_rebuildPending = false;
    bool m_coversEditor = false;
    StepBoard::Kind m_kind = StepBoard::Kind::Tree;
    QList<StepBoard::CandidateColumn> m_candidates;
    StepBoard::InputsBoard m_inputs;
    QList<StepBoard::WorkColumn> m_work;
    std::unique_ptr<TreeGeometry> m_tree; // the tree board's layout (empty: no cards)
    QString m_clock;
    QString m_clockCaption;
    bool m_over = false;
};

} // namespace NorthStar
