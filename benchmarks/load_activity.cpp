// Times EventStore::loadActivity (what `northstar metrics` does first) on a workspace:
// the rollup for 5M events / 50k users must load in tens of milliseconds.
//
// Usage: load_activity WORKSPACE [RUNS]

#include "eventstore/eventstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s WORKSPACE [RUNS]\n", argv[0]);
        return 2;
    }
    const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
    const QString path = QString::fromLocal8Bit(argv[1]);
    double best = 1e30;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const auto data = NorthStar::EventStore::loadActivity(path);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!data) {
            std::fprintf(stderr, "%s\n", qPrintable(data.error()));
            return 1;
        }
        best = std::min(best, ms);
        if (i == 0)
            std::printf("rollup: %zu users, %zu (user, day, event) rows, %lld event names\n", data->userCount(),
                        data->entries.size(), static_cast<long long>(data->eventNames.size()));
    }
    std::printf("loadActivity: best of %d runs %.1f ms\n", runs, best);
    return 0;
}
