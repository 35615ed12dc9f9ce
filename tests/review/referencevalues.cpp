#include "referencevalues.h"

#include "referencemath.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>
#include <bit>
#include <map>

using namespace Qt::StringLiterals;

namespace NorthStar::ReviewReference {

std::optional<Spec> parseSpec(const QJsonObject &json)
{
    if (json.isEmpty() || !json.value(u"kind"_s).isString())
        return std::nullopt;
    Spec spec;
    spec.kind = json.value(u"kind"_s).toString();
    for (const QJsonValue &e : json.value(u"events"_s).toArray())
        spec.events.append(e.toString());
    spec.k = json.value(u"k"_s).toInt(1);
    spec.window = json.value(u"window"_s).toInt(7);
    spec.threshold = json.value(u"threshold"_s).toInt(1);
    spec.formula = json.value(u"formula"_s).toString();
    const QString segment = json.value(u"segment"_s).toString();
    if (const qsizetype eq = segment.indexOf(u'='); eq > 0)
        spec.segment = std::make_pair(segment.left(eq).trimmed(), segment.mid(eq + 1).trimmed());
    return spec;
}

bool isCount(const QString &kind)
{
    return kind == u"breadth" || kind == u"threshold" || kind == u"stickiness" || kind == u"stickiness-cumulative"
           || kind == u"lifecycle";
}

bool isRatio(const QString &kind)
{
    return kind == u"depth" || kind == u"depth-value" || kind == u"frequency" || kind == u"activation";
}

// ---- calendar ------------------------------------------------------------------------

namespace {

QDate periodStartOf(QDate date, bool month, int weekFirstDay)
{
    if (month)
        return QDate(date.year(), date.month(), 1);
    return date.addDays(-((date.dayOfWeek() - weekFirstDay + 7) % 7));
}

} // namespace

Calendar::Calendar(bool month, int weekFirstDay, QDate firstDate, QDate lastDate)
    : m_first(firstDate), m_last(lastDate)
{
    QDate s = periodStartOf(firstDate, month, weekFirstDay);
    while (s <= lastDate) {
        m_starts.push_back(s);
        s = month ? s.addMonths(1) : s.addDays(7);
    }
    m_starts.push_back(s);
}

int Calendar::indexOf(QDate date) const
{
    if (date < m_starts.front())
        return -1;
    for (int i = 0; i < count(); ++i) {
        if (date <= end(i))
            return i;
    }
    return count();
}

// ---- values --------------------------------------------------------------------------

std::vector<QDate> localDates(const RawData &raw, const QString &timeZone)
{
    const QTimeZone zone(timeZone.toUtf8());
    std::vector<QDate> dates;
    dates.reserve(raw.events.size());
    for (const RawEvent &r : raw.events)
        dates.push_back(QDateTime::fromMSecsSinceEpoch(r.utcMs, zone).date());
    return dates;
}

Values::Values(const RawData &raw, const std::vector<QDate> &dates, const WorkspaceData &model, const Calendar &calendar,
               QDate cutDay)
    : m_raw(raw), m_model(model), m_calendar(calendar)
{
    QHash<QString, int> index;
    m_events.reserve(raw.events.size());
    for (std::size_t i = 0; i < raw.events.size(); ++i) {
        const RawEvent &r = raw.events[i];
        const QDate date = dates[i];
        if (date > cutDay)
            continue;
        auto it = index.constFind(r.user);
        if (it == index.constEnd()) {
            it = index.insert(r.user, int(m_users.size()));
            m_users.push_back(r.user);
            m_firstSeen.push_back(date);
        }
        const int user = it.value();
        m_firstSeen[std::size_t(user)] = std::min(m_firstSeen[std::size_t(user)], date);
        m_eventsNamed[r.event].push_back(m_events.size());
        m_events.push_back({user, date, calendar.indexOf(date), r.event, r.value.value_or(0.0)});
    }
}

std::optional<QString> Values::attributeOf(const QString &user, const QString &attribute) const
{
    const auto attributes = m_raw.attributes.find(user);
    if (attributes == m_raw.attributes.end())
        return std::nullopt;
    const auto it = attributes->second.find(attribute);
    if (it == attributes->second.end())
        return std::nullopt;
    return it->second;
}

bool Values::passes(int user, const UserFilter &filter) const
{
    for (const UserCondition &c : filter) {
        if (attributeOf(m_users[std::size_t(user)], c.attribute) != c.value)
            return false;
    }
    return true;
}

std::optional<Spec> Values::specNamed(const QString &name) const
{
    for (const Metric &m : m_model.metrics) { // QMap: by id, so the lowest id wins
        if (m.name == name)
            return parseSpec(m.computation);
    }
    return std::nullopt;
}

QStringList Values::segmentsOf(const QString &attribute) const
{
    std::set<QString> values;
    bool someoneWithout = false;
    for (const QString &user : m_users) {
        if (const auto value = attributeOf(user, attribute))
            values.insert(*value);
        else
            someoneWithout = true;
    }
    QStringList out(values.begin(), values.end());
    if (someoneWithout)
        out.append(noneSegment);
    return out;
}

namespace {

struct UserPeriod
{
    quint32 dates = 0; // bit d: a core-action event on day d of the period (at most 31)
    int events = 0;
    int dateCount() const { return std::popcount(dates); }
    double valueSum = 0.0;
};

} // namespace

std::vector<PeriodValue> Values::series(const Spec &spec, const UserFilter &outer) const
{
    const int periods = m_calendar.count();
    std::vector<PeriodValue> out(static_cast<std::size_t>(periods));
    UserFilter filter = outer;
    if (spec.segment)
        filter.push_back({spec.segment->first, spec.segment->second});

    if (spec.kind == u"formula") {
        const auto formula = Formula::parse(spec.formula);
        if (!formula)
            return out;
        std::vector<std::vector<PeriodValue>> operands;
        for (const QString &name : formula->operands()) {
            const auto operandSpec = specNamed(name);
            operands.push_back(operandSpec ? series(*operandSpec, filter) : std::vector<PeriodValue>(std::size_t(periods)));
        }
        for (int p = 0; p < periods; ++p) {
            std::vector<std::optional<double>> x;
            for (const auto &o : operands)
                x.push_back(o[std::size_t(p)].value);
            out[std::size_t(p)].value = formula->evaluate(x);
        }
        return out;
    }

    std::vector<bool> inFilter(m_users.size());
    for (std::size_t u = 0; u < m_users.size(); ++u)
        inFilter[u] = passes(int(u), filter);

    std::vector<std::map<int, UserPeriod>> active(static_cast<std::size_t>(periods));
    const bool cohort = spec.kind == u"activation" || spec.kind == u"time-to-value";
    std::map<int, std::set<QDate>> coreDates; // every core-action date per user (cohort kinds)
    // The events of the core action (every event when it is empty), name by name.
    for (const auto &[name, indexes] : m_eventsNamed) {
        if (!spec.events.isEmpty() && !spec.events.contains(name))
            continue;
        for (std::size_t i : indexes) {
            const Event &e = m_events[i];
            if (!inFilter[std::size_t(e.user)])
                continue;
            UserPeriod &up = active[std::size_t(e.period)][e.user];
            up.dates |= 1u << m_calendar.start(e.period).daysTo(e.date);
            up.events += 1;
            up.valueSum += e.value;
            if (cohort)
                coreDates[e.user].insert(e.date);
        }
    }
    const auto firstSeenIn = [&](int user, int p) {
        const QDate f = m_firstSeen[std::size_t(user)];
        return f >= m_calendar.start(p) && f <= m_calendar.end(p);
    };

    for (int p = 0; p < periods; ++p) {
        const auto &users = active[std::size_t(p)];
        PeriodValue &v = out[std::size_t(p)];
        const double breadth = double(users.size());
        if (spec.kind == u"breadth") {
            v.value = breadth;
        } else if (spec.kind == u"depth" || spec.kind == u"depth-value" || spec.kind == u"frequency") {
            for (const auto &[u, up] : users)
                v.numerator += spec.kind == u"depth" ? up.events : spec.kind == u"depth-value" ? up.valueSum : double(up.dateCount());
            v.denominator = breadth;
            if (breadth > 0)
                v.value = v.numerator / v.denominator;
        } else if (spec.kind == u"stickiness" || spec.kind == u"stickiness-cumulative" || spec.kind == u"threshold") {
            int count = 0;
            for (const auto &[u, up] : users) {
                const int days = up.dateCount();
                count += spec.kind == u"stickiness" ? days == spec.k : spec.kind == u"threshold" ? up.events >= spec.threshold : days >= spec.k;
            }
            v.value = count;
        } else if (spec.kind == u"lifecycle") {
            // The reviewed value: new + returning + resurrecting.
            int fresh = 0, returning = 0, resurrecting = 0;
            for (const auto &[u, up] : users) {
                if (firstSeenIn(u, p))
                    ++fresh;
                else if (p > 0 && active[std::size_t(p - 1)].count(u))
                    ++returning;
                else
                    ++resurrecting;
            }
            v.value = fresh + returning + resurrecting;
        } else if (spec.kind == u"activation" || spec.kind == u"time-to-value") {
            std::vector<double> days;
            for (std::size_t u = 0; u < m_users.size(); ++u) {
                if (!inFilter[u] || !firstSeenIn(int(u), p))
                    continue;
                v.denominator += 1;
                const QDate f = m_firstSeen[u];
                const auto it = coreDates.find(int(u));
                if (it == coreDates.end())
                    continue;
                const auto hit = it->second.lower_bound(f);
                if (hit == it->second.end())
                    continue;
                if (f.daysTo(*hit) <= spec.window - 1)
                    v.numerator += 1;
                days.push_back(double(f.daysTo(*hit)));
            }
            if (spec.kind == u"activation" && v.denominator > 0)
                v.value = v.numerator / v.denominator;
            if (spec.kind == u"time-to-value" && !days.empty())
                v.value = median(days);
        }
    }
    return out;
}

} // namespace NorthStar::ReviewReference
