#include "workshop/workshopclock.h"

#include <QTimer>

namespace NorthStar {

SystemWorkshopClock::SystemWorkshopClock(QObject *parent)
    : WorkshopClock(parent)
    , m_timer(new QTimer(this))
{
    // Four ticks a second: the shown seconds change within a quarter second of the real ones.
    m_timer->setInterval(250);
    m_timer->setTimerType(Qt::CoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &WorkshopClock::ticked);
    m_timer->start();
}

QDateTime SystemWorkshopClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualWorkshopClock::ManualWorkshopClock(const QDateTime &start, QObject *parent)
    : WorkshopClock(parent)
    , m_now(start.toUTC())
{
}

void ManualWorkshopClock::setNow(const QDateTime &now)
{
    m_now = now.toUTC();
    emit ticked();
}

void ManualWorkshopClock::advance(qint64 seconds)
{
    setNow(m_now.addSecs(seconds));
}

} // namespace NorthStar
