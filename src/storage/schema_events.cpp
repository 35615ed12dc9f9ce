// The event store's tables (issue #3): imported usage data, interned as integers, with the
// per-user daily rollup the metrics engine reads.

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
    content_hash  TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    rows_imported INTEGER NOT NULL,
    rows_rejected INTEGER NOT NULL,
    rows_replaced INTEGER NOT NULL,
    first_ts      INTEGER,
    last_ts       INTEGER,
    first_rowid   INTEGER,
    last_rowid    INTEGER
);
CREATE TABLE users (
    id  INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE
);
CREATE TABLE event_names (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE events (
    source_id INTEGER NOT NULL,
    ts        INTEGER NOT NULL,
    user_id   INTEGER NOT NULL,
    name_id   INTEGER NOT NULL,
    value     REAL
);
CREATE TABLE user_attributes (
    user_id INTEGER NOT NULL,
    name    TEXT NOT NULL,
    value   TEXT NOT NULL,
    PRIMARY KEY (user_id, name)
) WITHOUT ROWID;
CREATE TABLE activity (
    user_id INTEGER PRIMARY KEY,
    days    BLOB NOT NULL
)
)"_s;
}

} // namespace NorthStar::Schema
