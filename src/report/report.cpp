// writeReport (report.h): the format from the suffix, painted into memory, then written in
// one checked write so a report appears only when it is complete.

#include "report/report.h"

#include "common/wholefile.h"
#include "report/reportwriters.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Report)
};

} // namespace

QStringList reportSuffixes()
{
    return {u"pdf"_s, u"html"_s, u"md"_s};
}

QPageSize::PageSizeId defaultPageSize(const QLocale &locale)
{
    // The countries whose paper is US Letter (glibc's LC_PAPER agrees).
    static constexpr QLocale::Territory letter[] = {
        QLocale::UnitedStates, QLocale::Canada,     QLocale::Mexico,     QLocale::Philippines,
        QLocale::PuertoRico,   QLocale::Chile,      QLocale::Colombia,   QLocale::CostaRica,
        QLocale::Guatemala,    QLocale::Nicaragua,  QLocale::Panama,     QLocale::ElSalvador,
        QLocale::Venezuela,    QLocale::Belize,     QLocale::DominicanRepublic,
    };
    if (locale.language() == QLocale::C)
        return QPageSize::A4; // Qt reads the C locale as American English
    return std::find(std::begin(letter), std::end(letter), locale.territory()) != std::end(letter) ? QPageSize::Letter
                                                                                                   : QPageSize::A4;
}

Result<void> writeReport(const ReportContent &content, const QString &outPath, const ReportOptions &options)
{
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (!reportSuffixes().contains(suffix)) {
        return fail(Text::tr("Cannot write the report to \"%1\": the file name must end in .pdf, .html or .md.")
                        .arg(outPath));
    }
    const ReportText text = reportText(content, options);
    const QByteArray bytes = suffix == u"pdf"_s    ? ReportWriters::pdf(content, text, options)
                             : suffix == u"html"_s ? ReportWriters::html(content, text, options)
                                                   : ReportWriters::markdown(content, text);
    if (bytes.isEmpty())
        return fail(Text::tr("Cannot write the report \"%1\": painting it failed.").arg(outPath));
    return writeWholeFile(outPath, bytes);
}

} // namespace NorthStar
