#pragma once

// A prepared statement on the native sqlite3 handle: the bulk paths of the event store bind
// integers and BLOBs directly, without QVariant per value.

#include "common/result.h"

#include <QString>

#include <cstdint>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace NorthStar {

class SqliteStatement final
{
public:
    static Result<SqliteStatement> prepare(sqlite3 *db, const char *sql);
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    ~SqliteStatement();

    SqliteStatement &bind(int index, std::int64_t value);
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bind(int index, std::string_view text);
    SqliteStatement &bind(int index, const QString &text);
    SqliteStatement &bindBlob(int index, const void *data, std::size_t size);
    SqliteStatement &bindNull(int index);

    // Runs a statement that returns no rows (then resets it for the next use).
    Result<void> exec();
    // Steps once: true with a row, false when done (reset it before reuse); error as a value.
    Result<bool> step();
    void reset();

    std::int64_t int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;
    std::string_view blob(int column) const;

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

// The connection's last error, for messages.
QString sqliteError(sqlite3 *db);
// Runs SQL without results (pragmas, BEGIN, COMMIT).
Result<void> sqliteExec(sqlite3 *db, const char *sql);

} // namespace NorthStar
