#include "sqlite/statement.h"

#include "sqlite/sqliteerror.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <utility>

namespace NorthStar::Sqlite {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Storage)
};

} // namespace

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_bindError(std::move(other.m_bindError))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    std::swap(m_db, other.m_db);
    std::swap(m_statement, other.m_statement);
    std::swap(m_bindError, other.m_bindError);
    return *this;
}

Statement::~Statement()
{
    // finalize only repeats the last step's error, which step() or exec() returned.
    sqlite3_finalize(m_statement);
}

void Statement::keepBindResult(int index, int rc)
{
    if (rc == SQLITE_OK || !m_bindError.isEmpty())
        return;
    m_bindError = Text::tr("Cannot bind parameter %1 of \"%2\": %3")
                      .arg(index)
                      .arg(QString::fromUtf8(sqlite3_sql(m_statement)), QString::fromUtf8(sqlite3_errstr(rc)));
}

Result<void> Statement::takeBindError()
{
    if (m_bindError.isEmpty())
        return {};
    // Nothing runs with a parameter missing; the statement is ready for new binds.
    const QString message = std::exchange(m_bindError, QString());
    reset();
    return fail(message);
}

Statement &Statement::bind(int index, std::int64_t value)
{
    keepBindResult(index, sqlite3_bind_int64(m_statement, index, value));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    keepBindResult(index, sqlite3_bind_double(m_statement, index, value));
    return *this;
}

Statement &Statement::bind(int index, std::string_view utf8)
{
    // A null data pointer would bind NULL; the text columns are NOT NULL.
    const char *data = utf8.data() ? utf8.data() : "";
    keepBindResult(index, sqlite3_bind_text64(m_statement, index, data, utf8.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

Statement &Statement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return bind(index, std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

Statement &Statement::bindBlob(int index, const void *data, std::size_t size)
{
    // An empty blob with a null pointer would be NULL; give it an address.
    static const char empty = 0;
    keepBindResult(index, sqlite3_bind_blob64(m_statement, index, data ? data : &empty, size, SQLITE_STATIC));
    return *this;
}

Statement &Statement::bindNull(int index)
{
    keepBindResult(index, sqlite3_bind_null(m_statement, index));
    return *this;
}

Result<bool> Statement::step()
{
    if (auto r = takeBindError(); !r)
        return fail(r.error());
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString message = Detail::errorMessage(m_db, rc);
    reset();
    return fail(message);
}

Result<void> Statement::exec()
{
    auto row = step();
    reset();
    if (!row)
        return fail(row.error());
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement); // always SQLITE_OK
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(p, sqlite3_column_bytes(m_statement, column));
}

std::string_view Statement::blob(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return {p, std::size_t(sqlite3_column_bytes(m_statement, column))};
}

} // namespace NorthStar::Sqlite
