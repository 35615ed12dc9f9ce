#include "pull/warehouseurl.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace NorthStar::Pull {

namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Pull)
};

QString noPassword()
{
    return Text::tr("The URL holds a password: leave it out (it would be saved with the connection) and give it in "
                    "the environment variable NORTHSTAR_WAREHOUSE_PASSWORD, or type it when asked.");
}

} // namespace

QString WarehouseUrl::describe() const
{
    const QString name = server == Server::PostgreSql ? u"PostgreSQL"_s : u"ClickHouse"_s;
    return Text::tr("%1 at %2:%3%4").arg(name, host).arg(port).arg(database.isEmpty() ? QString() : u"/"_s + database);
}

Result<WarehouseUrl> parsePostgresUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql"_s && url.scheme() != u"postgres"_s) || url.host().isEmpty()) {
        return fail(Text::tr("\"%1\" is not a PostgreSQL URL: write it as postgresql://user@host:5432/database.")
                        .arg(text));
    }
    if (!url.password().isEmpty())
        return fail(noPassword());
    WarehouseUrl w;
    w.server = Server::PostgreSql;
    w.text = text.trimmed();
    w.host = url.host();
    w.port = url.port(5432);
    w.database = url.path().mid(1);
    w.user = url.userName();
    if (w.database.isEmpty())
        return fail(Text::tr("\"%1\" names no database: end it with /DATABASE.").arg(text));
    // libpq's connection options as Qt's driver takes them: key=value;key=value.
    QStringList options;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        options << u"%1=%2"_s.arg(key, value);
    w.options = options.join(u';');
    return w;
}

Result<WarehouseUrl> parseClickHouseUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty()) {
        return fail(Text::tr("\"%1\" is not a ClickHouse HTTP URL: write it as http://host:8123/?database=DB.")
                        .arg(text));
    }
    const QUrlQuery query(url);
    if (!url.password().isEmpty() || query.hasQueryItem(u"password"_s))
        return fail(noPassword());
    WarehouseUrl w;
    w.server = Server::ClickHouse;
    w.text = text.trimmed();
    w.https = url.scheme() == u"https"_s;
    w.host = url.host();
    w.port = url.port(w.https ? 8443 : 8123);
    w.database = query.queryItemValue(u"database"_s, QUrl::FullyDecoded);
    w.user = !url.userName().isEmpty() ? url.userName() : query.queryItemValue(u"user"_s, QUrl::FullyDecoded);
    if (w.database.isEmpty())
        w.database = u"default"_s;
    return w;
}

} // namespace NorthStar::Pull
