// Minutes::write (minutes.h): the format from the suffix, painted into memory, then written
// in one checked write so the minutes appear only when they are complete.

#include "minutes/minutes.h"

#include "common/wholefile.h"
#include "minutes/minuteswriters.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace NorthStar::Minutes {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Minutes)
};

} // namespace

QStringList suffixes()
{
    return {u"pdf"_s, u"md"_s};
}

Result<QByteArray> render(const Content &content, const QString &suffix, const Options &options)
{
    const QString lower = suffix.toLower();
    if (!suffixes().contains(lower))
        return fail(Text::tr("The minutes can be written as .pdf or .md, not .%1.").arg(suffix));
    QByteArray bytes = lower == u"pdf"_s ? Writers::pdf(content, options) : Writers::markdown(content, options);
    if (bytes.isEmpty())
        return fail(Text::tr("Painting the minutes failed."));
    return bytes;
}

Result<void> write(const Content &content, const QString &path, const Options &options)
{
    const QString suffix = QFileInfo(path).suffix();
    if (!suffixes().contains(suffix.toLower())) {
        return fail(Text::tr("Cannot write the minutes to \"%1\": the file name must end in .pdf or .md.").arg(path));
    }
    const auto bytes = render(content, suffix, options);
    if (!bytes)
        return fail(Text::tr("Cannot write the minutes \"%1\": %2").arg(path, bytes.error()));
    return writeWholeFile(path, *bytes);
}

} // namespace NorthStar::Minutes
