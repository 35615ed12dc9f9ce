// The event store's tables (issue #3): imported usage data, interned as integers, with the
// per-user daily rollup the metrics engine reads. The layout and the reasons for it are in
// src/eventstore/eventchunk.h and activitycodec.h.

#include "storage/schema.h"

using namespace Qt::StringLiterals;

namespace NorthStar::Schema {

QString eventTablesV2()
{
    return uR"(
CREATE TABLE sources (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE imports (
    id            INTEGER PRIMARY KEY,
    source_id     INTEGER NOT NULL,
    file_name     TEXT NOT NULL,
    file_size     INTEGER NOT NULL,
    content_hash  TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    append        INTEGER NOT NULL,
    rows_imported INTEGER NOT NULL,
    rows_rejected INTEGER NOT NULL,
    rows_replaced INTEGER NOT NULL,
    users         INTEGER NOT NULL,
    first_ts      INTEGER,
    last_ts       INTEGER,
    time_format   TEXT NOT NULL,
    time_zone     TEXT NOT NULL
);
CREATE INDEX imports_by_hash ON imports (source_id, content_hash);
CREATE TABLE users (
    id  INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE
);
CREATE TABLE event_names (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE event_chunks (
    id        INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL,
    import_id INTEGER NOT NULL,
    first_ts  INTEGER NOT NULL,
    last_ts   INTEGER NOT NULL,
    events    INTEGER NOT NULL,
    data      BLOB NOT NULL
);
CREATE INDEX event_chunks_by_source ON event_chunks (source_id, first_ts);
CREATE TABLE user_attributes (
    user_id INTEGER NOT NULL,
    name    TEXT NOT NULL,
    value   TEXT NOT NULL,
    PRIMARY KEY (user_id, name)
) WITHOUT ROWID;
CREATE TABLE activity (
    part       INTEGER PRIMARY KEY,
    time_zone  TEXT NOT NULL,
    first_user INTEGER NOT NULL,
    users      INTEGER NOT NULL,
    entries    INTEGER NOT NULL,
    data       BLOB NOT NULL
)
)"_s;
}

} // namespace NorthStar::Schema
