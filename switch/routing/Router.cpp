#include "routing/Router.h"

#include "billing/RateCache.h"
#include "billing/Rater.h"
#include "store/GatewayRepository.h"
#include "store/RouteRepository.h"
#include "store/SettingsRepository.h"

#include <algorithm>

namespace rebound::routing {

bool triedBefore(const RouteCandidate& a, const RouteCandidate& b)
{
    if (a.prefixLength != b.prefixLength)
        return a.prefixLength > b.prefixLength;
    if (a.priority != b.priority)
        return a.priority < b.priority;
    if (a.buyRate.has_value() != b.buyRate.has_value())
        return a.buyRate.has_value(); // a known price beats an unknown one
    return a.buyRate && *a.buyRate < *b.buyRate;
}

QString Router::rewrite(const store::Gateway& gateway, const core::PhoneNumber& number)
{
    return gateway.addPrefix + number.digits().mid(gateway.stripDigits);
}

QList<RouteCandidate> Router::candidates(const core::PhoneNumber& number,
                                         std::optional<std::int64_t> pinnedGatewayId,
                                         std::optional<std::int64_t> atMs) const
{
    store::GatewayRepository gateways(m_db, m_clock);
    std::optional<billing::RateCache> own;
    billing::RateCache& cache = m_cache ? *m_cache : own.emplace(m_db, m_clock);
    billing::Rater rater(cache, store::SettingsRepository(m_db).billingTimeZone());
    const std::int64_t at = atMs.value_or(m_clock.nowMs());
    const auto costOf = [&](const store::Gateway& g) -> std::optional<core::Money> {
        if (!g.buyTableId)
            return std::nullopt;
        const auto rate = rater.rateFor(*g.buyTableId, number, at);
        return rate ? std::optional<core::Money>(rate->perMinute) : std::nullopt;
    };

    QList<RouteCandidate> result;
    if (pinnedGatewayId) {
        if (const auto g = gateways.findGateway(*pinnedGatewayId); g && g->enabled)
            result.append({*g, rewrite(*g, number), costOf(*g), 0, 0});
        return result;
    }
    for (const store::Route& route : store::RouteRepository(m_db).matching(number)) {
        // The test carrier takes test calls only, which are pinned to it:
        // a route someone gave it never sends a real call there.
        if (const auto g = gateways.findGateway(route.gatewayId); g && !g->isTest)
            result.append(
                {*g, rewrite(*g, number), costOf(*g), route.priority, static_cast<int>(route.prefix.size())});
    }
    // Routes come in id order, so equal candidates keep the order they were added in.
    std::stable_sort(result.begin(), result.end(), triedBefore);
    // A gateway with several matching routes is tried once, at its best place.
    QList<RouteCandidate> once;
    for (const RouteCandidate& c : std::as_const(result))
        if (std::none_of(once.cbegin(), once.cend(),
                         [&c](const RouteCandidate& o) { return o.gateway.id == c.gateway.id; }))
            once.append(c);
    return once;
}

std::optional<std::int64_t> Router::quoteBuyTable(const core::PhoneNumber& number, std::int64_t atMs) const
{
    const QList<RouteCandidate> routes = candidates(number, std::nullopt, atMs);
    return routes.isEmpty() ? std::nullopt : routes.first().gateway.buyTableId;
}

} // namespace rebound::routing
