#include "triggers/WebServer.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <memory>
#include <utility>

namespace rebound::triggers {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

bool isApi(const QString& path)
{
    return path.startsWith(QLatin1String("/api/"));
}

constexpr qint64 MaxHeadBytes = 16 * 1024;

// Qt HttpServer 6.4 reads a whole body into memory (reserving what
// Content-Length claims) before the server sees the request, so a cap has
// to act on the socket too: this slot, connected before Qt's own, looks at
// each connection's bytes as they come (one request per connection, see
// handleRequest) and answers 413 and closes before Qt buffers too much.
void guard(QTcpSocket* socket, qint64 maxBodyBytes)
{
    // Up to this much a body is left to Qt, and dispatch() answers 413 for
    // anything over the configured limit as for any request; beyond it the
    // connection is answered here and cut off.
    const qint64 maxAccepted = std::max<qint64>(maxBodyBytes, 1024 * 1024);
    struct State
    {
        QByteArray head;
        qint64 seen = 0; // bytes of this connection so far
        bool rejected = false;
    };
    auto state = std::make_shared<State>();
    QObject::connect(socket, &QIODevice::readyRead, socket, [socket, state, maxAccepted] {
        const qint64 available = socket->bytesAvailable();
        if (state->rejected) {
            socket->read(available); // swallowed here, so Qt's slot finds nothing
            return;
        }
        state->seen += available;
        bool tooBig = state->seen > maxAccepted + MaxHeadBytes;
        if (!tooBig && !state->head.endsWith("\r\n\r\n") && state->head.size() < MaxHeadBytes) {
            state->head += socket->peek(std::min(available, MaxHeadBytes - state->head.size()));
            if (const qsizetype end = state->head.indexOf("\r\n\r\n"); end >= 0) {
                state->head.truncate(end + 4);
                for (const QByteArray& line : state->head.split('\n')) {
                    const QByteArray lower = line.trimmed().toLower();
                    if (lower.startsWith("content-length:")) {
                        bool ok = false;
                        const qint64 declared = lower.mid(15).trimmed().toLongLong(&ok);
                        tooBig = tooBig || !ok || declared > maxAccepted;
                    }
                }
            }
        }
        if (!tooBig)
            return;
        state->rejected = true;
        socket->read(available);
        const QByteArray requestLine = state->head.left(state->head.indexOf("\r\n"));
        const bool api = requestLine.split(' ').value(1).startsWith("/api/");
        const QByteArray body = api ? QByteArray("{\"error\":{\"code\":\"body_too_large\",\"message\":"
                                                 "\"The request body is too large.\"}}")
                                    : QByteArray("The request is too large.");
        socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: " +
                      QByteArray(api ? "application/json" : "text/plain; charset=utf-8") +
                      "\r\nContent-Length: " + QByteArray::number(body.size()) +
                      "\r\nContent-Security-Policy: default-src 'none'\r\nX-Content-Type-Options: nosniff\r\n"
                      "Connection: close\r\n\r\n" +
                      body);
        socket->disconnectFromHost();
    });
}

class GuardedTcpServer : public QTcpServer
{
public:
    GuardedTcpServer(qint64 maxBodyBytes, QObject* parent)
        : QTcpServer(parent)
        , m_maxBodyBytes(maxBodyBytes)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        guard(socket, m_maxBodyBytes);
        addPendingConnection(socket);
    }

private:
    qint64 m_maxBodyBytes;
};

} // namespace

WebServer::WebServer(QObject* parent)
    : QAbstractHttpServer(parent)
{
}

void WebServer::addHandler(HttpHandler* handler)
{
    m_handlers.append(handler);
}

QString WebServer::start(const Config& config)
{
    m_config = config;
    const QHostAddress address(config.host);
    if (address.isNull())
        return tr("'%1' is not an IP address to listen on.").arg(config.host);
    if (!config.certificateFile.isEmpty() || !config.keyFile.isEmpty()) {
        QFile certificateFile(config.certificateFile);
        QFile keyFile(config.keyFile);
        if (!certificateFile.open(QIODevice::ReadOnly))
            return tr("Cannot read the web certificate %1.").arg(config.certificateFile);
        if (!keyFile.open(QIODevice::ReadOnly))
            return tr("Cannot read the web key %1.").arg(config.keyFile);
        const QSslCertificate certificate(&certificateFile, QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (certificate.isNull() || key.isNull())
            return tr("The web certificate or key is not a PEM certificate and private key.");
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(key);
        auto* server = new QSslServer(this);
        server->setSslConfiguration(tls);
        connect(server, &QSslServer::startedEncryptionHandshake, this,
                [max = config.maxBodyBytes](QSslSocket* socket) { guard(socket, max); });
        m_tcp = server;
        m_secure = true;
    } else {
        m_tcp = new GuardedTcpServer(config.maxBodyBytes, this);
    }
    if (m_tcp->listen(address, config.port)) {
        m_port = m_tcp->serverPort();
        bind(m_tcp);
    } else {
        delete m_tcp;
        m_tcp = nullptr;
        m_port = 0;
    }
    if (m_port == 0)
        return tr("Cannot listen for HTTP on %1:%2 (in use?).").arg(config.host).arg(config.port);
    return {};
}

HttpReply WebServer::dispatch(const HttpRequest& request)
{
    HttpReply reply;
    if (request.body.size() > m_config.maxBodyBytes) {
        reply = isApi(request.path) ? HttpReply::jsonError(413, QStringLiteral("body_too_large"),
                                                           tr("The request body is too large."))
                                    : HttpReply::text(tr("The request is too large."), 413);
    } else {
        std::optional<HttpReply> answered;
        try {
            for (HttpHandler* handler : std::as_const(m_handlers))
                if ((answered = handler->handle(request)))
                    break;
        } catch (const std::exception&) {
            // A locked or full database, say: this request fails, the switch
            // (SIP and media on the same thread) goes on.
            answered = isApi(request.path)
                           ? HttpReply::jsonError(500, QStringLiteral("internal_error"),
                                                  tr("Something went wrong; try again shortly."))
                           : HttpReply::text(tr("Something went wrong; try again shortly."), 500);
        }
        reply = answered ? *answered
                         : (isApi(request.path) ? HttpReply::jsonError(404, QStringLiteral("not_found"),
                                                                       tr("There is no such API call."))
                                                : HttpReply::text(tr("Not found."), 404));
    }
    reply.header("Content-Security-Policy",
                 "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                 "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    reply.header("X-Frame-Options", "DENY");
    reply.header("X-Content-Type-Options", "nosniff");
    reply.header("Referrer-Policy", "no-referrer");
    if (reply.headerValue("Cache-Control").isEmpty())
        reply.header("Cache-Control", "no-store");
    if (m_secure)
        reply.header("Strict-Transport-Security", "max-age=31536000");
    return reply;
}

bool WebServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    HttpRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path(QUrl::FullyDecoded);
    r.query = request.query();
    for (const auto& [name, value] : request.headers())
        r.headers.append({name.toLower(), value});
    r.body = request.body();
    r.remote = request.remoteAddress();
    r.secure = m_secure;
    const HttpReply reply = dispatch(r);

    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    for (const auto& [name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeHeader("Connection", "close");
    responder.writeBody(r.method == "HEAD" ? QByteArray() : reply.body);
    // One request per connection, so the size guard counts one request.
    socket->disconnectFromHost();
    return true;
}

void WebServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace rebound::triggers
