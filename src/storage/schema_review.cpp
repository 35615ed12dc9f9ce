// Schema version 3 (issue #9): what the weekly review needs stored. Numbers are REAL, dates
// ISO text (YYYY-MM-DD); a NULL is an empty optional or an invalid date, never a guess.

#include "storage/schema.h"

#include "model/reviewfields.h"
#include "sqlite/database.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace NorthStar::Schema {
namespace {

struct OldTarget final
{
    std::int64_t id = 0;
    QString target;
    QString notes;
};

} // namespace

QString reviewTablesV3()
{
    // guardrail_side is NULL when a tree has no bound; impact_amount NULL when a work item
    // has no numeric impact. metric_id NULL means the whole workspace / the whole review,
    // as guardrail_metric_id and nodes.metric_id do. No UNIQUE on review notes: the model
    // keeps one note per tree, metric, period and grain, and a save must never be refused.
    return uR"(
ALTER TABLE metrics ADD COLUMN target_value REAL;
ALTER TABLE metrics ADD COLUMN target_date TEXT;
ALTER TABLE metrics ADD COLUMN baseline_value REAL;
ALTER TABLE metrics ADD COLUMN baseline_date TEXT;
ALTER TABLE trees ADD COLUMN guardrail_side TEXT;
ALTER TABLE trees ADD COLUMN guardrail_value REAL;
ALTER TABLE nodes ADD COLUMN impact_amount REAL;
ALTER TABLE nodes ADD COLUMN impact_relative INTEGER NOT NULL DEFAULT 0;
CREATE TABLE annotations (
    id        INTEGER PRIMARY KEY,
    date      TEXT,
    text      TEXT NOT NULL DEFAULT '',
    metric_id INTEGER
);
CREATE TABLE review_notes (
    id        INTEGER PRIMARY KEY,
    tree_id   INTEGER NOT NULL,
    metric_id INTEGER,
    period    TEXT,
    grain     TEXT NOT NULL,
    text      TEXT NOT NULL DEFAULT ''
)
)"_s;
}

Result<void> migrateTargetsV3(Sqlite::Database &db)
{
    // Read first, then update: changing rows of a table while a SELECT on it is stepping is
    // left undefined by SQLite.
    QList<OldTarget> rows;
    {
        auto q = db.prepare("SELECT id, target, notes FROM metrics WHERE target <> ''");
        if (!q)
            return fail(q.error());
        for (;;) {
            auto more = q->step();
            if (!more)
                return fail(more.error());
            if (!*more)
                break;
            rows.append({q->int64(0), q->text(1), q->text(2)});
        }
    }
    auto update = db.prepare("UPDATE metrics SET target_value = ?, target_date = ?, notes = ? WHERE id = ?");
    if (!update)
        return fail(update.error());
    for (const OldTarget &row : rows) {
        // The model's one rule for old targets, so a file migrated here reads like one the
        // app would have migrated itself: a number by a date, else the text in the notes.
        Metric m;
        m.notes = row.notes;
        migrateTargetText(m, row.target);
        if (m.target.value)
            update->bind(1, *m.target.value);
        else
            update->bindNull(1);
        if (m.target.date.isValid())
            update->bind(2, m.target.date.toString(Qt::ISODate));
        else
            update->bindNull(2);
        update->bind(3, m.notes).bind(4, row.id);
        if (auto r = update->exec(); !r)
            return r;
    }
    // Dropped rather than left unused: every file (new ones too, which run this step) would
    // otherwise carry a text column that nothing reads, for a hand-edit or another tool to
    // fill in vain. The migration runs in one transaction, so nothing is lost if it fails.
    // DROP COLUMN needs SQLite 3.35 (src/CMakeLists.txt asks for it).
    return db.exec("ALTER TABLE metrics DROP COLUMN target");
}

} // namespace NorthStar::Schema
