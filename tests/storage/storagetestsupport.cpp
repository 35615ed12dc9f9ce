#include "storagetestsupport.h"

#include "sqlite/database.h"
#include "sqlite/transaction.h"
#include "model/treeversion.h"
#include "storage/schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace NorthStar::StorageTest {

WorkspaceData richWorkspace()
{
    WorkspaceData d;
    Metric ns;
    ns.id = 1;
    ns.name = u"Équipes actives / semaine 🚀"_s;
    ns.definition = u"Teams with ≥ 3 members active in the week\n(second line, \"quoted\", 'single')"_s;
    ns.unit = u"teams"_s;
    ns.owner = u"Zoë Ångström"_s;
    ns.target.value = 1200;
    ns.target.date = QDate(2026, 12, 31);
    ns.target.baselineValue = 400;
    ns.target.baselineDate = QDate(2026, 1, 5);
    ns.notes = u"日本語のメモ; DROP TABLE metrics; --"_s;
    ns.dimension = Dimension::Breadth;
    ns.computation = QJsonObject{{u"kind"_s, u"active-users"_s}, {u"window"_s, 7},
                                 {u"events"_s, QJsonArray{u"open"_s, u"edit"_s}},
                                 {u"ratio"_s, 0.5}};
    d.metrics.insert(ns.id, ns);
    Metric blank;
    blank.id = 2;
    blank.name = u"New input"_s;
    d.metrics.insert(blank.id, blank);
    Metric wide;
    wide.id = 5'000'000'000LL;  // ids are 64-bit
    wide.name = u"Docs per team"_s;
    wide.dimension = Dimension::Efficiency;
    wide.target.value = 0.35;  // a target without a baseline
    wide.target.date = QDate(2027, 1, 1);
    d.metrics.insert(wide.id, wide);
    Metric guard;
    guard.id = 3;
    guard.name = u"Support tickets"_s;
    guard.dimension = Dimension::Depth;
    // Zero is a target, not "none"; a baseline value may come without its date.
    guard.target.value = 0.0;
    guard.target.date = QDate(2026, 6, 30);
    guard.target.baselineValue = -12.5;
    d.metrics.insert(guard.id, guard);

    for (int i = 0; i < 2; ++i) {
        Tree t;
        t.id = 10 + i;
        t.name = i == 0 ? u"Croissance"_s : u"Retention (EMEA)"_s;
        t.order = i == 0 ? 1 : 0;
        t.game = i == 0 ? Game::Productivity : Game::Unset;
        t.guardrailMetricId = i == 0 ? 3 : 0;
        d.trees.insert(t.id, t);
    }
    d.trees[10].guardrailBound = GuardrailBound{GuardrailBound::Side::AtMost, 250.0};
    // A bound on a tree without a guardrail metric yet: the file keeps what the model has.
    d.trees[11].guardrailBound = GuardrailBound{GuardrailBound::Side::AtLeast, -0.125};

    Node n;
    n.id = 20;
    n.treeId = 10;
    n.kind = NodeKind::NorthStar;
    n.metricId = 1;
    n.pinned = true;
    n.position = QPointF(-120.125, 3.0e-3);
    d.nodes.insert(n.id, n);
    n = Node{};
    n.id = 21;
    n.treeId = 10;
    n.kind = NodeKind::Input;
    n.metricId = 5'000'000'000LL;
    d.nodes.insert(n.id, n);
    n = Node{};
    n.id = 22;
    n.treeId = 10;
    n.kind = NodeKind::Work;
    n.title = u"Ship the \"digest\" ✉"_s;
    n.owner = u"Ana"_s;
    n.workType = WorkType::Experiment;
    n.status = WorkStatus::Shipped;
    n.shipDate = QDate(2024, 2, 29);
    n.expectedImpact = u"+5 % WAT"_s;
    n.impact = ExpectedImpact{0.05, true};
    n.pinned = true;
    n.position = QPointF(1e6, -0.5);
    d.nodes.insert(n.id, n);
    n = Node{};
    n.id = 23;
    n.treeId = 10;
    n.kind = NodeKind::Work;
    n.title = u"Idea without a date"_s;
    n.impact = ExpectedImpact{-0.2, false};
    n.confidence = Confidence::Low;
    n.workType = WorkType::Feature;
    n.status = WorkStatus::InProgress;
    d.nodes.insert(n.id, n);
    n = Node{};
    n.id = 24;
    n.treeId = 11;
    n.kind = NodeKind::Input;
    n.metricId = 2;
    d.nodes.insert(n.id, n);

    auto edge = [&](Id id, Id tree, Id child, Id parent, std::optional<double> leverage, const QString &theory) {
        Edge e;
        e.id = id;
        e.treeId = tree;
        e.childId = child;
        e.parentId = parent;
        e.leverage = leverage;
        e.theory = theory;
        d.edges.insert(e.id, e);
    };
    edge(30, 10, 21, 20, 0.0, u"Zero is a measured value"_s);
    edge(31, 10, 22, 21, std::nullopt, {});
    edge(32, 10, 23, 21, -0.375, u"Théorie: moins de friction"_s);
    d.edges[30].confidence = Confidence::Medium;
    d.edges[32].confidence = Confidence::Low;

    Candidate c;
    c.id = 40;
    c.treeId = 10;
    c.metricId = 1;
    c.answers = {Answer::Yes, Answer::No, Answer::Unsure, Answer::Unanswered,
                 Answer::Yes, Answer::Yes, Answer::Unsure, Answer::No};
    c.notes = u"Picked in the March workshop"_s;
    d.candidates.insert(c.id, c);
    c = Candidate{};
    c.id = 41;
    c.treeId = 11;
    c.metricId = 2;
    d.candidates.insert(c.id, c);

    auto annotate = [&](Id id, QDate date, const QString &text, Id metricId) {
        d.annotations.insert(id, Annotation{id, date, text, metricId});
    };
    annotate(50, QDate(2026, 3, 2), u"Pricing change → all regions"_s, 0);
    annotate(51, QDate(2024, 2, 29), u"Outage; \"digest\" sent twice\nsecond line"_s, 1);
    annotate(52, QDate(2026, 3, 2), {}, 5'000'000'000LL);

    auto note = [&](Id id, Id tree, Id metric, QDate period, ReviewGrain grain, const QString &text) {
        d.reviewNotes.insert(id, ReviewNote{id, tree, metric, period, grain, text});
    };
    note(60, 10, 0, QDate(2026, 3, 2), ReviewGrain::Week, u"On track; ship the digest"_s);
    note(61, 10, 1, QDate(2026, 3, 2), ReviewGrain::Week, u"Dip: the outage (annotation 51)"_s);
    note(62, 10, 0, QDate(2026, 3, 1), ReviewGrain::Month, u"März: 日本語 ✓"_s);
    note(63, 11, 5'000'000'000LL, QDate(2026, 2, 1), ReviewGrain::Month, {});

    d.settings.insert(u"timezone"_s, u"Europe/Berlin"_s);
    d.settings.insert(u"week-start"_s, u"monday"_s);
    d.settings.insert(u"empty"_s, u""_s);
    d.settings.insert(u"ключ"_s, u"значение ✓"_s);
    // A saved version of the tree, and an unreadable one (a hand edit): kept as they are.
    const QDateTime saved(QDate(2026, 12, 3), QTime(14, 5, 9, 250), Qt::UTC);
    d.versions.insert(70, TreeVersion{70, 10, u"Hypothese v1, Workshop 3. Dez. ✓"_s, saved,
                                      TreeVersions::snapshot(d, 10)});
    d.versions.insert(71, TreeVersion{71, 11, u"broken"_s, saved.addDays(1), "{not json"});

    // A finished workshop (one step never reached) and a running one, with their votes and a
    // parking lot in every state.
    Workshop w;
    w.id = 80;
    w.treeId = 10;
    w.name = u"Workshop 3. Dez. ✓"_s;
    w.started = saved;
    w.finished = saved.addSecs(3600);
    w.currentStep = 1;
    w.participants = 8;
    w.dotsPerPerson = 3;
    WorkshopStep s;
    s.id = 81;
    s.kind = WorkshopStepKind::Candidates;
    s.title = u"Candidates"_s;
    s.prompt = u"Which numbers show the value? \"Name\" them"_s;
    s.minutes = 20;
    s.started = saved;
    s.ended = saved.addSecs(25 * 60 + 1);
    s.decisions = u"Keep two candidates\nsecond line"_s;
    w.steps.append(s);
    s = WorkshopStep{};
    s.id = 82;
    s.kind = WorkshopStepKind::Choose;
    s.title = u"Wählen"_s;
    s.minutes = 10;
    s.started = saved.addSecs(25 * 60 + 1);
    s.ended = w.finished;
    w.steps.append(s);
    s = WorkshopStep{};
    s.id = 83;
    s.title = u"Never reached"_s;
    s.minutes = 1;
    w.steps.append(s);
    d.workshops.insert(w.id, w);
    Workshop running;
    running.id = 84;
    running.treeId = 11;
    running.started = saved.addDays(2);
    running.dotsPerPerson = 0;
    s = WorkshopStep{};
    s.id = 85;
    s.kind = WorkshopStepKind::Inputs;
    s.title = u"Inputs"_s;
    s.started = running.started;
    running.steps.append(s);
    d.workshops.insert(running.id, running);
    d.votes.insert(86, Vote{86, 10, 80, 82, 1, 5});
    d.votes.insert(87, Vote{87, 10, 80, 82, 2, 5});
    d.votes.insert(88, Vote{88, 11, 84, 85, 24, 1});
    d.parkedIdeas.insert(90, ParkedIdea{90, 10, u"Referral programme ✓"_s, saved, ParkedState::Open, 0});
    d.parkedIdeas.insert(91, ParkedIdea{91, 10, u"Digest"_s, saved.addSecs(60), ParkedState::Placed, 22});
    d.parkedIdeas.insert(92, ParkedIdea{92, 11, u"Gamification"_s, QDateTime(), ParkedState::Dismissed, 0});
    d.recomputeNextId();
    return d;
}

WorkspaceData bigWorkspace(int metricCount)
{
    WorkspaceData d;
    Tree t;
    t.id = 1;
    t.name = u"Big"_s;
    d.trees.insert(t.id, t);
    const QString notes = QString(u"Lorem ipsum dolor sit amet, consectetur adipiscing elit. "_s).repeated(3);
    for (int i = 0; i < metricCount; ++i) {
        Metric m;
        m.id = 10 + i;
        m.name = u"Metric %1"_s.arg(i);
        m.notes = notes;
        d.metrics.insert(m.id, m);
    }
    d.recomputeNextId();
    return d;
}

namespace {

// The rows of a version 1 or 2 file, as ModelTables wrote them before version 3.
Result<void> insertOldRows(Sqlite::Database &db, const WorkspaceData &data)
{
    auto settings = db.prepare("INSERT INTO settings (key, value) VALUES (?, ?)");
    if (!settings)
        return fail(settings.error());
    for (auto it = data.settings.cbegin(); it != data.settings.cend(); ++it) {
        if (auto r = settings->bind(1, it.key()).bind(2, it.value()).exec(); !r)
            return r;
    }
    auto metrics = db.prepare("INSERT INTO metrics (id, name, definition, unit, owner, target, notes, "
                              "dimension, computation) VALUES (?, ?, ?, ?, ?, '', ?, ?, ?)");
    if (!metrics)
        return fail(metrics.error());
    for (const Metric &m : data.metrics) {
        const QString computation = m.computation.isEmpty()
                                        ? QString()
                                        : QString::fromUtf8(QJsonDocument(m.computation).toJson(QJsonDocument::Compact));
        metrics->bind(1, std::int64_t(m.id)).bind(2, m.name).bind(3, m.definition).bind(4, m.unit)
            .bind(5, m.owner).bind(6, m.notes).bind(7, toKey(m.dimension)).bind(8, computation);
        if (auto r = metrics->exec(); !r)
            return r;
    }
    auto trees = db.prepare("INSERT INTO trees (id, name, sort_order, game, guardrail_metric_id) "
                            "VALUES (?, ?, ?, ?, ?)");
    if (!trees)
        return fail(trees.error());
    for (const Tree &t : data.trees) {
        trees->bind(1, std::int64_t(t.id)).bind(2, t.name).bind(3, t.order).bind(4, toKey(t.game));
        if (t.guardrailMetricId == 0)
            trees->bindNull(5);
        else
            trees->bind(5, std::int64_t(t.guardrailMetricId));
        if (auto r = trees->exec(); !r)
            return r;
    }
    auto nodes = db.prepare("INSERT INTO nodes (id, tree_id, kind, metric_id, title, owner, work_type, status, "
                            "ship_date, expected_impact, pinned, x, y) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!nodes)
        return fail(nodes.error());
    for (const Node &n : data.nodes) {
        nodes->bind(1, std::int64_t(n.id)).bind(2, std::int64_t(n.treeId)).bind(3, toKey(n.kind));
        if (n.metricId == 0)
            nodes->bindNull(4);
        else
            nodes->bind(4, std::int64_t(n.metricId));
        nodes->bind(5, n.title).bind(6, n.owner).bind(7, toKey(n.workType)).bind(8, toKey(n.status))
            .bind(9, n.shipDate.isValid() ? n.shipDate.toString(Qt::ISODate) : QString())
            .bind(10, n.expectedImpact).bind(11, n.pinned ? 1 : 0).bind(12, n.position.x()).bind(13, n.position.y());
        if (auto r = nodes->exec(); !r)
            return r;
    }
    auto edges = db.prepare("INSERT INTO edges (id, tree_id, child_id, parent_id, leverage, theory) "
                            "VALUES (?, ?, ?, ?, ?, ?)");
    if (!edges)
        return fail(edges.error());
    for (const Edge &e : data.edges) {
        edges->bind(1, std::int64_t(e.id)).bind(2, std::int64_t(e.treeId)).bind(3, std::int64_t(e.childId))
            .bind(4, std::int64_t(e.parentId)).bind(6, e.theory);
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
    for (const Candidate &c : data.candidates) {
        QStringList answers;
        for (Answer a : c.answers)
            answers.append(toKey(a));
        candidates->bind(1, std::int64_t(c.id)).bind(2, std::int64_t(c.treeId)).bind(3, std::int64_t(c.metricId))
            .bind(4, answers.join(u',')).bind(5, c.notes);
        if (auto r = candidates->exec(); !r)
            return r;
    }
    return {};
}

} // namespace

Result<void> writeOldWorkspace(const QString &path, int version, const WorkspaceData &data)
{
    if (version < 1 || version > 2)
        return fail(u"no old writer for schema version %1"_s.arg(version));
    auto db = Sqlite::Database::open(path, Sqlite::OpenMode::Create);
    if (!db)
        return fail(db.error());
    if (auto r = db->exec(Schema::modelTablesV1()); !r)
        return r;
    if (version >= 2) {
        if (auto r = db->exec(Schema::eventTablesV2()); !r)
            return r;
    }
    if (auto r = db->exec(u"PRAGMA user_version = %1; PRAGMA application_id = %2"_s.arg(version).arg(Schema::applicationId)); !r)
        return r;
    auto transaction = Sqlite::Transaction::begin(*db);
    if (!transaction)
        return fail(transaction.error());
    if (auto r = insertOldRows(*db, data); !r)
        return transaction->abandon(r.error());
    return transaction->commit();
}

WorkspaceData withoutReviewFields(WorkspaceData data)
{
    for (Metric &m : data.metrics)
        m.target = {};
    for (Tree &t : data.trees)
        t.guardrailBound.reset();
    for (Node &n : data.nodes)
        n.impact.reset();
    data.annotations.clear();
    data.reviewNotes.clear();
    data.versions.clear();
    data = withoutWorkshops(std::move(data));
    data.recomputeNextId();
    return data;
}

WorkspaceData withoutWorkshops(WorkspaceData data)
{
    for (Node &n : data.nodes)
        n.confidence = Confidence::Unset;
    for (Edge &e : data.edges)
        e.confidence = Confidence::Unset;
    data.workshops.clear();
    data.votes.clear();
    data.parkedIdeas.clear();
    return data;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

Result<void> execSql(const QString &path, const QString &sql)
{
    auto db = Sqlite::Database::open(path, Sqlite::OpenMode::Create);
    if (!db)
        return fail(db.error());
    return db->exec(sql);
}

QStringList schemaOf(const QString &path)
{
    QStringList statements;
    auto db = Sqlite::Database::open(path, Sqlite::OpenMode::ReadOnly);
    if (!db)
        return {db.error()};
    auto q = db->prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name");
    if (!q)
        return {q.error()};
    for (;;) {
        const auto row = q->step();
        if (!row)
            return {row.error()};
        if (!*row)
            return statements;
        statements.append(q->text(0));
    }
}

Result<QVariant> queryValue(const QString &path, const QString &sql)
{
    auto db = Sqlite::Database::open(path, Sqlite::OpenMode::ReadOnly);
    if (!db)
        return fail(db.error());
    auto q = db->prepare(sql);
    if (!q)
        return fail(q.error());
    const auto row = q->step();
    if (!row)
        return fail(row.error());
    if (!*row || q->isNull(0))
        return QVariant();
    return QVariant(q->text(0));
}

} // namespace NorthStar::StorageTest
