#pragma once

// Helpers shared by the event store tests: fixture paths, generated CSV files, byte
// snapshots of a workspace.

#include "eventstore/importtypes.h"

#include <QByteArray>
#include <QString>

namespace NorthStar::TestSupport {

QString fixture(const QString &name);
QByteArray fileBytes(const QString &path);

// One event per day at 12:00 UTC for `days` days from `firstDay` (yyyy-MM-dd), for user
// `user`, event `event`, value = day number.
void writeDailyEvents(const QString &path, const QString &user, const QString &firstDay, int days,
                      const QString &event = QStringLiteral("visit"));
// `rows` events of `users` users, one every 10 s from 2024-01-01, ISO times.
void writeManyEvents(const QString &path, int rows, int users);

ImportRequest request(const QString &file);
// Sets the workspace's reporting timezone (the `timezone` setting).
void setReportingTimeZone(const QString &workspace, const QString &zone);

} // namespace NorthStar::TestSupport
