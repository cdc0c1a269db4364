#include "media/Speaker.h"

namespace rebound::media {

namespace {

// Below one hundred: one recording each (num-0 … num-99: "vingt et un",
// "soixante et onze", "quatre-vingts"). Before a feminine noun the numbers
// ending in "un" take "une" (num-1-f "une", num-21-f "vingt et une");
// "quatre-vingts" loses its s before "mille" (num-80-bare).
void belowHundred(qint64 n, bool feminine, bool beforeMille, QStringList& out)
{
    if (n == 80 && beforeMille)
        out << QStringLiteral("num-80-bare");
    else if (feminine && n % 10 == 1 && n != 11 && n != 71 && n != 91)
        out << QStringLiteral("num-%1-f").arg(n);
    else
        out << QStringLiteral("num-%1").arg(n);
}

// 1 … 999: "cent", "cent un", "deux cents", "deux cent un", and "deux cent
// mille" (cents loses its s before mille, which is not a noun).
void belowThousand(qint64 n, bool feminine, bool beforeMille, QStringList& out)
{
    const qint64 hundreds = n / 100;
    const qint64 rest = n % 100;
    if (hundreds == 1) {
        out << QStringLiteral("hundred");
    } else if (hundreds > 1) {
        out << QStringLiteral("num-%1").arg(hundreds)
            << QLatin1String(rest == 0 && !beforeMille ? "hundreds" : "hundred");
    }
    if (rest > 0)
        belowHundred(rest, feminine, beforeMille, out);
}

// mille, million, milliard (prompt "billion"), billion (10^12, prompt
// "trillion"). Million and milliard are nouns: "deux cents millions".
void cardinal(quint64 n, bool feminine, QStringList& out)
{
    if (n == 0) {
        out << QStringLiteral("num-0");
        return;
    }
    const quint64 trillions = n / 1'000'000'000'000;
    if (trillions > 0) {
        cardinal(trillions, false, out);
        out << QLatin1String(trillions == 1 ? "trillion" : "trillions");
    }
    const struct
    {
        quint64 scale;
        const char* one;
        const char* many;
    } nouns[] = {{1'000'000'000, "billion", "billions"}, {1'000'000, "million", "millions"}};
    for (const auto& g : nouns) {
        const quint64 count = (n / g.scale) % 1000;
        if (count > 0) {
            belowThousand(static_cast<qint64>(count), false, false, out);
            out << QLatin1String(count == 1 ? g.one : g.many);
        }
    }
    const quint64 thousands = (n / 1000) % 1000;
    if (thousands > 0) {
        // "mille", never "un mille"; "vingt et un mille"; mille never takes an s.
        if (thousands > 1)
            belowThousand(static_cast<qint64>(thousands), false, true, out);
        out << QStringLiteral("thousand");
    }
    if (n % 1000 > 0)
        belowThousand(static_cast<qint64>(n % 1000), feminine, false, out);
}

using CurrencyWords = GenderedCurrencyWords;

// Any other currency: "cinq unités cinquante", "un million d'unités".
constexpr CurrencyWords Generic{"unit", "units", true, nullptr, nullptr, false, "of-units"};

// Prompt names (resources/prompts/fr/prompts.txt has the French words):
// every cent is a "centime", "pound" is "livre", "lira" is "livre turque".
constexpr CurrencyNames<CurrencyWords>::Named Names[] = {
    {"USD CAD AUD NZD HKD SGD", {"dollar", "dollars", false, "centime", "centimes", false, nullptr}},
    {"EUR", {"euro", "euros", false, "centime", "centimes", false, "of-euros"}},
    {"GBP", {"pound", "pounds", true, "penny", "pence", false, nullptr}},
    {"MXN PHP ARS CLP COP CUP DOP UYU", {"peso", "pesos", false, "centavo", "centavos", false, nullptr}},
    {"BRL", {"real", "reais", false, "centavo", "centavos", false, nullptr}},
    {"INR", {"rupee", "rupees", true, "paisa", "paise", false, nullptr}},
    {"NGN", {"naira", "nairas", false, "kobo", "kobos", false, nullptr}},
    {"KES", {"shilling", "shillings", false, "centime", "centimes", false, nullptr}},
    {"ZAR", {"rand", "rands", false, "centime", "centimes", false, nullptr}},
    {"CNY", {"yuan", "yuans", false, "fen", "fens", false, nullptr}},
    {"JPY", {"yen", "yens", false, nullptr, nullptr, false, nullptr}},
    {"CHF", {"franc", "francs", false, "centime", "centimes", false, nullptr}},
    {"SEK", {"krona", "kronor", true, "ore", "ore", false, nullptr}},
    {"PLN", {"zloty", "zlotys", false, "grosz", "groszy", false, nullptr}},
    {"TRY", {"lira", "liras", true, "kurus", "kurus", false, nullptr}},
    {"AED", {"dirham", "dirhams", false, "fils", "fils", false, nullptr}},
    {"MAD", {"dirham", "dirhams", false, "centime", "centimes", false, nullptr}},
    {"SAR", {"riyal", "riyals", false, "halala", "halalas", false, nullptr}},
    {"KWD", {"dinar", "dinars", false, "fils", "fils", false, nullptr}},
    {"XOF XAF", {"cfa-franc", "cfa-francs", false, nullptr, nullptr, false, nullptr}},
};

const CurrencyNames<CurrencyWords>& currencies()
{
    static const CurrencyNames<CurrencyWords> names(Names, Generic);
    return names;
}
} // namespace

FrenchSpeaker::FrenchSpeaker()
    : Speaker(QStringLiteral("fr"), currencies().codes())
{
}

void FrenchSpeaker::sayNumber(quint64 n, QStringList& out) const
{
    cardinal(n, false, out);
}

void FrenchSpeaker::sayAmount(const Parts& p, const QString& currencyCode, QStringList& out) const
{
    const CurrencyWords& words = currencies()[currencyCode];
    cardinal(static_cast<quint64>(p.units), words.feminine, out);
    if (p.wholeMillions()) {
        // "un million de dollars", "un million d'euros".
        if (words.ofUnits)
            out << QLatin1String(words.ofUnits);
        else
            out << QStringLiteral("of") << QLatin1String(words.units);
    } else {
        // Below two is singular in French: "zéro euro", "un euro".
        out << QLatin1String(p.units < 2 ? words.unit : words.units);
    }
    if (!p.anyMinor())
        return;
    if (words.subunit) {
        out << QStringLiteral("and");
        cardinal(static_cast<quint64>(p.minor), words.subFeminine, out);
        out << QLatin1String(p.minor < 2 ? words.subunit : words.subunits);
    } else {
        cardinal(static_cast<quint64>(p.minor), false, out); // "cinq unités cinquante"
    }
}

void FrenchSpeaker::sayTime(qint64 count, Noun unit, QStringList& out) const
{
    // A negative time is zero; minute and seconde are feminine: "une
    // minute", "vingt et une minutes", and singular below two.
    const qint64 n = qMax<qint64>(count, 0);
    cardinal(static_cast<quint64>(n), true, out);
    out << QLatin1String(n < 2 ? unit.one : unit.many);
}

} // namespace rebound::media
