#include "billing/Rater.h"

#include "billing/RateCache.h"

namespace rebound::billing {

std::optional<store::Rate> Rater::rateFor(std::int64_t tableId, const core::PhoneNumber& number,
                                          std::int64_t utcMs)
{
    return m_cache.table(tableId)->match(number.digits(), m_times.at(utcMs));
}

LegQuote Rater::priceLeg(std::int64_t sellPlanId, const LegToPrice& leg)
{
    LegQuote quote;
    quote.answeredSeconds = billableSeconds(leg.durationMs);
    quote.sellRate = rateFor(sellPlanId, leg.number, leg.startUtcMs);
    if (quote.sellRate)
        quote.sell = chargeForSeconds(*quote.sellRate, quote.answeredSeconds);
    if (leg.buyTableId) {
        quote.buyRate = rateFor(*leg.buyTableId, leg.number, leg.startUtcMs);
        if (quote.buyRate)
            quote.buy = chargeForSeconds(*quote.buyRate, quote.answeredSeconds);
    }
    return quote;
}

CallQuote Rater::priceCall(std::int64_t sellPlanId, const LegToPrice& legA, const LegToPrice& legB)
{
    return {priceLeg(sellPlanId, legA), priceLeg(sellPlanId, legB)};
}

core::Money Rater::costOfTalk(const store::Rate& legA, int secondsA, const store::Rate& legB, int talkSeconds)
{
    return chargeForSeconds(legA, std::int64_t(secondsA) + talkSeconds).amount +
           chargeForSeconds(legB, talkSeconds).amount;
}

int Rater::maxTalkSeconds(core::Money credit, const store::Rate& legA, int secondsA, const store::Rate& legB,
                          int maxSeconds)
{
    if (costOfTalk(legA, secondsA, legB, 0) > credit)
        return -1;
    if (costOfTalk(legA, secondsA, legB, maxSeconds) <= credit)
        return maxSeconds;
    // Invariant: cost(low) <= credit < cost(high).
    int low = 0;
    int high = maxSeconds;
    while (high - low > 1) {
        const int mid = low + (high - low) / 2;
        if (costOfTalk(legA, secondsA, legB, mid) <= credit)
            low = mid;
        else
            high = mid;
    }
    return low;
}

} // namespace rebound::billing
