#pragma once

// ClickHouse's HTTP interface as far as a pull uses it, on a loopback port: it takes the
// POSTed query and answers with the rows it was given (FORMAT CSVWithNames), or never
// answers at all (a server that hangs: what Cancel is for).

#include <QByteArray>
#include <QList>
#include <QTcpServer>

class FakeClickHouse final : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Answer, Silent };

    explicit FakeClickHouse(Mode mode, QByteArray csv = {});
    quint16 port() const { return m_server.serverPort(); }
    // The queries received, each as POSTed, with its Authorization header.
    const QList<QByteArray> &queries() const { return m_queries; }
    const QList<QByteArray> &authorizations() const { return m_authorizations; }

signals:
    void connected();
    void queryReceived();

private:
    void read(QTcpSocket *socket);

    Mode m_mode;
    QByteArray m_csv;
    QTcpServer m_server;
    QList<QByteArray> m_queries;
    QList<QByteArray> m_authorizations;
};
