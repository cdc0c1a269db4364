#include "triggers/WebServer.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>

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
        sslSetup(certificate, key);
        m_secure = true;
    }
    m_port = listen(address, config.port);
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
    responder.writeBody(r.method == "HEAD" ? QByteArray() : reply.body);
    return true;
}

void WebServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace rebound::triggers
