#include "reviewdata.h"

#include "eventstore/eventimport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace NorthStar::ReviewTest {

using ReviewReference::RawEvent;

namespace {

// SplitMix64: the same numbers on every platform.
class Random final
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    double uniform() { return double(next() >> 11) / double(1ULL << 53); }

private:
    quint64 m_state;
};

qint64 atRandomTime(QDate date, Random &random)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() + qint64(random.below(86400)) * 1000;
}

const QDate plantedFirst(2025, 1, 8);
const QDate plantedLast(2025, 8, 6);

int weekOf(QDate date)
{
    return int(plantedWeek(0).daysTo(date) / 7);
}

struct PlantedUser
{
    QString id;
    QDate join;
    double activity = 0.0; // chance of visiting in a week
};

// Generates the planted data; kept in one object so the behaviours can share the users.
class Planter final
{
public:
    explicit Planter(quint64 seed) : m_random(seed) { m_data.attributeNames = {u"country"_s, u"plan"_s}; }

    RawData run()
    {
        addUsers();
        for (const PlantedUser &u : m_base)
            visits(u);
        for (int w = 1; w <= 30; ++w)
            plannedWeek(w);
        exports();
        event(m_base.front().id, plantedLast, u"visit"_s); // the data end on Wednesday 08-06
        std::stable_sort(m_data.events.begin(), m_data.events.end(),
                         [](const RawEvent &a, const RawEvent &b) { return a.utcMs < b.utcMs; });
        return m_data;
    }

private:
    void event(const QString &user, QDate date, const QString &name)
    {
        m_data.events.push_back({user, atRandomTime(date, m_random), name, std::nullopt});
    }

    PlantedUser &addUser(std::vector<PlantedUser> &group, const QString &id, QDate join, const QString &country,
                         const QString &plan)
    {
        group.push_back({id, join, 0.3 + 0.6 * m_random.uniform()});
        if (!country.isEmpty())
            m_data.attributes[id][u"country"_s] = country;
        m_data.attributes[id][u"plan"_s] = plan;
        // The first event of every user is a visit on the day they join.
        event(id, join, u"visit"_s);
        return group.back();
    }

    void addUsers()
    {
        const QStringList countries{u"DE"_s, u"FR"_s, u"US"_s, QString()};
        for (int i = 0; i < 600; ++i) {
            // 250 users from the first week (user 0 on the first day), 350 over weeks 1 .. 29.
            const QDate join = i == 0 ? plantedFirst
                               : i < 250 ? plantedFirst.addDays(m_random.below(5))
                                         : QDate(2025, 1, 13).addDays(m_random.below(203));
            const int c = m_random.below(100);
            const QString country = countries[c < 35 ? 0 : c < 60 ? 1 : c < 85 ? 2 : 3];
            const PlantedUser &u = addUser(m_base, u"u%1"_s.arg(i, 4, 10, QChar(u'0')), join, country,
                                           m_random.below(10) < 7 ? u"free"_s : u"pro"_s);
            // Activation: setup within 0 .. 9 days of joining (7 days count), for about half.
            if (m_random.uniform() < 0.55) {
                const QDate setup = u.join.addDays(m_random.below(10));
                if (setup <= plantedLast)
                    event(u.id, setup, u"setup"_s);
            }
        }
        std::vector<PlantedUser> special;
        for (int i = 0; i < 20; ++i) {
            const PlantedUser &u = addUser(special, u"nl%1"_s.arg(i), plantedFirst.addDays(m_random.below(5)), u"NL"_s,
                                           u"free"_s);
            for (int w = 1; w <= 28; ++w) // gone in weeks 29 and 30
                event(u.id, plantedWeek(w).addDays(m_random.below(7)), u"visit"_s);
        }
        for (int i = 0; i < 12; ++i) {
            const PlantedUser &u = addUser(special, u"team%1"_s.arg(i), plantedWeek(plantedP).addDays(m_random.below(7)),
                                           u"US"_s, u"team"_s);
            const QDate again = u.join.addDays(m_random.below(3));
            if (again < plantedWeek(plantedP + 1))
                event(u.id, again, u"visit"_s);
        }
    }

    // A random day of week w on or after `from`, inside the data.
    QDate dayIn(int w, QDate from)
    {
        const QDate lo = std::max({plantedWeek(w), from, plantedFirst});
        const QDate hi = std::min(plantedWeek(w).addDays(6), plantedLast);
        return lo.addDays(m_random.below(int(lo.daysTo(hi)) + 1));
    }

