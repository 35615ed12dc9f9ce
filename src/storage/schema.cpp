#include "storage/schema.h"

#include "sqlite/database.h"
#include "sqlite/migration.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace NorthStar::Schema {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Storage)
};

// Step N turns a version N-1 file into version N. Append, never edit, once released.
Result<void> applyStep(Sqlite::Database &database, int toVersion)
{
    switch (toVersion) {
    case 1:
        // The application id comes with the first tables: every later version has it.
        if (auto r = database.exec(modelTablesV1()); !r)
            return r;
        return database.exec(u"PRAGMA application_id = %1"_s.arg(applicationId));
    case 2:
        return database.exec(eventTablesV2());
    case 3:
        if (auto r = database.exec(reviewTablesV3()); !r)
            return r;
        return migrateTargetsV3(database);
    case 4:
        return database.exec(versionTablesV4());
    case 5:
        return database.exec(workshopTablesV5());
    case 6:
        return database.exec(rollupTablesV6());
    default:
        return fail(Text::tr("No migration to schema version %1.").arg(toVersion));
    }
}

Result<void> upgrade(Sqlite::Database &database)
{
    return Sqlite::migrate(database, currentVersion, [](Sqlite::Database &db, int toVersion) -> Result<void> {
        // Named: the user may have several workspaces open, or a recovery file is upgraded.
        if (auto r = applyStep(db, toVersion); !r)
            return fail(Text::tr("Upgrading %1 to version %2 failed: %3")
                            .arg(QFileInfo(db.path()).fileName())
                            .arg(toVersion)
                            .arg(r.error()));
        return {};
    });
}

} // namespace

Result<void> create(Sqlite::Database &database)
{
    // One self-contained file (no -wal beside it) is what a leader can be sent.
    if (auto r = database.exec("PRAGMA journal_mode = DELETE; PRAGMA page_size = 8192"); !r)
        return r;
    return upgrade(database);
}

Result<void> migrate(Sqlite::Database &database)
{
    return upgrade(database);
}

QString modelTablesV1()
{
    return uR"(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE metrics (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    definition  TEXT NOT NULL DEFAULT '',
    unit        TEXT NOT NULL DEFAULT '',
    owner       TEXT NOT NULL DEFAULT '',
    target      TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    dimension   TEXT NOT NULL DEFAULT '',
    computation TEXT NOT NULL DEFAULT ''
);
CREATE TABLE trees (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL,
    sort_order          INTEGER NOT NULL DEFAULT 0,
    game                TEXT NOT NULL DEFAULT '',
    guardrail_metric_id INTEGER
);
CREATE TABLE nodes (
    id              INTEGER PRIMARY KEY,
    tree_id         INTEGER NOT NULL,
    kind            TEXT NOT NULL,
    metric_id       INTEGER,
    title           TEXT NOT NULL DEFAULT '',
    owner           TEXT NOT NULL DEFAULT '',
    work_type       TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT '',
    ship_date       TEXT NOT NULL DEFAULT '',
    expected_impact TEXT NOT NULL DEFAULT '',
    pinned          INTEGER NOT NULL DEFAULT 0,
    x               REAL NOT NULL DEFAULT 0,
    y               REAL NOT NULL DEFAULT 0
);
CREATE TABLE edges (
    id        INTEGER PRIMARY KEY,
    tree_id   INTEGER NOT NULL,
    child_id  INTEGER NOT NULL,
    parent_id INTEGER NOT NULL,
    leverage  REAL,
    theory    TEXT NOT NULL DEFAULT ''
);
CREATE TABLE candidates (
    id        INTEGER PRIMARY KEY,
    tree_id   INTEGER NOT NULL,
    metric_id INTEGER NOT NULL,
    answers   TEXT NOT NULL DEFAULT '',
    notes     TEXT NOT NULL DEFAULT ''
)
)"_s;
}

} // namespace NorthStar::Schema
