#pragma once

#include "core/Clock.h"
#include "core/Money.h"
#include "core/PhoneNumber.h"
#include "store/Gateway.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace rebound::store {
class Database;
}
namespace rebound::billing {
class RateCache;
}

namespace rebound::routing {

// One gateway a leg may try, and the number as that gateway wants it.
struct RouteCandidate
{
    store::Gateway gateway;
    QString dialledNumber;              // after the gateway's strip/add rewrite
    std::optional<core::Money> buyRate; // per minute, from the gateway's buy table
    int priority = 100;
    int prefixLength = 0;
};

// Which gateways carry a number, in the order to try them: routes whose
// prefix matches, by priority, then least cost (the gateway's buy rate for
// this number), then the more specific prefix. An LGW leg is pinned to its
// in-country gateway.
class Router
{
    Q_DECLARE_TR_FUNCTIONS(Router)

public:
    // `cache`: the switch's shared rate cache; without one, a cache for this
    // lookup only (fine for the command line, wasteful per call).
    Router(const store::Database& db, const core::Clock& clock, billing::RateCache* cache = nullptr)
        : m_db(db)
        , m_clock(clock)
        , m_cache(cache)
    {
    }

    QList<RouteCandidate> candidates(const core::PhoneNumber& number,
                                     std::optional<std::int64_t> pinnedGatewayId = std::nullopt) const;
    static QString rewrite(const store::Gateway& gateway, const core::PhoneNumber& number);

private:
    const store::Database& m_db;
    const core::Clock& m_clock;
    billing::RateCache* m_cache;
};

} // namespace rebound::routing
