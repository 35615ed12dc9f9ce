#pragma once

// One open SQLite file (move-only; closed when it goes). Opened by path with a busy timeout
// of 5 s, so a background import and the window can share a file for a moment. Errors are
// values with SQLite's own message; file-level ones (busy, read-only) name the file.

#include "common/result.h"
#include "sqlite/statement.h" // Result<Statement> needs the complete type

#include <QString>

#include <cstdint>
#include <string_view>

struct sqlite3;

namespace NorthStar::Sqlite {

enum class OpenMode {
    ReadOnly,  // the file must exist; nothing can be written
    ReadWrite, // the file must exist
    Create,    // read-write, creating the file when it does not exist
};

class Database final
{
public:
    // Opening reads the file's header, so a file that is not a database fails here.
    static Result<Database> open(const QString &path, OpenMode mode);

    Database() = default; // not open
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    const QString &path() const { return m_path; }

    // One statement (UTF-8); SQL after the first statement is refused, not ignored.
    Result<Statement> prepare(std::string_view sql);
    Result<Statement> prepare(const QString &sql);
    Result<Statement> prepare(const char *sql) { return prepare(std::string_view(sql)); }
    // A script of statements (DDL, pragmas), run in order up to the first error. Statements
    // are found by SQLite's parser, so a ';' inside a string literal is just a character.
    Result<void> exec(std::string_view sql);
    Result<void> exec(const QString &sql);
    Result<void> exec(const char *sql) { return exec(std::string_view(sql)); }

    // True while a transaction is open on this connection.
    bool inTransaction() const;
    std::int64_t lastInsertRowId() const;

private:
    friend class Transaction;
    Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}

    sqlite3 *m_db = nullptr;
    QString m_path;
};

} // namespace NorthStar::Sqlite
