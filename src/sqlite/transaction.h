#pragma once

// BEGIN IMMEDIATE ... COMMIT, rolled back unless committed. IMMEDIATE takes the write lock
// at the start, so a second writer waits (busy timeout) instead of failing half-way.
//
// rollback() and abandon() report a failed ROLLBACK as a value; the destructor can only
// log it, so code that can fail after begin() should end with commit() or abandon().

#include "common/result.h"

struct sqlite3;

namespace NorthStar::Sqlite {

class Database;

class Transaction final
{
public:
    static Result<Transaction> begin(Database &database);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // A failed COMMIT rolls back; the message then says whether that worked too.
    Result<void> commit();
    Result<void> rollback();
    // Rolls back and returns `message`, with the rollback's own failure added when it fails.
    Error abandon(const QString &message);

    bool isOpen() const { return m_db != nullptr; }

private:
    explicit Transaction(sqlite3 *db) : m_db(db) {}

    sqlite3 *m_db = nullptr; // null once committed or rolled back
};

} // namespace NorthStar::Sqlite
