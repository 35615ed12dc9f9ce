#pragma once

// Where a pull connects, from the engines' usual URLs:
//   postgresql://user@host:5432/db   (also postgres://; ?sslmode=... passed on)
//   http://host:8123/?database=db    (ClickHouse's HTTP interface; https too; user@ or ?user=)
// A password in the URL is refused: it would be saved with the connection and show in
// shell histories. It comes from the environment or a prompt (pullrequest.h).

#include "common/result.h"

#include <QString>

namespace NorthStar::Pull {

enum class Server { PostgreSql, ClickHouse };

struct WarehouseUrl final
{
    Server server = Server::PostgreSql;
    QString host;
    int port = 0;
    QString database;
    QString user;
    QString options;   // PostgreSQL: the URL's query (sslmode=require...); ClickHouse: unused
    bool https = false; // ClickHouse over TLS

    // The URL as given, which is what a workspace keeps (it has no password).
    QString text;
    // "PostgreSQL at db.example.com:5432/analytics" for messages.
    QString describe() const;
};

Result<WarehouseUrl> parsePostgresUrl(const QString &url);
Result<WarehouseUrl> parseClickHouseUrl(const QString &url);

} // namespace NorthStar::Pull
