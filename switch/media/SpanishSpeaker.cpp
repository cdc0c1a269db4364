#include "media/Speaker.h"

namespace rebound::media {

namespace {

// How a number ending in "one" is said: counting ("veintiuno"), before a
// masculine noun ("veintiún dólares", "un millón") or a feminine one
// ("veintiuna libras"). The hundreds agree too: "doscientas libras".
enum class Form
{
    Counting,
    Masculine,
    Feminine
};

// Below one hundred: one recording each (num-0 … num-99, "veintidós" is one
// word); the numbers ending in one (not "once") have -m and -f recordings.
void belowHundred(qint64 n, Form form, QStringList& out)
{
    if (form != Form::Counting && n % 10 == 1 && n != 11)
        out << QStringLiteral("num-%1-%2").arg(n).arg(QLatin1String(form == Form::Feminine ? "f" : "m"));
    else
        out << QStringLiteral("num-%1").arg(n);
}

// 1 … 999: "cien", "ciento uno", "doscientos" / "doscientas".
void belowThousand(qint64 n, Form form, QStringList& out)
{
    const qint64 hundreds = n / 100;
    const qint64 rest = n % 100;
    if (hundreds == 1)
        out << QLatin1String(rest == 0 ? "hundred" : "hundred-plus");
    else if (hundreds > 1)
        out << QStringLiteral("num-%1%2").arg(hundreds * 100).arg(form == Form::Feminine ? "-f" : "");
    if (rest > 0)
        belowHundred(rest, form, out);
}

// Long scale: mil, millón, mil millones, billón (10^12).
void cardinal(quint64 n, Form form, QStringList& out)
{
    if (n == 0) {
        out << QStringLiteral("num-0");
        return;
    }
    const quint64 trillions = n / 1'000'000'000'000;
    const quint64 millions = (n / 1'000'000) % 1'000'000;
    const quint64 thousands = (n / 1000) % 1000;
    const quint64 rest = n % 1000;
    // Millón and billón are masculine nouns: "un millón", "veintiún millones".
    if (trillions > 0) {
        cardinal(trillions, Form::Masculine, out);
        out << QLatin1String(trillions == 1 ? "trillion" : "trillions");
    }
    if (millions > 0) {
        cardinal(millions, Form::Masculine, out);
        out << QLatin1String(millions == 1 ? "million" : "millions");
    }
    if (thousands > 0) {
        // "mil", never "un mil"; "veintiún mil", "doscientas mil libras".
        if (thousands > 1)
            belowThousand(static_cast<qint64>(thousands), form == Form::Feminine ? form : Form::Masculine,
                          out);
        out << QStringLiteral("thousand");
    }
    if (rest > 0)
        belowThousand(static_cast<qint64>(rest), form, out);
}

using CurrencyWords = GenderedCurrencyWords;

// Any other currency: "cinco unidades con cincuenta".
constexpr CurrencyWords Generic{"unit", "units", true, nullptr, nullptr, false};

// Prompt names (resources/prompts/es/prompts.txt has the Spanish words):
// "cent" is "centavo", "centime" is "céntimo", "pound" is "libra".
constexpr CurrencyNames<CurrencyWords>::Named Names[] = {
    {"USD CAD AUD NZD HKD SGD", {"dollar", "dollars", false, "cent", "cents", false}},
    {"EUR", {"euro", "euros", false, "centime", "centimes", false}},
    {"GBP", {"pound", "pounds", true, "penny", "pence", false}},
    {"MXN PHP ARS CLP COP CUP DOP UYU", {"peso", "pesos", false, "centavo", "centavos", false}},
    {"BRL", {"real", "reais", false, "centavo", "centavos", false}},
    {"INR", {"rupee", "rupees", true, "paisa", "paise", true}},
    {"NGN", {"naira", "nairas", true, "kobo", "kobos", false}},
    {"KES", {"shilling", "shillings", false, "cent", "cents", false}},
    {"ZAR", {"rand", "rands", false, "cent", "cents", false}},
    {"CNY", {"yuan", "yuans", false, "fen", "fen", false}},
    {"JPY", {"yen", "yens", false, nullptr, nullptr, false}},
    {"CHF", {"franc", "francs", false, "centime", "centimes", false}},
    {"SEK", {"krona", "kronor", true, "ore", "ore", false}},
    {"PLN", {"zloty", "zlotys", false, "grosz", "groszy", false}},
    {"TRY", {"lira", "liras", true, "kurus", "kurus", false}},
    {"AED", {"dirham", "dirhams", false, "fils", "fils", false}},
    {"MAD", {"dirham", "dirhams", false, "centime", "centimes", false}},
    {"SAR", {"riyal", "riyals", false, "halala", "halalas", true}},
    {"KWD", {"dinar", "dinars", false, "fils", "fils", false}},
    {"XOF XAF", {"cfa-franc", "cfa-francs", false, nullptr, nullptr, false}},
};

const CurrencyNames<CurrencyWords>& currencies()
{
    static const CurrencyNames<CurrencyWords> names(Names, Generic);
    return names;
}

Form formFor(bool feminine)
{
    return feminine ? Form::Feminine : Form::Masculine;
}
} // namespace

SpanishSpeaker::SpanishSpeaker()
    : Speaker(QStringLiteral("es"), currencies().codes())
{
}

void SpanishSpeaker::sayNumber(quint64 n, QStringList& out) const
{
    cardinal(n, Form::Counting, out);
}

void SpanishSpeaker::sayAmount(const Parts& p, const QString& currencyCode, QStringList& out) const
{
    const CurrencyWords& words = currencies()[currencyCode];
    cardinal(static_cast<quint64>(p.units), formFor(words.feminine), out);
    // "un millón de dólares", but "un millón cien dólares".
    if (p.wholeMillions())
        out << QStringLiteral("of");
    out << QLatin1String(p.units == 1 ? words.unit : words.units);
    // "veintiún dólares", not "veintiún dólares con cero centavos".
    if (!p.anyMinor())
        return;
    out << QStringLiteral("with");
    if (words.subunit) {
        cardinal(static_cast<quint64>(p.minor), formFor(words.subFeminine), out);
        out << QLatin1String(p.minor == 1 ? words.subunit : words.subunits);
    } else {
        cardinal(static_cast<quint64>(p.minor), Form::Counting, out);
    }
}

void SpanishSpeaker::sayTime(qint64 count, Noun unit, QStringList& out) const
{
    // A negative time is zero; minuto and segundo are masculine: "un
    // minuto", "veintiún minutos".
    const qint64 n = qMax<qint64>(count, 0);
    cardinal(static_cast<quint64>(n), Form::Masculine, out);
    out << QLatin1String(n == 1 ? unit.one : unit.many);
}

} // namespace rebound::media
