#pragma once

#include <QLocale>
#include <QString>
#include <cstdint>
#include <optional>
#include <stdexcept>

namespace rebound::core {

// Raised when an arithmetic result does not fit in int64 micro-units.
class MoneyOverflow : public std::overflow_error
{
public:
    using std::overflow_error::overflow_error;
};

// An amount of money in micro-units (1e-6 of the currency unit). Never floating
// point. Every rounding in the project goes through roundHalfUp() below, which
// rounds halves away from zero (5.5 -> 6, -5.5 -> -6).
class Money
{
public:
    static constexpr std::int64_t MicrosPerUnit = 1'000'000;

    constexpr Money() = default;
    static constexpr Money fromMicros(std::int64_t micros) { return Money(micros); }
    // Whole units and cents, e.g. fromCents(500) is 5.00. Throws MoneyOverflow.
    static Money fromCents(std::int64_t cents);
    static Money fromUnits(std::int64_t units);

    constexpr std::int64_t micros() const { return m_micros; }
    constexpr bool isZero() const { return m_micros == 0; }
    constexpr bool isNegative() const { return m_micros < 0; }

    // Checked arithmetic: throws MoneyOverflow instead of wrapping.
    Money operator+(Money other) const;
    Money operator-(Money other) const;
    Money operator-() const;
    Money& operator+=(Money other);
    Money& operator-=(Money other);
    Money operator*(std::int64_t factor) const;
    // this * numerator / denominator, rounded half-up once, with a 128-bit
    // intermediate. denominator must be > 0. Used for per-minute rates:
    // rate.scaled(seconds, 60).
    Money scaled(std::int64_t numerator, std::int64_t denominator) const;
    // Percentage in basis points (1% = 100), rounded half-up.
    Money percent(std::int64_t basisPoints) const { return scaled(basisPoints, 10'000); }
    // Rounds up (towards +infinity) to a multiple of step (step > 0).
    Money roundedUpTo(Money step) const;

    friend constexpr auto operator<=>(Money, Money) = default;

    // Result of parsing text a person typed, e.g. "5", "5.25", "-0.0125",
    // "1,234.50" (C locale) or "1.234,50" (de_DE). A currency symbol or ISO
    // code before or after the number is accepted and ignored. More than six
    // decimals are rounded half-up. (Defined after the class: std::optional
    // needs Money to be complete.)
    struct ParseResult;
    static ParseResult parse(const QString& text, const QLocale& locale = QLocale::c());

    // Plain decimal for storage, CSV and JSON: "-12.5", "0.0125", "5" with no
    // grouping and the minimum number of decimals (at least minDecimals).
    QString toPlainString(int minDecimals = 0) const;
    // For people: locale grouping and decimal point, at least `decimals`
    // decimals (more when the amount has more precision, up to 6), and the
    // currency symbol placed as the locale does ("$1,234.50", "1.234,50 €").
    // A negative `decimals` means the currency's own minor units
    // (core::Currency: ¥500, 1.500 KWD, 2 for an unknown or empty code).
    QString format(const QString& currencyCode, const QLocale& locale = QLocale::c(),
                   int decimals = -1) const;
    // Symbol for a few common ISO 4217 codes ($, €, £ …); the code otherwise.
    static QString currencySymbol(const QString& currencyCode);

private:
    constexpr explicit Money(std::int64_t micros)
        : m_micros(micros)
    {
    }
    std::int64_t m_micros = 0;
};

struct Money::ParseResult
{
    std::optional<Money> value;
    QString error; // set when value is empty: what was wrong, for the user
};

// The one rounding rule: numerator / denominator rounded half away from zero.
// denominator must be > 0. Throws MoneyOverflow if the result exceeds int64.
std::int64_t roundHalfUp(__int128 numerator, std::int64_t denominator);

} // namespace rebound::core
