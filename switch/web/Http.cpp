#include "web/Http.h"

#include <QJsonDocument>
#include <QUrl>

namespace rebound::web {

QByteArray HttpRequest::header(const QByteArray& lowerCaseName) const
{
    for (const auto& [name, value] : headers)
        if (name == lowerCaseName)
            return value;
    return {};
}

QString HttpRequest::cookie(const QString& name) const
{
    for (const auto& [headerName, value] : headers) {
        if (headerName != "cookie")
            continue;
        for (const QByteArray& part : value.split(';')) {
            const QByteArray trimmed = part.trimmed();
            const qsizetype equals = trimmed.indexOf('=');
            if (equals > 0 && QString::fromLatin1(trimmed.left(equals)) == name)
                return QString::fromLatin1(trimmed.mid(equals + 1));
        }
    }
    return {};
}

QUrlQuery HttpRequest::form() const
{
    if (!header("content-type").toLower().startsWith("application/x-www-form-urlencoded"))
        return {};
    // Forms encode spaces as '+', which QUrlQuery leaves alone.
    QByteArray encoded = body;
    encoded.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(encoded));
}

QString HttpRequest::field(const QString& name) const
{
    const QUrlQuery fields = form();
    if (fields.hasQueryItem(name))
        return fields.queryItemValue(name, QUrl::FullyDecoded);
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

QString HttpRequest::source() const
{
    QHostAddress address = remote;
    bool ok = false;
    const QHostAddress v4(address.toIPv4Address(&ok));
    return QStringLiteral("web:") + (ok ? v4.toString() : address.toString());
}

bool HttpRequest::fromOwnOrigin() const
{
    const QByteArray origin = header("origin");
    if (origin.isEmpty())
        return true;
    const QUrl url(QString::fromLatin1(origin), QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || !url.path().isEmpty() ||
        (scheme != QLatin1String("https") && (scheme != QLatin1String("http") || secure)))
        return false;
    // The Host header carries the port only when it is not the scheme's default.
    const QUrl host(QStringLiteral("//") + QString::fromLatin1(header("host")), QUrl::StrictMode);
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    return host.isValid() && !host.host().isEmpty() && host.path().isEmpty() && host.host() == url.host() &&
           host.port(defaultPort) == url.port(defaultPort);
}

QByteArray HttpReply::headerValue(const QByteArray& name) const
{
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

namespace {

// The phrases of the statuses the web triggers and the server send.
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return status < 400 ? "OK" : status < 500 ? "Client Error" : "Server Error";
    }
}

HttpReply withBody(int status, const QByteArray& contentType, QByteArray body)
{
    HttpReply reply;
    reply.status = status;
    reply.header("Content-Type", contentType);
    reply.body = std::move(body);
    return reply;
}

} // namespace

QByteArray HttpReply::toWire(bool withBody) const
{
    QByteArray wire = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto& [name, value] : headers)
        if (!name.contains('\n') && !value.contains('\n') && !name.contains('\r') && !value.contains('\r'))
            wire += name + ": " + value + "\r\n"; // never a header split in two
    wire += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    if (withBody)
        wire += body;
    return wire;
}

HttpReply HttpReply::html(const QString& page, int status)
{
    return withBody(status, "text/html; charset=utf-8", page.toUtf8());
}

HttpReply HttpReply::text(const QString& text, int status)
{
    return withBody(status, "text/plain; charset=utf-8", text.toUtf8());
}

HttpReply HttpReply::json(const QJsonObject& object, int status)
{
    return withBody(status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpReply HttpReply::jsonError(int status, const QString& code, const QString& message)
{
    return json({{QStringLiteral("error"),
                  QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}},
                status);
}

HttpReply HttpReply::redirect(const QString& location)
{
    HttpReply reply;
    reply.status = 303;
    reply.header("Location", location.toUtf8());
    return reply;
}

QString htmlEscape(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&#39;"));
}

} // namespace rebound::web
