// Reading the tree format (docs/tree-format.md), versions 1 to 3. Every key is checked;
// the first problem is reported with its JSON path (model/jsonreader.h).

#include "model/fragmentjson.h"

#include "model/jsonreader.h"
#include "model/reviewfields.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Fragment)
};

// The file's metrics and nodes by their ids in the file, for the references to them.
class FragmentReader final
{
public:
    explicit FragmentReader(JsonProblems &problems) : m_problems(problems) {}

    void readMetrics(const JsonObjectReader &root);
    void readTree(const JsonObjectReader &root);
    void readNodes(const JsonObjectReader &root);
    void placeTree();
    void readEdges(const JsonObjectReader &root);
    void readCandidates(const JsonObjectReader &root);
    void readAnnotations(const JsonObjectReader &root);
    void readReviewNotes(const JsonObjectReader &root);
    void readParkingLot(const JsonObjectReader &root);
    void readVotes(const JsonObjectReader &root);

    WorkspaceData data;

private:
    Id metricReference(const JsonObjectReader &o, const QString &key, Presence presence) const;
    Id nodeReference(const JsonObjectReader &o, const QString &key) const;
    void readTarget(const JsonObjectReader &o, Metric &m) const;
    std::optional<GuardrailBound> readBound(const JsonObjectReader &o) const;
    void readAnswers(const JsonObjectReader &o, Candidate &c) const;

    JsonProblems &m_problems;
    Tree m_tree;
};

Id FragmentReader::metricReference(const JsonObjectReader &o, const QString &key, Presence presence) const
{
    const Id id = o.id(key, presence);
    if (id != 0 && !data.metrics.contains(id))
        o.expected(key, Text::tr("the id of a metric in $.metrics"));
    return id;
}

Id FragmentReader::nodeReference(const JsonObjectReader &o, const QString &key) const
{
    const Id id = o.id(key, Presence::Required);
    if (id != 0 && !data.nodes.contains(id))
        o.expected(key, Text::tr("the id of a node in $.nodes"));
    return id;
}

void FragmentReader::readTarget(const JsonObjectReader &o, Metric &m) const
{
    const QJsonValue value = o.value(u"target"_s);
    // Version 1 wrote targets as text; "40,000 by 2027-03-31" becomes a number, anything
    // else goes to the notes (read before).
    if (value.isString()) {
        migrateTargetText(m, value.toString());
        return;
    }
    if (!o.has(u"target"_s))
        return;
    const JsonObjectReader t(m_problems, value, o.pathOf(u"target"_s));
    m.target.value = t.number(u"value"_s);
    m.target.date = t.date(u"date"_s);
    m.target.baselineValue = t.number(u"baselineValue"_s);
    m.target.baselineDate = t.date(u"baselineDate"_s);
}

void FragmentReader::readMetrics(const JsonObjectReader &root)
{
    for (const JsonObjectReader &o : root.objects(u"metrics"_s)) {
        Metric m;
        m.id = o.id(u"id"_s, Presence::Required);
        m.name = o.name(u"name"_s);
        m.definition = o.string(u"definition"_s);
        m.unit = o.string(u"unit"_s);
        m.owner = o.string(u"owner"_s);
        m.notes = o.string(u"notes"_s);
        readTarget(o, m);
        m.dimension = o.choice(u"dimension"_s, {Dimension::None, Dimension::Breadth, Dimension::Depth,
                                                Dimension::Frequency, Dimension::Efficiency},
                               Dimension::None);
        if (o.has(u"computation"_s)) {
            if (!o.value(u"computation"_s).isObject())
                o.expected(u"computation"_s, Text::tr("an object"));
            m.computation = o.value(u"computation"_s).toObject();
        }
        if (data.metrics.contains(m.id))
            o.expected(u"id"_s, Text::tr("an id no other metric of the file has"));
        data.metrics.insert(m.id, m);
    }
}

