#pragma once

// A network service (gateways, routes, DIDs) on a fresh database, with the
// repository its tests read back from.

#include "store/Gateway.h"
#include "store/GatewayRepository.h"
#include "support/ServiceFixture.h"

namespace rebound::test {

template <typename Service>
struct NetworkFixture : ServiceFixture<Service>
{
    store::GatewayRepository repo() const { return store::GatewayRepository(*this->db, this->clock); }

    // A gateway called `name` at `host`, written straight to the repository
    // (not through a service, so nothing is audited); its id.
    std::int64_t addGateway(const QString& name, const QString& host = QStringLiteral("203.0.113.10")) const
    {
        store::Gateway g;
        g.name = name;
        g.host = host;
        return repo().insertGateway(g);
    }
};

} // namespace rebound::test
