#include "storage/modeltables.h"

#include "storage/tablerows.h"

#include "sqlite/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringList>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace NorthStar::ModelTables {

using namespace Rows;

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

// Empty optionals and invalid dates are NULL; dates are ISO text (YYYY-MM-DD).
Sqlite::Statement &bindOptional(Sqlite::Statement &q, int index, const std::optional<double> &value)
{
    return value ? q.bind(index, *value) : q.bindNull(index);
}

Sqlite::Statement &bindDate(Sqlite::Statement &q, int index, QDate date)
{
    return date.isValid() ? q.bind(index, date.toString(Qt::ISODate)) : q.bindNull(index);
}

// SQLite keeps an infinity a hand edit wrote (1e999); no target or bound can be one, and the
// review's arithmetic would carry it everywhere, so it reads as no value.
std::optional<double> optionalReal(const Sqlite::Statement &q, int column)
{
    if (q.isNull(column) || !std::isfinite(q.real(column)))
        return std::nullopt;
    return q.real(column);
}

// NULL, '' and anything that is not an ISO date (a hand edit) read as an invalid date.
QDate dateAt(const Sqlite::Statement &q, int column)
{
    return QDate::fromString(q.text(column), Qt::ISODate);
}

// The file's words for a guardrail bound's side (the model has no keys for it).
QString sideKey(GuardrailBound::Side side)
{
    return side == GuardrailBound::Side::AtLeast ? u"at-least"_s : u"at-most"_s;
}

std::optional<GuardrailBound::Side> sideFromKey(const QString &key)
{
    if (key == u"at-least"_s)
        return GuardrailBound::Side::AtLeast;
    if (key == u"at-most"_s)
        return GuardrailBound::Side::AtMost;
    return std::nullopt;
}

} // namespace

namespace Rows {

Sqlite::Statement &bindIdOrNull(Sqlite::Statement &q, int index, Id id)
{
    return id == 0 ? q.bindNull(index) : q.bind(index, std::int64_t(id));
}

QString cannotRead(const QString &detail)
{
    return Text::tr("cannot read the model (%1)").arg(detail);
}

Result<void> forEachRow(Sqlite::Database &db, const char *sql,
                        const std::function<Result<void>(const Sqlite::Statement &)> &row)
{
    auto q = db.prepare(sql);
    if (!q)
        return fail(cannotRead(q.error()));
    for (;;) {
        auto more = q->step();
        if (!more)
            return fail(cannotRead(more.error()));
        if (!*more)
            return {};
        if (auto r = row(*q); !r)
            return r;
    }
}

} // namespace Rows