std::optional<GuardrailBound> FragmentReader::readBound(const JsonObjectReader &o) const
{
    const QString key = u"guardrailBound"_s;
    if (!o.has(key))
        return std::nullopt;
    const JsonObjectReader b(m_problems, o.value(key), o.pathOf(key));
    const bool atMost = b.has(u"atMost"_s);
    if (atMost == b.has(u"atLeast"_s)) {
        o.expected(key, Text::tr("{\"atMost\": a number} or {\"atLeast\": a number}"));
        return std::nullopt;
    }
    const auto value = b.number(atMost ? u"atMost"_s : u"atLeast"_s, Presence::Required);
    if (!value)
        return std::nullopt;
    return GuardrailBound{atMost ? GuardrailBound::Side::AtMost : GuardrailBound::Side::AtLeast, *value};
}

void FragmentReader::readTree(const JsonObjectReader &root)
{
    // A fragment copied from a canvas has no tree record; it still becomes one tree.
    if (!root.has(u"tree"_s))
        return;
    const JsonObjectReader o(m_problems, root.value(u"tree"_s), root.pathOf(u"tree"_s));
    m_tree.name = o.string(u"name"_s);
    m_tree.game = o.choice(u"game"_s, {Game::Unset, Game::Attention, Game::Transaction, Game::Productivity},
                           Game::Unset);
    m_tree.guardrailMetricId = metricReference(o, u"guardrail"_s, Presence::Optional);
    m_tree.guardrailBound = readBound(o);
}

void FragmentReader::readNodes(const JsonObjectReader &root)
{
    Id northStar = 0;
    for (const JsonObjectReader &o : root.objects(u"nodes"_s)) {
        Node n;
        n.id = o.id(u"id"_s, Presence::Required);
        n.kind = o.choice(u"kind"_s, {NodeKind::NorthStar, NodeKind::Input, NodeKind::Work}, NodeKind::Input);
        if (n.kind != NodeKind::Work)
            n.metricId = metricReference(o, u"metric"_s, Presence::Required);
        if (n.kind == NodeKind::NorthStar && northStar != 0)
            o.expected(u"kind"_s, Text::tr("\"input\" or \"work\" (a tree has one North Star)"));
        northStar = n.kind == NodeKind::NorthStar ? n.id : northStar;
        n.title = o.string(u"title"_s);
        n.owner = o.string(u"owner"_s);
        n.workType = o.choice(u"workType"_s, {WorkType::Initiative, WorkType::Experiment, WorkType::Feature},
                              WorkType::Initiative);
        n.status = o.choice(u"status"_s, {WorkStatus::Idea, WorkStatus::InProgress, WorkStatus::Shipped},
                            WorkStatus::Idea);
        n.shipDate = o.date(u"shipDate"_s);
        n.expectedImpact = o.string(u"expectedImpact"_s);
        if (o.has(u"impact"_s)) {
            n.impact = parseImpact(o.value(u"impact"_s).toString());
            if (!n.impact)
                o.expected(u"impact"_s, Text::tr("\"+10%\" or \"+0.05\""));
        }
        if (o.has(u"position"_s)) {
            const QJsonArray xy = o.value(u"position"_s).toArray();
            const bool numbers = xy.size() == 2 && xy.at(0).isDouble() && xy.at(1).isDouble()
                                 && std::isfinite(xy.at(0).toDouble()) && std::isfinite(xy.at(1).toDouble());
            if (!numbers)
                o.expected(u"position"_s, Text::tr("[x, y], two numbers"));
            n.pinned = true;
            n.position = QPointF(xy.at(0).toDouble(), xy.at(1).toDouble());
        }
        n.confidence = o.choice(u"confidence"_s, {Confidence::Unset, Confidence::High, Confidence::Medium,
                                                  Confidence::Low},
                                Confidence::Unset);
        if (data.nodes.contains(n.id))
            o.expected(u"id"_s, Text::tr("an id no other node of the file has"));
        data.nodes.insert(n.id, n);
    }
}

void FragmentReader::placeTree()
{
    // The file's ids are taken as they are (the clipboard and templates keep theirs); the
    // tree and everything without an id in the file get the next free ones.
    data.recomputeNextId();
    m_tree.id = data.metrics.contains(1) || data.nodes.contains(1) ? data.allocateId() : 1;
    data.trees.insert(m_tree.id, m_tree);
    for (Node &n : data.nodes)
        n.treeId = m_tree.id;
}

