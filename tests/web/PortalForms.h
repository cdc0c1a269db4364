#pragma once

// The subscriber portal's forms filled in as a browser does: the page that
// holds the form is read first, for its CSRF token.

#include "WebClient.h"

namespace rebound::test {

// Asks for a callback with the dashboard's form: `callbackTo` is rung, then
// connected to `callTo`. The portal's answer (303 to the dashboard when the
// request was taken).
inline WebClient::Response requestCallback(WebClient& web, const QString& callbackTo, const QString& callTo)
{
    const auto home = web.get(QStringLiteral("/dashboard"));
    return web.post(QStringLiteral("/callback"), {{QStringLiteral("csrf"), WebClient::csrf(home)},
                                                  {QStringLiteral("callback_to"), callbackTo},
                                                  {QStringLiteral("call_to"), callTo}});
}

} // namespace rebound::test
