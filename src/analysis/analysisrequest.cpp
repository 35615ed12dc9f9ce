#include "analysis/analysisrequest.h"

#include "model/workspacedata.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace NorthStar {

Result<AnalysisRequest> AnalysisRequest::fromSettings(const WorkspaceData &data)
{
    const auto settingError = [](QLatin1StringView key, const QString &message) {
        return fail(QCoreApplication::translate("Analysis", "Workspace setting '%1': %2")
                        .arg(QString(key), message));
    };
    AnalysisRequest request;
    if (const QString zone = data.setting(QString(AnalysisSettings::timeZone)).trimmed(); !zone.isEmpty())
        request.timeZone = zone;
    if (const QString text = data.setting(QString(AnalysisSettings::weekStart)).trimmed(); !text.isEmpty()) {
        const auto weekStart = weekStartFromName(text);
        if (!weekStart)
            return settingError(AnalysisSettings::weekStart, weekStart.error());
        request.weekStart = *weekStart;
    }
    if (const QString text = data.setting(QString(AnalysisSettings::grain)).trimmed(); !text.isEmpty()) {
        const auto grain = grainFromName(text);
        if (!grain)
            return settingError(AnalysisSettings::grain, grain.error());
        request.grain = *grain;
    }
    if (const QString text = data.setting(QString(AnalysisSettings::segment)).trimmed(); !text.isEmpty()) {
        const auto segment = Segment::parse(text);
        if (!segment)
            return settingError(AnalysisSettings::segment, segment.error());
        request.segment = *segment;
    }
    return request;
}

QString AnalysisRequest::key() const
{
    return grainName(grain) + u'|' + weekStartName(weekStart) + u'|' + timeZone + u'|'
           + (segment ? segment->attribute + QChar(0x1f) + segment->value : QString());
}

} // namespace NorthStar
