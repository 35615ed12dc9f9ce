// `northstar metrics WORKSPACE --metric KIND [options]` or `... --node NAME`: one metric of
// METRICS.md over the workspace's imported data, printed as METRICS.md's "Output for
// machines" (period_start,value,partial).
//
// Made for scripts that call it many times: it reads only the settings and the stored
// rollup through the native SQLite handle (tens of milliseconds for 5M events); only
// --node reads the model, and only a --timezone other than the workspace's rebuilds the
// rollup from the raw events.
//
// Exit codes: 2 for wrong arguments (an unknown kind, grain, event name, segment attribute
// or value, timezone; frequency on day grain; unknown node), 1 for a file that cannot be
// used (missing, not a workspace, no imported data, a node without a valid computation).

#include "cli/cli.h"

#include "analysis/analysisrequest.h"
#include "analysis/workspacemetrics.h"
#include "analysis/workspacereader.h"
#include "metrics/csvseries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimeZone>

#include <cstdio>
#include <optional>
#include <variant>

using namespace Qt::StringLiterals;

namespace NorthStar::Cli {

namespace {

const QString kCommand = u"metrics"_s;

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Cli)
};

// An error with its exit code, for the steps below.
struct Problem
{
    QString message;
    int code = Cli::Failure;
};
template<typename T>
using Step = std::variant<T, Problem>;

struct Options
{
    QCommandLineOption metric{u"metric"_s, u""_s, u"KIND"_s};
    QCommandLineOption events{u"events"_s, u""_s, u"A,B"_s};
    QCommandLineOption grain{u"grain"_s, u""_s, u"GRAIN"_s, u"week"_s};
    QCommandLineOption weekStart{u"week-start"_s, u""_s, u"DAY"_s};
    QCommandLineOption timeZone{u"timezone"_s, u""_s, u"TZ"_s};
    QCommandLineOption k{u"k"_s, u""_s, u"N"_s};
    QCommandLineOption window{u"window"_s, u""_s, u"W"_s};
    QCommandLineOption segment{u"segment"_s, u""_s, u"ATTR=VALUE"_s};
    QCommandLineOption node{u"node"_s, u""_s, u"NAME"_s};

    void describe()
    {
        QStringList kinds = metricKindNames();
        kinds.removeAll(u"formula"_s); // formulas name catalog metrics: --node
        metric.setDescription(Text::tr("The metric kind: %1.").arg(kinds.join(u", "_s)));
        events.setDescription(Text::tr("The core action: event names separated by commas, matched exactly (default: "
                                 "every event)."));
        grain.setDescription(Text::tr("day, week or month (default: week)."));
        weekStart.setDescription(Text::tr("monday or sunday (default: the workspace's week-start setting, else monday)."));
        timeZone.setDescription(Text::tr("Reporting timezone, an IANA id such as Europe/Berlin (default: the workspace's)."));
        k.setDescription(Text::tr("Active days for stickiness, minimum events for threshold (default: 1)."));
        window.setDescription(Text::tr("Activation window in days (default: 7)."));
        segment.setDescription(Text::tr("Only users whose attribute has this value, e.g. country=DE."));
        node.setDescription(Text::tr("Use the computation stored on the tree node (or catalog metric) NAME instead of "
                               "--metric, --events, -k and --window."));
    }
};

Step<int> positiveInteger(const QCommandLineParser &parser, const QCommandLineOption &option, const QString &flag)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 1)
        return Problem{Text::tr("%1 must be a whole number of at least 1, not \"%2\".").arg(flag, parser.value(option)), Usage};
    return value;
}

