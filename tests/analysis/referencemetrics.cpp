#include "referencemetrics.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <set>
#include <vector>

using namespace Qt::StringLiterals;

namespace NorthStar::Reference {

namespace {

QDate periodStart(QDate date, const Query &q)
{
    if (q.grain == u"day")
        return date;
    if (q.grain == u"month")
        return QDate(date.year(), date.month(), 1);
    const int first = q.weekStart == u"sunday" ? 7 : 1;
    return date.addDays(-((date.dayOfWeek() - first + 7) % 7));
}

QDate nextPeriod(QDate start, const Query &q)
{
    if (q.grain == u"day")
        return start.addDays(1);
    if (q.grain == u"month")
        return start.addMonths(1);
    return start.addDays(7);
}

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

QString ratio(double numerator, double denominator)
{
    return denominator == 0 ? QString() : number(numerator / denominator);
}

struct UserPeriod
{
    std::set<QDate> activeDates; // dates with a core-action event
    int events = 0;
    double valueSum = 0;
};

} // namespace

QString csv(const QList<Row> &rows, const Query &q)
{
    const QTimeZone zone(q.timeZone.toUtf8());
    std::vector<QDate> dates;
    dates.reserve(std::size_t(rows.size()));
    QDate firstDate, lastDate;
    std::map<QString, QDate> firstSeen; // any event, any segment
    for (const Row &r : rows) {
        const QDate d = QDateTime::fromMSecsSinceEpoch(r.utcMs, zone).date();
        dates.push_back(d);
        firstDate = firstDate.isValid() ? std::min(firstDate, d) : d;
        lastDate = lastDate.isValid() ? std::max(lastDate, d) : d;
        auto [it, inserted] = firstSeen.try_emplace(r.user, d);
        if (!inserted)
            it->second = std::min(it->second, d);
    }
    std::vector<QDate> starts;
    for (QDate s = periodStart(firstDate, q); s <= lastDate; s = nextPeriod(s, q))
        starts.push_back(s);
    const auto periodOf = [&](QDate d) {
        return int(std::upper_bound(starts.begin(), starts.end(), d) - starts.begin()) - 1;
    };
    const auto endOf = [&](std::size_t p) { return nextPeriod(starts[p], q).addDays(-1); };
    const auto partial = [&](std::size_t p) { return starts[p] < firstDate || endOf(p) > lastDate; };

    const auto inA = [&](const Row &r) { return q.events.isEmpty() || q.events.contains(r.event); };
    const auto inSegment = [&](const Row &r) { return q.country.isEmpty() || r.country == q.country; };
    std::vector<std::map<QString, UserPeriod>> active(starts.size());
    std::map<QString, QDate> firstA; // first core-action date per user
    std::set<QString> segmentUsers;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &r = rows[i];
        if (!inSegment(r))
            continue;
        segmentUsers.insert(r.user);
        if (!inA(r))
            continue;
        const QDate d = dates[std::size_t(i)];
        UserPeriod &up = active[std::size_t(periodOf(d))][r.user];
        up.activeDates.insert(d);
        up.events += 1;
        up.valueSum += r.value.value_or(0.0);
        auto [it, inserted] = firstA.try_emplace(r.user, d);
        if (!inserted)
            it->second = std::min(it->second, d);
    }
    // Core-action dates per user over all data (activation looks past the period).
    std::map<QString, std::set<QDate>> aDates;
    for (const auto &period : active)
        for (const auto &[user, up] : period)
            aDates[user].insert(up.activeDates.begin(), up.activeDates.end());

