#include "rawevents.h"

#include <QDateTime>
#include <QFile>
#include <QMap>
#include <QTimeZone>

#include <algorithm>
#include <random>
#include <tuple>

using namespace Qt::StringLiterals;

namespace NorthStar::RollupTestSupport {

namespace {

QString localDate(qint64 utcMs, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone).date().toString(Qt::ISODate);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

QList<RawEvent> generateEvents(int users, const QString &firstDay, int days, unsigned seed)
{
    std::mt19937 random(seed);
    const auto below = [&](unsigned n) { return unsigned(random() % n); };
    const qint64 start = QDateTime(QDate::fromString(firstDay, Qt::ISODate), QTime(0, 0), QTimeZone::utc())
                             .toMSecsSinceEpoch();
    static const QStringList names{u"view"_s, u"purchase"_s, u"share"_s};
    static const QStringList countries{u"DE"_s, u"US"_s, u"IN"_s};
    static const QStringList plans{u"free"_s, u"pro"_s, QString()};
    QList<RawEvent> events;
    for (int day = 0; day < days; ++day) {
        for (int u = 0; u < users; ++u) {
            // Some users come every day, most now and then, a few only early on.
            const unsigned chance = u % 5 == 0 ? 100 : u % 7 == 0 ? (day < days / 3 ? 60 : 0) : 35;
            if (below(100) >= chance)
                continue;
            const int count = 1 + int(below(u % 3 == 0 ? 6 : 3));
            for (int i = 0; i < count; ++i) {
                RawEvent e;
                e.user = u"user-%1"_s.arg(u, 3, 10, QChar(u'0'));
                e.utcMs = start + qint64(day) * 86400000 + qint64(below(86400)) * 1000;
                e.event = names[below(u % 4 == 0 ? 3 : 2)];
                if (e.event == u"purchase"_s && below(4) != 0)
                    e.value = 0.25 * double(1 + below(400));
                // Country changes for some users half way; plan is often missing.
                e.country = below(3) == 0 ? QString() : countries[(u + (day > days / 2 && u % 2 ? 1 : 0)) % 3];
                e.plan = plans[below(3)];
                events.append(e);
            }
        }
    }
    std::sort(events.begin(), events.end(), [](const RawEvent &a, const RawEvent &b) { return a.utcMs < b.utcMs; });
    for (qsizetype i = 1; i < events.size(); ++i) // strictly increasing: no ties for "latest"
        events[i].utcMs = std::max(events[i].utcMs, events[i - 1].utcMs + 1);
    return events;
}

void writeRawCsv(const QString &path, const QList<RawEvent> &events)
{
    QByteArray out = "user_id,time,event,value,country,plan\n";
    for (const RawEvent &e : events) {
        const QString time = QDateTime::fromMSecsSinceEpoch(e.utcMs, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
        out += u"%1,%2,%3,%4,%5,%6\n"_s
                   .arg(e.user, time, e.event, e.value ? QString::number(*e.value, 'g', 17) : QString(), e.country, e.plan)
                   .toUtf8();
    }
    writeFile(path, out);
}

QList<RawEvent> eventsBetween(const QList<RawEvent> &events, const QString &zone, const QString &fromDate,
                              const QString &toDate)
{
    const QTimeZone tz(zone.toUtf8());
    QList<RawEvent> kept;
    for (const RawEvent &e : events) {
        const QString date = localDate(e.utcMs, tz);
        if ((fromDate.isEmpty() || date >= fromDate) && (toDate.isEmpty() || date <= toDate))
            kept.append(e);
    }
    return kept;
}

void writeRollupCsv(const QString &path, const QList<RawEvent> &events, const QString &zone, const QString &fromDate,
                    const QString &toDate)
{
    const QTimeZone tz(zone.toUtf8());
    struct Cell { qint64 count = 0; double sum = 0; };
    QMap<std::tuple<QString, QString, QString>, Cell> cells;
    QMap<QString, QString> country, plan; // events are in time order: the last one wins
    for (const RawEvent &e : events) {
        if (!e.country.isEmpty())
            country[e.user] = e.country;
        if (!e.plan.isEmpty())
            plan[e.user] = e.plan;
        const QString date = localDate(e.utcMs, tz);
        if ((!fromDate.isEmpty() && date < fromDate) || (!toDate.isEmpty() && date > toDate))
            continue;
        Cell &cell = cells[{e.user, date, e.event}];
        ++cell.count;
        cell.sum += e.value.value_or(0.0);
    }
    QList<QByteArray> rows;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        const auto &[user, date, event] = it.key();
        rows.append(u"%1,%2,%3,%4,%5,%6,%7\n"_s
                        .arg(user, date, event)
                        .arg(it->count)
                        .arg(QString::number(it->sum, 'g', 17), country.value(user), plan.value(user))
                        .toUtf8());
    }
    std::mt19937 random(11); // a warehouse returns rows in no particular order
    std::shuffle(rows.begin(), rows.end(), random);
    QByteArray out = "user_id,date,event,events,value_sum,country,plan\n";
    for (const QByteArray &row : rows)
        out += row;
    writeFile(path, out);
}

} // namespace NorthStar::RollupTestSupport
