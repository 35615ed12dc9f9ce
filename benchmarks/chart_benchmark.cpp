// Times a chart redraw (setData, the chart's deferred layout, a synchronous repaint) for a
// year of weeks and for three years of days with gaps: the median of 20 redraws. Moved out
// of tst_chartpanel, where a 100 ms bound failed on a loaded machine. Runs offscreen:
// `QT_QPA_PLATFORM=offscreen build/benchmarks/chart_benchmark`.

#include "chartfixtures.h" // tests/charts: the same generated series the tests draw

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace NorthStar;
using namespace NorthStar::ChartFixtures;
using namespace Qt::StringLiterals;

namespace {

void timeRedraw(const char *label, int periods, int stepDays, Grain grain)
{
    MetricChartView view;
    view.resize(1000, 450);
    view.show();
    MetricChartData data = chartData(trend(periods, stepDays), grain);
    data.markers = {{QDate(2023, 4, 3), u"Streak reminders"_s, WorkStatus::Shipped},
                    {QDate(2023, 9, 12), u"Referral rewards"_s, WorkStatus::Shipped},
                    {QDate(2023, 11, 20), u"Offline lessons"_s, WorkStatus::InProgress}};
    if (stepDays == 1) { // every 7th day empty: many line pieces, the worst case for gaps
        for (std::size_t i = 0; i < data.series.rows.size(); i += 7)
            data.series.rows[i].value.reset();
    }
    std::vector<qint64> us;
    for (int run = 0; run < 20; ++run) {
        QElapsedTimer timer;
        timer.start();
        view.setData(data);
        QCoreApplication::sendPostedEvents();
        view.viewport()->repaint();
        us.push_back(timer.nsecsElapsed() / 1000);
    }
    std::sort(us.begin(), us.end());
    std::printf("%-22s median %6.1f ms  worst %6.1f ms\n", label, us[us.size() / 2] / 1000.0, us.back() / 1000.0);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    timeRedraw("a year of weeks", 52, 7, Grain::Week);
    timeRedraw("three years of days", 3 * 365, 1, Grain::Day);
    return 0;
}
