#pragma once

// A pulled source's connection, kept in the workspace (table warehouse_pulls) so the next
// pull needs no flags: the URL (never a password), the table, its columns, the timezone and
// the last date pulled.

#include "common/result.h"
#include "pull/pullrequest.h"

#include <optional>

namespace NorthStar {
namespace Sqlite {
class Database;
}
namespace Pull {

struct SavedPull final
{
    PullRequest request; // without a password; query.since empty
    QString lastDate;    // YYYY-MM-DD, the last date the last pull brought
    QString pulledAt;    // ISO 8601 UTC
};

// The saved pull of `source`, nothing when there is none (or the file predates them).
Result<std::optional<SavedPull>> loadSavedPull(const QString &workspacePath, const QString &source);
// Every saved pull of the workspace, by source name.
Result<QList<SavedPull>> loadSavedPulls(const QString &workspacePath);
// Inside the import's transaction.
Result<void> storeSavedPull(Sqlite::Database &db, const PullRequest &request, const QString &lastDate);

} // namespace Pull
} // namespace NorthStar
