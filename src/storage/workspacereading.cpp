// The one way to open a workspace for reading: shared by the event store's loaders and the
// analysis reader, so both refuse a foreign or newer file with the same words.

#include "storage/workspacefile.h"

#include "storage/schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace NorthStar::WorkspaceFile {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::WorkspaceFile)
};

// Opening reads the header anyway; looking at the magic first lets a CSV or any other file
// be called what it is instead of "file is not a database". An empty file is an empty
// database to SQLite, and is refused below by its application id.
bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // let the open say why it cannot be read
    const QByteArray header = file.read(16);
    return header.isEmpty() || header == QByteArrayLiteral("SQLite format 3\0");
}

QString journalOf(const QString &path)
{
    return path + QStringLiteral("-journal");
}

} // namespace

Result<bool> recoverInterruptedWrite(const QString &path)
{
    const QFileInfo journal(journalOf(path));
    if (!journal.exists() || journal.size() == 0 || !QFileInfo(path).isFile())
        return false;
    // SQLite rolls a hot journal back on the first read of a connection that may write; a
    // journal whose writer is still at work is not hot (its writer holds a lock) and stays.
    auto db = Sqlite::Database::open(path, Sqlite::OpenMode::ReadWrite);
    Result<bool> read = db ? Result<bool>(false) : Result<bool>(fail(db.error()));
    if (db) {
        if (auto q = db->prepare("SELECT count(*) FROM sqlite_master"))
            read = q->step();
        else
            read = fail(q.error());
    }
    if (!read) {
        return fail(Text::tr("%1 was left half-written by an interrupted import or save, and cannot be "
                             "restored here (%2). Open it where its folder can be written.")
                        .arg(path, read.error()));
    }
    const QFileInfo after(journalOf(path));
    return !after.exists() || after.size() == 0;
}

Result<ReadableWorkspace> openForReading(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo::exists(path))
        return fail(Text::tr("%1 does not exist.").arg(path));
    if (!QFileInfo(path).isFile())
        return fail(Text::tr("%1 is not a workspace file (it is a folder or a device).").arg(path));
    if (const auto recovered = recoverInterruptedWrite(path); !recovered)
        return fail(recovered.error());
    if (!looksLikeSqlite(path))
        return fail(Text::tr("%1 is not a North Star workspace.").arg(name));
    auto db = Sqlite::Database::open(path, Sqlite::OpenMode::ReadOnly);
    if (!db)
        return fail(db.error());
    auto q = db->prepare("SELECT * FROM pragma_application_id, pragma_user_version");
    if (!q)
        return fail(Text::tr("%1 is not a North Star workspace (%2).").arg(name, q.error()));
    const auto row = q->step();
    if (!row)
        return fail(Text::tr("%1 is not a North Star workspace (%2).").arg(name, row.error()));
    if (!*row || q->int64(0) != Schema::applicationId)
        return fail(Text::tr("%1 is not a North Star workspace.").arg(name));
    const int version = int(q->int64(1));
    if (version > Schema::currentVersion)
        return fail(Text::tr("%1 was saved by a newer version of North Star Studio; update to read it.").arg(name));
    // Every workspace this app writes has a schema version; 0 is a damaged or foreign file,
    // not an empty workspace.
    if (version < 1)
        return fail(Text::tr("%1 is damaged: it has no schema version. Open a backup copy.").arg(name));
    return ReadableWorkspace{std::move(db).value(), version};
}

} // namespace NorthStar::WorkspaceFile
