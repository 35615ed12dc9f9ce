#include "storagetestsupport.h"

#include "sqlite/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>

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
    d.metrics.insert(wide.id, wide);
    Metric guard;
    guard.id = 3;
    guard.name = u"Support tickets"_s;
    guard.dimension = Dimension::Depth;
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
    n.pinned = true;
    n.position = QPointF(1e6, -0.5);
    d.nodes.insert(n.id, n);
    n = Node{};
    n.id = 23;
    n.treeId = 10;
    n.kind = NodeKind::Work;
    n.title = u"Idea without a date"_s;
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

    d.settings.insert(u"timezone"_s, u"Europe/Berlin"_s);
    d.settings.insert(u"week-start"_s, u"monday"_s);
    d.settings.insert(u"empty"_s, u""_s);
    d.settings.insert(u"ключ"_s, u"значение ✓"_s);
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