Result<WorkspaceData> read(Sqlite::Database &db)
{
    WorkspaceData data;
    auto settings = forEachRow(db, "SELECT key, value FROM settings", [&](const Sqlite::Statement &q) -> Result<void> {
        data.settings.insert(q.text(0), q.text(1));
        return {};
    });
    if (!settings)
        return fail(settings.error());

    auto metrics = forEachRow(db, "SELECT id, name, definition, unit, owner, notes, dimension, computation, "
                                  "target_value, target_date, baseline_value, baseline_date FROM metrics",
                              [&](const Sqlite::Statement &q) -> Result<void> {
        Metric m;
        m.id = q.int64(0);
        m.name = q.text(1);
        m.definition = q.text(2);
        m.unit = q.text(3);
        m.owner = q.text(4);
        m.notes = q.text(5);
        m.dimension = keyOr(&dimensionFromKey, q.text(6), Dimension::None);
        m.computation = QJsonDocument::fromJson(q.text(7).toUtf8()).object();
        m.target.value = optionalReal(q, 8);
        m.target.date = dateAt(q, 9);
        m.target.baselineValue = optionalReal(q, 10);
        m.target.baselineDate = dateAt(q, 11);
        data.metrics.insert(m.id, m);
        return {};
    });
    if (!metrics)
        return fail(metrics.error());

    auto trees = forEachRow(db, "SELECT id, name, sort_order, game, guardrail_metric_id, guardrail_side, "
                                "guardrail_value FROM trees",
                            [&](const Sqlite::Statement &q) -> Result<void> {
        Tree t;
        t.id = q.int64(0);
        t.name = q.text(1);
        t.order = int(q.int64(2));
        t.game = keyOr(&gameFromKey, q.text(3), Game::Unset);
        t.guardrailMetricId = q.int64(4);
        // No side (NULL or ''), no bound. A side this version does not know is refused, not
        // guessed: the wrong side would turn the guardrail's alarm around unnoticed.
        if (!q.text(5).isEmpty()) {
            const auto side = sideFromKey(q.text(5));
            if (!side)
                return fail(Text::tr("tree %1 has an unknown guardrail side \"%2\"").arg(t.id).arg(q.text(5)));
            const auto value = optionalReal(q, 6);
            if (!value)
                return fail(Text::tr("tree %1 has a guardrail side but no bound").arg(t.id));
            t.guardrailBound = GuardrailBound{*side, *value};
        }
        data.trees.insert(t.id, t);
        return {};
    });
    if (!trees)
        return fail(trees.error());

    auto nodes = forEachRow(db, "SELECT id, tree_id, kind, metric_id, title, owner, work_type, status, "
                                "ship_date, expected_impact, pinned, x, y, impact_amount, impact_relative, confidence FROM nodes",
                            [&](const Sqlite::Statement &q) -> Result<void> {
        Node n;
        n.id = q.int64(0);
        n.treeId = q.int64(1);
        const auto kind = nodeKindFromKey(q.text(2));
        if (!kind)
            return fail(Text::tr("node %1 has an unknown kind \"%2\"").arg(n.id).arg(q.text(2)));
        n.kind = *kind;
        n.metricId = q.int64(3);
        n.title = q.text(4);
        n.owner = q.text(5);
        n.workType = keyOr(&workTypeFromKey, q.text(6), WorkType::Initiative);
        n.status = keyOr(&workStatusFromKey, q.text(7), WorkStatus::Idea);
        n.shipDate = QDate::fromString(q.text(8), Qt::ISODate);
        n.expectedImpact = q.text(9);
        n.pinned = q.int64(10) != 0;
        n.position = QPointF(q.real(11), q.real(12));
        if (const auto amount = optionalReal(q, 13))
            n.impact = ExpectedImpact{*amount, q.int64(14) != 0};
        n.confidence = keyOr(&confidenceFromKey, q.text(15), Confidence::Unset);
        data.nodes.insert(n.id, n);
        return {};
    });
    if (!nodes)
        return fail(nodes.error());

    auto edges = forEachRow(db, "SELECT id, tree_id, child_id, parent_id, leverage, theory, confidence FROM edges",
                            [&](const Sqlite::Statement &q) -> Result<void> {
        Edge e;
        e.id = q.int64(0);
        e.treeId = q.int64(1);
        e.childId = q.int64(2);
        e.parentId = q.int64(3);
        if (!q.isNull(4))
            e.leverage = q.real(4);
        e.theory = q.text(5);
        e.confidence = keyOr(&confidenceFromKey, q.text(6), Confidence::Unset);
        data.edges.insert(e.id, e);
        return {};
    });
    if (!edges)
        return fail(edges.error());

    auto candidates = forEachRow(db, "SELECT id, tree_id, metric_id, answers, notes FROM candidates",
                                 [&](const Sqlite::Statement &q) -> Result<void> {
        Candidate cand;
        cand.id = q.int64(0);
        cand.treeId = q.int64(1);
        cand.metricId = q.int64(2);
        cand.answers = answersFromText(q.text(3));
        cand.notes = q.text(4);
        data.candidates.insert(cand.id, cand);
        return {};
    });
    if (!candidates)
        return fail(candidates.error());

    auto annotations = forEachRow(db, "SELECT id, date, text, metric_id FROM annotations",
                                  [&](const Sqlite::Statement &q) -> Result<void> {
        Annotation a;
        a.id = q.int64(0);
        a.date = dateAt(q, 1);
        a.text = q.text(2);
        a.metricId = q.int64(3);
        data.annotations.insert(a.id, a);
        return {};
    });
    if (!annotations)
        return fail(annotations.error());

    auto reviewNotes = forEachRow(db, "SELECT id, tree_id, metric_id, period, grain, text FROM review_notes",
                                  [&](const Sqlite::Statement &q) -> Result<void> {
        ReviewNote n;
        n.id = q.int64(0);
        n.treeId = q.int64(1);
        n.metricId = q.int64(2);
        n.period = dateAt(q, 3);
        // A grain this version does not know: the note is kept (under the weekly review)
        // rather than the whole file refused.
        n.grain = keyOr(&reviewGrainFromKey, q.text(4), ReviewGrain::Week);
        n.text = q.text(5);
        data.reviewNotes.insert(n.id, n);
        return {};
    });
    if (!reviewNotes)
        return fail(reviewNotes.error());

    auto versions = forEachRow(db, "SELECT id, tree_id, name, saved, fragment FROM tree_versions",
                               [&](const Sqlite::Statement &q) -> Result<void> {
        TreeVersion v;
        v.id = q.int64(0);
        v.treeId = q.int64(1);
        v.name = q.text(2);
        // An unreadable instant (a hand edit) is an invalid one: the version is still there.
        v.saved = QDateTime::fromString(q.text(3), Qt::ISODateWithMs).toUTC();
        v.fragment = q.text(4).toUtf8();
        data.versions.insert(v.id, v);
        return {};
    });
    if (!versions)
        return fail(versions.error());
    if (auto r = readWorkshops(db, data); !r)
        return fail(r.error());
    data.recomputeNextId();
    return data;
}

