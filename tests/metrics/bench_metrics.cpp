// Not a test: measures ActivityBuilder and the engine at the size of issue #4's benchmark
// (5,000,000 events, 50,000 users, a year). Run by hand:
//   bench_metrics [Europe/Berlin]      (BENCH_SINGLE=1: addEvent per event instead of blocks)
// Events are generated on the fly (day by day, as a time-sorted export arrives), so the
// reported peak memory is the builder's own.

#include "activity/activitybuilder.h"
#include "metrics/csvseries.h"
#include "metrics/metricengine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace NorthStar;
using namespace Qt::StringLiterals;

namespace {

qint64 peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toLongLong();
    }
    return -1;
}

quint64 mix(quint64 x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    return x ^ (x >> 33);
}

// CPU time of this thread in ms: other jobs on a shared machine do not count.
double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double bestOf(int runs, const std::function<void()> &work)
{
    double best = 1e9;
    for (int i = 0; i < runs; ++i) {
        const double before = cpuMs();
        work();
        best = std::min(best, cpuMs() - before);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString zone = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"Europe/Berlin"_s;
    constexpr int users = 50'000;
    constexpr int days = 365;
    const QStringList names{u"open"_s, u"search"_s, u"view"_s, u"booking"_s, u"message_sent"_s, u"call_started"_s};
    QStringList keys;
    for (int u = 0; u < users; ++u)
        keys.append(u"user-%1"_s.arg(u));
    const qint64 start = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

    const qint64 rssBefore = peakRssKb();
    Result<ActivityBuilder> builder = ActivityBuilder::forTimeZone(zone);
    if (!builder) {
        std::fprintf(stderr, "%s\n", qPrintable(builder.error()));
        return 1;
    }
    builder->reserveUsers(users);
    const bool single = qEnvironmentVariableIsSet("BENCH_SINGLE");
    std::vector<RawActivityEvent> block;
    block.reserve(4096);
    double cpu = cpuMs();
    qint64 eventCount = 0;
    for (int day = 0; day < days; ++day) {
        for (int u = 0; u < users; ++u) {
            const quint64 h = mix(quint64(u) * 1000003ULL + quint64(day));
            // Each user has an activity level; a user joins on a random day.
            const int joined = int(mix(quint64(u)) % 300);
            const quint64 level = mix(quint64(u) + 7) % 100;
            if (day < joined || h % 1000 >= 40 + level * 3)
                continue;
            const int events = 1 + int((h >> 10) % 4);
            for (int e = 0; e < events; ++e) {
                const quint64 r = mix(h + quint64(e));
                const qint64 at = start + qint64(day) * 86'400'000 + qint64(r % 86'400'000);
                // Mostly the day's main action, sometimes another one.
                const EventId event = EventId((r >> 32) % 4 == 0 ? (r >> 36) % 6 : (h >> 20) % 6);
                const bool hasValue = (r >> 40) % 3 != 0;
                if (single)
                    builder->addEvent(UserIndex(u), at, event, hasValue ? std::optional<double>(double(r % 1000) / 10.0) : std::nullopt);
                else
                    block.push_back({UserIndex(u), event, at, double(r % 1000) / 10.0, hasValue});
                if (block.size() == block.capacity()) {
                    builder->addEvents(block.data(), block.size());
                    block.clear();
                }
                ++eventCount;
            }
        }
    }
    builder->addEvents(block.data(), block.size());
    const double feedMs = cpuMs() - cpu;
    cpu = cpuMs();
    Result<ActivityData> data = builder->finish(names, keys);
    const double finishMs = cpuMs() - cpu;
    const qint64 rssAfter = peakRssKb();
    std::printf("zone %s: %lld events -> %zu entries, %zu users\n", qPrintable(zone), eventCount, data->entries.size(), data->userCount());
    std::printf("ActivityBuilder (CPU time): addEvent %.0f ms (%.0f ns/event, incl. generating), finish %.0f ms; peak RSS %lld MB (before %lld MB)\n",
                feedMs, feedMs * 1e6 / double(eventCount), finishMs, rssAfter / 1024, rssBefore / 1024);

    cpu = cpuMs();
    const MetricEngine engine(*data);
    std::printf("MetricEngine construction (data check): %.1f ms\n", cpuMs() - cpu);

    struct Run
    {
        const char *label;
        MetricKind kind;
        QStringList events;
        Grain grain;
    };
    const QList<Run> runs{
        {"week breadth (all)", MetricKind::Breadth, {}, Grain::Week},
        {"week breadth (booking)", MetricKind::Breadth, {u"booking"_s}, Grain::Week},
        {"week depth (all)", MetricKind::Depth, {}, Grain::Week},
        {"week frequency (all)", MetricKind::Frequency, {}, Grain::Week},
        {"day breadth (all)", MetricKind::Breadth, {}, Grain::Day},
        {"month stickiness 3", MetricKind::Stickiness, {}, Grain::Month},
        {"week activation (booking)", MetricKind::Activation, {u"booking"_s}, Grain::Week},
        {"week time-to-value (booking)", MetricKind::TimeToValue, {u"booking"_s}, Grain::Week},
        {"week lifecycle (all)", MetricKind::Lifecycle, {}, Grain::Week},
    };
    for (const Run &run : runs) {
        MetricSpec spec;
        spec.kind = run.kind;
        spec.events = run.events;
        spec.k = 3;
        MetricRequest request;
        request.grain = run.grain;
        QString csv;
        const double ms = bestOf(5, [&] { csv = CsvSeries::format(*engine.compute(spec, request)); });
        std::printf("%-30s %6.1f ms CPU (%lld CSV rows)\n", run.label, ms, qlonglong(csv.count(u'\n') - 1));
    }
    return 0;
}
