#pragma once

// The calendar of METRICS.md: periods of a grain (day, week, month) in the reporting
// timezone, labelled by their first local date, from the first period holding data to the
// last. The metric passes look up the period of a local day once per entry, so the lookup is
// a table indexed by day (a year of data is 365 ints) instead of date arithmetic.

#include "common/result.h"
#include "activity/activity.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace NorthStar {

enum class Grain { Day, Week, Month };
enum class WeekStart { Monday, Sunday };

QString grainName(Grain grain);
Result<Grain> grainFromName(const QString &name);
QString weekStartName(WeekStart weekStart);
Result<WeekStart> weekStartFromName(const QString &name);

class PeriodCalendar final
{
public:
    PeriodCalendar() = default; // no data: no periods
    // Periods covering the local days firstDay .. lastDay (inclusive, firstDay <= lastDay).
    PeriodCalendar(Grain grain, WeekStart weekStart, LocalDay firstDay, LocalDay lastDay);

    static QDate toDate(LocalDay day);
    static LocalDay fromDate(QDate date);
    // First local day of the period containing `day`.
    static LocalDay periodStartOf(LocalDay day, Grain grain, WeekStart weekStart);

    Grain grain() const { return m_grain; }
    WeekStart weekStart() const { return m_weekStart; }
    LocalDay firstDay() const { return m_firstDay; }
    LocalDay lastDay() const { return m_lastDay; }

    int periodCount() const { return int(m_starts.size()) - 1; }
    LocalDay periodStart(int period) const { return m_starts[std::size_t(period)]; }
    // Last local day of the period (inclusive).
    LocalDay periodEnd(int period) const { return m_starts[std::size_t(period) + 1] - 1; }
    int dayCount(int period) const { return periodEnd(period) - periodStart(period) + 1; }
    QDate startDate(int period) const { return toDate(periodStart(period)); }
    // The data do not cover the whole period (METRICS.md "partial").
    bool isPartial(int period) const;

    // Period index of a local day inside firstDay .. lastDay; the hot path of every metric.
    int periodOf(LocalDay day) const { return m_periodOfDay[std::size_t(day - m_firstDay)]; }
    bool contains(LocalDay day) const { return day >= m_firstDay && day <= m_lastDay && !m_periodOfDay.empty(); }

private:
    Grain m_grain = Grain::Week;
    WeekStart m_weekStart = WeekStart::Monday;
    LocalDay m_firstDay = 0;
    LocalDay m_lastDay = -1;
    std::vector<LocalDay> m_starts{0}; // period starts plus the start of the period after the last
    std::vector<int> m_periodOfDay;    // index: day - m_firstDay
};

} // namespace NorthStar
