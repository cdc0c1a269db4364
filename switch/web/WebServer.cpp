#include "web/WebServer.h"

#include "store/SettingsRepository.h"
#include "web/ConnectionGate.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <algorithm>
#include <limits>
#include <optional>
#include <sys/resource.h>
#include <utility>

namespace rebound::web {

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

int positiveSetting(const store::SettingsRepository& settings, const QString& key, int fallback)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

void WebServer::Config::readSettings(const store::SettingsRepository& settings)
{
    maxConnections = positiveSetting(settings, QStringLiteral("web.max_connections"), maxConnections);
    maxConnectionsPerAddress = positiveSetting(settings, QStringLiteral("web.max_connections_per_address"),
                                               maxConnectionsPerAddress);
}

WebServer::WebServer(QObject* parent)
    : QAbstractHttpServer(parent)
{
}

WebServer::~WebServer()
{
    // The sockets are the listening server's children and tell the gate
    // when they go, so they go first.
    delete m_tcp;
}

void WebServer::addHandler(HttpHandler* handler)
{
    m_handlers.append(handler);
}

qint64 WebServer::openFilesLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return limit.rlim_cur == RLIM_INFINITY ? std::numeric_limits<qint64>::max() : qint64(limit.rlim_cur);
}

QString WebServer::start(const Config& config)
{
    m_config = config;
    const QHostAddress address(config.host);
    if (address.isNull())
        return tr("'%1' is not an IP address to listen on.").arg(config.host);
    std::optional<QSslConfiguration> tls;
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
        tls = QSslConfiguration::defaultConfiguration();
        tls->setLocalCertificate(certificate);
        tls->setPrivateKey(key);
    }
    const int maxConnections =
        int(std::min<qint64>(config.maxConnections, std::max<qint64>(16, openFilesLimit() / 4)));
    m_gate = std::make_unique<ConnectionGate>(*this, config, maxConnections);
    m_secure = tls.has_value();
    m_tcp = gatedTcpServer(*m_gate, std::move(tls), this);
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

int WebServer::maxConnections() const
{
    return m_gate ? m_gate->max() : 0;
}

int WebServer::openConnections() const
{
    return m_gate ? m_gate->open() : 0;
}

qint64 WebServer::refusedConnections() const
{
    return m_gate ? m_gate->refused() : 0;
}

HttpReply WebServer::ownReply(int status, const QString& path) const
{
    const bool api = isApi(path);
    const auto reply = [&](const char* code, const QString& message) {
        return api ? HttpReply::jsonError(status, QString::fromLatin1(code), message)
                   : HttpReply::text(message, status);
    };
    switch (status) {
    case 403:
        return reply("foreign_origin", tr("A page of another site sent this; use the switch's own pages."));
    case 404:
        return api ? reply("not_found", tr("There is no such API call."))
                   : reply("not_found", tr("Not found."));
    case 408:
        return reply("request_timeout", tr("The request took too long to arrive; send it again."));
    case 413:
        return api ? reply("body_too_large", tr("The request body is too large."))
                   : reply("body_too_large", tr("The request is too large."));
    case 431:
        return reply("headers_too_large", tr("The request's headers are too large."));
    default:
        return reply("internal_error", tr("Something went wrong; try again shortly."));
    }
}

void WebServer::addSecurityHeaders(HttpReply& reply) const
{
    reply.header("Content-Security-Policy",
                 "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                 "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    reply.header("X-Frame-Options", "DENY");
    reply.header("X-Content-Type-Options", "nosniff");
    // Not no-referrer: under it browsers send "Origin: null" with the
    // portal's own forms, which the origin check would refuse.
    reply.header("Referrer-Policy", "same-origin");
    if (reply.headerValue("Cache-Control").isEmpty())
        reply.header("Cache-Control", "no-store");
    if (m_secure)
        reply.header("Strict-Transport-Security", "max-age=31536000");
}

HttpReply WebServer::dispatch(const HttpRequest& request)
{
    if (request.body.size() > m_config.maxBodyBytes)
        return ownReply(413, request.path);
    // A second line behind the CSRF token: a browser says where a form or
    // script came from, and changes come only from the switch's own pages.
    const bool safe = request.method == "GET" || request.method == "HEAD" || request.method == "OPTIONS";
    if (!safe && !request.fromOwnOrigin())
        return ownReply(403, request.path);
    try {
        for (HttpHandler* handler : std::as_const(m_handlers))
            if (std::optional<HttpReply> answered = handler->handle(request))
                return *answered;
    } catch (const std::exception&) {
        // A locked or full database, say: this request fails, the switch
        // (SIP and media on the same thread) goes on.
        return ownReply(500, request.path);
    }
    return ownReply(404, request.path);
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
    HttpReply reply = dispatch(r);
    addSecurityHeaders(reply);
    socket->write(reply.toWire(r.method != "HEAD"));
    m_gate->answered(socket);
    return true;
}

void WebServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    HttpReply reply = ownReply(404, request.url().path());
    addSecurityHeaders(reply);
    socket->write(reply.toWire());
    m_gate->answered(socket);
}

} // namespace rebound::web
