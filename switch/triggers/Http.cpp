#include "triggers/Http.h"

#include <QJsonDocument>

namespace rebound::triggers {

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

QByteArray HttpReply::headerValue(const QByteArray& name) const
{
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

namespace {

HttpReply withBody(int status, const QByteArray& contentType, QByteArray body)
{
    HttpReply reply;
    reply.status = status;
    reply.header("Content-Type", contentType);
    reply.body = std::move(body);
    return reply;
}

} // namespace

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

} // namespace rebound::triggers
