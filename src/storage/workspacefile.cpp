#include "storage/workspacefile.h"

#include "storage/modeltables.h"
#include "storage/schema.h"
#include "sqlite/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace NorthStar::WorkspaceFile {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::WorkspaceFile)
};

// The first column of the one row of `sql` (a pragma).
Result<Sqlite::Statement> firstRow(Sqlite::Database &db, const char *sql)
{
    auto q = db.prepare(sql);
    if (!q)
        return fail(q.error());
    const auto row = q->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(Text::tr("%1 returned nothing").arg(QString::fromLatin1(sql)));
    return q;
}

Result<qint64> pragmaValue(Sqlite::Database &db, const char *sql)
{
    auto q = firstRow(db, sql);
    if (!q)
        return fail(q.error());
    return q->int64(0);
}

// Opens a valid workspace for writing and brings it to the current schema version.
Result<Sqlite::Database> openMigrated(const QString &path, int version)
{
    auto db = Sqlite::Database::open(path, Sqlite::OpenMode::ReadWrite);
    if (!db)
        return fail(db.error());
    if (version < Schema::currentVersion) {
        if (auto r = Schema::migrate(*db); !r)
            return fail(r.error());
    }
    return db;
}

QString damaged(const QString &path, const QString &detail)
{
    return Text::tr("%1 is damaged (%2). It was not changed. Open a backup copy, or ask whoever sent "
              "it for a new copy.")
        .arg(QFileInfo(path).fileName(), detail);
}

} // namespace

Result<int> validate(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return fail(Text::tr("%1 does not exist. Check the name and folder, or open another workspace.").arg(path));
    if (!info.isFile() || !info.isReadable())
        return fail(Text::tr("%1 cannot be read (check that it is a file and its permissions).").arg(path));
    if (const auto recovered = recoverInterruptedWrite(path); !recovered)
        return fail(recovered.error());

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Text::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (header.isEmpty())
        return fail(Text::tr("%1 is empty: it is not a North Star workspace. Open a *.northstar file or a backup copy.").arg(name));
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fail(Text::tr("%1 is not a North Star workspace (it is not an SQLite file). Open a "
                       "*.northstar file, or import CSV data with File > Import.")
                        .arg(name));
    if (header.size() < 100)
        return fail(damaged(path, Text::tr("the file is truncated")));

    auto connection = Sqlite::Database::open(path, Sqlite::OpenMode::ReadOnly);
    if (!connection)
        return fail(damaged(path, connection.error()));
    Sqlite::Database &c = *connection;

    const auto appId = pragmaValue(c, "PRAGMA application_id");
    if (!appId)
        return fail(damaged(path, appId.error()));
    if (*appId != Schema::applicationId)
        return fail(Text::tr("%1 is an SQLite database, but not a North Star workspace. Open a *.northstar file, or "
                       "import CSV data with File > Import.").arg(name));

    const auto version = pragmaValue(c, "PRAGMA user_version");
    if (!version)
        return fail(damaged(path, version.error()));
    if (*version > Schema::currentVersion)
        return fail(Text::tr("%1 was saved by a newer version of North Star Studio (file format %2; "
                       "this version reads up to %3). Update North Star Studio to open it.")
                        .arg(name)
                        .arg(*version)
                        .arg(Schema::currentVersion));
    if (*version < 1)
        return fail(damaged(path, Text::tr("it has no schema version")));

    // A truncated file still opens; its page count says how long it should be.
    const auto pageCount = pragmaValue(c, "PRAGMA page_count");
    const auto pageSize = pragmaValue(c, "PRAGMA page_size");
    if (!pageCount || !pageSize)
        return fail(damaged(path, !pageCount ? pageCount.error() : pageSize.error()));
    if (info.size() < *pageCount * *pageSize)
        return fail(damaged(path, Text::tr("the file is truncated")));

    const auto check = firstRow(c, "PRAGMA quick_check");
    if (!check)
        return fail(damaged(path, check.error()));
    if (check->text(0) != u"ok"_s)
        return fail(damaged(path, check->text(0)));
    return static_cast<int>(*version);
}

