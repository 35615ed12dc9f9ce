#include "workshop/presentationwindow.h"

#include "model/document.h"
#include "workshop/presentationtext.h"
#include "render/cardstyle.h"
#include "render/treegeometry.h"
#include "workshop/agenda.h"
#include "workshop/presentationboards.h"
#include "workshop/workshopsession.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>
#include <QTimer>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

constexpr double progressTop = 36, progressHeight = 58;
constexpr double headerTop = 128, headerHeight = 236;
constexpr double clockWidth = 560;

// Right-aligned, every digit in a cell of the widest digit's width: the clock's seconds tick
// without the whole number shifting sideways.
void paintTabular(QPainter &p, const QRectF &rect, const QString &text)
{
    const QFontMetricsF fm(p.font());
    double digit = 0;
    for (QChar c = u'0'; c <= u'9'; c = QChar(c.unicode() + 1))
        digit = std::max(digit, fm.horizontalAdvance(c));
    const auto advance = [&](QChar c) { return c.isDigit() ? digit : fm.horizontalAdvance(c); };
    double width = 0;
    for (QChar c : text)
        width += advance(c);
    double x = rect.right() - width;
    for (QChar c : text) {
        p.drawText(QRectF(x, rect.top(), advance(c), rect.height()), Qt::AlignCenter, QString(c));
        x += advance(c);
    }
}

} // namespace

PresentationWindow::PresentationWindow(WorkshopSession *session, QWidget *editor)
    : QWidget(editor, Qt::Window)
    , m_session(session)
    , m_editor(editor)
{
    setObjectName(u"presentationWindow"_s);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::BlankCursor); // a pointer in the middle of the wall only distracts
    connect(session, &WorkshopSession::changed, this, &PresentationWindow::scheduleRebuild);
    connect(session, &WorkshopSession::ticked, this, &PresentationWindow::tick);
    // Metric names, links and checklist answers change what the boards show as well.
    Document *doc = session->document();
    connect(doc->model(), &WorkspaceModel::changed, this, &PresentationWindow::scheduleRebuild);
    connect(doc->model(), &WorkspaceModel::wasReset, this, &PresentationWindow::scheduleRebuild);
    connect(qApp, &QGuiApplication::screenAdded, this, &PresentationWindow::placeLater);
    connect(qApp, &QGuiApplication::screenRemoved, this, &PresentationWindow::placeLater);
    if (QWindow *handle = editor->window()->windowHandle())
        connect(handle, &QWindow::screenChanged, this, &PresentationWindow::placeLater);
    rebuild();
}

PresentationWindow::~PresentationWindow() = default;

QScreen *PresentationWindow::wallScreen() const
{
    QScreen *editorScreen = m_editor ? m_editor->screen() : QGuiApplication::primaryScreen();
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *wall = nullptr;
    if (screens.size() > 1) {
        // Of the others, the largest: a projector or TV rather than a second small panel.
        for (QScreen *s : screens) {
            const auto area = [](const QScreen *x) { return qint64(x->geometry().width()) * x->geometry().height(); };
            if (s != editorScreen && (!wall || area(s) > area(wall)))
                wall = s;
        }
    }
    return wall ? wall : editorScreen;
}

void PresentationWindow::present()
{
    QScreen *target = wallScreen();
    if (!target)
        return;
    m_coversEditor = m_editor && target == m_editor->screen();
    setWindowTitle(tr("%1 on the wall screen").arg(m_session->workshop() ? m_session->workshop()->name : QString()));
    const bool placed = isVisible() && isFullScreen() && screen() == target && geometry() == target->geometry();
    if (!placed) {
        if (isFullScreen())
            setWindowState(windowState() & ~Qt::WindowFullScreen);
        winId(); // the native window exists, so it can be put on its screen before showing
        windowHandle()->setScreen(target);
        setGeometry(target->geometry());
        showFullScreen();
    }
    rebuild();
    if (m_coversEditor) {
        raise();
        activateWindow();
        setFocus();
    } else if (m_editor) {
        // The laptop keeps the editor: typing goes on there, the wall only shows.
        QTimer::singleShot(0, m_editor, [editor = m_editor] {
            if (editor)
                editor->activateWindow();
        });
    }
}

