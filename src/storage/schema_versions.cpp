// Schema version 4 (issue #11): saved versions of trees. A version's tree is one fragment
// (the tree format's JSON, UTF-8 text), so the version keeps what it was saved with even when
// later schema steps change the model tables; `saved` is the UTC instant as ISO text with
// milliseconds. No UNIQUE on (tree_id, name): the model refuses a duplicate, and a save must
// never be refused.

#include "storage/schema.h"

using namespace Qt::StringLiterals;

namespace NorthStar::Schema {

QString versionTablesV4()
{
    return uR"(
CREATE TABLE tree_versions (
    id       INTEGER PRIMARY KEY,
    tree_id  INTEGER NOT NULL,
    name     TEXT NOT NULL,
    saved    TEXT,
    fragment TEXT NOT NULL
)
)"_s;
}

} // namespace NorthStar::Schema
