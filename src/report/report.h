#pragma once

// The weekly review as a report (issue #10 §2): a PDF to print or hand out, one
// self-contained HTML file for an email, Markdown for a chat or a wiki. What is on each
// page: docs/report.md.
//
// Two steps, both free of widgets and of global state, so the window can run them on a
// worker thread (File > Export Review) and the command line (`northstar report`) headless
// under the offscreen platform. Painting needs a QGuiApplication (fonts), not a display.
//
//     WorkspaceMetrics metrics(path, data);
//     auto review = computeReview(metrics, {treeId, Grain::Week, std::nullopt});
//     auto content = buildReportContent(metrics, data, path, *review);   // computes series
//     ReportOptions options;
//     options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
//     options.generated = QDateTime::currentDateTimeUtc();
//     auto written = writeReport(*content, u"review.pdf"_s, options);     // or .html, .md
//     if (!written) show(written.error());
//
// The same content and options give byte-identical HTML and Markdown (the generation date
// is the only date that is not the data's: pass a fixed one for reproducible files).

#include "analysis/workspacemetrics.h"
#include "common/result.h"
#include "model/workspacedata.h"
#include "report/reportcontent.h"
#include "review/review.h"

#include <QDateTime>
#include <QLocale>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace NorthStar {

struct ReportOptions final
{
    // PDF only: A4 or Letter. Empty: from `locale` (defaultPageSize).
    std::optional<QPageSize::PageSizeId> pageSize;
    // "Generated 2026-12-02" on every format (the date in UTC).
    QDateTime generated;
    // Numbers, dates and the paper size read in this locale's way.
    QLocale locale;
};

// Builds what the report shows for `review` (made by computeReview over `metrics`): the
// series of its charts (the North Star's breadth, depth and frequency are computed here),
// the tree's geometry with the reviewed period's numbers, notes and annotations.
// `workspacePath` names the workspace on every page. Errors: a review of another tree than
// `data` holds, a tree that cannot be laid out.
Result<ReportContent> buildReportContent(const WorkspaceMetrics &metrics, const WorkspaceData &data,
                                         const QString &workspacePath, const Review &review);

// Writes the report to `outPath`, the format from its suffix (pdf, html, md; any case). The
// file appears only when it was written completely; an existing one is replaced then.
Result<void> writeReport(const ReportContent &content, const QString &outPath, const ReportOptions &options);

// The suffixes writeReport knows, lower case: pdf, html, md.
QStringList reportSuffixes();
// Letter where the locale's country uses it (the US, Canada, Mexico, the Philippines and
// most of Central and South America's Letter countries), A4 everywhere else.
QPageSize::PageSizeId defaultPageSize(const QLocale &locale);

} // namespace NorthStar
