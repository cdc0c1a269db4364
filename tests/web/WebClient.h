#pragma once

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

namespace rebound::test {

// Sends `request` and waits for its answer, at most `timeoutMs`, in a local
// event loop so that a server on this thread is served meanwhile. The reply
// is finished unless the time ran out; the caller deletes it (deleteLater).
inline QNetworkReply* awaitReply(QNetworkAccessManager& manager, const QNetworkRequest& request,
                                 const QByteArray& method, const QByteArray& body, int timeoutMs)
{
    QNetworkReply* reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return reply;
}

// A minimal HTTP client for the web tests: one cookie (the session) kept by
// hand, redirects not followed, every exchange awaited in a local event loop
// so a server on the same thread is served meanwhile.
class WebClient
{
public:
    struct Response
    {
        int status = 0;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QString text() const { return QString::fromUtf8(body); }
        QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    };

    explicit WebClient(quint16 port)
        : m_base(QStringLiteral("http://127.0.0.1:%1").arg(port))
    {
        m_manager.setCookieJar(new NoCookies); // cookies are ours to keep
    }

    Response get(const QString& path) { return send("GET", path, {}, {}); }
    Response post(const QString& path, const QList<QPair<QString, QString>>& fields,
                  const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        QUrlQuery form;
        for (const auto& [name, value] : fields)
            form.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        return send("POST", path, form.toString(QUrl::FullyEncoded).toLatin1(),
                    "application/x-www-form-urlencoded", headers);
    }
    QByteArray origin() const { return m_base.toLatin1(); } // what a browser on the portal sends
    Response send(const QByteArray& method, const QString& path, const QByteArray& body,
                  const QByteArray& contentType, const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        QNetworkRequest request(QUrl(m_base + path));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!m_cookie.isEmpty())
            request.setRawHeader("Cookie", m_cookie);
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply* reply = awaitReply(m_manager, request, method, body, 15'000);
        Response r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        for (const auto& [name, value] : reply->rawHeaderPairs())
            r.headers.insert(name.toLower(), value);
        const QByteArray setCookie = r.header("set-cookie");
        if (!setCookie.isEmpty())
            m_cookie = setCookie.contains("Max-Age=0") ? QByteArray() : setCookie.split(';').first();
        reply->deleteLater();
        return r;
    }

    // The CSRF token of the last page's forms.
    static QString csrf(const Response& page)
    {
        static const QRegularExpression token(QStringLiteral("name=\"csrf\" value=\"([^\"]+)\""));
        return token.match(page.text()).captured(1);
    }
    // Posts `fields` to `path` as a browser sends the form on `page`: with
    // that page's CSRF token first.
    Response submit(const Response& page, const QString& path, QList<QPair<QString, QString>> fields,
                    const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        fields.prepend({QStringLiteral("csrf"), csrf(page)});
        return post(path, fields, headers);
    }
    QByteArray cookie() const { return m_cookie; }
    void setCookie(const QByteArray& cookie) { m_cookie = cookie; }

private:
    class NoCookies : public QNetworkCookieJar
    {
    public:
        bool setCookiesFromUrl(const QList<QNetworkCookie>&, const QUrl&) override { return false; }
        QList<QNetworkCookie> cookiesForUrl(const QUrl&) const override { return {}; }
    };

    QString m_base;
    QNetworkAccessManager m_manager;
    QByteArray m_cookie;
};

} // namespace rebound::test