void PresentationWindow::placeLater()
{
    // After Qt has moved the windows of a screen that went away.
    QTimer::singleShot(0, this, [this] {
        if (isVisible())
            present();
    });
}

QString PresentationWindow::stepTitle() const
{
    const WorkshopStep *s = m_session->step();
    return s ? s->title : QString();
}

void PresentationWindow::scheduleRebuild()
{
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, &PresentationWindow::rebuild);
}

void PresentationWindow::rebuild()
{
    m_rebuildPending = false;
    const Workshop *w = m_session->workshop();
    const WorkshopStep *s = m_session->step();
    if (!w || !s) {
        // The workshop ended (or was undone, or another tree is shown): nothing to present.
        if (isVisible())
            close();
        return;
    }
    const WorkspaceData &workspace = m_session->document()->data();
    const Id treeId = w->treeId;
    m_kind = StepBoard::kindFor(s->kind);
    m_candidates.clear();
    m_inputs = {};
    m_work.clear();
    m_tree.reset();
    switch (m_kind) {
    case StepBoard::Kind::Candidates: m_candidates = StepBoard::candidates(workspace, treeId, s->id); break;
    case StepBoard::Kind::Inputs: m_inputs = StepBoard::inputs(workspace, treeId, s->id); break;
    case StepBoard::Kind::Work: m_work = StepBoard::work(workspace, treeId, s->id); break;
    case StepBoard::Kind::Tree: {
        if (auto geometry = TreeGeometry::compute(workspace, treeId, CardStyle::presentation()); geometry)
            m_tree = std::make_unique<TreeGeometry>(*geometry);
        break;
    }
    }
    tick();
    update();
}

void PresentationWindow::tick()
{
    const WorkshopStep *s = m_session->step();
    if (!s)
        return;
    const qint64 left = m_session->remainingSeconds();
    const bool over = left < 0;
    const QString clock = over ? u"+"_s + Agenda::clockText(-left) : Agenda::clockText(left);
    const QString caption = over ? tr("over · %1 min planned").arg(s->minutes) : tr("left of %1 min").arg(s->minutes);
    if (clock == m_clock && caption == m_clockCaption && over == m_over)
        return;
    m_clock = clock;
    m_clockCaption = caption;
    m_over = over;
    update(clockRect().toAlignedRect());
}

QRectF PresentationWindow::clockRect() const
{
    const PresentationLook look(size());
    return QRectF(width() - look.margin - look.px(clockWidth), look.px(headerTop), look.px(clockWidth),
                  look.px(headerHeight));
}

void PresentationWindow::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const PresentationLook look(size());
    p.fillRect(rect(), look.background);
    const Workshop *w = m_session->workshop();
    const WorkshopStep *s = m_session->step();
    if (!w || !s)
        return;
    paintProgress(p, QRectF(look.margin, look.px(progressTop), width() - 2 * look.margin, look.px(progressHeight)), look);
    paintHeader(p, look);
    const QRectF body(look.margin, look.px(headerTop + headerHeight + 24), width() - 2 * look.margin,
                      height() - look.px(headerTop + headerHeight + 24) - look.margin * 0.75);
    const bool voting = Agenda::voteSubject(s->kind) != Agenda::VoteSubject::None;
    switch (m_kind) {
    case StepBoard::Kind::Candidates: paintCandidateBoard(p, body, m_candidates, voting, look); break;
    case StepBoard::Kind::Inputs: paintInputsBoard(p, body, m_inputs, voting, look); break;
    case StepBoard::Kind::Work: paintWorkBoard(p, body, m_work, voting, look); break;
    case StepBoard::Kind::Tree:
        paintTreeBoard(p, body, m_session->document()->data(), w->treeId, m_tree.get(), CardStyle::presentation(), look);
        break;
    }
}

