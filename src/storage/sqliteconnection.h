#pragma once

// A QtSql connection to one SQLite file, owned by one object on one thread, removed from
// QSqlDatabase's registry when it goes. The native handle is there for the bulk paths.

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace NorthStar {

class SqliteConnection final
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    static Result<std::unique_ptr<SqliteConnection>> open(const QString &path, Mode mode);
    ~SqliteConnection();

    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    QSqlDatabase database() const;
    sqlite3 *handle() const;
    const QString &path() const { return m_path; }

    // Runs statements separated by ';' (DDL, pragmas); stops at the first error.
    Result<void> exec(const QString &sql);
    Result<void> beginTransaction();
    Result<void> commit();
    void rollback();

private:
    SqliteConnection(QString connectionName, QString path);

    QString m_connectionName;
    QString m_path;
};

// The first error of a query, for messages.
QString describeSqlError(const class QSqlError &error);

} // namespace NorthStar