// The MetricSpec the flags describe.
Step<MetricSpec> specFromFlags(const QCommandLineParser &parser, const Options &o)
{
    const auto kind = metricKindFromName(parser.value(o.metric).trimmed());
    if (!kind)
        return Problem{kind.error(), Usage};
    if (*kind == MetricKind::Formula)
        return Problem{Text::tr("Formulas combine catalog metrics: store one on a metric and use --node NAME."), Usage};
    MetricSpec spec;
    spec.kind = *kind;
    if (parser.isSet(o.events)) {
        for (const QString &name : parser.value(o.events).split(u',')) {
            if (name.trimmed().isEmpty())
                return Problem{Text::tr("--events has an empty event name in \"%1\".").arg(parser.value(o.events)), Usage};
            spec.events.append(name.trimmed());
        }
    }
    const bool usesK = spec.kind == MetricKind::Stickiness || spec.kind == MetricKind::StickinessCumulative
                       || spec.kind == MetricKind::Threshold;
    if (parser.isSet(o.k)) {
        if (!usesK)
            return Problem{Text::tr("-k applies to stickiness, stickiness-cumulative and threshold only."), Usage};
        const auto k = positiveInteger(parser, o.k, u"-k"_s);
        if (const auto *f = std::get_if<Problem>(&k))
            return *f;
        (spec.kind == MetricKind::Threshold ? spec.threshold : spec.k) = std::get<int>(k);
    }
    if (parser.isSet(o.window)) {
        if (spec.kind != MetricKind::Activation)
            return Problem{Text::tr("--window applies to activation only."), Usage};
        const auto window = positiveInteger(parser, o.window, u"--window"_s);
        if (const auto *f = std::get_if<Problem>(&window))
            return *f;
        spec.window = std::get<int>(window);
    }
    return spec;
}

// The catalog metric of the node (by node title) or of the catalog metric called `name`.
Step<Id> metricOfNode(const WorkspaceData &data, const QString &name)
{
    QStringList known;
    for (const Node &node : data.nodes) {
        const QString title = data.nodeTitle(node);
        if (title != name) {
            if (node.kind != NodeKind::Work && !title.isEmpty() && !known.contains(title))
                known.append(title);
            continue;
        }
        if (node.kind == NodeKind::Work)
            return Problem{Text::tr("\"%1\" is a work item; it has no metric. Name a North Star or input node.").arg(name), Usage};
        return node.metricId;
    }
    for (const Metric &metric : data.metrics) {
        if (metric.name == name)
            return metric.id;
    }
    known.sort();
    return Problem{Text::tr("The workspace has no node or metric \"%1\" (names match exactly). Nodes: %2.")
                       .arg(name, known.isEmpty() ? Text::tr("none") : known.join(u", "_s)),
                   Usage};
}

// The engine reports unknown segments too, but as a computation error; here it is a wrong
// argument (exit 2), also with --node.
std::optional<Problem> checkSegment(const ActivityData &data, const Segment &segment)
{
    QStringList attributes;
    for (const AttributeColumn &column : data.attributes) {
        if (column.name != segment.attribute) {
            attributes.append(column.name);
            continue;
        }
        if (column.values.contains(segment.value))
            return std::nullopt;
        QStringList values = column.values;
        values.sort();
        return Problem{Text::tr("--segment: no user has %1 \"%2\" (values match exactly); known values: %3.")
                           .arg(segment.attribute, segment.value, values.join(u", "_s)),
                       Usage};
    }
    attributes.sort();
    return Problem{Text::tr("--segment: unknown user attribute \"%1\"; the data has: %2.")
                       .arg(segment.attribute, attributes.isEmpty() ? Text::tr("no attributes") : attributes.join(u", "_s)),
                   Usage};
}

// The request from the flags over the workspace's settings.
Step<AnalysisRequest> requestFrom(const QCommandLineParser &parser, const Options &o,
                                  const QMap<QString, QString> &settings)
{
    WorkspaceData settingsOnly;
    settingsOnly.settings = settings;
    auto fromSettings = AnalysisRequest::fromSettings(settingsOnly);
    if (!fromSettings)
        return Problem{fromSettings.error(), Cli::Failure};
    AnalysisRequest request = *fromSettings;
    request.grain = Grain::Week; // the window's `grain` setting is not a default for scripts
    request.segment.reset();     // nor is the tree's segment: scripts pass --segment
    const auto grain = grainFromName(parser.value(o.grain).trimmed());
    if (!grain)
        return Problem{grain.error(), Usage};
    request.grain = *grain;
    if (parser.isSet(o.weekStart)) {
        const auto weekStart = weekStartFromName(parser.value(o.weekStart).trimmed());
        if (!weekStart)
            return Problem{weekStart.error(), Usage};
        request.weekStart = *weekStart;
    }
    if (parser.isSet(o.timeZone)) {
        request.timeZone = parser.value(o.timeZone).trimmed();
        if (!QTimeZone::isTimeZoneIdAvailable(request.timeZone.toUtf8())) {
            return Problem{Text::tr("Unknown timezone \"%1\": use an IANA id such as UTC, Europe/Berlin or "
                              "America/New_York.")
                               .arg(request.timeZone),
                           Usage};
        }
    }
    if (parser.isSet(o.segment)) {
        const auto segment = Segment::parse(parser.value(o.segment));
        if (!segment)
            return Problem{segment.error(), Usage};
        request.segment = *segment;
    }
    return request;
}

