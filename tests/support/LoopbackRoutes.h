#pragma once

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Gateway.h"
#include "store/GatewayRepository.h"
#include "store/SettingsRepository.h"

namespace rebound::test {

// A demo-seeded database made ready for end-to-end calls on loopback: the
// routes are replaced by two gateways on 127.0.0.1 (sipp plays both): UK
// numbers (+44, the demo subscribers' phones, leg A) go to portA, North
// American ones (+1, the destinations, leg B) to portB, both priced with
// the demo carrier's buy table. Callbacks start 100 ms after the trigger.
inline void routeDemoCallsToLoopback(const store::Database& db, const core::Clock& clock, int portA,
                                     int portB)
{
    store::GatewayRepository gateways(db, clock);
    const auto carrier = *gateways.findGatewayByName(QStringLiteral("Demo carrier"));
    db.run(QStringLiteral("DELETE FROM routes"), {}, QStringLiteral("test"));
    const auto addGateway = [&](const QString& name, int port, const QString& prefix) {
        store::Gateway g;
        g.name = name;
        g.host = QStringLiteral("127.0.0.1");
        g.port = port;
        g.buyTableId = carrier.buyTableId;
        store::Route r;
        r.prefix = prefix;
        r.gatewayId = gateways.insertGateway(g);
        gateways.insertRoute(r);
    };
    addGateway(QStringLiteral("UK phones"), portA, QStringLiteral("44"));
    addGateway(QStringLiteral("US phones"), portB, QStringLiteral("1"));
    store::SettingsRepository(db).setValue(QStringLiteral("callback.delay_ms"), QStringLiteral("100"));
}

} // namespace rebound::test
