#pragma once

#include "LoopbackServer.h"
#include "WebClient.h"
#include "demo/DemoData.h"
#include "support/TempDatabase.h"
#include "web/WebPortal.h"
#include "web/WebServer.h"

#include <memory>

namespace rebound::test {

// The subscriber portal on a demo-seeded database, served on 127.0.0.1 at a
// free port (serveError says why not). The server goes before the portal,
// and both before the database.
struct PortalFixture : TempDatabase
{
    std::unique_ptr<web::WebPortal> portal;
    web::WebServer server;
    QString serveError;

    PortalFixture()
    {
        if (!demo::DemoData::seed(*db, clock))
            qFatal("the demo data did not seed");
        portal = std::make_unique<web::WebPortal>(*db, clock);
        serveError = serveOnLoopback(server, *portal);
    }
    PortalFixture(const PortalFixture&) = delete;
    PortalFixture& operator=(const PortalFixture&) = delete;

    WebClient client() const { return WebClient(server.port()); }
};

} // namespace rebound::test
