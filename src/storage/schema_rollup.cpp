// Schema step 6 (issue #12): daily rollups built in a warehouse, imported beside raw events.
// A source holds one kind of data, raw events or rollup rows, fixed by its first import:
// the two never overlap in dates, and a rollup's dates were made in one timezone (its
// import's time_zone), which is then the only zone the workspace can report in.
// warehouse_pulls keeps each pulled source's connection (never its password) and the last
// date pulled, so the next `northstar pull` continues from there.

#include "storage/schema.h"

using namespace Qt::StringLiterals;

namespace NorthStar::Schema {

QString rollupTablesV6()
{
    return uR"(
ALTER TABLE sources ADD COLUMN kind TEXT NOT NULL DEFAULT 'events';
CREATE TABLE rollup_chunks (
    id        INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL,
    import_id INTEGER NOT NULL,
    first_day INTEGER NOT NULL,
    last_day  INTEGER NOT NULL,
    rows      INTEGER NOT NULL,
    events    INTEGER NOT NULL,
    data      BLOB NOT NULL
);
CREATE INDEX rollup_chunks_by_source ON rollup_chunks (source_id, first_day);
CREATE TABLE warehouse_pulls (
    source       TEXT PRIMARY KEY,
    server       TEXT NOT NULL,
    url          TEXT NOT NULL,
    table_name   TEXT NOT NULL,
    user_column  TEXT NOT NULL,
    time_column  TEXT NOT NULL,
    event_column TEXT NOT NULL,
    value_column TEXT,
    attributes   TEXT NOT NULL,
    time_zone    TEXT NOT NULL,
    last_date    TEXT,
    pulled_at    TEXT NOT NULL
)
)"_s;
}

} // namespace NorthStar::Schema
