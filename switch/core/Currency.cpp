#include "core/Currency.h"

#include <QHash>

namespace rebound::core {

namespace {

struct Entry
{
    const char* code;
    int minorUnits;
};

// ISO 4217 (list one). Codes not listed here have 2 minor units.
constexpr Entry Exceptions[] = {
    // No minor unit.
    {"BIF", 0},
    {"CLP", 0},
    {"DJF", 0},
    {"GNF", 0},
    {"ISK", 0},
    {"JPY", 0},
    {"KMF", 0},
    {"KRW", 0},
    {"PYG", 0},
    {"RWF", 0},
    {"UGX", 0},
    {"UYI", 0},
    {"VND", 0},
    {"VUV", 0},
    {"XAF", 0},
    {"XOF", 0},
    {"XPF", 0},
    // Thousandths: the fils, the baisa, the millime, the dirham of Libya.
    {"BHD", 3},
    {"IQD", 3},
    {"JOD", 3},
    {"KWD", 3},
    {"LYD", 3},
    {"OMR", 3},
    {"TND", 3},
    // Units of account with four decimals.
    {"CLF", 4},
    {"UYW", 4},
};

constexpr const char* TwoDecimals[] = {
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BMD",
    "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW", "CNY",
    "COP", "COU", "CRC", "CUC", "CUP", "CVE", "CZK", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD",
    "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GTQ", "GYD", "HKD", "HNL", "HRK", "HTG", "HUF", "IDR", "ILS",
    "INR", "IRR", "JMD", "KES", "KGS", "KHR", "KPW", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "MAD",
    "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD",
    "NGN", "NIO", "NOK", "NPR", "NZD", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "QAR", "RON", "RSD", "RUB",
    "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SLL", "SOS", "SRD", "SSP", "STN", "SVC", "SYP",
    "SZL", "THB", "TJS", "TMT", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "USD", "USN", "UYU", "UZS", "VED",
    "VES", "WST", "XCD", "XCG", "YER", "ZAR", "ZMW", "ZWG", "ZWL",
};

struct Table
{
    QHash<QString, int> minorUnits;
    QStringList codes;

    static const Table& instance()
    {
        static const Table table;
        return table;
    }

private:
    Table()
    {
        for (const Entry& e : Exceptions)
            minorUnits.insert(QString::fromLatin1(e.code), e.minorUnits);
        for (const char* code : TwoDecimals)
            minorUnits.insert(QString::fromLatin1(code), 2);
        codes = minorUnits.keys();
        codes.sort();
    }
};

} // namespace

const QStringList& Currency::codes()
{
    return Table::instance().codes;
}

bool Currency::isKnown(const QString& code)
{
    return Table::instance().minorUnits.contains(code);
}

std::optional<int> Currency::findMinorUnits(const QString& code)
{
    const auto& units = Table::instance().minorUnits;
    const auto it = units.constFind(code);
    if (it == units.constEnd())
        return std::nullopt;
    return *it;
}

int Currency::minorUnits(const QString& code)
{
    return findMinorUnits(code.toUpper()).value_or(2);
}

} // namespace rebound::core
