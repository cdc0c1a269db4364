#pragma once

// What the web tests put around a handler: a server on loopback, and the
// requests it admits as the switch would hear of them.

#include "callback/Admission.h"
#include "web/WebServer.h"

#include <QList>
#include <memory>

namespace rebound::test {

// Starts `server` for `handler` on 127.0.0.1 at a free port; the error, or
// nothing once it listens.
inline QString serveOnLoopback(web::WebServer& server, web::HttpHandler& handler)
{
    server.addHandler(&handler);
    web::WebServer::Config config;
    config.port = 0;
    return server.start(config);
}

// Somewhere for a handler to announce the requests it admits (admitInto):
// each id is appended to `ids` at once, as the switch hears of it. `ids`
// must outlive what is returned.
inline std::unique_ptr<callback::AdmittedRequests> recordAdmitted(QList<qint64>& ids)
{
    auto admitted = std::make_unique<callback::AdmittedRequests>();
    QObject::connect(
        admitted.get(), &callback::AdmittedRequests::admitted, admitted.get(),
        [&ids](qint64 id) { ids.append(id); }, Qt::DirectConnection);
    return admitted;
}

} // namespace rebound::test
