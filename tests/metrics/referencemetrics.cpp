#include "referencemetrics.h"

#include <QDateTime>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

ReferenceMetrics::ReferenceMetrics(const GeneratedData &data, const QTimeZone &zone) : m_country(data.country)
{
    for (const RawEvent &raw : data.events) {
        const QDate date = QDateTime::fromMSecsSinceEpoch(raw.utcMs, zone).date();
        m_events.append(LocalEvent{raw.user, date, raw.name, raw.value.value_or(0.0)});
        if (!m_firstSeen.contains(raw.user) || date < m_firstSeen[raw.user])
            m_firstSeen[raw.user] = date;
        if (!m_minDate.isValid() || date < m_minDate)
            m_minDate = date;
        if (!m_maxDate.isValid() || date > m_maxDate)
            m_maxDate = date;
    }
}

QDate ReferenceMetrics::periodStart(const ReferenceQuery &query, QDate date) const
{
    if (query.grain == u"day"_s)
        return date;
    if (query.grain == u"month"_s)
        return QDate(date.year(), date.month(), 1);
    // dayOfWeek: Monday 1 ... Sunday 7.
    return query.sundayWeeks ? date.addDays(-(date.dayOfWeek() % 7)) : date.addDays(-(date.dayOfWeek() - 1));
}

QDate ReferenceMetrics::periodEnd(const ReferenceQuery &query, QDate start) const
{
    if (query.grain == u"day"_s)
        return start;
    if (query.grain == u"month"_s)
        return start.addMonths(1).addDays(-1);
    return start.addDays(6);
}

QList<ReferenceRow> ReferenceMetrics::compute(const ReferenceQuery &query, const QString &kind,
                                              const QStringList &events, int parameter) const
{
    QList<QDate> starts;
    for (QDate s = periodStart(query, m_minDate); s <= m_maxDate; s = periodEnd(query, s).addDays(1))
        starts.append(s);

    auto inSegment = [&](const QString &user) {
        return query.segmentCountry.isEmpty() || m_country.value(user) == query.segmentCountry;
    };
    auto inCore = [&](const QString &name) { return events.isEmpty() || events.contains(name); };

    // period start -> user -> (events, value sum, dates)
    struct UserPeriod
    {
        int events = 0;
        double values = 0.0;
        QSet<QDate> dates;
    };
    QMap<QDate, QMap<QString, UserPeriod>> active;
    QMap<QString, QDate> firstCore; // user -> date of first event in A
    for (const LocalEvent &event : m_events) {
        if (!inSegment(event.user) || !inCore(event.name))
            continue;
        UserPeriod &up = active[periodStart(query, event.date)][event.user];
        up.events += 1;
        up.values += event.value;
        up.dates.insert(event.date);
        if (!firstCore.contains(event.user) || event.date < firstCore[event.user])
            firstCore[event.user] = event.date;
    }

    QList<ReferenceRow> rows;
    for (int i = 0; i < starts.size(); ++i) {
        const QDate start = starts[i];
        const QDate end = periodEnd(query, start);
        ReferenceRow row;
        row.start = start;
        row.partial = start < m_minDate || end > m_maxDate;
        const QMap<QString, UserPeriod> users = active.value(start);
        const double breadth = users.size();
        double eventCount = 0, values = 0, dates = 0, matching = 0;
        for (const UserPeriod &up : users) {
            eventCount += up.events;
            values += up.values;
            dates += up.dates.size();
            if ((kind == u"stickiness"_s && up.dates.size() == parameter)
                || (kind == u"stickiness-cumulative"_s && up.dates.size() >= parameter)
                || (kind == u"threshold"_s && up.events >= parameter))
                matching += 1;
        }
        if (kind == u"breadth"_s)
            row.value = breadth;
        else if (kind == u"depth"_s && breadth > 0)
            row.value = eventCount / breadth;
        else if (kind == u"depth-value"_s && breadth > 0)
            row.value = values / breadth;
        else if (kind == u"frequency"_s && breadth > 0)
            row.value = dates / breadth;
        else if (kind == u"stickiness"_s || kind == u"stickiness-cumulative"_s || kind == u"threshold"_s)
            row.value = matching;

        if (kind == u"activation"_s || kind == u"time-to-value"_s) {
            int cohort = 0, activated = 0;
            QList<int> days;
            for (auto it = m_firstSeen.cbegin(); it != m_firstSeen.cend(); ++it) {
                if (!inSegment(it.key()) || periodStart(query, it.value()) != start)
                    continue;
                ++cohort;
                if (!firstCore.contains(it.key()))
                    continue;
                const qint64 d = it.value().daysTo(firstCore[it.key()]);
                if (d >= 0 && d <= parameter - 1)
                    ++activated;
                days.append(int(d));
            }
            if (kind == u"activation"_s) {
                if (cohort > 0)
                    row.value = double(activated) / cohort;
                row.partial = row.partial || end.addDays(parameter - 1) > m_maxDate;
            } else if (!days.isEmpty()) {
                std::sort(days.begin(), days.end());
                const int n = int(days.size());
                row.value = n % 2 ? days[n / 2] : (days[n / 2 - 1] + days[n / 2]) / 2.0;
            }
        }
        if (kind == u"lifecycle"_s) {
            const QSet<QString> now(users.keyBegin(), users.keyEnd());
            QSet<QString> before;
            if (i > 0) {
                const QMap<QString, UserPeriod> previous = active.value(starts[i - 1]);
                before = QSet<QString>(previous.keyBegin(), previous.keyEnd());
            }
            for (const QString &user : now) {
                if (periodStart(query, m_firstSeen[user]) == start)
                    ++row.counts[0];
                else if (before.contains(user))
                    ++row.counts[1];
                else
                    ++row.counts[2];
            }
            for (const QString &user : before) {
                if (!now.contains(user))
                    --row.counts[3];
            }
        }
        rows.append(row);
    }
    return rows;
}
