#include "billing/Markup.h"

#include <algorithm>

namespace rebound::billing {

namespace {
core::Money markUp(core::Money cost, const MarkupRule& rule, bool addFixed)
{
    core::Money price = cost + cost.percent(rule.percentBasisPoints);
    if (addFixed)
        price += rule.fixedPerMinute;
    if (rule.roundUpTo.micros() > 0)
        price = price.roundedUpTo(rule.roundUpTo);
    return std::max(price, cost);
}
} // namespace

QList<store::Rate> applyMarkup(const QList<store::Rate>& buyRates, const MarkupRule& rule)
{
    QList<store::Rate> sell;
    sell.reserve(buyRates.size());
    for (const store::Rate& buy : buyRates) {
        store::Rate r = buy;
        r.id = 0;
        r.tableId = 0;
        r.perMinute = markUp(buy.perMinute, rule, true);
        if (rule.markUpConnectFee && !buy.connectFee.isZero())
            r.connectFee = markUp(buy.connectFee, rule, false);
        // Finer sell increments would bill fewer seconds than the carrier
        // does on short calls, so they are never finer than the buy side.
        if (rule.firstIncrement)
            r.firstIncrement = std::max(*rule.firstIncrement, buy.firstIncrement);
        if (rule.nextIncrement)
            r.nextIncrement = std::max(*rule.nextIncrement, buy.nextIncrement);
        r.minSeconds = std::max(r.minSeconds, buy.minSeconds);
        sell.append(r);
    }
    return sell;
}

} // namespace rebound::billing
