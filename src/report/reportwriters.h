#pragma once

// The three formats of the report, each from the same content and text, into memory:
// writeReport (report.cpp) writes the bytes to the file in one go. Internal to the module.

#include "report/report.h"
#include "report/reporttext.h"

#include <QByteArray>

namespace NorthStar::ReportWriters {

// Empty when painting failed.
QByteArray pdf(const ReportContent &content, const ReportText &text, const ReportOptions &options);
QByteArray html(const ReportContent &content, const ReportText &text, const ReportOptions &options);
QByteArray markdown(const ReportContent &content, const ReportText &text);

} // namespace NorthStar::ReportWriters
