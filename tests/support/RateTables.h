#pragma once

// Rates and rate tables as the billing tests build them.

#include "core/Clock.h"
#include "core/Money.h"
#include "store/Database.h"
#include "store/RateRepository.h"

namespace rebound::test {

// A rate for `prefix` (also its destination's name) at `perMinuteMicros` a
// minute, billed `first` seconds then `next` at a time, with an optional
// minimum, grace period and connection fee.
inline store::Rate rate(const QString& prefix, std::int64_t perMinuteMicros, int first = 60, int next = 60,
                        int minimum = 0, int grace = 0, std::int64_t connectMicros = 0)
{
    store::Rate r;
    r.prefix = prefix;
    r.destination = prefix;
    r.perMinute = core::Money::fromMicros(perMinuteMicros);
    r.firstIncrement = first;
    r.nextIncrement = next;
    r.minSeconds = minimum;
    r.graceSeconds = grace;
    r.connectFee = core::Money::fromMicros(connectMicros);
    return r;
}

// A new rate table called `name` holding `rates`; its id.
inline std::int64_t rateTable(const store::Database& db, const core::Clock& clock, const QString& name,
                              store::RateTableKind kind, const QList<store::Rate>& rates = {})
{
    store::RateRepository repo(db, clock);
    const std::int64_t id = repo.createTable(store::RateTable::named(name, kind));
    if (!rates.isEmpty())
        repo.replaceRates(id, rates);
    return id;
}

} // namespace rebound::test
