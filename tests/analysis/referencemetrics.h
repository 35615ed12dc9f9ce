#pragma once

// A deliberately plain second implementation of METRICS.md for the analysis tests: raw
// rows in, the CSV of "Output for machines" out. Local dates come from QDateTime per row
// (not the engine's offset cache), periods from QDate arithmetic, sets from std::set; it
// shares no code with src/metrics, so the two can only agree by both being right.

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace NorthStar::Reference {

struct Row
{
    QString user;
    qint64 utcMs = 0;
    QString event;
    std::optional<double> value;
    QString country; // the user's attribute (constant per user in the generated data)
};

struct Query
{
    QString kind;            // metric kind name as on the command line
    QStringList events;      // empty: every event
    QString grain = QStringLiteral("week");
    QString weekStart = QStringLiteral("monday");
    QString timeZone = QStringLiteral("UTC");
    int k = 1;               // stickiness k / threshold n
    int window = 7;          // activation W
    QString country;         // segment country = value; empty: everybody
};

// The command line's CSV for `query` over `rows`.
QString csv(const QList<Row> &rows, const Query &query);

// Deterministic usage data: `users` users over 2024-02-19 .. 2024-05-12 (DST changes in
// the US on 03-10 and in Europe on 03-31), events at any time of day, no events at all in
// the week of 2024-04-15, some users gone for weeks and back. Event names visit, purchase
// (with a value, a multiple of 0.25 so sums are exact in any order) and share; country
// DE, FR or US per user.
QList<Row> generate(int users, quint64 seed);

// The rows as a CSV file user_id,timestamp,event,value,country (ISO times with Z).
QByteArray toCsv(const QList<Row> &rows);

} // namespace NorthStar::Reference
