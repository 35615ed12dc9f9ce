#include "sqlite/migration.h"

#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace NorthStar::Sqlite {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Storage)
};

} // namespace

Result<int> userVersion(Database &database)
{
    auto q = database.prepare("PRAGMA user_version");
    if (!q)
        return fail(q.error());
    auto row = q->step();
    if (!row)
        return fail(row.error());
    return *row ? int(q->int64(0)) : 0;
}

Result<void> migrate(Database &database, int targetVersion, const MigrationStep &step)
{
    // The version is read inside the transaction: another writer cannot migrate in between.
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return fail(transaction.error());
    const auto from = userVersion(database);
    if (!from)
        return transaction->abandon(from.error());
    if (*from > targetVersion)
        return transaction->abandon(Text::tr("The file's schema version %1 is newer than this version "
                                             "of North Star Studio knows (%2).")
                                        .arg(*from)
                                        .arg(targetVersion));
    if (*from == targetVersion)
        return transaction->commit();
    for (int version = *from + 1; version <= targetVersion; ++version) {
        if (auto r = step(database, version); !r)
            return transaction->abandon(r.error());
    }
    // PRAGMA takes no parameters; the number is ours, not input.
    if (auto r = database.exec(u"PRAGMA user_version = %1"_s.arg(targetVersion)); !r)
        return transaction->abandon(r.error());
    return transaction->commit();
}

} // namespace NorthStar::Sqlite