Result<WorkspaceData> read(const QString &path)
{
    const auto version = validate(path);
    if (!version)
        return fail(version.error());
    if (*version < Schema::currentVersion) {
        if (auto writable = openMigrated(path, *version); !writable)
            return fail(writable.error());
    }
    auto connection = Sqlite::Database::open(path, Sqlite::OpenMode::ReadOnly);
    if (!connection)
        return fail(connection.error());
    auto data = ModelTables::read(*connection);
    if (!data)
        return fail(damaged(path, data.error()));
    return data;
}

Result<void> create(const QString &path)
{
    auto connection = Sqlite::Database::open(path, Sqlite::OpenMode::Create);
    if (!connection)
        return fail(connection.error());
    return Schema::create(*connection);
}

namespace {

// The model tables of an existing, valid workspace at schema `version`, replaced in one
// transaction (migrated first when older).
Result<void> writeInto(const QString &path, int version, const WorkspaceData &data)
{
    auto connection = openMigrated(path, version);
    if (!connection)
        return fail(connection.error());
    auto transaction = Sqlite::Transaction::begin(*connection);
    if (!transaction)
        return fail(Text::tr("Cannot save %1: %2").arg(path, transaction.error()));
    if (auto r = ModelTables::replace(*connection, data); !r)
        return transaction->abandon(Text::tr("Cannot save %1: %2").arg(path, r.error()));
    if (auto r = transaction->commit(); !r)
        return fail(Text::tr("Cannot save %1: %2").arg(path, r.error()));
    return {};
}

// rename(2) replaces an existing target in one step, and never copies.
Result<void> moveIntoPlace(const QString &partial, const QString &path)
{
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) == 0)
        return {};
    const QString reason = QString::fromLocal8Bit(std::strerror(errno));
    discard(partial);
    return fail(Text::tr("Cannot write %1: %2 (check the folder's permissions).").arg(path, reason));
}

// A new workspace is made beside its name and renamed into place only when complete: a
// kill -9 or a full disk never leaves an empty or tree-less file under the name.
Result<void> writeNew(const QString &path, const WorkspaceData &data)
{
    const QString partial = path + u".partial"_s;
    discard(partial);
    // Messages name the file the user asked for, not the one being built.
    const auto failed = [&](QString message) -> Result<void> {
        discard(partial);
        return fail(message.replace(QFileInfo(partial).fileName(), QFileInfo(path).fileName()));
    };
    if (auto r = create(partial); !r)
        return failed(Text::tr("Cannot create %1: %2").arg(path, r.error()));
    if (auto r = writeInto(partial, Schema::currentVersion, data); !r)
        return failed(r.error());
    return moveIntoPlace(partial, path);
}

} // namespace

void discard(const QString &path)
{
    for (const char *ending : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1StringView(ending));
}

Result<void> write(const QString &path, const WorkspaceData &data)
{
    if (!QFileInfo::exists(path))
        return writeNew(path, data);
    const auto checked = validate(path);
    if (!checked)
        return fail(checked.error());
    return writeInto(path, *checked, data);
}

Result<void> saveCopy(const QString &from, const QString &to, const WorkspaceData &data)
{
    if (!from.isEmpty() && QFileInfo(from).canonicalFilePath() == QFileInfo(to).canonicalFilePath())
        return write(to, data);
    // Build the copy beside the target and move it in only when complete, so a failed Save
    // As never leaves half a workspace behind.
    const QString partial = to + u".partial"_s;
    discard(partial);
    if (!from.isEmpty()) {
        auto source = Sqlite::Database::open(from, Sqlite::OpenMode::ReadOnly);
        if (!source)
            return fail(source.error());
        auto vacuum = source->prepare("VACUUM INTO ?");
        const auto copied = vacuum ? vacuum->bind(1, partial).exec() : Result<void>(fail(vacuum.error()));
        if (!copied) {
            QFile::remove(partial);
            return fail(Text::tr("Cannot copy the workspace to %1: %2").arg(to, copied.error()));
        }
    }
    if (auto r = write(partial, data); !r) {
        discard(partial);
        return r;
    }
    return moveIntoPlace(partial, to);
}

} // namespace NorthStar::WorkspaceFile
