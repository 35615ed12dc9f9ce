#include "storage/workspacefile.h"

#include "storage/modeltables.h"
#include "storage/schema.h"
#include "storage/sqliteconnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace NorthStar::WorkspaceFile {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::WorkspaceFile)
};

Result<qint64> pragmaValue(SqliteConnection &c, const QString &pragma)
{
    QSqlQuery q(c.database());
    if (!q.exec(u"PRAGMA "_s + pragma) || !q.next())
        return fail(describeSqlError(q.lastError()));
    return q.value(0).toLongLong();
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

    auto connection = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
    if (!connection)
        return fail(damaged(path, connection.error()));
    SqliteConnection &c = **connection;

    const auto appId = pragmaValue(c, u"application_id"_s);
    if (!appId)
        return fail(damaged(path, appId.error()));
    if (*appId != Schema::applicationId)
        return fail(Text::tr("%1 is an SQLite database, but not a North Star workspace. Open a *.northstar file, or "
                       "import CSV data with File > Import.").arg(name));

    const auto version = pragmaValue(c, u"user_version"_s);
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
    const auto pageCount = pragmaValue(c, u"page_count"_s);
    const auto pageSize = pragmaValue(c, u"page_size"_s);
    if (!pageCount || !pageSize)
        return fail(damaged(path, !pageCount ? pageCount.error() : pageSize.error()));
    if (info.size() < *pageCount * *pageSize)
        return fail(damaged(path, Text::tr("the file is truncated")));

    QSqlQuery check(c.database());
    if (!check.exec(u"PRAGMA quick_check"_s) || !check.next())
        return fail(damaged(path, describeSqlError(check.lastError())));
    if (check.value(0).toString() != u"ok"_s)
        return fail(damaged(path, check.value(0).toString()));
    return static_cast<int>(*version);
}

Result<WorkspaceData> read(const QString &path)
{
    const auto version = validate(path);
    if (!version)
        return fail(version.error());
    if (*version < Schema::currentVersion) {
        auto writable = SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite);
        if (!writable)
            return fail(writable.error());
        if (auto r = Schema::migrate(**writable, *version); !r)
            return fail(r.error());
    }
    auto connection = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
    if (!connection)
        return fail(connection.error());
    auto data = ModelTables::read(**connection);
    if (!data)
        return fail(damaged(path, data.error()));
    return data;
}

Result<void> create(const QString &path)
{
    auto connection = SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite);
    if (!connection)
        return fail(connection.error());
    return Schema::create(**connection);
}

Result<void> write(const QString &path, const WorkspaceData &data)
{
    if (!QFileInfo::exists(path)) {
        if (auto r = create(path); !r)
            return fail(Text::tr("Cannot create %1: %2").arg(path, r.error()));
    } else if (const auto version = validate(path); !version) {
        return fail(version.error());
    } else if (*version < Schema::currentVersion) {
        auto c = SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite);
        if (!c)
            return fail(c.error());
        if (auto r = Schema::migrate(**c, *version); !r)
            return r;
    }
    auto connection = SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite);
    if (!connection)
        return fail(connection.error());
    SqliteConnection &c = **connection;
    if (auto r = c.beginTransaction(); !r)
        return fail(Text::tr("Cannot save %1: %2").arg(path, r.error()));
    if (auto r = ModelTables::replace(c, data); !r) {
        c.rollback();
        return fail(Text::tr("Cannot save %1: %2").arg(path, r.error()));
    }
    if (auto r = c.commit(); !r) {
        c.rollback();
        return fail(Text::tr("Cannot save %1: %2").arg(path, r.error()));
    }
    return {};
}

Result<void> saveCopy(const QString &from, const QString &to, const WorkspaceData &data)
{
    if (!from.isEmpty() && QFileInfo(from).canonicalFilePath() == QFileInfo(to).canonicalFilePath())
        return write(to, data);
    // Build the copy beside the target and move it in only when complete, so a failed Save
    // As never leaves half a workspace behind.
    const QString partial = to + u".partial"_s;
    QFile::remove(partial);
    if (!from.isEmpty()) {
        auto source = SqliteConnection::open(from, SqliteConnection::Mode::ReadOnly);
        if (!source)
            return fail(source.error());
        QSqlQuery q((*source)->database());
        q.prepare(u"VACUUM INTO ?"_s);
        q.addBindValue(partial);
        if (!q.exec()) {
            QFile::remove(partial);
            return fail(Text::tr("Cannot copy the workspace to %1: %2").arg(to, describeSqlError(q.lastError())));
        }
    }
    if (auto r = write(partial, data); !r) {
        QFile::remove(partial);
        return r;
    }
    // rename(2) replaces an existing target in one step.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(to).constData()) != 0) {
        QFile::remove(partial);
        return fail(Text::tr("Cannot write %1 (check the folder's permissions).").arg(to));
    }
    return {};
}

} // namespace NorthStar::WorkspaceFile