Result<void> replace(Sqlite::Database &db, const WorkspaceData &data)
{
    if (auto r = db.exec("DELETE FROM settings; DELETE FROM metrics; DELETE FROM trees; "
                         "DELETE FROM nodes; DELETE FROM edges; DELETE FROM candidates; "
                         "DELETE FROM annotations; DELETE FROM review_notes; DELETE FROM tree_versions");
        !r)
        return r;

    auto settings = db.prepare("INSERT INTO settings (key, value) VALUES (?, ?)");
    if (!settings)
        return fail(settings.error());
    for (auto it = data.settings.cbegin(); it != data.settings.cend(); ++it) {
        if (auto r = settings->bind(1, it.key()).bind(2, it.value()).exec(); !r)
            return r;
    }

    auto metrics = db.prepare("INSERT INTO metrics (id, name, definition, unit, owner, notes, dimension, "
                              "computation, target_value, target_date, baseline_value, baseline_date) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!metrics)
        return fail(metrics.error());
    for (const Metric &m : data.metrics) {
        const QString computation = m.computation.isEmpty()
                                        ? QString()
                                        : QString::fromUtf8(QJsonDocument(m.computation).toJson(QJsonDocument::Compact));
        metrics->bind(1, std::int64_t(m.id)).bind(2, m.name).bind(3, m.definition).bind(4, m.unit)
            .bind(5, m.owner).bind(6, m.notes).bind(7, toKey(m.dimension)).bind(8, computation);
        bindOptional(*metrics, 9, m.target.value);
        bindDate(*metrics, 10, m.target.date);
        bindOptional(*metrics, 11, m.target.baselineValue);
        bindDate(*metrics, 12, m.target.baselineDate);
        if (auto r = metrics->exec(); !r)
            return r;
    }

    auto trees = db.prepare("INSERT INTO trees (id, name, sort_order, game, guardrail_metric_id, guardrail_side, "
                            "guardrail_value) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!trees)
        return fail(trees.error());
    for (const Tree &t : data.trees) {
        trees->bind(1, std::int64_t(t.id)).bind(2, t.name).bind(3, t.order).bind(4, toKey(t.game));
        bindIdOrNull(*trees, 5, t.guardrailMetricId);
        if (t.guardrailBound)
            trees->bind(6, sideKey(t.guardrailBound->side)).bind(7, t.guardrailBound->value);
        else
            trees->bindNull(6).bindNull(7);
        if (auto r = trees->exec(); !r)
            return r;
    }

    auto nodes = db.prepare("INSERT INTO nodes (id, tree_id, kind, metric_id, title, owner, work_type, status, "
                            "ship_date, expected_impact, pinned, x, y, impact_amount, impact_relative, confidence) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!nodes)
        return fail(nodes.error());
    for (const Node &n : data.nodes) {
        nodes->bind(1, std::int64_t(n.id)).bind(2, std::int64_t(n.treeId)).bind(3, toKey(n.kind));
        bindIdOrNull(*nodes, 4, n.metricId)
            .bind(5, n.title).bind(6, n.owner).bind(7, toKey(n.workType)).bind(8, toKey(n.status))
            .bind(9, n.shipDate.isValid() ? n.shipDate.toString(Qt::ISODate) : QString())
            .bind(10, n.expectedImpact).bind(11, n.pinned ? 1 : 0).bind(12, n.position.x()).bind(13, n.position.y());
        if (n.impact)
            nodes->bind(14, n.impact->amount).bind(15, n.impact->relative ? 1 : 0);
        else
            nodes->bindNull(14).bind(15, 0);
        nodes->bind(16, toKey(n.confidence));
        if (auto r = nodes->exec(); !r)
            return r;
    }

    auto edges = db.prepare("INSERT INTO edges (id, tree_id, child_id, parent_id, leverage, theory, confidence) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!edges)
        return fail(edges.error());
    for (const Edge &e : data.edges) {
        edges->bind(1, std::int64_t(e.id)).bind(2, std::int64_t(e.treeId)).bind(3, std::int64_t(e.childId))
            .bind(4, std::int64_t(e.parentId)).bind(6, e.theory).bind(7, toKey(e.confidence));
        if (e.leverage)
            edges->bind(5, *e.leverage);
        else
            edges->bindNull(5);
        if (auto r = edges->exec(); !r)
            return r;
    }

    auto candidates = db.prepare("INSERT INTO candidates (id, tree_id, metric_id, answers, notes) VALUES (?, ?, ?, ?, ?)");
    if (!candidates)
        return fail(candidates.error());
    for (const Candidate &cand : data.candidates) {
        candidates->bind(1, std::int64_t(cand.id)).bind(2, std::int64_t(cand.treeId))
            .bind(3, std::int64_t(cand.metricId)).bind(4, answersToText(cand.answers)).bind(5, cand.notes);
        if (auto r = candidates->exec(); !r)
            return r;
    }

    auto annotations = db.prepare("INSERT INTO annotations (id, date, text, metric_id) VALUES (?, ?, ?, ?)");
    if (!annotations)
        return fail(annotations.error());
    for (const Annotation &a : data.annotations) {
        annotations->bind(1, std::int64_t(a.id));
        bindDate(*annotations, 2, a.date).bind(3, a.text);
        if (auto r = bindIdOrNull(*annotations, 4, a.metricId).exec(); !r)
            return r;
    }

    auto reviewNotes = db.prepare("INSERT INTO review_notes (id, tree_id, metric_id, period, grain, text) "
                                  "VALUES (?, ?, ?, ?, ?, ?)");
    if (!reviewNotes)
        return fail(reviewNotes.error());
    for (const ReviewNote &n : data.reviewNotes) {
        reviewNotes->bind(1, std::int64_t(n.id)).bind(2, std::int64_t(n.treeId));
        bindIdOrNull(*reviewNotes, 3, n.metricId);
        bindDate(*reviewNotes, 4, n.period).bind(5, toKey(n.grain)).bind(6, n.text);
        if (auto r = reviewNotes->exec(); !r)
            return r;
    }

    auto versions = db.prepare("INSERT INTO tree_versions (id, tree_id, name, saved, fragment) VALUES (?, ?, ?, ?, ?)");
    if (!versions)
        return fail(versions.error());
    for (const TreeVersion &v : data.versions) {
        versions->bind(1, std::int64_t(v.id)).bind(2, std::int64_t(v.treeId)).bind(3, v.name);
        if (v.saved.isValid())
            versions->bind(4, v.saved.toUTC().toString(Qt::ISODateWithMs));
        else
            versions->bindNull(4);
        const std::string_view fragment(v.fragment.constData(), std::size_t(v.fragment.size()));
        if (auto r = versions->bind(5, fragment).exec(); !r)
            return r;
    }
    return replaceWorkshops(db, data);
}

} // namespace NorthStar::ModelTables