    QString out = q.kind == u"lifecycle" ? u"period_start,new,returning,resurrecting,dormant,partial\n"_s
                                         : u"period_start,value,partial\n"_s;
    for (std::size_t p = 0; p < starts.size(); ++p) {
        const auto &users = active[p];
        const double breadth = double(users.size());
        std::vector<QString> newUsers; // first seen in P, in the segment
        for (const QString &u : segmentUsers) {
            const QDate f = firstSeen.at(u);
            if (f >= starts[p] && f <= endOf(p))
                newUsers.push_back(u);
        }
        QString value;
        bool isPartial = partial(p);
        if (q.kind == u"breadth") {
            value = number(breadth);
        } else if (q.kind == u"depth" || q.kind == u"depth-value" || q.kind == u"frequency") {
            double sum = 0;
            for (const auto &[u, up] : users)
                sum += q.kind == u"depth" ? up.events : q.kind == u"depth-value" ? up.valueSum : double(up.activeDates.size());
            value = ratio(sum, breadth);
        } else if (q.kind == u"stickiness" || q.kind == u"stickiness-cumulative" || q.kind == u"threshold") {
            int count = 0;
            for (const auto &[u, up] : users) {
                const int days = int(up.activeDates.size());
                count += q.kind == u"stickiness" ? days == q.k : q.kind == u"threshold" ? up.events >= q.k : days >= q.k;
            }
            value = number(count);
        } else if (q.kind == u"activation") {
            int activated = 0;
            for (const QString &u : newUsers) {
                const QDate f = firstSeen.at(u);
                const auto it = aDates.find(u);
                if (it == aDates.end())
                    continue;
                const auto hit = it->second.lower_bound(f);
                activated += hit != it->second.end() && f.daysTo(*hit) <= q.window - 1;
            }
            value = ratio(activated, double(newUsers.size()));
            isPartial = isPartial || endOf(p).addDays(q.window - 1) > lastDate;
        } else if (q.kind == u"time-to-value") {
            std::vector<qint64> days;
            for (const QString &u : newUsers) {
                if (const auto it = firstA.find(u); it != firstA.end())
                    days.push_back(firstSeen.at(u).daysTo(it->second));
            }
            std::sort(days.begin(), days.end());
            const std::size_t n = days.size();
            if (n > 0)
                value = number(n % 2 ? double(days[n / 2]) : (days[n / 2 - 1] + days[n / 2]) / 2.0);
        } else if (q.kind == u"lifecycle") {
            int fresh = 0, returning = 0, resurrecting = 0, dormant = 0;
            const auto before = [&](const QString &u) { return p > 0 && active[p - 1].count(u) > 0; };
            for (const auto &[u, up] : users) {
                const QDate f = firstSeen.at(u);
                if (f >= starts[p] && f <= endOf(p))
                    ++fresh;
                else if (before(u))
                    ++returning;
                else
                    ++resurrecting;
            }
            if (p > 0) {
                for (const auto &[u, up] : active[p - 1])
                    dormant += users.count(u) ? 0 : 1;
            }
            out += starts[p].toString(Qt::ISODate) + u',' + QString::number(fresh) + u',' + QString::number(returning)
                   + u',' + QString::number(resurrecting) + u',' + QString::number(-dormant) + u','
                   + (isPartial ? u'1' : u'0') + u'\n';
            continue;
        }
        out += starts[p].toString(Qt::ISODate) + u',' + value + u',' + (isPartial ? u'1' : u'0') + u'\n';
    }
    return out;
}

QList<Row> generate(int users, quint64 seed)
{
    // SplitMix64: the same rows on every platform.
    quint64 state = seed;
    const auto next = [&state] {
        quint64 z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    };
    const auto below = [&next](quint64 n) { return int(next() % n); };
    const QDate first(2024, 2, 19);
    const int days = int(first.daysTo(QDate(2024, 5, 12))) + 1;
    const QDate gapStart(2024, 4, 15);
    const QStringList countries{u"DE"_s, u"FR"_s, u"US"_s};
    QList<Row> rows;
    for (int u = 0; u < users; ++u) {
        const QString user = u"user%1"_s.arg(u);
        const QString country = countries[below(3)];
        const int join = u == 0 ? 0 : below(quint64(days - 7)); // user0 starts on the first day
        const int activity = 1 + below(4);                     // 1 = rare ... 4 = daily-ish
        const int awayFrom = below(quint64(days)), awayFor = below(3) * 7;
        for (int d = join; d < days; ++d) {
            const QDate date = first.addDays(d);
            if ((date >= gapStart && date < gapStart.addDays(7)) || (d >= awayFrom && d < awayFrom + awayFor))
                continue;
            if (d != join && below(5) >= activity)
                continue;
            const int events = 1 + below(3);
            for (int e = 0; e < events; ++e) {
                Row r;
                r.user = user;
                r.country = country;
                // Any second of the day, so that other timezones move events across dates.
                r.utcMs = QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() + qint64(below(86400)) * 1000;
                const int kind = below(10);
                // The first event of a user is a visit, so activation and time-to-value vary.
                r.event = (d == join && e == 0) || kind < 6 ? u"visit"_s : kind < 9 ? u"purchase"_s : u"share"_s;
                if (r.event == u"purchase")
                    r.value = double(below(4000)) / 4.0; // exact in binary: sums do not depend on order
                rows.append(r);
            }
        }
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.utcMs < b.utcMs; });
    return rows;
}

QByteArray toCsv(const QList<Row> &rows)
{
    QByteArray out = "user_id,timestamp,event,value,country\n";
    for (const Row &r : rows) {
        out += r.user.toUtf8() + ','
               + QDateTime::fromMSecsSinceEpoch(r.utcMs, QTimeZone::utc()).toString(Qt::ISODate).toUtf8() + ','
               + r.event.toUtf8() + ',' + (r.value ? QByteArray::number(*r.value, 'f', 2) : QByteArray()) + ','
               + r.country.toUtf8() + '\n';
    }
    return out;
}

} // namespace NorthStar::Reference