void FragmentReader::readEdges(const JsonObjectReader &root)
{
    for (const JsonObjectReader &o : root.objects(u"edges"_s)) {
        Edge e;
        e.treeId = m_tree.id;
        e.childId = nodeReference(o, u"child"_s);
        e.parentId = nodeReference(o, u"parent"_s);
        e.leverage = o.number(u"leverage"_s);
        e.theory = o.string(u"theory"_s);
        e.confidence = o.choice(u"confidence"_s, {Confidence::Unset, Confidence::High, Confidence::Medium,
                                                  Confidence::Low},
                                Confidence::Unset);
        const Node *child = data.node(e.childId);
        const Node *parent = data.node(e.parentId);
        if (child && child->kind == NodeKind::NorthStar)
            o.expected(u"child"_s, Text::tr("an input or work item (the North Star drives no other node)"));
        else if (parent && parent->kind == NodeKind::Work)
            o.expected(u"parent"_s, Text::tr("the North Star or an input (work items drive no other node)"));
        else if (child && parent
                 && (child == parent || data.edgeBetween(e.childId, e.parentId)
                     || data.wouldCreateCycle(e.childId, e.parentId)))
            o.expected(u"parent"_s, Text::tr("a node the child does not already drive (no loops)"));
        if (m_problems.any())
            return;
        e.id = data.allocateId();
        data.edges.insert(e.id, e);
    }
}

void FragmentReader::readAnswers(const JsonObjectReader &o, Candidate &c) const
{
    if (!o.has(u"answers"_s))
        return;
    const QJsonArray answers = o.value(u"answers"_s).toArray();
    if (!o.value(u"answers"_s).isArray() || answers.size() > checklistItemCount) {
        o.expected(u"answers"_s, Text::tr("an array of at most %1 answers").arg(checklistItemCount));
        return;
    }
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const auto answer = answerFromKey(answers.at(i).toString());
        if (!answer || !answers.at(i).isString()) {
            m_problems.expected(o.pathOf(u"answers"_s) + u'[' + QString::number(i) + u']',
                                Text::tr("one of \"yes\", \"no\", \"unsure\", \"\""), answers.at(i));
            return;
        }
        c.answers[static_cast<std::size_t>(i)] = *answer;
    }
}

void FragmentReader::readCandidates(const JsonObjectReader &root)
{
    for (const JsonObjectReader &o : root.objects(u"candidates"_s)) {
        Candidate c;
        c.treeId = m_tree.id;
        c.metricId = metricReference(o, u"metric"_s, Presence::Required);
        c.notes = o.string(u"notes"_s);
        readAnswers(o, c);
        c.id = data.allocateId();
        data.candidates.insert(c.id, c);
    }
}

void FragmentReader::readAnnotations(const JsonObjectReader &root)
{
    for (const JsonObjectReader &o : root.objects(u"annotations"_s)) {
        Annotation a;
        a.date = o.date(u"date"_s, Presence::Required);
        a.text = o.string(u"text"_s, Presence::Required);
        a.metricId = metricReference(o, u"metric"_s, Presence::Optional);
        a.id = data.allocateId();
        data.annotations.insert(a.id, a);
    }
}

void FragmentReader::readReviewNotes(const JsonObjectReader &root)
{
    for (const JsonObjectReader &o : root.objects(u"reviewNotes"_s)) {
        ReviewNote n;
        n.treeId = m_tree.id;
        n.period = o.date(u"period"_s, Presence::Required);
        n.grain = o.choice(u"grain"_s, {ReviewGrain::Week, ReviewGrain::Month}, ReviewGrain::Week, Presence::Required);
        n.metricId = metricReference(o, u"metric"_s, Presence::Optional);
        n.text = o.string(u"text"_s, Presence::Required);
        if (!m_problems.any() && data.reviewNote(n.treeId, n.metricId, n.period, n.grain))
            o.expected(u"period"_s, Text::tr("a period that has no note yet for this metric and grain"));
        n.id = data.allocateId();
        data.reviewNotes.insert(n.id, n);
    }
}

