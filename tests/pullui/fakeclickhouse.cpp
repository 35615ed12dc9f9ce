#include "fakeclickhouse.h"

#include <QTcpSocket>

FakeClickHouse::FakeClickHouse(Mode mode, QByteArray csv)
    : m_mode(mode)
    , m_csv(std::move(csv))
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            socket->setProperty("buffer", QByteArray());
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            emit connected();
        }
    });
}

void FakeClickHouse::read(QTcpSocket *socket)
{
    const QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    qsizetype length = 0;
    QByteArray authorization;
    for (const QByteArray &line : buffer.left(end).split('\n')) {
        const QByteArray header = line.trimmed();
        if (header.toLower().startsWith("content-length:"))
            length = header.mid(15).trimmed().toLongLong();
        if (header.toLower().startsWith("authorization:"))
            authorization = header.mid(14).trimmed();
    }
    if (buffer.size() < end + 4 + length)
        return;
    m_queries.append(buffer.mid(end + 4, length));
    m_authorizations.append(authorization);
    socket->setProperty("buffer", QByteArray());
    emit queryReceived();
    if (m_mode == Mode::Silent)
        return;
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/csv; charset=UTF-8\r\nContent-Length: "
                  + QByteArray::number(m_csv.size()) + "\r\nConnection: close\r\n\r\n" + m_csv);
    socket->disconnectFromHost();
}
