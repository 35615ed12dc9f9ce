#pragma once

// METRICS.md for the reference review: the calendar of periods and every metric's value per
// period, computed from raw events with QDate arithmetic and std containers.

#include "referencereview.h"

#include <QJsonObject>

#include <map>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace NorthStar::ReviewReference {

// A catalog metric's stored computation, read from its JSON by hand.
struct Spec
{
    QString kind;
    QStringList events; // empty: every event
    int k = 1;
    int window = 7;
    int threshold = 1;
    QString formula;
    std::optional<std::pair<QString, QString>> segment; // attribute, value
};
// Empty when the metric has no computation.
std::optional<Spec> parseSpec(const QJsonObject &json);
bool isCount(const QString &kind);
bool isRatio(const QString &kind);

// Periods of a grain from the one holding the first local date to the one holding the last.
class Calendar final
{
public:
    Calendar(bool month, int weekFirstDay, QDate firstDate, QDate lastDate);

    int count() const { return int(m_starts.size()) - 1; }
    QDate start(int i) const { return m_starts[std::size_t(i)]; }
    QDate end(int i) const { return m_starts[std::size_t(i) + 1].addDays(-1); }
    // Not partial: the data cover all of it.
    bool complete(int i) const { return i >= 0 && i < count() && start(i) >= m_first && end(i) <= m_last; }
    // -1 before the first period, count() after the last.
    int indexOf(QDate date) const;
    QDate firstDate() const { return m_first; }
    QDate lastDate() const { return m_last; }

private:
    QDate m_first, m_last;
    std::vector<QDate> m_starts; // plus the start of the period after the last
};

// A condition on users: attribute equals value, or (value empty) the user has no value.
struct UserCondition
{
    QString attribute;
    std::optional<QString> value;
};
using UserFilter = std::vector<UserCondition>;

struct PeriodValue
{
    std::optional<double> value;
    double numerator = 0.0;   // ratios: events, value sum, active dates, activated users
    double denominator = 0.0; // ratios: active users (new users for activation)
};

// The local date of each event in the timezone (QDateTime per event), in the events' order.
std::vector<QDate> localDates(const RawData &raw, const QString &timeZone);

// The events up to `cutDay` in the reporting timezone, and metric series over them.
class Values final
{
public:
    // `dates`: localDates(raw, the reporting timezone).
    Values(const RawData &raw, const std::vector<QDate> &dates, const WorkspaceData &model, const Calendar &calendar,
           QDate cutDay);

    // One value per period of the calendar (periods after cutDay see no events).
    std::vector<PeriodValue> series(const Spec &spec, const UserFilter &filter) const;
    // The stored computation of the catalog metric of that name (the lowest id).
    std::optional<Spec> specNamed(const QString &name) const;
    // The segments of an attribute among the users with an event up to cutDay: their values
    // (sorted), then "(none)" when some of them have none.
    QStringList segmentsOf(const QString &attribute) const;

private:
    struct Event
    {
        int user = 0;
        QDate date;
        int period = 0;
        QString name;
        double value = 0.0;
    };
    std::optional<QString> attributeOf(const QString &user, const QString &attribute) const;
    bool passes(int user, const UserFilter &filter) const;

    const RawData &m_raw;
    const WorkspaceData &m_model;
    const Calendar &m_calendar;
    std::vector<QString> m_users;    // index -> id, users with an event up to cutDay
    std::vector<QDate> m_firstSeen;  // index -> first local date of any event
    std::vector<Event> m_events;
    std::map<QString, std::vector<std::size_t>> m_eventsNamed; // indexes into m_events
};

} // namespace NorthStar::ReviewReference