void FragmentReader::readParkingLot(const JsonObjectReader &root)
{
    for (const JsonObjectReader &o : root.objects(u"parkingLot"_s)) {
        ParkedIdea p;
        p.treeId = m_tree.id;
        p.text = o.name(u"text"_s);
        p.state = o.choice(u"state"_s, {ParkedState::Open, ParkedState::Placed, ParkedState::Dismissed},
                           ParkedState::Open);
        if (o.has(u"raised"_s)) {
            p.raised = QDateTime::fromString(o.value(u"raised"_s).toString(), Qt::ISODateWithMs).toUTC();
            if (!p.raised.isValid())
                o.expected(u"raised"_s, Text::tr("an instant like \"2026-12-03T09:30:00.000Z\""));
        }
        if (o.has(u"node"_s))
            p.nodeId = nodeReference(o, u"node"_s);
        p.id = data.allocateId();
        data.parkedIdeas.insert(p.id, p);
    }
}

void FragmentReader::readVotes(const JsonObjectReader &root)
{
    for (const JsonObjectReader &o : root.objects(u"votes"_s)) {
        Vote v;
        v.treeId = m_tree.id;
        // The workshop and its step are the workspace's (a saved version keeps them by id).
        v.workshopId = o.id(u"workshop"_s, Presence::Required);
        v.stepId = o.id(u"step"_s, Presence::Required);
        v.itemId = o.id(u"item"_s, Presence::Required);
        if (v.itemId != 0 && !data.nodes.contains(v.itemId) && !data.metrics.contains(v.itemId))
            o.expected(u"item"_s, Text::tr("the id of a node in $.nodes or of a candidate's metric in $.metrics"));
        const auto dots = o.number(u"dots"_s, Presence::Required);
        if (dots && (*dots < 0 || std::floor(*dots) != *dots || *dots > 1e6))
            o.expected(u"dots"_s, Text::tr("a whole number of dots from 0"));
        v.dots = dots ? int(*dots) : 0;
        v.id = data.allocateId();
        data.votes.insert(v.id, v);
    }
}

// "format" and "version": what the file is, and whether this version can read it.
Result<void> checkHeader(const QJsonObject &json)
{
    JsonProblems problems;
    const JsonObjectReader root(problems, json, u"$"_s);
    const QJsonValue format = json.value(u"format"_s);
    if (!format.isString() || format.toString() != u"northstar-fragment"_s) {
        root.expected(u"format"_s, Text::tr("\"northstar-fragment\" (a North Star Studio tree file)"));
        return fail(problems.first());
    }
    const auto version = root.number(u"version"_s, Presence::Required);
    if (version && (*version < 1 || std::floor(*version) != *version))
        root.expected(u"version"_s, Text::tr("a format version (a whole number from 1)"));
    if (problems.any())
        return fail(problems.first());
    if (*version > fragmentFormatVersion) {
        return fail(Text::tr("$.version: this file has format version %1 and comes from a newer version of "
                             "North Star Studio; this one reads versions up to %2.")
                        .arg(*version)
                        .arg(fragmentFormatVersion));
    }
    return {};
}

} // namespace

Result<WorkspaceData> fragmentFromJson(const QJsonObject &json)
{
    if (const auto header = checkHeader(json); !header)
        return fail(header.error());
    JsonProblems problems;
    const JsonObjectReader root(problems, json, u"$"_s);
    FragmentReader reader(problems);
    reader.readMetrics(root);
    reader.readTree(root);
    reader.readNodes(root);
    // Edges and the rest refer to the metrics and nodes: only once those are sound.
    if (!problems.any()) {
        reader.placeTree();
        reader.readEdges(root);
    }
    if (!problems.any()) {
        reader.readCandidates(root);
        reader.readAnnotations(root);
        reader.readReviewNotes(root);
        reader.readParkingLot(root);
        reader.readVotes(root);
    }
    if (problems.any())
        return fail(problems.first());
    reader.data.recomputeNextId();
    return std::move(reader.data);
}

} // namespace NorthStar
