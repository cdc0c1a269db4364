#include "media/Speaker.h"

namespace rebound::media {

namespace {
QString num(qint64 n)
{
    return QStringLiteral("num-%1").arg(n);
}

// Non-negative numbers below one thousand: the prompt set has one recording
// for each of 0-99 ("twenty-one" is one word when spoken, not two).
void belowThousand(qint64 n, QStringList& out)
{
    if (n >= 100) {
        out << num(n / 100) << QStringLiteral("hundred");
        n %= 100;
        if (n == 0)
            return;
    }
    out << num(n);
}

// The prompt names of a currency's unit and minor unit, singular and plural.
struct CurrencyWords
{
    const char* unit;
    const char* units;
    const char* subunit; // null: read the minor units as a bare number
    const char* subunits;
};

// What any other currency is called: "five units fifty".
constexpr CurrencyWords Generic{"unit", "units", nullptr, nullptr};

// CAD, AUD and the other dollars are just "dollars": the subscriber bought
// the credit in that currency and expects to hear how they would say it.
constexpr CurrencyNames<CurrencyWords>::Named Names[] = {
    {"USD CAD AUD NZD HKD SGD", {"dollar", "dollars", "cent", "cents"}},
    {"EUR", {"euro", "euros", "cent", "cents"}},
    {"GBP", {"pound", "pounds", "penny", "pence"}},
    {"MXN PHP ARS CLP COP CUP DOP UYU", {"peso", "pesos", "centavo", "centavos"}},
    {"BRL", {"real", "reais", "centavo", "centavos"}},
    {"INR", {"rupee", "rupees", "paisa", "paise"}},
    {"NGN", {"naira", "naira", "kobo", "kobo"}},
    {"KES", {"shilling", "shillings", "cent", "cents"}},
    {"ZAR", {"rand", "rand", "cent", "cents"}},
    {"CNY", {"yuan", "yuan", "fen", "fen"}},
    {"JPY", {"yen", "yen", nullptr, nullptr}},
    {"CHF", {"franc", "francs", "centime", "centimes"}},
    {"SEK", {"krona", "kronor", "ore", "ore"}},
    {"PLN", {"zloty", "zlotys", "grosz", "groszy"}},
    {"TRY", {"lira", "lira", "kurus", "kurus"}},
    {"AED", {"dirham", "dirhams", "fils", "fils"}},
    {"MAD", {"dirham", "dirhams", "centime", "centimes"}},
    {"SAR", {"riyal", "riyals", "halala", "halalas"}},
    {"KWD", {"dinar", "dinars", "fils", "fils"}},
    {"XOF XAF", {"cfa-franc", "cfa-francs", nullptr, nullptr}},
};

const CurrencyNames<CurrencyWords>& currencies()
{
    static const CurrencyNames<CurrencyWords> names(Names, Generic);
    return names;
}
} // namespace

EnglishSpeaker::EnglishSpeaker()
    : Speaker(QStringLiteral("en"), currencies().codes())
{
}

void EnglishSpeaker::sayNumber(quint64 m, QStringList& out) const
{
    if (m < 1000) {
        belowThousand(static_cast<qint64>(m), out);
        return;
    }
    // Short scale, American style: "one thousand two hundred five", no "and".
    const quint64 trillions = m / 1'000'000'000'000;
    if (trillions > 0) {
        sayNumber(trillions, out);
        out << QStringLiteral("trillion");
    }
    const struct
    {
        quint64 scale;
        const char* word;
    } groups[] = {{1'000'000'000, "billion"}, {1'000'000, "million"}, {1000, "thousand"}};
    for (const auto& g : groups) {
        const quint64 count = (m / g.scale) % 1000;
        if (count > 0) {
            belowThousand(static_cast<qint64>(count), out);
            out << QLatin1String(g.word);
        }
    }
    if (m % 1000 > 0)
        belowThousand(static_cast<qint64>(m % 1000), out);
}

void EnglishSpeaker::sayAmount(const Parts& p, const QString& currencyCode, QStringList& out) const
{
    const CurrencyWords& words = currencies()[currencyCode];
    out << number(p.units) << QLatin1String(p.units == 1 ? words.unit : words.units);
    if (p.decimals == 0)
        return; // "five hundred yen"
    if (words.subunit) {
        // "five dollars and zero cents": the cents are always said.
        out << QStringLiteral("and") << number(p.minor)
            << QLatin1String(p.minor == 1 ? words.subunit : words.subunits);
    } else if (p.minor > 0) {
        out << number(p.minor); // "five units fifty"
    }
}

void EnglishSpeaker::sayTime(qint64 count, Noun unit, QStringList& out) const
{
    // A negative time is said as such: "minus five seconds".
    out << number(count) << QLatin1String(count == 1 ? unit.one : unit.many);
}

} // namespace rebound::media
