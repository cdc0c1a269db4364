#pragma once

#include "core/Money.h"

#include <QString>
#include <cstdint>
#include <optional>

namespace rebound::store {

enum class RateTableKind
{
    Sell,
    Buy
};
QString toString(RateTableKind kind); // "sell" / "buy"
std::optional<RateTableKind> rateTableKindFromString(const QString& text);

// A sell plan (what subscribers pay) or a buy table (what a gateway charges).
struct RateTable
{
    std::int64_t id = 0;
    QString name;
    RateTableKind kind = RateTableKind::Sell;
    QString currency = QStringLiteral("USD");
    QString description;
    int rateCount = 0; // filled by RateRepository::tables()

    static RateTable named(QString name, RateTableKind kind, QString currency = QStringLiteral("USD"),
                           QString description = {})
    {
        RateTable t;
        t.name = std::move(name);
        t.kind = kind;
        t.currency = std::move(currency);
        t.description = std::move(description);
        return t;
    }
};

// One row of a rate table. The billing rule (ARCHITECTURE.md) uses every
// field; see billing/ChargeRule.h.
struct Rate
{
    std::int64_t id = 0;
    std::int64_t tableId = 0;
    QString prefix; // E.164 digits; the longest matching prefix wins
    QString destination;
    core::Money perMinute;
    core::Money connectFee;
    int firstIncrement = 60;
    int nextIncrement = 60;
    int minSeconds = 0;
    int graceSeconds = 0;
    // Validity, milliseconds since the epoch (UTC): applies when
    // validFrom <= t < validTo; an empty bound is open.
    std::optional<std::int64_t> validFrom;
    std::optional<std::int64_t> validTo;
    // Time-of-day window in minutes of the reseller's local day, [timeFrom,
    // timeTo); wraps past midnight when timeFrom > timeTo (e.g. 19:00-07:00).
    // Both empty = all day.
    std::optional<int> timeFrom;
    std::optional<int> timeTo;
    int daysMask = 127; // bit 0 = Monday ... bit 6 = Sunday

    friend bool operator==(const Rate&, const Rate&) = default;
};

} // namespace rebound::store