int report(const Problem &f)
{
    return error(kCommand, f.message, f.code);
}

} // namespace

int runMetrics(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Compute a metric of the workspace's imported data per period and print it as CSV "
           "(period_start,value,partial; lifecycle: period_start,new,returning,resurrecting,dormant,partial)."));
    Options o;
    o.describe();
    parser.addOptions({o.metric, o.events, o.grain, o.weekStart, o.timeZone, o.k, o.window, o.segment, o.node});
    parser.addPositionalArgument(u"workspace"_s, Text::tr("The workspace file (*.northstar)."), u"WORKSPACE"_s);
    QString path;
    if (const auto done = parseWorkspaceArguments(parser, kCommand, arguments, Text::tr("Missing the WORKSPACE file."), path))
        return *done;
    const bool byNode = parser.isSet(o.node);
    if (byNode == parser.isSet(o.metric))
        return error(kCommand, Text::tr("Give either --metric KIND or --node NAME."), Usage);
    if (byNode && (parser.isSet(o.events) || parser.isSet(o.k) || parser.isSet(o.window)))
        return error(kCommand, Text::tr("--node uses the stored computation: leave out --events, -k and --window."), Usage);

    // Argument errors first (exit 2), before the file is read.
    std::optional<MetricSpec> spec;
    if (!byNode) {
        auto fromFlags = specFromFlags(parser, o);
        if (const auto *f = std::get_if<Problem>(&fromFlags))
            return report(*f);
        spec = std::get<MetricSpec>(fromFlags);
    }

    // The model only for --node; otherwise the settings are enough.
    WorkspaceData model;
    if (byNode) {
        auto read = WorkspaceReader::readModel(path);
        if (!read)
            return error(kCommand, read.error());
        model = std::move(read).value();
    } else {
        auto settings = WorkspaceReader::readSettings(path);
        if (!settings)
            return error(kCommand, settings.error());
        model.settings = std::move(settings).value();
    }
    auto requested = requestFrom(parser, o, model.settings);
    if (const auto *f = std::get_if<Problem>(&requested))
        return report(*f);
    const AnalysisRequest request = std::get<AnalysisRequest>(requested);

    const bool failureIsArgument = !byNode; // every input but the file came from the flags
    WorkspaceMetrics metrics(path, std::move(model));
    if (byNode) {
        const auto metricId = metricOfNode(metrics.data(), parser.value(o.node));
        if (const auto *f = std::get_if<Problem>(&metricId))
            return report(*f);
        auto stored = metrics.specOf(std::get<Id>(metricId));
        if (!stored)
            return error(kCommand, stored.error());
        spec = *stored;
    }
    if (spec->kind == MetricKind::Frequency && request.grain == Grain::Day)
        return error(kCommand, Text::tr("frequency is not offered for grain day (it would always be 1): use week or month."),
                     Usage);

    const auto loaded = metrics.activity(request.timeZone);
    if (!loaded)
        return error(kCommand, loaded.error());
    const ActivityData &data = (*loaded)->data();
    if (data.isEmpty()) {
        return error(kCommand, Text::tr("%1 has no imported data yet: import a usage CSV first (northstar import %1 FILE.csv).")
                                   .arg(path));
    }
    if (request.segment) {
        if (const auto f = checkSegment(data, *request.segment))
            return report(*f);
    }
    const auto series = metrics.compute(*spec, request);
    if (!series)
        return error(kCommand, series.error(), failureIsArgument ? Usage : Cli::Failure);
    const QByteArray csv = CsvSeries::format(*series).toUtf8();
    out().flush();
    std::fwrite(csv.constData(), 1, std::size_t(csv.size()), stdout);
    std::fflush(stdout);
    return Success;
}

} // namespace NorthStar::Cli
