#pragma once

#include "core/Money.h"
#include "store/Rate.h"

#include <cstdint>

namespace rebound::billing {

// The billing rule of ARCHITECTURE.md, for one leg, in one place. Both sell
// prices and buy costs go through it.
struct Charge
{
    int seconds = 0; // charged seconds after grace, increments and minimum
    core::Money amount;
};

// Answered duration in whole seconds: milliseconds rounded up.
int billableSeconds(std::int64_t durationMs);
// Charged seconds for an answered duration of d seconds.
int chargedSeconds(const store::Rate& rate, std::int64_t d);
// connect fee + rate * s / 60 (rounded half-up once); 0 when s is 0.
core::Money priceFor(const store::Rate& rate, int chargedSeconds);
Charge chargeForSeconds(const store::Rate& rate, std::int64_t d);
Charge chargeForDuration(const store::Rate& rate, std::int64_t durationMs);

} // namespace rebound::billing
