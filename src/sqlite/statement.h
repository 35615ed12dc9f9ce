#pragma once

// A prepared statement. Binds chain and cannot fail silently: the first failed bind is kept
// and returned by the next step() or exec(), which then run nothing.

#include "common/result.h"

#include <QString>

#include <cstdint>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace NorthStar::Sqlite {

class Statement final
{
public:
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Parameters are numbered from 1, as in SQL's ?NNN.
    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, std::int64_t(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, std::string_view utf8); // copied
    Statement &bind(int index, const QString &text);   // a null QString binds '' (not NULL)
    // Not copied: `data` must stay valid until the statement is stepped and reset.
    Statement &bindBlob(int index, const void *data, std::size_t size);
    Statement &bindNull(int index);

    // Steps once: true with a row, false when done. Reset before binding again.
    Result<bool> step();
    // Runs a statement to its first row or its end, then resets it and clears the binds.
    Result<void> exec();
    // For reuse after step(). Its own return code repeats the last step's error, which
    // step() has already reported, so there is nothing new to check.
    void reset();

    std::int64_t int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;
    std::string_view blob(int column) const; // valid until the next step or reset

private:
    friend class Database;
    Statement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}
    void keepBindResult(int index, int rc);
    Result<void> takeBindError();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_bindError; // the first failed bind since the last step
};

} // namespace NorthStar::Sqlite
