// Writing the tree format (docs/tree-format.md). Reading is fragmentjson_read.cpp, taking
// fragments out of a workspace fragmentextract.cpp.

#include "model/fragmentjson.h"

#include "model/reviewfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

// Only the parts that are set: a target being typed in survives a copy half-filled.
QJsonObject toJson(const Target &t)
{
    QJsonObject o;
    if (t.value)
        o.insert(u"value"_s, *t.value);
    if (t.date.isValid())
        o.insert(u"date"_s, isoDate(t.date));
    if (t.baselineValue)
        o.insert(u"baselineValue"_s, *t.baselineValue);
    if (t.baselineDate.isValid())
        o.insert(u"baselineDate"_s, isoDate(t.baselineDate));
    return o;
}

QJsonObject toJson(const Metric &m)
{
    QJsonObject o{{u"id"_s, m.id},       {u"name"_s, m.name},   {u"definition"_s, m.definition},
                  {u"unit"_s, m.unit},   {u"owner"_s, m.owner},
                  {u"notes"_s, m.notes}, {u"dimension"_s, toKey(m.dimension)}};
    if (const QJsonObject target = toJson(m.target); !target.isEmpty())
        o.insert(u"target"_s, target);
    if (!m.computation.isEmpty())
        o.insert(u"computation"_s, m.computation);
    return o;
}

QJsonObject toJson(const Tree &t)
{
    QJsonObject o{{u"name"_s, t.name}, {u"game"_s, toKey(t.game)}};
    if (t.guardrailMetricId != 0)
        o.insert(u"guardrail"_s, t.guardrailMetricId);
    if (t.guardrailBound) {
        const bool atLeast = t.guardrailBound->side == GuardrailBound::Side::AtLeast;
        o.insert(u"guardrailBound"_s, QJsonObject{{atLeast ? u"atLeast"_s : u"atMost"_s, t.guardrailBound->value}});
    }
    return o;
}

QJsonObject toJson(const Node &n)
{
    QJsonObject o{{u"id"_s, n.id}, {u"kind"_s, toKey(n.kind)}};
    if (n.kind == NodeKind::Work) {
        o.insert(u"title"_s, n.title);
        o.insert(u"owner"_s, n.owner);
        o.insert(u"workType"_s, toKey(n.workType));
        o.insert(u"status"_s, toKey(n.status));
        if (n.shipDate.isValid())
            o.insert(u"shipDate"_s, isoDate(n.shipDate));
        o.insert(u"expectedImpact"_s, n.expectedImpact);
        if (n.impact)
            o.insert(u"impact"_s, impactToText(*n.impact));
    } else {
        o.insert(u"metric"_s, n.metricId);
    }
    if (n.pinned)
        o.insert(u"position"_s, QJsonArray{n.position.x(), n.position.y()});
    if (n.confidence != Confidence::Unset)
        o.insert(u"confidence"_s, toKey(n.confidence));
    return o;
}

QJsonObject toJson(const Edge &e)
{
    QJsonObject o{{u"child"_s, e.childId}, {u"parent"_s, e.parentId}};
    if (e.leverage)
        o.insert(u"leverage"_s, *e.leverage);
    if (!e.theory.isEmpty())
        o.insert(u"theory"_s, e.theory);
    if (e.confidence != Confidence::Unset)
        o.insert(u"confidence"_s, toKey(e.confidence));
    return o;
}

QJsonObject toJson(const Candidate &c)
{
    QJsonArray answers;
    for (Answer a : c.answers)
        answers.append(toKey(a));
    return QJsonObject{{u"metric"_s, c.metricId}, {u"answers"_s, answers}, {u"notes"_s, c.notes}};
}

// "metric" is left out for the whole workspace (annotations) or the whole review (notes).
void insertMetric(QJsonObject &o, Id metricId)
{
    if (metricId != 0)
        o.insert(u"metric"_s, metricId);
}

QJsonObject toJson(const Annotation &a)
{
    QJsonObject o{{u"date"_s, isoDate(a.date)}, {u"text"_s, a.text}};
    insertMetric(o, a.metricId);
    return o;
}

QJsonObject toJson(const ReviewNote &n)
{
    QJsonObject o{{u"period"_s, isoDate(n.period)}, {u"grain"_s, toKey(n.grain)}, {u"text"_s, n.text}};
    insertMetric(o, n.metricId);
    return o;
}

QJsonObject toJson(const ParkedIdea &p)
{
    QJsonObject o{{u"text"_s, p.text}, {u"state"_s, toKey(p.state)}};
    if (p.raised.isValid())
        o.insert(u"raised"_s, p.raised.toUTC().toString(Qt::ISODateWithMs));
    if (p.nodeId != 0)
        o.insert(u"node"_s, p.nodeId);
    return o;
}

QJsonObject toJson(const Vote &v)
{
    return QJsonObject{{u"workshop"_s, v.workshopId}, {u"step"_s, v.stepId}, {u"item"_s, v.itemId},
                       {u"dots"_s, v.dots}};
}

template<typename T, typename Keep>
QJsonArray arrayOf(const QMap<Id, T> &entities, Keep keep)
{
    QJsonArray array;
    for (const T &entity : entities) {
        if (keep(entity))
            array.append(toJson(entity));
    }
    return array;
}

} // namespace

QJsonObject fragmentToJson(const WorkspaceData &data)
{
    const auto all = [](const auto &) { return true; };
    QJsonObject root{{u"format"_s, u"northstar-fragment"_s},
                     {u"version"_s, fragmentFormatVersion},
                     {u"metrics"_s, arrayOf(data.metrics, all)},
                     {u"nodes"_s, arrayOf(data.nodes, all)},
                     {u"edges"_s, arrayOf(data.edges, all)}};
    const auto optionalArray = [&root](const QString &key, const QJsonArray &array) {
        if (!array.isEmpty())
            root.insert(key, array);
    };
    optionalArray(u"annotations"_s, arrayOf(data.annotations, all));
    if (data.trees.isEmpty())
        return root;
    const Tree tree = data.treesInOrder().constFirst();
    const auto ofTree = [&tree](const auto &entity) { return entity.treeId == tree.id; };
    root.insert(u"tree"_s, toJson(tree));
    optionalArray(u"candidates"_s, arrayOf(data.candidates, ofTree));
    optionalArray(u"reviewNotes"_s, arrayOf(data.reviewNotes, ofTree));
    // A placed idea names its node only while the fragment has that node.
    const auto placedOrNot = [&](const ParkedIdea &p) { return p.treeId == tree.id; };
    QJsonArray ideas;
    for (ParkedIdea p : data.parkedIdeas) {
        if (!placedOrNot(p))
            continue;
        if (!data.nodes.contains(p.nodeId))
            p.nodeId = 0;
        ideas.append(toJson(p));
    }
    optionalArray(u"parkingLot"_s, ideas);
    optionalArray(u"votes"_s, arrayOf(data.votes, ofTree));
    return root;
}

} // namespace NorthStar
