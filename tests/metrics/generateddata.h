#pragma once

// Deterministic raw events for the metric tests: a few hundred users over ~13 months with
// both DST changes of Europe/Berlin and America/New_York inside, plus a user with an event
// every 15 minutes around each DST change. Nothing here computes a metric.

#include "activity/activity.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>

#include <optional>

struct RawEvent
{
    QString user;
    qint64 utcMs = 0;
    QString name;
    std::optional<double> value;
};

struct GeneratedData
{
    QList<RawEvent> events;
    QMap<QString, QString> country; // users without a country are absent
};

GeneratedData generateEvents(quint32 seed, int users);

// Feeds `events` to ActivityBuilder in a shuffled order (seeded) and adds the country
// attribute column, as the importer would.
NorthStar::ActivityData buildActivity(const GeneratedData &data, const QTimeZone &zone, quint32 shuffleSeed);
