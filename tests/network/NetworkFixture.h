#pragma once

// A network service (gateways, routes, DIDs) on a fresh database, with the
// repository its tests read back from.

#include "store/Gateway.h"
#include "store/GatewayRepository.h"
#include "support/ServiceFixture.h"

#include <QTest>
#include <array>

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

    // How many gateways, routes and DIDs the database holds.
    std::array<qsizetype, 3> holdings() const
    {
        const store::GatewayRepository r = repo();
        return {r.gateways().size(), r.routes().size(), r.dids().size()};
    }

    // `in` is refused by check() and by add() alike, both naming `field`
    // alone, and add() writes and audits nothing.
    template <typename Input>
    void refusesNaming(const Input& in, const QString& field)
    {
        const auto before = holdings();
        const auto audited = this->audit().size();
        QCOMPARE(fieldNames(this->service.check(in)), QStringList{field});
        try {
            this->service.add(in, QStringLiteral("tester"));
            QFAIL("a bad input was saved");
        } catch (const core::ValidationError& error) {
            QCOMPARE(fieldNames(error.errors()), QStringList{field});
            QVERIFY(!error.errors().first().message.isEmpty());
        }
        QVERIFY(holdings() == before);
        QCOMPARE(this->audit().size(), audited);
    }

    // `in`, added inside a transaction that its caller then gives up on
    // (never commits), leaves nothing behind, not even its audit entry.
    template <typename Input>
    void keepsNothingWhenTheCallerGivesUp(const Input& in)
    {
        const auto before = holdings();
        const auto audited = this->audit().size();
        {
            store::Database::Transaction outer(*this->db);
            this->service.add(in, QStringLiteral("tester"));
        }
        QVERIFY(holdings() == before);
        QCOMPARE(this->audit().size(), audited);
    }
};

} // namespace rebound::test
