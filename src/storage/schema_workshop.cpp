// Schema version 5 (issue #11): workshops. A workshop's agenda is rows of workshop_steps (its
// order in `position`), times are UTC ISO text with milliseconds (NULL: not reached yet),
// votes name their step and item by id, and confidence on links and work items is a key
// ('' not rated, 'high', 'medium', 'low'). No UNIQUE constraints: the model keeps one vote per
// step and item, and a save must never be refused.

#include "storage/schema.h"

using namespace Qt::StringLiterals;

namespace NorthStar::Schema {

QString workshopTablesV5()
{
    return uR"(
ALTER TABLE nodes ADD COLUMN confidence TEXT NOT NULL DEFAULT '';
ALTER TABLE edges ADD COLUMN confidence TEXT NOT NULL DEFAULT '';
CREATE TABLE workshops (
    id              INTEGER PRIMARY KEY,
    tree_id         INTEGER NOT NULL,
    name            TEXT NOT NULL DEFAULT '',
    started         TEXT,
    finished        TEXT,
    current_step    INTEGER NOT NULL DEFAULT 0,
    participants    INTEGER NOT NULL DEFAULT 0,
    dots_per_person INTEGER NOT NULL DEFAULT 3
);
CREATE TABLE workshop_steps (
    id          INTEGER PRIMARY KEY,
    workshop_id INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'custom',
    title       TEXT NOT NULL DEFAULT '',
    prompt      TEXT NOT NULL DEFAULT '',
    minutes     INTEGER NOT NULL DEFAULT 10,
    started     TEXT,
    ended       TEXT,
    decisions   TEXT NOT NULL DEFAULT ''
);
CREATE TABLE votes (
    id          INTEGER PRIMARY KEY,
    tree_id     INTEGER NOT NULL,
    workshop_id INTEGER NOT NULL,
    step_id     INTEGER NOT NULL,
    item_id     INTEGER NOT NULL,
    dots        INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE parking_lot (
    id      INTEGER PRIMARY KEY,
    tree_id INTEGER NOT NULL,
    text    TEXT NOT NULL DEFAULT '',
    raised  TEXT,
    state   TEXT NOT NULL DEFAULT 'open',
    node_id INTEGER
)
)"_s;
}

} // namespace NorthStar::Schema
