#pragma once

#include "LoopbackServer.h"
#include "WebClient.h"
#include "web/WebServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTest>

namespace rebound::test {

// What came back over the socket.
struct WebReply
{
    int status = 0; // 0: no HTTP answer at all
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const { return json()[QStringLiteral("error")][QStringLiteral("code")].toString(); }
    QString errorMessage() const
    {
        return json()[QStringLiteral("error")][QStringLiteral("message")].toString();
    }
    QString text() const { return QString::fromUtf8(body); }
};

// A WebServer on 127.0.0.1 at a free port, and a client that sends it real
// HTTP requests and waits (at most 10 s) for each answer.
class HandlerClient
{
public:
    explicit HandlerClient(web::HttpHandler& handler)
    {
        m_error = serveOnLoopback(m_server, handler);
        m_nam.setProxy(QNetworkProxy::NoProxy);
    }
    QString startError() const { return m_error; }

    WebReply send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
                  const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.port()).arg(pathAndQuery)));
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
            request.setRawHeader("Content-Type", "application/json");
        QNetworkReply* reply = awaitReply(m_nam, request, method, body, 10'000);
        WebReply result;
        if (reply->isFinished()) {
            result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            result.body = reply->readAll();
            result.headers = reply->rawHeaderPairs();
        }
        reply->deleteLater();
        return result;
    }
    WebReply get(const QString& pathAndQuery, const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        return send("GET", pathAndQuery, {}, headers);
    }

private:
    web::WebServer m_server;
    QNetworkAccessManager m_nam;
    QString m_error;
};

} // namespace rebound::test
