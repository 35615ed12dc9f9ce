#include "sqlite/transaction.h"

#include "sqlite/database.h"
#include "sqlite/sqliteerror.h"

#include <QCoreApplication>
#include <QDebug>

#include <sqlite3.h>

#include <utility>

namespace NorthStar::Sqlite {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Storage)
};

} // namespace

Result<Transaction> Transaction::begin(Database &database)
{
    if (!database.isOpen())
        return fail(database.exec("BEGIN IMMEDIATE").error()); // says it is not open
    if (auto r = Detail::execScript(database.m_db, "BEGIN IMMEDIATE"); !r)
        return fail(r.error());
    return Transaction(database.m_db);
}

Transaction::Transaction(Transaction &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Transaction::~Transaction()
{
    if (!m_db)
        return;
    // A destructor cannot return the failure; callers that need it use rollback() or abandon().
    if (auto r = rollback(); !r)
        qWarning().noquote() << r.error();
}

Result<void> Transaction::commit()
{
    if (!m_db)
        return {};
    if (auto r = Detail::execScript(m_db, "COMMIT"); !r) {
        // A COMMIT that failed (busy, disk full) can leave the transaction open.
        if (sqlite3_get_autocommit(m_db) == 0)
            return abandon(r.error());
        m_db = nullptr;
        return r;
    }
    m_db = nullptr;
    return {};
}

Result<void> Transaction::rollback()
{
    sqlite3 *db = std::exchange(m_db, nullptr);
    // Some errors (a full disk, an I/O error) roll the transaction back themselves; a
    // ROLLBACK then would only fail with "no transaction is active".
    if (!db || sqlite3_get_autocommit(db) != 0)
        return {};
    if (auto r = Detail::execScript(db, "ROLLBACK"); !r)
        return fail(Text::tr("Undoing the unfinished changes failed: %1").arg(r.error()));
    return {};
}

Error Transaction::abandon(const QString &message)
{
    if (auto r = rollback(); !r)
        return fail(message + u' ' + r.error());
    return fail(message);
}

} // namespace NorthStar::Sqlite
