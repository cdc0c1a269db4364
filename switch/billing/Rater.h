#pragma once

#include "billing/CallTime.h"
#include "billing/ChargeRule.h"
#include "core/PhoneNumber.h"

#include <QCoreApplication>
#include <optional>

namespace rebound::billing {

class RateCache;

// One leg priced both ways: what the subscriber pays (sell plan) and what
// the gateway charges (buy table). A leg with no sell rate is not allowed.
struct LegQuote
{
    std::optional<store::Rate> sellRate;
    Charge sell;
    std::optional<store::Rate> buyRate;
    Charge buy;
    int answeredSeconds = 0;

    bool allowed() const { return sellRate.has_value(); }
    core::Money profit() const { return sell.amount - buy.amount; }
};

// A callback call: leg A to the callback number, leg B to the destination.
struct CallQuote
{
    LegQuote a;
    LegQuote b;
    core::Money sell() const { return a.sell.amount + b.sell.amount; }
    core::Money buy() const { return a.buy.amount + b.buy.amount; }
    core::Money profit() const { return sell() - buy(); }
};

struct LegToPrice
{
    core::PhoneNumber number;
    std::int64_t durationMs = 0;
    std::int64_t startUtcMs = 0;
    std::optional<std::int64_t> buyTableId; // the gateway's buy table, if known
};

// Prices legs and calls by the billing rule, and answers the inverse
// question: how long may a call run on a given credit.
class Rater
{
    Q_DECLARE_TR_FUNCTIONS(Rater)

public:
    Rater(RateCache& cache, const QTimeZone& zone)
        : m_cache(cache)
        , m_times(zone)
    {
    }

    LegQuote priceLeg(std::int64_t sellPlanId, const LegToPrice& leg);
    CallQuote priceCall(std::int64_t sellPlanId, const LegToPrice& legA, const LegToPrice& legB);
    // The rate of a sell plan or buy table for a number at a time; empty
    // when nothing matches.
    std::optional<store::Rate> rateFor(std::int64_t tableId, const core::PhoneNumber& number,
                                       std::int64_t utcMs);

    // The longest talk time T in whole seconds, at most maxSeconds, such that
    // sellA(secondsA + T) + sellB(T) <= credit: leg A has already been up
    // secondsA and keeps running while leg B talks. Exact for every
    // increment, minimum, grace and connect fee (the cost only ever grows
    // with T, so a binary search finds the last affordable second).
    // Returns -1 when not even T = 0 is affordable.
    static int maxTalkSeconds(core::Money credit, const store::Rate& legA, int secondsA,
                              const store::Rate& legB, int maxSeconds);
    // What that talk time costs: sellA(secondsA + T) + sellB(T).
    static core::Money costOfTalk(const store::Rate& legA, int secondsA, const store::Rate& legB,
                                  int talkSeconds);

private:
    RateCache& m_cache;
    CallTimeConverter m_times;
};

} // namespace rebound::billing
