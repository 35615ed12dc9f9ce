#include "generateddata.h"

#include "activity/activitybuilder.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

// A tiny LCG: the sequence is the same on every platform and standard library.
struct Rng
{
    quint64 state;
    quint32 next()
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(state >> 33);
    }
    int below(int n) { return int(next() % quint32(n)); }
};

qint64 utcMs(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

GeneratedData generateEvents(quint32 seed, int users)
{
    Rng rng{seed};
    const QStringList names{u"open"_s, u"booking"_s, u"message_sent"_s, u"call_started"_s};
    const QStringList countries{u"DE"_s, u"FR"_s, u"US"_s};
    const qint64 start = utcMs(2023, 1, 14, 5, 0);
    const qint64 end = utcMs(2024, 2, 9, 17, 0);
    const qint64 hour = 3'600'000;
    GeneratedData data;
    for (int u = 0; u < users; ++u) {
        const QString user = u"u%1"_s.arg(u);
        if (rng.below(5) > 0)
            data.country.insert(user, countries[rng.below(3)]);
        const qint64 joined = start + qint64(rng.below(int((end - start) / hour))) * hour + rng.below(3'600'000);
        const int count = 1 + rng.below(rng.below(4) == 0 ? 4 : 80);
        // Some users only ever open the app: they are never active for `booking`.
        const int nameSpan = rng.below(4) == 0 ? 1 : 4;
        qint64 at = joined;
        for (int i = 0; i < count && at < end; ++i) {
            RawEvent event;
            event.user = user;
            event.utcMs = at;
            event.name = names[rng.below(nameSpan)];
            if (rng.below(10) < 7)
                event.value = double(rng.below(10000)) / 100.0;
            data.events.append(event);
            // Gaps from minutes to weeks, with a few long pauses (resurrecting users).
            const int kind = rng.below(10);
            const qint64 gap = kind < 4 ? rng.below(int(3 * hour)) : kind < 8 ? rng.below(int(60 * hour)) + hour
                                                                               : qint64(rng.below(60 * 24)) * hour;
            at += gap + 1;
        }
    }
    // Every 15 minutes over the DST changes of both zones (UTC days around them).
    const QList<qint64> dstDays{utcMs(2023, 3, 25, 0, 0), utcMs(2023, 10, 28, 0, 0), utcMs(2023, 3, 11, 0, 0),
                                utcMs(2023, 11, 4, 0, 0)};
    for (qint64 day : dstDays) {
        for (qint64 at = day; at < day + 3 * 24 * hour; at += hour / 4)
            data.events.append(RawEvent{u"dst"_s, at, names[int((at / (hour / 4)) % 3)], 1.0});
    }
    data.country.insert(u"dst"_s, u"DE"_s);
    return data;
}

NorthStar::ActivityData buildActivity(const GeneratedData &data, const QTimeZone &zone, quint32 shuffleSeed)
{
    QList<qsizetype> order(data.events.size());
    std::iota(order.begin(), order.end(), 0);
    Rng rng{shuffleSeed};
    for (qsizetype i = order.size() - 1; i > 0; --i)
        std::swap(order[i], order[rng.below(int(i + 1))]);

    NorthStar::ActivityBuilder builder(zone);
    QHash<QString, NorthStar::UserIndex> users;
    QHash<QString, NorthStar::EventId> names;
    QStringList userKeys;
    QStringList eventNames;
    for (qsizetype index : order) {
        const RawEvent &event = data.events[index];
        auto user = users.constFind(event.user);
        if (user == users.cend()) {
            user = users.insert(event.user, NorthStar::UserIndex(userKeys.size()));
            userKeys.append(event.user);
        }
        auto name = names.constFind(event.name);
        if (name == names.cend()) {
            name = names.insert(event.name, NorthStar::EventId(eventNames.size()));
            eventNames.append(event.name);
        }
        builder.addEvent(*user, event.utcMs, *name, event.value);
    }
    NorthStar::ActivityData activity = std::move(builder.finish(eventNames, userKeys)).value();
    NorthStar::AttributeColumn country;
    country.name = u"country"_s;
    for (const QString &key : userKeys) {
        const QString value = data.country.value(key);
        if (!value.isEmpty() && !country.values.contains(value))
            country.values.append(value);
        country.valueOfUser.push_back(value.isEmpty() ? -1 : std::int32_t(country.values.indexOf(value)));
    }
    activity.attributes.push_back(country);
    return activity;
}
