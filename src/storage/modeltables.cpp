#include "storage/modeltables.h"

#include "storage/sqliteconnection.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace NorthStar::ModelTables {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::WorkspaceFile)
};

QString answersToText(const std::array<Answer, checklistItemCount> &answers)
{
    QStringList keys;
    for (Answer a : answers)
        keys.append(toKey(a));
    return keys.join(u',');
}

std::array<Answer, checklistItemCount> answersFromText(const QString &text)
{
    std::array<Answer, checklistItemCount> answers{};
    const QStringList keys = text.split(u',');
    for (int i = 0; i < checklistItemCount && i < keys.size(); ++i)
        answers[static_cast<std::size_t>(i)] = answerFromKey(keys.at(i)).value_or(Answer::Unanswered);
    return answers;
}

// QtSql binds a null QString as SQL NULL; the text columns are NOT NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

QVariant idOrNull(Id id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

// Unknown keys (from a hand-edited file) fall back to the default rather than failing the
// whole file: the rest of the workshop is still worth opening.
template<typename Enum>
Enum keyOr(std::optional<Enum> (*parse)(const QString &), const QVariant &value, Enum fallback)
{
    return parse(value.toString()).value_or(fallback);
}

Result<QSqlQuery> select(SqliteConnection &c, const QString &sql)
{
    QSqlQuery q(c.database());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return fail(Text::tr("cannot read the model (%1)").arg(describeSqlError(q.lastError())));
    return q;
}

Result<void> run(QSqlQuery &q)
{
    if (!q.exec())
        return fail(describeSqlError(q.lastError()));
    return {};
}

} // namespace

Result<WorkspaceData> read(SqliteConnection &c)
{
    WorkspaceData data;
    auto settings = select(c, u"SELECT key, value FROM settings"_s);
    if (!settings)
        return fail(settings.error());
    while (settings->next())
        data.settings.insert(settings->value(0).toString(), settings->value(1).toString());

    auto metrics = select(c, u"SELECT id, name, definition, unit, owner, target, notes, dimension, "
                             "computation FROM metrics"_s);
    if (!metrics)
        return fail(metrics.error());
    while (metrics->next()) {
        Metric m;
        m.id = metrics->value(0).toLongLong();
        m.name = metrics->value(1).toString();
        m.definition = metrics->value(2).toString();
        m.unit = metrics->value(3).toString();
        m.owner = metrics->value(4).toString();
        m.target = metrics->value(5).toString();
        m.notes = metrics->value(6).toString();
        m.dimension = keyOr(&dimensionFromKey, metrics->value(7), Dimension::None);
        m.computation = QJsonDocument::fromJson(metrics->value(8).toString().toUtf8()).object();
        data.metrics.insert(m.id, m);
    }

    auto trees = select(c, u"SELECT id, name, sort_order, game, guardrail_metric_id FROM trees"_s);
    if (!trees)
        return fail(trees.error());
    while (trees->next()) {
        Tree t;
        t.id = trees->value(0).toLongLong();
        t.name = trees->value(1).toString();
        t.order = trees->value(2).toInt();
        t.game = keyOr(&gameFromKey, trees->value(3), Game::Unset);
        t.guardrailMetricId = trees->value(4).toLongLong();
        data.trees.insert(t.id, t);
    }

    auto nodes = select(c, u"SELECT id, tree_id, kind, metric_id, title, owner, work_type, status, "
                           "ship_date, expected_impact, pinned, x, y FROM nodes"_s);
    if (!nodes)
        return fail(nodes.error());
    while (nodes->next()) {
        Node n;
        n.id = nodes->value(0).toLongLong();
        n.treeId = nodes->value(1).toLongLong();
        const auto kind = nodeKindFromKey(nodes->value(2).toString());
        if (!kind)
            return fail(Text::tr("node %1 has an unknown kind \"%2\"").arg(n.id).arg(nodes->value(2).toString()));
        n.kind = *kind;
        n.metricId = nodes->value(3).toLongLong();
        n.title = nodes->value(4).toString();
        n.owner = nodes->value(5).toString();
        n.workType = keyOr(&workTypeFromKey, nodes->value(6), WorkType::Initiative);
        n.status = keyOr(&workStatusFromKey, nodes->value(7), WorkStatus::Idea);
        n.shipDate = QDate::fromString(nodes->value(8).toString(), Qt::ISODate);
        n.expectedImpact = nodes->value(9).toString();
        n.pinned = nodes->value(10).toBool();
        n.position = QPointF(nodes->value(11).toDouble(), nodes->value(12).toDouble());
        data.nodes.insert(n.id, n);
    }

    auto edges = select(c, u"SELECT id, tree_id, child_id, parent_id, leverage, theory FROM edges"_s);
    if (!edges)
        return fail(edges.error());
    while (edges->next()) {
        Edge e;
        e.id = edges->value(0).toLongLong();
        e.treeId = edges->value(1).toLongLong();
        e.childId = edges->value(2).toLongLong();
        e.parentId = edges->value(3).toLongLong();
        if (!edges->value(4).isNull())
            e.leverage = edges->value(4).toDouble();
        e.theory = edges->value(5).toString();
        data.edges.insert(e.id, e);
    }

    auto candidates = select(c, u"SELECT id, tree_id, metric_id, answers, notes FROM candidates"_s);
    if (!candidates)
        return fail(candidates.error());
    while (candidates->next()) {
        Candidate cand;
        cand.id = candidates->value(0).toLongLong();
        cand.treeId = candidates->value(1).toLongLong();
        cand.metricId = candidates->value(2).toLongLong();
        cand.answers = answersFromText(candidates->value(3).toString());
        cand.notes = candidates->value(4).toString();
        data.candidates.insert(cand.id, cand);
    }
    data.recomputeNextId();
    return data;
}

