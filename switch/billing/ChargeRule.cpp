#include "billing/ChargeRule.h"

#include <algorithm>

namespace rebound::billing {

int billableSeconds(std::int64_t durationMs)
{
    if (durationMs <= 0)
        return 0;
    return static_cast<int>((durationMs + 999) / 1000);
}

int chargedSeconds(const store::Rate& rate, std::int64_t d)
{
    if (d <= 0 || d <= rate.graceSeconds)
        return 0;
    const std::int64_t first = rate.firstIncrement;
    const std::int64_t next = rate.nextIncrement;
    std::int64_t s = 0;
    if (d <= first)
        s = std::max<std::int64_t>(rate.minSeconds, first);
    else
        s = first + (d - first + next - 1) / next * next;
    return static_cast<int>(std::max<std::int64_t>(s, rate.minSeconds));
}

core::Money priceFor(const store::Rate& rate, int chargedSeconds)
{
    if (chargedSeconds <= 0)
        return {};
    return rate.connectFee + rate.perMinute.scaled(chargedSeconds, 60);
}

Charge chargeForSeconds(const store::Rate& rate, std::int64_t d)
{
    const int s = chargedSeconds(rate, d);
    return {s, priceFor(rate, s)};
}

Charge chargeForDuration(const store::Rate& rate, std::int64_t durationMs)
{
    return chargeForSeconds(rate, billableSeconds(durationMs));
}

} // namespace rebound::billing
