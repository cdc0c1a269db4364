#pragma once

#include "web/WebServer.h"

#include <QHash>
#include <QSslConfiguration>
#include <QString>
#include <optional>

class QTcpServer;
class QTcpSocket;

// The limits WebServer puts in front of Qt HttpServer (see WebServer.h):
// private to the server, split out so the server's own file keeps to
// listening, TLS set-up and answering.
namespace rebound::web {

class GatedConnection;

// Counts the open connections and watches each one from its accept to its
// close; see WebServer.h. On the server's thread, like the sockets.
class ConnectionGate
{
public:
    ConnectionGate(WebServer& server, const WebServer::Config& config, int maxConnections)
        : m_server(server)
        , m_config(config)
        , m_max(maxConnections)
    {
    }

    // The address key of a connection just accepted, or nullopt when it is
    // over a cap (it is then closed at once).
    std::optional<QString> admit(qintptr descriptor);
    // Watches an admitted socket from before Qt reads it until it is destroyed.
    void watch(QTcpSocket* socket, const QString& key);
    // The socket's one request has been answered.
    void answered(QTcpSocket* socket);

    int open() const { return m_open; }
    qint64 refused() const { return m_refused; }
    int max() const { return m_max; }

private:
    friend class GatedConnection;
    void release(QTcpSocket* socket, const QString& key);
    // What the server answers itself, as bytes for the socket.
    QByteArray ownAnswer(int status, const QString& path) const;

    WebServer& m_server;
    const WebServer::Config m_config;
    const int m_max;
    QHash<QString, int> m_perAddress;
    QHash<QTcpSocket*, GatedConnection*> m_connections;
    int m_open = 0;
    qint64 m_refused = 0;
};

// A listening server that admits each connection through `gate` before
// anything reads from it; TLS when `tls` is given. A child of `parent`.
QTcpServer* gatedTcpServer(ConnectionGate& gate, std::optional<QSslConfiguration> tls, QObject* parent);

} // namespace rebound::web
