#pragma once

#include "web/Http.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <memory>

class QTcpServer;

namespace rebound::store {
class SettingsRepository;
}

namespace rebound::web {

class ConnectionGate;

// The switch's HTTP side (portal, SMS gateway endpoint, JSON API) on Qt
// HttpServer. Every request is read in full, refused with 413 above the body
// limit, passed to the handlers in turn, and answered with the security
// headers (CSP without inline script, no framing, no sniffing, no caching).
// Plain HTTP on 127.0.0.1 by default; TLS when a certificate and key are
// configured. Lives on the switch thread.
//
// Qt HttpServer 6.4 has no limits of its own, so a gate sits between the
// listening socket and Qt: it caps the open connections per address and in
// all, answers 408 when a request's head or body is too slow and 413 when a
// body is too large before Qt buffers it, and serves one request per
// connection. Whatever the gate answers carries the same security headers.
class WebServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Config
    {
        QString host = QStringLiteral("127.0.0.1");
        quint16 port = 8080;     // 0: any free port
        QString certificateFile; // PEM; TLS when both files are set
        QString keyFile;
        qint64 maxBodyBytes = 16 * 1024;
        // Open connections at once, in all and from one IPv4 address or IPv6
        // /64. The total is also held to a quarter of the open-files limit,
        // so SIP, RTP and the database always have descriptors left.
        int maxConnections = 512;
        int maxConnectionsPerAddress = 16;
        int headTimeoutMs = 10'000; // from accepting (TLS handshake included) to the end of the head
        int bodyTimeoutMs = 20'000; // from the end of the head to the end of the body
        int lingerMs = 2'000;       // after the answer, for the client to read it and close

        // The settings web.max_connections and web.max_connections_per_address
        // (the defaults above when unset or not positive).
        void readSettings(const store::SettingsRepository& settings);
    };

    explicit WebServer(QObject* parent = nullptr);
    ~WebServer() override;

    // Handlers are asked in the order added; the server does not own them.
    void addHandler(HttpHandler* handler);
    // Empty on success, else why it could not listen. Raises the process's
    // soft open-files limit to its hard limit first (see openFilesLimit()).
    QString start(const Config& config);
    quint16 port() const { return m_port; }
    bool secure() const { return m_secure; }
    // The cap on open connections in force: Config::maxConnections, held to
    // a quarter of the open-files limit.
    int maxConnections() const;
    int openConnections() const;
    qint64 refusedConnections() const; // closed at once for being over a cap

    // The reply to one request, security headers included.
    HttpReply dispatch(const HttpRequest& request);

    // Raises this process's soft RLIMIT_NOFILE to its hard limit (systemd
    // leaves the soft one at 1,024 unless LimitNOFILE= says otherwise) and
    // returns the soft limit then in force.
    static qint64 openFilesLimit();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    friend class ConnectionGate;

    // A reply the server makes itself (408, 413, ...): JSON under /api/,
    // text elsewhere, with the security headers.
    HttpReply ownReply(int status, const QString& path) const;
    void addSecurityHeaders(HttpReply& reply) const;

    QList<HttpHandler*> m_handlers;
    std::unique_ptr<ConnectionGate> m_gate;
    QTcpServer* m_tcp = nullptr; // ours, bound to the HTTP server; owned as a child
    Config m_config;
    quint16 m_port = 0;
    bool m_secure = false;
};

} // namespace rebound::web
