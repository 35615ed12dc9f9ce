#pragma once

// A year of usage events for the demo's language-learning app, generated deterministically:
// the same file on every machine. The shipped work items of the demo tree leave visible
// traces (more new users after the referral rewards, more learning days after the streak
// reminders, ...), so the charts show what a leader would look for.

#include "common/result.h"

#include <QDate>
#include <QString>

namespace NorthStar::DemoEvents {

// The period the demo data covers: 52 Monday-to-Sunday weeks.
QDate firstDay();
QDate lastDay();

// Writes `user_id,timestamp,event,value,country,plan` rows (timestamps ISO 8601 UTC).
// Returns the number of rows written.
Result<qint64> write(const QString &csvPath);

} // namespace NorthStar::DemoEvents
