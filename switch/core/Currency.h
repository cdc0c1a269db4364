#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace rebound::core {

// ISO 4217: the currency codes in use and how many decimals each has (its
// "minor units"). Most have 2; the yen, the won, the CFA francs and a few
// others have none, and the Gulf and North African dinars have 3. An amount
// is shown and spoken to the currency's own minor unit, never to a cent the
// currency does not have.
class Currency
{
public:
    // Every code in the table, sorted: the codes in use, the funds codes
    // that have minor units (BOV, CHE, CHW, CLF, COU, MXV, USN, UYI, UYW) and
    // a few withdrawn lately but still seen (ANG, CUC, HRK, SLL, ZWL), so an
    // installation that chose one keeps working. No precious metals, SDRs or
    // test codes: they have no minor unit and are never an account's money.
    static const QStringList& codes();
    // Exactly three upper-case letters that the table knows ("usd" is not).
    static bool isKnown(const QString& code);
    // The currency's decimals, or nothing for a code the table does not know.
    static std::optional<int> findMinorUnits(const QString& code);
    // The currency's decimals ("jpy" as JPY); 2 for an unknown or empty code,
    // as most currencies have.
    static int minorUnits(const QString& code);
};

} // namespace rebound::core
