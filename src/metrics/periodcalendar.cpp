#include "metrics/periodcalendar.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace NorthStar {

namespace {

// QDate's Julian day of 1970-01-01, the epoch of LocalDay.
constexpr qint64 kEpochJulianDay = 2440588;

LocalDay floorMod7(LocalDay value)
{
    const LocalDay r = value % 7;
    return r < 0 ? r + 7 : r;
}

LocalDay nextPeriodStart(LocalDay start, Grain grain)
{
    switch (grain) {
    case Grain::Day:
        return start + 1;
    case Grain::Week:
        return start + 7;
    case Grain::Month:
        return PeriodCalendar::fromDate(PeriodCalendar::toDate(start).addMonths(1));
    }
    return start + 1;
}

} // namespace

QString grainName(Grain grain)
{
    switch (grain) {
    case Grain::Day:
        return u"day"_s;
    case Grain::Week:
        return u"week"_s;
    case Grain::Month:
        return u"month"_s;
    }
    return {};
}

Result<Grain> grainFromName(const QString &name)
{
    for (Grain grain : {Grain::Day, Grain::Week, Grain::Month}) {
        if (grainName(grain) == name)
            return grain;
    }
    return fail(QCoreApplication::translate("Metrics", "Unknown grain '%1': use day, week or month.").arg(name));
}

QString weekStartName(WeekStart weekStart)
{
    return weekStart == WeekStart::Monday ? u"monday"_s : u"sunday"_s;
}

Result<WeekStart> weekStartFromName(const QString &name)
{
    if (name == u"monday"_s)
        return WeekStart::Monday;
    if (name == u"sunday"_s)
        return WeekStart::Sunday;
    return fail(QCoreApplication::translate("Metrics", "Unknown week start '%1': use monday or sunday.").arg(name));
}

QDate PeriodCalendar::toDate(LocalDay day)
{
    return QDate::fromJulianDay(kEpochJulianDay + day);
}

LocalDay PeriodCalendar::fromDate(QDate date)
{
    return LocalDay(date.toJulianDay() - kEpochJulianDay);
}

LocalDay PeriodCalendar::periodStartOf(LocalDay day, Grain grain, WeekStart weekStart)
{
    switch (grain) {
    case Grain::Day:
        return day;
    case Grain::Week: {
        // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays, (day + 4) on Sundays.
        const LocalDay shift = weekStart == WeekStart::Monday ? 3 : 4;
        return day - floorMod7(day + shift);
    }
    case Grain::Month: {
        const QDate date = toDate(day);
        return fromDate(QDate(date.year(), date.month(), 1));
    }
    }
    return day;
}

PeriodCalendar::PeriodCalendar(Grain grain, WeekStart weekStart, LocalDay firstDay, LocalDay lastDay)
    : m_grain(grain), m_weekStart(weekStart), m_firstDay(firstDay), m_lastDay(lastDay)
{
    m_starts.clear();
    if (lastDay < firstDay) {
        m_starts.push_back(0);
        return;
    }
    m_periodOfDay.resize(std::size_t(lastDay - firstDay + 1));
    LocalDay start = periodStartOf(firstDay, grain, weekStart);
    int period = 0;
    while (start <= lastDay) {
        const LocalDay next = nextPeriodStart(start, grain);
        m_starts.push_back(start);
        for (LocalDay day = std::max(start, firstDay); day < next && day <= lastDay; ++day)
            m_periodOfDay[std::size_t(day - firstDay)] = period;
        start = next;
        ++period;
    }
    m_starts.push_back(start);
}

bool PeriodCalendar::isPartial(int period) const
{
    return periodStart(period) < m_firstDay || periodEnd(period) > m_lastDay;
}

} // namespace NorthStar
