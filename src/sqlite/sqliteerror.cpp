#include "sqlite/sqliteerror.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sqlite3.h>

namespace NorthStar::Sqlite::Detail {
namespace {

// The storage context: the file-level messages were storage's before this layer existed, and
// they stay where the translators have them.
struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Storage)
};

QString fileNameOf(sqlite3 *db)
{
    const char *path = db ? sqlite3_db_filename(db, "main") : nullptr;
    return path && *path ? QFileInfo(QString::fromUtf8(path)).fileName() : QString();
}

} // namespace

QString errorMessage(sqlite3 *db, int rc)
{
    // errmsg describes the connection's last call, which is the one that returned `rc`;
    // without a connection only the code is known.
    const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    const QString file = fileNameOf(db);
    if (file.isEmpty())
        return detail;
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Text::tr("%1 is in use by another program (%2). Try again once it is done.").arg(file, detail);
    case SQLITE_READONLY:
        return Text::tr("%1 cannot be written (%2). Check the file's permissions, or save a copy elsewhere.")
            .arg(file, detail);
    case SQLITE_FULL:
    case SQLITE_IOERR:
        // A full disk shows as either (ENOSPC, or EFBIG past a file size limit, as an I/O
        // error on some writes).
        return Text::tr("%1 cannot be written: the disk is full or the file too large (%2). Free some space "
                        "and try again.")
            .arg(file, detail);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Text::tr("%1 is damaged (%2). Open a backup copy.").arg(file, detail);
    case SQLITE_ERROR:
        // "no such table: users": a file that is not (or no longer) a whole workspace.
        return Text::tr("%1: %2").arg(file, detail);
    default:
        return detail;
    }
}

Result<void> execScript(sqlite3 *db, std::string_view sql)
{
    const char *next = sql.data();
    const char *const end = sql.data() + sql.size();
    while (next < end) {
        sqlite3_stmt *statement = nullptr;
        const char *tail = nullptr;
        int rc = sqlite3_prepare_v2(db, next, int(end - next), &statement, &tail);
        if (rc != SQLITE_OK)
            return fail(errorMessage(db, rc));
        next = tail;
        if (!statement)
            continue; // only whitespace or a comment was left
        do
            rc = sqlite3_step(statement);
        while (rc == SQLITE_ROW);
        // After a failed step finalize returns that step's error again; either code is checked.
        const int finalized = sqlite3_finalize(statement);
        if (rc != SQLITE_DONE)
            return fail(errorMessage(db, rc));
        if (finalized != SQLITE_OK)
            return fail(errorMessage(db, finalized));
    }
    return {};
}

} // namespace NorthStar::Sqlite::Detail
