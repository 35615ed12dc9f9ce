// What `report` and `minutes` share for files people print: the paper (--page-size, else the
// system's country) and the generation date (SOURCE_DATE_EPOCH for reproducible files).

#include "cli/cli.h"

#include "report/report.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace NorthStar::Cli {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Cli)
};

// The locale whose paper the system uses: LC_PAPER's, found as the C library finds it
// (LC_ALL, then LC_PAPER, then LANG; LANGUAGE names only the language of messages).
QLocale paperLocale()
{
    for (const char *variable : {"LC_ALL", "LC_PAPER", "LANG"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return QLocale(value.section(u'.', 0, 0).section(u'@', 0, 0));
    }
    return QLocale::c();
}

} // namespace

QCommandLineOption pageSizeOption()
{
    return QCommandLineOption(u"page-size"_s, Text::tr("a4 or letter (default: the paper of your locale's country)."),
                              u"SIZE"_s);
}

std::optional<int> readPageSize(const QString &subcommand, const QCommandLineParser &parser,
                                const QCommandLineOption &option, QPageSize::PageSizeId &size)
{
    // The paper follows the system's country (a C locale: A4), not the reading locale.
    size = defaultPageSize(paperLocale());
    if (!parser.isSet(option))
        return std::nullopt;
    const QString value = parser.value(option).trimmed().toLower();
    if (value == u"a4"_s)
        size = QPageSize::A4;
    else if (value == u"letter"_s)
        size = QPageSize::Letter;
    else
        return error(subcommand, Text::tr("--page-size must be a4 or letter, not \"%1\".").arg(parser.value(option)), Usage);
    return std::nullopt;
}

std::optional<int> readGenerationTime(const QString &subcommand, QDateTime &time)
{
    const QByteArray epoch = qgetenv("SOURCE_DATE_EPOCH");
    if (epoch.isEmpty()) {
        time = QDateTime::currentDateTimeUtc();
        return std::nullopt;
    }
    bool ok = false;
    const qint64 seconds = epoch.trimmed().toLongLong(&ok);
    if (!ok) {
        return error(subcommand, Text::tr("SOURCE_DATE_EPOCH must be a number of seconds since 1970, not \"%1\".")
                                     .arg(QString::fromLocal8Bit(epoch)), Usage);
    }
    time = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    return std::nullopt;
}

} // namespace NorthStar::Cli
