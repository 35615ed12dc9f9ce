#include "storage/sqliteconnection.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Storage)
};

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"northstar-"_s + QString::number(++counter);
}

} // namespace

QString describeSqlError(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.trimmed();
}

SqliteConnection::SqliteConnection(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{
}

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const QString &path, Mode mode)
{
    std::unique_ptr<SqliteConnection> connection(new SqliteConnection(nextConnectionName(), path));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection->m_connectionName);
    if (!db.isValid())
        return fail(Text::tr("The SQLite driver for Qt is missing (install libqt6sql6-sqlite)."));
    db.setDatabaseName(path);
    // Busy timeout: a background import and the window may share the file for a moment.
    QString options = u"QSQLITE_BUSY_TIMEOUT=5000"_s;
    if (mode == Mode::ReadOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    db.setConnectOptions(options);
    if (!db.open())
        return fail(Text::tr("Cannot open %1: %2").arg(path, describeSqlError(db.lastError())));
    return connection;
}

SqliteConnection::~SqliteConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *SqliteConnection::handle() const
{
    const QVariant v = database().driver()->handle();
    if (qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

Result<void> SqliteConnection::exec(const QString &sql)
{
    QSqlQuery query(database());
    const QStringList statements = sql.split(u';', Qt::SkipEmptyParts);
    for (const QString &statement : statements) {
        if (statement.trimmed().isEmpty())
            continue;
        if (!query.exec(statement))
            return fail(describeSqlError(query.lastError()));
    }
    return {};
}

Result<void> SqliteConnection::beginTransaction()
{
    return exec(u"BEGIN IMMEDIATE"_s);
}

Result<void> SqliteConnection::commit()
{
    return exec(u"COMMIT"_s);
}

void SqliteConnection::rollback()
{
    QSqlQuery query(database());
    query.exec(u"ROLLBACK"_s);
}

} // namespace NorthStar
