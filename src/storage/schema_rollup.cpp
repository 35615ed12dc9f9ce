// Schema step 6 (issue #12): daily rollups built in a warehouse, imported beside raw events.
// A source holds one kind of data, raw events or rollup rows, fixed by its first import:
// the two never overlap in dates, and a rollup's dates were made in one timezone (its
// import's time_zone), which is then the only zone the workspace can report in.

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
CREATE INDEX rollup_chunks_by_source ON rollup_chunks (source_id, first_day)
)"_s;
}

} // namespace NorthStar::Schema
