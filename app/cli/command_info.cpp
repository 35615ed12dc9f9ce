// `northstar info WORKSPACE [--json]`: what a workspace holds (events, users, range, sources,
// import history).

#include "cli/cli.h"

#include "eventstore/eventstore.h"
#include "eventstore/importtypes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace NorthStar::Cli {

namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Cli)
};

QString range(const std::optional<qint64> &first, const std::optional<qint64> &last)
{
    return first ? u"%1 .. %2"_s.arg(isoUtc(*first), isoUtc(*last)) : Text::tr("(no events)");
}

void printHuman(const WorkspaceInfo &info)
{
    QTextStream &o = out();
    o << Text::tr("events: %1").arg(info.events) << Qt::endl;
    o << Text::tr("users: %1").arg(info.users) << Qt::endl;
    o << Text::tr("first: %1").arg(info.firstMs ? isoUtc(*info.firstMs) : QString()) << Qt::endl;
    o << Text::tr("last: %1").arg(info.lastMs ? isoUtc(*info.lastMs) : QString()) << Qt::endl;
    o << Text::tr("reporting timezone: %1").arg(info.reportingTimeZone) << Qt::endl;
    o << Text::tr("event names: %1").arg(info.eventNames.join(u", "_s)) << Qt::endl;
    o << Text::tr("sources:") << Qt::endl;
    for (const SourceInfo &s : info.sources) {
        const QString line = s.kind == u"rollup"_s
                                 ? Text::tr("%1: daily rollup of %2 events, %3").arg(s.name).arg(s.events).arg(range(s.firstMs, s.lastMs))
                                 : Text::tr("%1: %2 events, %3").arg(s.name).arg(s.events).arg(range(s.firstMs, s.lastMs));
        o << "  " << line << Qt::endl;
    }
    o << Text::tr("import history:") << Qt::endl;
    for (const ImportRecord &i : info.imports) {
        o << u"  #%1 %2 %3 -> %4: %5"_s.arg(i.id).arg(i.importedAt, i.file, i.source,
                                                    Text::tr("%1 imported, %2 rejected, %3 replaced%4")
                                                        .arg(i.imported)
                                                        .arg(i.rejected)
                                                        .arg(i.replaced)
                                                        .arg(i.append ? Text::tr(" (append)") : QString()))
          << Qt::endl;
        o << u"      %1, %2, %3"_s.arg(range(i.firstMs, i.lastMs), i.contentHash, i.timeFormat) << Qt::endl;
    }
}

} // namespace

int runInfo(const QStringList &arguments)
{
    const QString name = u"info"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Show the imported data of a workspace and its import history."));
    parser.addPositionalArgument(u"workspace"_s, Text::tr("The workspace file."), u"WORKSPACE"_s);
    const QCommandLineOption json(u"json"_s, Text::tr("Print as one JSON object."));
    parser.addOption(json);
    QString path;
    if (const auto done = parseWorkspaceArguments(parser, name, arguments, Text::tr("Missing the WORKSPACE file."), path))
        return *done;
    const auto info = EventStore::info(path);
    if (!info)
        return error(name, info.error());
    if (parser.isSet(json))
        out() << QJsonDocument(info->toJson()).toJson(QJsonDocument::Indented);
    else
        printHuman(*info);
    out().flush();
    return Success;
}

} // namespace NorthStar::Cli
