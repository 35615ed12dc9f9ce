#include "analysistestsupport.h"

#include "eventstore/eventimport.h"
#include "metrics/metricspec.h"

#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace NorthStar::AnalysisTest {

QString importRows(const QString &workspace, const QList<Reference::Row> &rows)
{
    const QString csv = workspace + u".csv"_s;
    QFile f(csv);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(Reference::toCsv(rows)) < 0)
        return u"cannot write "_s + csv;
    f.close();
    ImportRequest request;
    request.file = csv;
    request.attributeColumns = {u"country"_s};
    const auto summary = EventImport::run(workspace, request);
    if (!summary)
        return summary.error();
    if (summary->imported != rows.size() || summary->rejected != 0)
        return u"imported %1 of %2 rows"_s.arg(summary->imported).arg(rows.size());
    return {};
}

namespace {

QJsonObject computation(MetricKind kind, const QStringList &events, const QString &formula = {},
                        const QString &segment = {})
{
    MetricSpec spec;
    spec.kind = kind;
    spec.events = events;
    spec.formula = formula;
    if (!segment.isEmpty())
        spec.segment = *Segment::parse(segment);
    return spec.toJson();
}

} // namespace

WorkspaceData sampleModel(const QMap<QString, QString> &settings)
{
    WorkspaceData data;
    data.settings = settings;
    const Id tree = data.allocateId();
    data.trees.insert(tree, Tree{tree, u"Shop"_s, 0, Game::Transaction, 0, std::nullopt});
    const auto addMetric = [&](const QString &name, const QJsonObject &json) {
        Metric m;
        m.id = data.allocateId();
        m.name = name;
        m.computation = json;
        data.metrics.insert(m.id, m);
        return m.id;
    };
    const auto addNode = [&](NodeKind kind, Id metric, const QString &title = {}) {
        Node n;
        n.id = data.allocateId();
        n.treeId = tree;
        n.kind = kind;
        n.metricId = metric;
        n.title = title;
        data.nodes.insert(n.id, n);
        return n.id;
    };
    const auto addEdge = [&](Id child, Id parent, std::optional<double> leverage) {
        Edge e;
        e.id = data.allocateId();
        e.treeId = tree;
        e.childId = child;
        e.parentId = parent;
        e.leverage = leverage;
        data.edges.insert(e.id, e);
    };
    const Id share = addNode(NodeKind::NorthStar,
                             addMetric(u"Buyer share"_s, computation(MetricKind::Formula, {}, u"Buyers / Visitors"_s)));
    const Id visitors = addNode(NodeKind::Input, addMetric(u"Visitors"_s, computation(MetricKind::Breadth, {u"visit"_s})));
    const Id buyers = addNode(NodeKind::Input, addMetric(u"Buyers"_s, computation(MetricKind::Breadth, {u"purchase"_s})));
    const Id depth = addNode(NodeKind::Input,
                             addMetric(u"Purchases per buyer"_s, computation(MetricKind::Depth, {u"purchase"_s})));
    const Id german = addNode(NodeKind::Input, addMetric(u"DE buyers"_s, computation(MetricKind::Breadth, {u"purchase"_s},
                                                                                     {}, u"country = DE"_s)));
    const Id undefined = addNode(NodeKind::Input, addMetric(u"Undefined"_s, {}));
    const Id work = addNode(NodeKind::Work, 0, u"Launch promo"_s);
    addEdge(visitors, share, -0.001);
    addEdge(buyers, share, 0.01);
    addEdge(depth, buyers, 2.0);
    addEdge(german, buyers, std::nullopt);
    addEdge(undefined, share, std::nullopt);
    addEdge(work, buyers, std::nullopt);
    return data;
}

Id metricIdNamed(const WorkspaceData &data, const QString &name)
{
    for (const Metric &m : data.metrics) {
        if (m.name == name)
            return m.id;
    }
    return 0;
}

Id nodeIdNamed(const WorkspaceData &data, const QString &title)
{
    for (const Node &n : data.nodes) {
        if (data.nodeTitle(n) == title)
            return n.id;
    }
    return 0;
}

Run northstar(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(NORTHSTAR_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace NorthStar::AnalysisTest
