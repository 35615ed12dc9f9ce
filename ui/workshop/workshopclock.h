#pragma once

// The time a workshop runs on. The window uses the system clock; tests drive a manual one,
// so a whole session runs in milliseconds without sleeping.

#include <QDateTime>
#include <QObject>

class QTimer;

namespace NorthStar {

class WorkshopClock : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual QDateTime now() const = 0; // UTC

signals:
    // About once a second (the system clock), or whenever a test moves the time.
    void ticked();
};

class SystemWorkshopClock final : public WorkshopClock
{
    Q_OBJECT

public:
    explicit SystemWorkshopClock(QObject *parent = nullptr);
    QDateTime now() const override;

private:
    QTimer *m_timer;
};

class ManualWorkshopClock final : public WorkshopClock
{
    Q_OBJECT

public:
    explicit ManualWorkshopClock(const QDateTime &start, QObject *parent = nullptr);
    QDateTime now() const override { return m_now; }
    void setNow(const QDateTime &now);
    void advance(qint64 seconds);

private:
    QDateTime m_now;
};

} // namespace NorthStar
