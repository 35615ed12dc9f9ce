#include "sqlite/database.h"

#include "sqlite/sqliteerror.h"
#include "sqlite/statement.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <utility>

namespace NorthStar::Sqlite {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Storage)
};

constexpr int kBusyTimeoutMs = 5000;

// A default-constructed or moved-from Database: SQLite would be handed a null handle.
QString notOpen()
{
    return Text::tr("The database is not open.");
}

int flagsFor(OpenMode mode)
{
    switch (mode) {
    case OpenMode::ReadOnly:
        return SQLITE_OPEN_READONLY;
    case OpenMode::ReadWrite:
        return SQLITE_OPEN_READWRITE;
    case OpenMode::Create:
        break;
    }
    return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
}

} // namespace

Result<Database> Database::open(const QString &path, OpenMode mode)
{
    sqlite3 *db = nullptr;
    // SQLite takes file names as UTF-8 on every platform.
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flagsFor(mode), nullptr);
    // A handle comes back even when opening fails (for its message); Database closes it.
    Database database(db, path);
    const auto cannotOpen = [&](int code) {
        return fail(Text::tr("Cannot open %1: %2").arg(path, Detail::errorMessage(db, code)));
    };
    if (rc != SQLITE_OK)
        return cannotOpen(rc);
    if (const int busy = sqlite3_busy_timeout(db, kBusyTimeoutMs); busy != SQLITE_OK)
        return cannotOpen(busy);
    // sqlite3_open_v2 reads nothing yet; reading the schema makes a file that is not a
    // database (or is encrypted, or damaged in its header) fail here rather than later.
    if (auto r = Detail::execScript(db, "SELECT count(*) FROM sqlite_schema"); !r)
        return fail(Text::tr("Cannot open %1: %2").arg(path, r.error()));
    return database;
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    std::swap(m_db, other.m_db);
    std::swap(m_path, other.m_path);
    return *this;
}

Database::~Database()
{
    // close_v2 cannot fail for a valid handle: with statements still unfinalized it defers
    // the close until the last one goes. An open transaction is rolled back by SQLite.
    sqlite3_close_v2(m_db);
}

Result<Statement> Database::prepare(std::string_view sql)
{
    if (!m_db)
        return fail(notOpen());
    sqlite3_stmt *statement = nullptr;
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), int(sql.size()), &statement, &tail);
    if (rc != SQLITE_OK)
        return fail(Detail::errorMessage(m_db, rc));
    Statement prepared(m_db, statement); // finalizes it on every return below
    if (!statement)
        return fail(Text::tr("The SQL statement is empty."));
    // What follows may be whitespace or comments, which SQLite's parser skips; a second
    // statement would be silently dropped, so it is refused.
    const char *const end = sql.data() + sql.size();
    sqlite3_stmt *second = nullptr;
    const int rest = sqlite3_prepare_v2(m_db, tail, int(end - tail), &second, nullptr);
    const bool more = second != nullptr;
    sqlite3_finalize(second); // a statement never stepped: nothing to report
    if (rest != SQLITE_OK || more)
        return fail(Text::tr("Only one SQL statement can be prepared at a time: \"%1\"")
                        .arg(QString::fromUtf8(sql.data(), qsizetype(sql.size()))));
    return prepared;
}

Result<Statement> Database::prepare(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    return prepare(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

Result<void> Database::exec(std::string_view sql)
{
    if (!m_db)
        return fail(notOpen());
    return Detail::execScript(m_db, sql);
}

Result<void> Database::exec(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    return exec(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

bool Database::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace NorthStar::Sqlite
