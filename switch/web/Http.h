#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace rebound::web {

// One HTTP request as the web triggers see it: already read in full and
// independent of the server library, so handlers are plain functions of it.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", …
    QString path;      // decoded, without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;
    QHostAddress remote;
    bool secure = false; // arrived over TLS

    QByteArray header(const QByteArray& lowerCaseName) const;
    QString cookie(const QString& name) const;
    // application/x-www-form-urlencoded body fields (empty for other types).
    QUrlQuery form() const;
    // A form field, or else the query's: what SMS gateways send either way.
    QString field(const QString& name) const;
    QString source() const; // "web:203.0.113.9", for audit and lock-outs
    // False when an Origin header names another site than the one the
    // request was sent to (its Host). A request without Origin (API clients,
    // SMS gateways) is not a browser's and passes. The scheme is not
    // compared under plain HTTP, so a TLS proxy in front keeps working, but
    // over TLS an http:// origin is foreign. "null" is foreign: browsers
    // send it from sandboxed frames and pages that withhold their origin.
    bool fromOwnOrigin() const;
};

struct HttpReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    HttpReply& header(const QByteArray& name, const QByteArray& value)
    {
        headers.append({name, value});
        return *this;
    }
    QByteArray headerValue(const QByteArray& name) const;
    // The reply as HTTP/1.1 bytes for a connection that closes after it
    // (Content-Length and Connection: close added); without the body for HEAD.
    QByteArray toWire(bool withBody = true) const;

    static HttpReply html(const QString& page, int status = 200);
    static HttpReply text(const QString& text, int status = 200);
    static HttpReply json(const QJsonObject& object, int status = 200);
    // {"error": {"code": code, "message": message}}
    static HttpReply jsonError(int status, const QString& code, const QString& message);
    // 303 See Other: after a POST, so a reload never repeats it.
    static HttpReply redirect(const QString& location);
};

// Escapes text for HTML element content and quoted attribute values.
QString htmlEscape(const QString& text);

// Something that answers some of the server's requests.
class HttpHandler
{
public:
    virtual ~HttpHandler() = default;
    // The reply, or std::nullopt when the path is not this handler's.
    virtual std::optional<HttpReply> handle(const HttpRequest& request) = 0;
};

} // namespace rebound::web
