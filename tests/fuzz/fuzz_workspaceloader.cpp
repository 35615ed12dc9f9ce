// libFuzzer target for what a workspace file stores and the loaders trust: the activity
// rollup and event chunk BLOBs, a metric's computation (formulas), the settings and the
// stored counts. A small real workspace (events imported through the importer, a tree of
// metrics) is made once; each input overwrites one stored thing with fuzzed bytes in a
// copy, and every loader must give data or a clean error: never a crash, a hang, an
// allocation of terabytes, a leak or undefined behaviour.

#include "analysis/analysisrequest.h"
#include "analysis/workspacemetrics.h"
#include "eventstore/eventimport.h"
#include "eventstore/eventstore.h"
#include "sqlite/database.h"
#include "storage/workspacefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

using namespace NorthStar;
using namespace Qt::StringLiterals;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString original;
    QString copy;
};

// Two metrics with computations (breadth, and a formula over it) on a tree with a guardrail
// bound, a target, an annotation and a review note, and a month of events for three users.
void makeWorkspace(Fixture &f)
{
    f.original = f.dir.filePath(u"original.northstar"_s);
    f.copy = f.dir.filePath(u"fuzzed.northstar"_s);
    const QString csv = f.dir.filePath(u"events.csv"_s);
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly))
        std::abort();
    file.write("user,time,event,value,country\n");
    for (int day = 1; day <= 28; ++day) {
        for (const char *user : {"ann", "bob", "cem"})
            file.write(QByteArray(user) + ",2026-02-" + QByteArray::number(day).rightJustified(2, '0')
                       + "T10:00:00Z,visit," + QByteArray::number(day) + "," + (day % 2 ? "DE" : "FR") + "\n");
    }
    file.close();
    ImportRequest request;
    request.file = csv;
    request.valueColumn = u"value"_s;
    request.attributeColumns = {u"country"_s};
    if (!EventImport::run(f.original, request))
        std::abort();
    auto db = Sqlite::Database::open(f.original, Sqlite::OpenMode::ReadWrite);
    if (!db || !db->exec(R"sql(
        INSERT INTO trees (id, name, guardrail_side, guardrail_value) VALUES (1, 'fuzz', 'at-most', 10);
        INSERT INTO metrics (id, name, computation, target_value, target_date) VALUES
            (1, 'visitors', '{"kind":"breadth","events":["visit"]}', 3, '2026-03-31'),
            (2, 'ratio', '{"kind":"formula","formula":"visitors / (visitors + 1)"}', NULL, NULL);
        INSERT INTO annotations (id, date, text, metric_id) VALUES (3, '2026-02-14', 'outage', 1);
        INSERT INTO review_notes (id, tree_id, metric_id, period, grain, text) VALUES
            (4, 1, NULL, '2026-02-02', 'week', 'on track');
        INSERT INTO nodes (id, tree_id, kind, metric_id, title) VALUES
            (1, 1, 'north-star', 2, ''), (2, 1, 'input', 1, '');
        INSERT INTO edges (id, tree_id, child_id, parent_id) VALUES (1, 1, 2, 1);
        )sql"))
        std::abort();
}

// Every way the app reads a workspace.
void loadEverything(const QString &path)
{
    (void)WorkspaceFile::validate(path);
    (void)EventStore::info(path);
    (void)EventStore::loadActivity(path);
    const auto data = WorkspaceFile::read(path);
    if (!data)
        return;
    const auto request = AnalysisRequest::fromSettings(*data);
    if (!request)
        return;
    const WorkspaceMetrics metrics(path, *data);
    for (const Metric &m : data->metrics)
        (void)metrics.computeMetric(m.id, *request);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static Fixture fixture;
    static const bool made = (makeWorkspace(fixture), true);
    (void)made;
    if (size < 1)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString text = QString::fromUtf8(bytes);

    WorkspaceFile::discard(fixture.copy);
    if (!QFile::copy(fixture.original, fixture.copy))
        std::abort();
    {
        auto db = Sqlite::Database::open(fixture.copy, Sqlite::OpenMode::ReadWrite);
        if (!db)
            std::abort();
        // The first byte picks what is overwritten.
        static const char *const targets[] = {
            "UPDATE activity SET data = ?",
            "UPDATE event_chunks SET data = ?",
            "UPDATE metrics SET computation = ? WHERE id = 2",
            "UPDATE metrics SET computation = ? WHERE id = 1",
            "INSERT OR REPLACE INTO settings (key, value) VALUES ('timezone', ?)",
            "INSERT OR REPLACE INTO settings (key, value) VALUES ('segment', ?)",
            "INSERT OR REPLACE INTO settings (key, value) VALUES ('grain', ?)",
            "UPDATE activity SET entries = CAST(? AS INTEGER), users = users",
            "UPDATE event_chunks SET events = CAST(? AS INTEGER)",
            "UPDATE user_attributes SET value = ?",
            // Schema 3's text: dates and keys read back without a check by the database.
            "UPDATE metrics SET target_date = ?1, baseline_date = ?1 WHERE id = 1",
            "UPDATE trees SET guardrail_side = ?",
            "UPDATE review_notes SET grain = ?1, period = ?1",
        };
        const std::size_t target = data[0] % (sizeof targets / sizeof *targets);
        auto q = db->prepare(targets[target]);
        if (!q)
            std::abort();
        if (target <= 1)
            q->bindBlob(1, bytes.constData(), std::size_t(bytes.size()));
        else
            q->bind(1, text);
        (void)q->exec();
    }
    loadEverything(fixture.copy);
    return 0;
}