    void visits(const PlantedUser &u)
    {
        for (int w = weekOf(u.join); w <= 30; ++w) {
            if (w != weekOf(u.join) && m_random.uniform() >= u.activity)
                continue;
            const int days = 1 + m_random.below(2);
            for (int d = 0; d < days; ++d) {
                const QDate date = dayIn(w, u.join);
                for (int e = 1 + m_random.below(2); e > 0; --e)
                    event(u.id, date, u"visit"_s);
            }
        }
    }

    // `count` distinct users who joined before week w, at random.
    std::vector<const PlantedUser *> pick(int w, int count)
    {
        std::vector<const PlantedUser *> eligible;
        for (const PlantedUser &u : m_base) {
            if (weekOf(u.join) < w)
                eligible.push_back(&u);
        }
        Q_ASSERT(int(eligible.size()) >= count);
        for (int i = 0; i < count; ++i)
            std::swap(eligible[std::size_t(i)], eligible[std::size_t(i + m_random.below(int(eligible.size()) - i))]);
        eligible.resize(std::size_t(count));
        return eligible;
    }

    int noise() { return m_random.below(3) - 1; }

    // 20 .. 29 users export 1 .. 3 times a week, nobody in week 12 (an empty depth). Drawn from
    // a random sequence of their own, so they change nothing else.
    void exports()
    {
        Random random(m_random.next());
        for (int w = 1; w <= 30; ++w) {
            if (w == 12)
                continue;
            for (int i = 0, n = 20 + random.below(10); i < n; ++i) {
                const PlantedUser &u = m_base[std::size_t(random.below(250))]; // joined in week 0
                for (int e = 1 + random.below(3); e > 0; --e) {
                    const QDate lo = plantedWeek(w), hi = std::min(plantedWeek(w).addDays(6), plantedLast);
                    const QDate date = lo.addDays(random.below(int(lo.daysTo(hi)) + 1));
                    m_data.events.push_back({u.id, atRandomTime(date, random), u"export"_s, std::nullopt});
                }
            }
        }
    }

    void plannedWeek(int w)
    {
        const int searchers = 100 + 2 * w + noise() + (w >= 11 ? 15 : 0) + (w >= 21 ? 36 : 0);
        const double perSearcher = 2.0 + 0.02 * (2 * m_random.uniform() - 1) - (w >= 18 ? 0.4 : 0.0);
        const auto searching = pick(w, searchers);
        std::vector<int> searches(searching.size(), 1);
        for (int extra = int(std::lround(perSearcher * searchers)) - searchers; extra > 0; --extra)
            ++searches[std::size_t(m_random.below(searchers))];
        for (std::size_t i = 0; i < searching.size(); ++i) {
            for (int e = 0; e < searches[i]; ++e)
                event(searching[i]->id, dayIn(w, {}), u"search"_s);
        }
        const int sharers = 60 + w + noise() - (w >= 10 ? 12 : 0) + (w >= 19 ? 5 : 0);
        for (const PlantedUser *u : pick(w, sharers)) {
            for (int e = 1 + m_random.below(3); e > 0; --e)
                event(u->id, dayIn(w, {}), u"share"_s);
        }
        const int savers = 50 + w + noise() + (w == plantedP ? 20 : 0);
        for (const PlantedUser *u : pick(w, savers)) {
            event(u->id, dayIn(w, {}), u"save"_s);
            m_data.events.back().value = m_random.below(400) / 4.0; // exact in binary: sums in any order agree
        }
        const int complainers = 10 + noise() + (w == plantedP ? 10 : 0);
        for (const PlantedUser *u : pick(w, complainers))
            event(u->id, dayIn(w, {}), u"complaint"_s);
    }

    Random m_random;
    RawData m_data;
    std::vector<PlantedUser> m_base;
};

} // namespace

QDate plantedWeek(int w)
{
    return QDate(2025, 1, 6).addDays(7 * w);
}

RawData plantedEvents(quint64 seed)
{
    return Planter(seed).run();
}

