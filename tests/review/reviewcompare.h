#pragma once

// Reading and comparing review JSON objects (REVIEW.md's "Output for machines") in tests.
// compareReviews() goes field by field: numbers within a relative tolerance, nulls, bools
// and strings exactly, the same keys on both sides; list entries are matched by their
// identity (a metric by name, a work entry by title and input, ...), not by position,
// since REVIEW.md fixes no order except the North Star first.

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace NorthStar::ReviewTest {

// Every difference, as "path: engine ... reference ..."; empty when they agree.
QStringList compareReviews(const QJsonObject &engine, const QJsonObject &reference, double tolerance = 1e-9);

// Entries by identity; an empty object when there is none.
QJsonObject metricEntry(const QJsonObject &review, const QString &name);
QJsonObject contributionOf(const QJsonObject &review, const QString &parent);
QJsonObject partOf(const QJsonObject &contribution, const QString &name);
QJsonObject segmentOf(const QJsonObject &review, const QString &attribute, const QString &value);
QJsonObject workEntry(const QJsonObject &review, const QString &title, const QString &input);
// The disconnects as sorted "kind metric [work]" lines.
QStringList disconnectLines(const QJsonObject &review);
// The verdicts as sorted "title on input: verdict" lines.
QStringList verdictLines(const QJsonObject &review);
// Sum of the numbers under `key` in the entries of `array`.
double sumOf(const QJsonArray &array, const QString &key);

} // namespace NorthStar::ReviewTest
