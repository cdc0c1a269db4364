#pragma once

#include "core/Clock.h"
#include "store/Gateway.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace rebound::store {

class Database;

// Gateways, routes and DIDs: the switch's view of the outside world.
class GatewayRepository
{
    Q_DECLARE_TR_FUNCTIONS(GatewayRepository)

public:
    GatewayRepository(const Database& db, const core::Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    QList<Gateway> gateways() const; // by name
    std::optional<Gateway> findGateway(std::int64_t id) const;
    std::optional<Gateway> findGatewayByName(const QString& name) const;
    std::int64_t insertGateway(const Gateway& gateway);
    void updateGateway(const Gateway& gateway);
    void removeGateway(std::int64_t id);
    // The built-in test carrier, if it was ever made.
    std::optional<Gateway> testCarrier() const;
    // Points the test carrier at the test phones (making it the first
    // time, named `name`), enabled or not; returns it. Port 0 keeps the
    // stored port (switching it off before the phones ever ran); without a
    // test carrier that makes none and returns an empty gateway.
    Gateway pointTestCarrier(const QString& name, const QString& host, int port, bool enabled);

    QList<Route> routes() const; // by prefix, priority
    std::optional<Route> findRoute(std::int64_t id) const;
    // The routes for exactly `prefix` ("" is every number), by priority:
    // one per gateway at most, the schema's UNIQUE (prefix, gateway_id).
    QList<Route> routesWithPrefix(const QString& prefix) const;
    std::int64_t insertRoute(const Route& route);
    void removeRoute(std::int64_t id);

    QList<Did> dids() const;                         // by number
    QList<Did> didsOf(std::int64_t accountId) const; // by number
    std::optional<Did> findDid(const QString& number) const;
    std::optional<Did> findDidById(std::int64_t id) const;
    std::int64_t insertDid(const Did& did);
    void updateDid(const Did& did);
    void removeDid(std::int64_t id);

private:
    const Database& m_db;
    const core::Clock& m_clock;
};

QString toString(DidMode mode);

} // namespace rebound::store
