#pragma once

#include <QList>
#include <QString>
#include <cstdint>

namespace rebound::store {

class Database;

// The figures the fraud alarms watch, over a window ending now. Reads only.
class FraudRepository
{
public:
    explicit FraudRepository(const Database& db)
        : m_db(db)
    {
    }

    struct AccountCount
    {
        std::int64_t accountId = 0;
        QString accountCode;
        std::int64_t value = 0; // a count, or micro-units
    };
    // Accounts with more than `limit` callback requests since `sinceMs`.
    QList<AccountCount> callbacksOver(std::int64_t sinceMs, std::int64_t limit) const;
    // Accounts whose calls started since `sinceMs` cost them more than
    // `limitMicros` (what is billed, plus the holds of calls in progress).
    QList<AccountCount> spendOver(std::int64_t sinceMs, std::int64_t limitMicros) const;
    // Everything subscribers spent since `sinceMs`, held included.
    std::int64_t totalSpend(std::int64_t sinceMs) const;

    struct PremiumCall
    {
        std::int64_t accountId = 0;
        QString accountCode;
        QString number;
        std::int64_t rateMicros = 0; // per minute, the subscriber's price
    };
    // Destination legs dialled since `sinceMs` at a sell rate above
    // `rateMicros` a minute, one per account and number.
    QList<PremiumCall> premiumDestinations(std::int64_t sinceMs, std::int64_t rateMicros) const;

    struct GatewayAsr
    {
        std::int64_t gatewayId = 0;
        QString name;
        int attempts = 0;
        int answered = 0;
    };
    // Gateways with at least `minAttempts` attempts since `sinceMs` of which
    // fewer than `percent` % were answered.
    QList<GatewayAsr> asrBelow(std::int64_t sinceMs, int minAttempts, int percent) const;

private:
    const Database& m_db;
};

} // namespace rebound::store
