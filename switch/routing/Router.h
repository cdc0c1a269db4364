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

// The routing rule, and the only place it is written: true when `a` is
// tried before `b`. The longest matching prefix comes first (a route for
// 447 is there to override one for 44), then the lower priority, then the
// lower buy rate for the number (a known rate before an unknown one).
bool triedBefore(const RouteCandidate& a, const RouteCandidate& b);

// Which gateways carry a number, in the order to try them (triedBefore).
// An LGW leg is pinned to its in-country gateway. The switch dials in this
// order, and quotes price the cost with its first gateway, so what a quote
// says is what a call costs.
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

    // `atMs`: when the call starts, for the buy rates (default now).
    QList<RouteCandidate> candidates(const core::PhoneNumber& number,
                                     std::optional<std::int64_t> pinnedGatewayId = std::nullopt,
                                     std::optional<std::int64_t> atMs = std::nullopt) const;
    // The buy table of the gateway a call to `number` at `atMs` tries first
    // (gateway load aside): the cost a quote or the rate tester shows.
    // None when no route matches or that gateway has no buy table.
    std::optional<std::int64_t> quoteBuyTable(const core::PhoneNumber& number, std::int64_t atMs) const;
    static QString rewrite(const store::Gateway& gateway, const core::PhoneNumber& number);

private:
    const store::Database& m_db;
    const core::Clock& m_clock;
    billing::RateCache* m_cache;
};

} // namespace rebound::routing
