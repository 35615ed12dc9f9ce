#include "import/importtext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace NorthStar::ImportText {

namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(ImportDialog)
};

QTimeZone zoneOf(const QString &zoneId)
{
    QTimeZone zone(zoneId.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

} // namespace

QString count(qint64 n)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(n);
}

QString instant(qint64 msecs, const QString &zoneId)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(msecs, zoneOf(zoneId));
    return t.toString(msecs % 60000 == 0 ? u"d MMM yyyy HH:mm"_s : u"d MMM yyyy HH:mm:ss"_s);
}

QString instantUtc(qint64 msecs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc());
    return t.toString(msecs % 60000 == 0 ? u"yyyy-MM-dd HH:mm 'UTC'"_s : u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
}

QString range(const ImportSummary &summary, const QString &zoneId)
{
    if (!summary.firstMs || !summary.lastMs)
        return {};
    return Text::tr("%1 – %2").arg(instant(*summary.firstMs, zoneId), instant(*summary.lastMs, zoneId));
}

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return Text::tr("Comma  ,");
    case ';':
        return Text::tr("Semicolon  ;");
    case '\t':
        return Text::tr("Tab");
    case '|':
        return Text::tr("Pipe  |");
    default:
        return QString(QChar::fromLatin1(delimiter));
    }
}

QString delimiterNoun(char delimiter)
{
    switch (delimiter) {
    case ',':
        return Text::tr("comma-separated");
    case ';':
        return Text::tr("semicolon-separated");
    case '\t':
        return Text::tr("tab-separated");
    case '|':
        return Text::tr("pipe-separated");
    default:
        return Text::tr("separated by %1").arg(QChar::fromLatin1(delimiter));
    }
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
    case TextEncoding::Utf8:
        return u"UTF-8"_s;
    case TextEncoding::Utf16:
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        return u"UTF-16"_s;
    case TextEncoding::Latin1:
        return u"Latin-1"_s;
    case TextEncoding::Windows1252:
        return u"Windows-1252"_s;
    }
    return {};
}

} // namespace NorthStar::ImportText
