// Times the review view as a person sees it: from Ctrl+2 (or a step) to the review on
// screen. See CMakeLists.txt.

#include "analysis/metricscontroller.h"
#include "model/document.h"
#include "review/reviewformat.h"
#include "review/reviewview.h"
#include "storage/workspacefile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace NorthStar;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Milliseconds until the view shows a review (at once when it was cached).
double timeToShown(ReviewView &view, const std::function<void()> &step)
{
    QSignalSpy shown(&view, &ReviewView::reviewShown);
    QElapsedTimer timer;
    timer.start();
    step();
    if (shown.isEmpty() && !shown.wait(120000))
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: reviewui_benchmark WORKSPACE [--tree NAME] [--steps N]\n");
        return 2;
    }
    const QString path = args.at(1);
    const qsizetype treeFlag = args.indexOf(u"--tree"_s);
    const qsizetype stepsFlag = args.indexOf(u"--steps"_s);
    const int steps = stepsFlag > 0 && stepsFlag + 1 < args.size() ? args.at(stepsFlag + 1).toInt() : 6;
    auto model = WorkspaceFile::read(path);
    if (!model) {
        std::fprintf(stderr, "reviewui_benchmark: %s\n", qPrintable(model.error()));
        return 1;
    }
    Document document;
    document.load(*model, path);
    if (treeFlag > 0 && treeFlag + 1 < args.size()) {
        if (const Tree *tree = model->treeNamed(args.at(treeFlag + 1)))
            document.setCurrentTree(tree->id);
    }
    MetricsController metrics;
    metrics.setWorkspace(path, document.data());
    ReviewView view(&document, &metrics);
    view.resize(1600, 1000);

    out() << "workspace: " << path << "\n";
    const double first = timeToShown(view, [&] { view.show(); });
    if (first < 0 || !view.currentReview()) {
        out() << "no review: " << view.messageText() << "\n";
        return 1;
    }
    out() << u"first review (load + compute + show), %1: %2 ms  (goal <= 1000 ms)\n"_s
                 .arg(ReviewFormat::periodTitle(view.grain(), view.currentReview()->period))
                 .arg(first, 0, 'f', 1);
    double worstCached = 0;
    for (int i = 0; i < steps; ++i) {
        const ReviewOptions previous{view.currentReview()->treeId, view.grain(), view.currentReview()->previous};
        if (!previous.periodDate->isValid())
            break;
        // Back after the prefetch had time to finish (a person reads the page first).
        QElapsedTimer prefetch;
        prefetch.start();
        while (!metrics.cachedReview(previous) && prefetch.elapsed() < 120000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        const double prefetched = double(prefetch.nsecsElapsed()) / 1e6;
        const double shown = timeToShown(view, [&] { view.stepBack(); });
        worstCached = std::max(worstCached, shown);
        out() << u"back to %1: shown in %2 ms (prefetched in the background, %3 ms)\n"_s
                     .arg(ReviewFormat::periodTitle(view.grain(), view.currentReview()->period))
                     .arg(shown, 0, 'f', 1)
                     .arg(prefetched, 0, 'f', 1);
    }
    // Straight back without waiting: a period nobody computed yet.
    metrics.waitForIdle();
    QCoreApplication::processEvents();
    if (view.currentReview()->previous.isValid()) {
        view.stepBack();
        const double uncached = timeToShown(view, [&] { view.stepBack(); });
        out() << u"two back at once (not computed yet), %1: %2 ms\n"_s
                     .arg(ReviewFormat::periodTitle(view.grain(), view.currentReview()->period))
                     .arg(uncached, 0, 'f', 1);
    }
    const double forward = timeToShown(view, [&] { view.stepForward(); });
    out() << u"forward to a period seen before: %1 ms\n"_s.arg(forward, 0, 'f', 1);
    out() << u"worst step back to a prefetched period: %1 ms  (goal <= 100 ms)\n"_s.arg(worstCached, 0, 'f', 1);
    out().flush();
    return 0;
}
