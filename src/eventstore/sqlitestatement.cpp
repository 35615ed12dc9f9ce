#include "eventstore/sqlitestatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <utility>

namespace NorthStar {

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

Result<void> sqliteExec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return fail(text);
    }
    return {};
}

Result<SqliteStatement> SqliteStatement::prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return fail(sqliteError(db));
    return SqliteStatement(db, statement);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(other.m_db), m_statement(std::exchange(other.m_statement, nullptr))
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    std::swap(m_db, other.m_db);
    std::swap(m_statement, other.m_statement);
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement &SqliteStatement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, std::string_view text)
{
    sqlite3_bind_text64(m_statement, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return bind(index, std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

SqliteStatement &SqliteStatement::bindBlob(int index, const void *data, std::size_t size)
{
    sqlite3_bind_blob64(m_statement, index, data, size, SQLITE_STATIC);
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

Result<void> SqliteStatement::exec()
{
    const int rc = sqlite3_step(m_statement);
    const QString error = rc != SQLITE_DONE && rc != SQLITE_ROW ? sqliteError(m_db) : QString();
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (!error.isEmpty())
        return fail(error);
    return {};
}

Result<bool> SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return fail(sqliteError(m_db));
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

std::int64_t SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString SqliteStatement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(p, sqlite3_column_bytes(m_statement, column));
}

std::string_view SqliteStatement::blob(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return {p, std::size_t(sqlite3_column_bytes(m_statement, column))};
}

} // namespace NorthStar
