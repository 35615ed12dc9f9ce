#include "csv/timeformat.h"

#include "csv/timeparser.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace NorthStar {

TimeFormat::TimeFormat(Kind kind, QString pattern) : m_kind(kind), m_pattern(std::move(pattern)) {}

TimeFormat TimeFormat::iso()
{
    return TimeFormat(Kind::Iso, {});
}

TimeFormat TimeFormat::epochSeconds()
{
    return TimeFormat(Kind::EpochSeconds, {});
}

TimeFormat TimeFormat::epochMilliseconds()
{
    return TimeFormat(Kind::EpochMilliseconds, {});
}

Result<TimeFormat> TimeFormat::fromString(const QString &text)
{
    const QString name = text.trimmed().toLower();
    if (name == u"iso" || name == u"iso8601" || name == u"iso-8601")
        return iso();
    if (name == u"epoch-s" || name == u"epoch" || name == u"epoch-seconds")
        return epochSeconds();
    if (name == u"epoch-ms" || name == u"epoch-milliseconds")
        return epochMilliseconds();
    const QString error = TimeParser::patternError(text);
    if (!error.isEmpty()) {
        return fail(QCoreApplication::translate("TimeFormat", "Time format \"%1\": %2")
                        .arg(text, error));
    }
    return TimeFormat(Kind::Pattern, text);
}

QString TimeFormat::toString() const
{
    switch (m_kind) {
    case Kind::Iso: return u"iso"_s;
    case Kind::EpochSeconds: return u"epoch-s"_s;
    case Kind::EpochMilliseconds: return u"epoch-ms"_s;
    case Kind::Pattern: return m_pattern;
    }
    return {};
}

} // namespace NorthStar
