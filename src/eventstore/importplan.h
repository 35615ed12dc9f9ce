#pragma once

// Everything decided before the rows are read: dialect, header, column mapping, the time
// format (given, or the first reading of a sample that the whole column then confirms)
// and the timezone for wall-clock times. Internal to the importer.

#include "eventstore/importtypes.h"
#include "eventstore/rowscanner.h"

namespace NorthStar::ImportPlan {

inline constexpr int kSampleRecords = 10000;

// The header's column `name` (exact first, then ignoring case and punctuation), -1 without.
int columnNamed(const QStringList &header, const QString &name);
// `defaultZone`: the workspace's reporting timezone.
Result<ScanSetup> make(const ImportRequest &request, const QString &defaultZone);

// The message for a time column that does not conclude on one format.
QString timeProblem(const TimeFormatDetector::Conclusion &conclusion);

} // namespace NorthStar::ImportPlan
