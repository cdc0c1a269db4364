#pragma once

#include "triggers/Http.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>

class QTcpServer;

namespace rebound::triggers {

// The switch's HTTP side (portal, SMS gateway endpoint, JSON API) on Qt
// HttpServer. Every request is read in full, refused with 413 above the body
// limit, passed to the handlers in turn, and answered with the security
// headers (CSP without inline script, no framing, no sniffing, no caching).
// Plain HTTP on 127.0.0.1 by default; TLS when a certificate and key are
// configured. Lives on the switch thread.
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
    };

    explicit WebServer(QObject* parent = nullptr);

    // Handlers are asked in the order added; the server does not own them.
    void addHandler(HttpHandler* handler);
    // Empty on success, else why it could not listen.
    QString start(const Config& config);
    quint16 port() const { return m_port; }
    bool secure() const { return m_secure; }

    // The reply to one request, security headers included.
    HttpReply dispatch(const HttpRequest& request);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    QList<HttpHandler*> m_handlers;
    QTcpServer* m_tcp = nullptr; // ours, bound to the HTTP server; owned as a child
    Config m_config;
    quint16 m_port = 0;
    bool m_secure = false;
};

} // namespace rebound::triggers
