#pragma once

// The subscriber portal's forms filled in as a browser does: the page that
// holds the form is read first, for its CSRF token.

#include "WebClient.h"

namespace rebound::test {

// Signs in with the login form, sending `headers` with both requests. The
// portal's answer (303 to the dashboard when signed in).
inline WebClient::Response signIn(WebClient& web, const QString& member, const QString& password,
                                  const QList<QPair<QByteArray, QByteArray>>& headers = {})
{
    const auto form = web.send("GET", QStringLiteral("/login"), {}, {}, headers);
    return web.submit(form, QStringLiteral("/login"),
                      {{QStringLiteral("member"), member}, {QStringLiteral("password"), password}}, headers);
}

// Asks for a callback with the dashboard's form: `callbackTo` is rung, then
// connected to `callTo`. The portal's answer (303 to the dashboard when the
// request was taken).
inline WebClient::Response requestCallback(WebClient& web, const QString& callbackTo, const QString& callTo)
{
    const auto home = web.get(QStringLiteral("/dashboard"));
    return web.submit(home, QStringLiteral("/callback"),
                      {{QStringLiteral("callback_to"), callbackTo}, {QStringLiteral("call_to"), callTo}});
}

} // namespace rebound::test
