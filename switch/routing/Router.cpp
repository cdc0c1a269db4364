#include "routing/Router.h"

#include "billing/RateCache.h"
#include "billing/Rater.h"
#include "store/GatewayRepository.h"
#include "store/SettingsRepository.h"

#include <algorithm>

namespace rebound::routing {

QString Router::rewrite(const store::Gateway& gateway, const core::PhoneNumber& number)
{
    return gateway.addPrefix + number.digits().mid(gateway.stripDigits);
}

QList<RouteCandidate> Router::candidates(const core::PhoneNumber& number,
                                         std::optional<std::int64_t> pinnedGatewayId) const
{
    store::GatewayRepository repo(m_db, m_clock);
    std::optional<billing::RateCache> own;
    billing::RateCache& cache = m_cache ? *m_cache : own.emplace(m_db, m_clock);
    billing::Rater rater(cache, store::SettingsRepository(m_db).billingTimeZone());
    const auto costOf = [&](const store::Gateway& g) -> std::optional<core::Money> {
        if (!g.buyTableId)
            return std::nullopt;
        const auto rate = rater.rateFor(*g.buyTableId, number, m_clock.nowMs());
        return rate ? std::optional<core::Money>(rate->perMinute) : std::nullopt;
    };

    QList<RouteCandidate> result;
    if (pinnedGatewayId) {
        if (const auto g = repo.findGateway(*pinnedGatewayId); g && g->enabled)
            result.append({*g, rewrite(*g, number), costOf(*g), 0, 0});
        return result;
    }
    QList<std::int64_t> seen;
    for (const store::Route& route : repo.routes()) {
        if (!route.enabled || !number.digits().startsWith(route.prefix) || seen.contains(route.gatewayId))
            continue;
        const auto g = repo.findGateway(route.gatewayId);
        if (!g || !g->enabled)
            continue;
        seen.append(g->id);
        result.append(
            {*g, rewrite(*g, number), costOf(*g), route.priority, static_cast<int>(route.prefix.size())});
    }
    std::stable_sort(result.begin(), result.end(), [](const RouteCandidate& a, const RouteCandidate& b) {
        if (a.priority != b.priority)
            return a.priority < b.priority;
        if (a.buyRate.has_value() != b.buyRate.has_value())
            return a.buyRate.has_value(); // a known price beats an unknown one
        if (a.buyRate && *a.buyRate != *b.buyRate)
            return *a.buyRate < *b.buyRate;
        return a.prefixLength > b.prefixLength;
    });
    return result;
}

} // namespace rebound::routing