void PresentationWindow::paintProgress(QPainter &p, const QRectF &rect, const PresentationLook &look)
{
    const Workshop *w = m_session->workshop();
    const int n = int(w->steps.size());
    const double gap = look.px(10);
    const double segment = (rect.width() - gap * (n - 1)) / n;
    const QFont doneFont = look.font(20), nowFont = look.font(20, QFont::Bold);
    for (int i = 0; i < n; ++i) {
        const WorkshopStep &s = w->steps.at(i);
        const bool now = i == w->currentStep;
        const bool done = !now && s.ended.isValid();
        const QRectF seg(rect.left() + i * (segment + gap), rect.top(), segment, rect.height());
        p.setPen(Qt::NoPen);
        p.setBrush(now ? look.accent : done ? look.title : look.faint);
        p.drawRoundedRect(QRectF(seg.left(), seg.top(), seg.width(), look.px(7)), look.px(3.5), look.px(3.5));
        p.setFont(now ? nowFont : doneFont);
        p.setPen(now ? look.accent : done ? look.text : look.muted);
        const QString label = (done ? u"✓ "_s : u"%1  "_s.arg(i + 1)) + s.title;
        p.drawText(QRectF(seg.left(), seg.top() + look.px(14), seg.width(), rect.height() - look.px(14)),
                   Qt::AlignLeft | Qt::AlignVCenter, QFontMetricsF(p.font()).elidedText(label, Qt::ElideRight, seg.width()));
    }
}

void PresentationWindow::paintHeader(QPainter &p, const PresentationLook &look)
{
    const Workshop *w = m_session->workshop();
    const WorkshopStep *s = m_session->step();
    const QRectF clock = clockRect();
    const double left = look.margin;
    const double textWidth = clock.left() - left - look.px(40);
    double y = look.px(headerTop);

    p.setFont(look.font(22, QFont::DemiBold));
    p.setPen(look.muted);
    const QString stepLine = tr("STEP %1 OF %2").arg(w->currentStep + 1).arg(w->steps.size());
    p.drawText(QRectF(left, y, textWidth, look.px(30)), Qt::AlignLeft | Qt::AlignVCenter, stepLine);
    y += look.px(36);

    const QFont titleFont = look.font(66, QFont::Bold);
    p.setFont(titleFont);
    p.setPen(look.title);
    const double titleHeight = QFontMetricsF(titleFont).height();
    p.drawText(QRectF(left, y, textWidth, titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(titleFont).elidedText(s->title, Qt::ElideRight, textWidth));
    y += titleHeight + look.px(6);

    const QFont promptFont = look.font(34);
    p.setFont(promptFont);
    p.setPen(QColor(0x33, 0x41, 0x55));
    const QRectF promptRect(left, y, textWidth, look.px(headerTop + headerHeight) - y);
    p.drawText(promptRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               PresentationText::fitLines(s->prompt, promptFont, promptRect.width(), promptRect.height()));

    // The clock: huge, right-aligned; amber over time, counting up, never flashing.
    const QColor colour = m_over ? look.warn : look.title;
    QFont clockFont = look.font(150, QFont::Bold);
    const double clockHeight = QFontMetricsF(clockFont).height();
    p.setFont(clockFont);
    p.setPen(colour);
    paintTabular(p, QRectF(clock.left(), clock.top() - look.px(18), clock.width(), clockHeight), m_clock);
    p.setFont(look.font(28, m_over ? QFont::DemiBold : QFont::Normal));
    p.setPen(m_over ? look.warn : look.muted);
    p.drawText(QRectF(clock.left(), clock.top() - look.px(18) + clockHeight, clock.width(), look.px(40)),
               Qt::AlignRight | Qt::AlignVCenter, m_clockCaption);
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right: m_session->next(); return;
    case Qt::Key_PageUp:
    case Qt::Key_Left: m_session->previous(); return;
    case Qt::Key_Escape: close(); return;
    default: QWidget::keyPressEvent(event);
    }
}

void PresentationWindow::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_editor && m_coversEditor)
        m_editor->activateWindow();
    emit left();
}

} // namespace NorthStar