RawData handWorkedEvents()
{
    RawData data;
    data.attributeNames = {u"country"_s, u"plan"_s};
    const QDate previous(2025, 3, 3), current(2025, 3, 10);
    qint64 second = 0; // distinct, increasing times of day
    const auto add = [&](const QString &user, QDate date, const QString &name, int times) {
        for (int i = 0; i < times; ++i)
            data.events.push_back({user, QDateTime(date, QTime(8, 0), QTimeZone::utc()).toMSecsSinceEpoch() + 1000 * ++second,
                                   name, std::nullopt});
    };
    const auto user = [&](const QString &id, const QString &country) {
        if (!country.isEmpty())
            data.attributes[id][u"country"_s] = country;
        data.attributes[id][u"plan"_s] = u"free"_s;
        return id;
    };
    for (int i = 1; i <= 6; ++i) { // DE: 2 events each, 6 users in P-1, 5 in P
        const QString id = user(u"d%1"_s.arg(i), u"DE"_s);
        add(id, previous.addDays(i - 1), u"ea"_s, 2);
        if (i <= 5)
            add(id, current.addDays(i - 1), u"ea"_s, 2);
    }
    for (int i = 1; i <= 4; ++i) // NL: 1 event each, only in P-1
        add(user(u"n%1"_s.arg(i), u"NL"_s), previous.addDays(i), u"ea"_s, 1);
    for (int i = 1; i <= 4; ++i) // FR: 3 events each, only in P
        add(user(u"f%1"_s.arg(i), u"FR"_s), current.addDays(i), u"ea"_s, 3);
    for (int i = 1; i <= 3; ++i) // no country: 1 event each, only in P (the last on Sunday 03-16)
        add(user(u"x%1"_s.arg(i), QString()), current.addDays(3 + i), u"ea"_s, 1);
    for (int i = 1; i <= 6; ++i) {
        const QString id = user(u"b%1"_s.arg(i), u"DE"_s);
        if (i <= 5)
            add(id, previous.addDays(i), u"eb"_s, 1);
        add(id, current.addDays(i), u"eb"_s, 1);
    }
    for (int i = 1; i <= 2; ++i) // e: 0 -> 2
        add(user(u"e%1"_s.arg(i), QString()), current.addDays(i), u"ee"_s, 1);
    for (int i = 1; i <= 4; ++i) {
        const QString id = user(u"c%1"_s.arg(i), u"FR"_s);
        add(id, previous.addDays(i + 1), u"ec"_s, 1);
        if (i == 1)
            add(id, current.addDays(2), u"ec"_s, 1);
    }
    std::stable_sort(data.events.begin(), data.events.end(),
                     [](const RawEvent &a, const RawEvent &b) { return a.utcMs < b.utcMs; });
    return data;
}

RawData eventsUpTo(const RawData &data, QDate lastDay)
{
    RawData out = data;
    out.events.clear();
    for (const RawEvent &e : data.events) {
        if (QDateTime::fromMSecsSinceEpoch(e.utcMs, QTimeZone::utc()).date() <= lastDay)
            out.events.push_back(e);
    }
    return out;
}

QString importEvents(const QString &workspace, const RawData &data)
{
    QByteArray csv = "user_id,timestamp,event,value";
    for (const QString &a : data.attributeNames)
        csv += ',' + a.toUtf8();
    csv += '\n';
    for (const RawEvent &e : data.events) {
        csv += e.user.toUtf8() + ','
               + QDateTime::fromMSecsSinceEpoch(e.utcMs, QTimeZone::utc()).toString(Qt::ISODate).toUtf8() + ','
               + e.event.toUtf8() + ',' + (e.value ? QByteArray::number(*e.value, 'g', 17) : QByteArray());
        const auto attributes = data.attributes.find(e.user);
        for (const QString &a : data.attributeNames) {
            csv += ',';
            if (attributes != data.attributes.end()) {
                if (const auto it = attributes->second.find(a); it != attributes->second.end())
                    csv += it->second.toUtf8();
            }
        }
        csv += '\n';
    }
    const QString file = workspace + u".csv"_s;
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(csv) != csv.size())
        return u"cannot write "_s + file;
    f.close();
    ImportRequest request;
    request.file = file;
    request.attributeColumns = data.attributeNames;
    const auto summary = EventImport::run(workspace, request);
    if (!summary)
        return summary.error();
    if (summary->imported != qint64(data.events.size()) || summary->rejected != 0)
        return u"imported %1 of %2 rows"_s.arg(summary->imported).arg(data.events.size());
    return {};
}

Id treeNamed(const WorkspaceData &data, const QString &name)
{
    const Tree *tree = data.treeNamed(name);
    return tree ? tree->id : 0;
}

} // namespace NorthStar::ReviewTest
