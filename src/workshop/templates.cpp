#include "workshop/templates.h"

#include "model/fragmentjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

// The resource object file is linked through a static library; referencing its initialiser
// keeps the linker from dropping it (and with it, every template).
static void initTemplateResources()
{
    Q_INIT_RESOURCE(northstar_templates);
}

namespace NorthStar::Templates {
namespace {

struct Entry final
{
    const char *key;
    const char *name;
    const char *description;
};

// Names and descriptions live here rather than in the JSON so that lupdate finds them.
constexpr Entry entries[] = {
    {"airbnb", QT_TRANSLATE_NOOP("NorthStar::Templates", "Airbnb"),
     QT_TRANSLATE_NOOP("NorthStar::Templates", "Two-sided marketplace; North Star: nights booked")},
    {"slack", QT_TRANSLATE_NOOP("NorthStar::Templates", "Slack"),
     QT_TRANSLATE_NOOP("NorthStar::Templates", "Team communication; North Star: messages sent")},
    {"spotify", QT_TRANSLATE_NOOP("NorthStar::Templates", "Spotify"),
     QT_TRANSLATE_NOOP("NorthStar::Templates", "Audio streaming; North Star: time spent listening")},
    {"amplitude", QT_TRANSLATE_NOOP("NorthStar::Templates", "Amplitude"),
     QT_TRANSLATE_NOOP("NorthStar::Templates", "Product analytics; North Star: weekly learning users")},
    {"professional-network", QT_TRANSLATE_NOOP("NorthStar::Templates", "Professional network"),
     QT_TRANSLATE_NOOP("NorthStar::Templates",
                       "Social network for work; North Star: weekly meaningful connections")},
    {"attention", QT_TRANSLATE_NOOP("NorthStar::Templates", "Attention game"),
     QT_TRANSLATE_NOOP("NorthStar::Templates",
                       "Starter for products that win on time spent (media, content, games)")},
    {"transaction", QT_TRANSLATE_NOOP("NorthStar::Templates", "Transaction game"),
     QT_TRANSLATE_NOOP("NorthStar::Templates",
                       "Starter for products that win on purchases (e-commerce, marketplaces)")},
    {"productivity", QT_TRANSLATE_NOOP("NorthStar::Templates", "Productivity game"),
     QT_TRANSLATE_NOOP("NorthStar::Templates",
                       "Starter for products that win on work done (B2B SaaS, collaboration)")},
};

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Templates)
};

const Entry *entry(const QString &key)
{
    for (const Entry &e : entries) {
        if (key == QLatin1StringView(e.key))
            return &e;
    }
    return nullptr;
}

} // namespace

QList<Info> list()
{
    QList<Info> result;
    for (const Entry &e : entries)
        result.append({QString::fromLatin1(e.key), Text::tr(e.name), Text::tr(e.description)});
    return result;
}

QStringList keys()
{
    QStringList result;
    for (const Entry &e : entries)
        result.append(QString::fromLatin1(e.key));
    return result;
}

Result<WorkspaceData> load(const QString &key)
{
    const Entry *e = entry(key);
    if (!e)
        return fail(Text::tr("There is no template \"%1\". Templates: %2.").arg(key, keys().join(u", "_s)));
    static const bool resourcesReady = (initTemplateResources(), true);
    Q_UNUSED(resourcesReady);
    QFile file(u":/templates/"_s + key + u".json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Text::tr("The template \"%1\" is missing from this build.").arg(key));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (json.isNull()) {
        return fail(Text::tr("The template \"%1\" is not valid JSON (offset %2: %3).")
                        .arg(key)
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    }
    auto data = fragmentFromJson(json.object());
    if (!data)
        return fail(Text::tr("The template \"%1\" cannot be read: %2").arg(key, data.error()));
    const Id treeId = data->trees.firstKey();
    data->trees[treeId].name = Text::tr(e->name);
    return data;
}

WorkspaceData emptyWorkspace(const QString &treeName)
{
    WorkspaceData data;
    Tree tree;
    tree.id = data.allocateId();
    tree.name = treeName;
    data.trees.insert(tree.id, tree);
    Metric metric;
    metric.id = data.allocateId();
    metric.name = Text::tr("North Star Metric");
    data.metrics.insert(metric.id, metric);
    Node node;
    node.id = data.allocateId();
    node.treeId = tree.id;
    node.kind = NodeKind::NorthStar;
    node.metricId = metric.id;
    data.nodes.insert(node.id, node);
    // The chosen North Star is always a candidate, so its checklist can be answered.
    Candidate candidate;
    candidate.id = data.allocateId();
    candidate.treeId = tree.id;
    candidate.metricId = metric.id;
    data.candidates.insert(candidate.id, candidate);
    return data;
}

} // namespace NorthStar::Templates