Result<void> replace(SqliteConnection &c, const WorkspaceData &data)
{
    if (auto r = c.exec(u"DELETE FROM settings; DELETE FROM metrics; DELETE FROM trees; "
                        "DELETE FROM nodes; DELETE FROM edges; DELETE FROM candidates"_s);
        !r)
        return r;

    QSqlQuery q(c.database());
    q.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?)"_s);
    for (auto it = data.settings.cbegin(); it != data.settings.cend(); ++it) {
        q.addBindValue(text(it.key()));
        q.addBindValue(text(it.value()));
        if (auto r = run(q); !r)
            return r;
    }

    q.prepare(u"INSERT INTO metrics (id, name, definition, unit, owner, target, notes, dimension, "
              "computation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const Metric &m : data.metrics) {
        for (const QVariant &v : {QVariant(m.id), text(m.name), text(m.definition),
                                  text(m.unit), text(m.owner), text(m.target),
                                  text(m.notes), text(toKey(m.dimension)),
                                  text(m.computation.isEmpty()
                                               ? QString()
                                               : QString::fromUtf8(QJsonDocument(m.computation)
                                                                       .toJson(QJsonDocument::Compact)))})
            q.addBindValue(v);
        if (auto r = run(q); !r)
            return r;
    }

    q.prepare(u"INSERT INTO trees (id, name, sort_order, game, guardrail_metric_id) "
              "VALUES (?, ?, ?, ?, ?)"_s);
    for (const Tree &t : data.trees) {
        for (const QVariant &v : {QVariant(t.id), text(t.name), QVariant(t.order),
                                  text(toKey(t.game)), idOrNull(t.guardrailMetricId)})
            q.addBindValue(v);
        if (auto r = run(q); !r)
            return r;
    }

    q.prepare(u"INSERT INTO nodes (id, tree_id, kind, metric_id, title, owner, work_type, status, "
              "ship_date, expected_impact, pinned, x, y) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const Node &n : data.nodes) {
        for (const QVariant &v :
             {QVariant(n.id), QVariant(n.treeId), text(toKey(n.kind)), idOrNull(n.metricId),
              text(n.title), text(n.owner), text(toKey(n.workType)),
              text(toKey(n.status)),
              text(n.shipDate.isValid() ? n.shipDate.toString(Qt::ISODate) : QString()),
              text(n.expectedImpact), QVariant(n.pinned ? 1 : 0), QVariant(n.position.x()),
              QVariant(n.position.y())})
            q.addBindValue(v);
        if (auto r = run(q); !r)
            return r;
    }

    q.prepare(u"INSERT INTO edges (id, tree_id, child_id, parent_id, leverage, theory) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const Edge &e : data.edges) {
        for (const QVariant &v : {QVariant(e.id), QVariant(e.treeId), QVariant(e.childId),
                                  QVariant(e.parentId),
                                  e.leverage ? QVariant(*e.leverage) : QVariant(),
                                  text(e.theory)})
            q.addBindValue(v);
        if (auto r = run(q); !r)
            return r;
    }

    q.prepare(u"INSERT INTO candidates (id, tree_id, metric_id, answers, notes) VALUES (?, ?, ?, ?, ?)"_s);
    for (const Candidate &cand : data.candidates) {
        for (const QVariant &v : {QVariant(cand.id), QVariant(cand.treeId), QVariant(cand.metricId),
                                  text(answersToText(cand.answers)), text(cand.notes)})
            q.addBindValue(v);
        if (auto r = run(q); !r)
            return r;
    }
    return {};
}

} // namespace NorthStar::ModelTables
