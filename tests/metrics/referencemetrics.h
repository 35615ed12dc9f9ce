#pragma once

// A deliberately plain reference for METRICS.md, written straight from the definitions:
// a QDateTime per event, QMap / QSet everywhere, no code shared with the engine. Slow and
// obvious on purpose; the engine must agree with it number for number.

#include "generateddata.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QTimeZone>

#include <optional>

struct ReferenceRow
{
    QDate start;
    std::optional<double> value;
    bool partial = false;
    qint64 counts[4] = {0, 0, 0, 0}; // lifecycle: new, returning, resurrecting, dormant
};

struct ReferenceQuery
{
    QString grain;          // "day", "week", "month"
    bool sundayWeeks = false;
    QString segmentCountry; // empty: every user
};

class ReferenceMetrics
{
public:
    ReferenceMetrics(const GeneratedData &data, const QTimeZone &zone);

    // kind: the CLI names; `events` empty = every event.
    QList<ReferenceRow> compute(const ReferenceQuery &query, const QString &kind, const QStringList &events,
                                int parameter) const;

private:
    struct LocalEvent
    {
        QString user;
        QDate date;
        QString name;
        double value = 0.0;
    };
    QDate periodStart(const ReferenceQuery &query, QDate date) const;
    QDate periodEnd(const ReferenceQuery &query, QDate start) const;

    QList<LocalEvent> m_events;
    QMap<QString, QString> m_country;
    QMap<QString, QDate> m_firstSeen;
    QDate m_minDate;
    QDate m_maxDate;
};
