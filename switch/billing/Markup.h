#pragma once

#include "core/Money.h"
#include "store/Rate.h"

#include <QList>
#include <optional>

namespace rebound::billing {

// How a sell plan is derived from a buy table.
struct MarkupRule
{
    std::int64_t percentBasisPoints = 0;                    // 6000 = +60 %
    core::Money fixedPerMinute;                             // added after the percentage
    core::Money roundUpTo = core::Money::fromMicros(1'000); // sell rates end on this step
    // Sell-side increments; empty keeps each buy rate's own.
    std::optional<int> firstIncrement;
    std::optional<int> nextIncrement;
    bool markUpConnectFee = true;
};

// Sell rates for every buy rate: cost * (1 + percent) + fixed, rounded up to
// the step, never below cost (per minute and connect fee). Prefix, name,
// windows and validity are kept; sell increments and minimum are never finer
// than the carrier's.
QList<store::Rate> applyMarkup(const QList<store::Rate>& buyRates, const MarkupRule& rule);

} // namespace rebound::billing
