#include "media/Speaker.h"

#include <QHash>

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

struct CurrencyWords
{
    const char* unit;
    const char* units;
    bool feminine;
    const char* subunit; // null: the minor units are a bare number
    const char* subunits;
    bool subFeminine;
};

struct Named
{
    const char* codes;
    CurrencyWords words;
};

// Prompt names (resources/prompts/es/prompts.txt has the Spanish words):
// "cent" is "centavo", "centime" is "céntimo", "pound" is "libra".
constexpr Named Names[] = {
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

const QHash<QString, CurrencyWords>& table()
{
    static const QHash<QString, CurrencyWords> byCode = [] {
        QHash<QString, CurrencyWords> h;
        for (const Named& n : Names)
            for (const QString& code : QString::fromLatin1(n.codes).split(QLatin1Char(' ')))
                h.insert(code, n.words);
        return h;
    }();
    return byCode;
}

// Any other currency: "cinco unidades con cincuenta".
constexpr CurrencyWords Generic{"unit", "units", true, nullptr, nullptr, false};

Form formFor(bool feminine)
{
    return feminine ? Form::Feminine : Form::Masculine;
}
} // namespace

QStringList SpanishSpeaker::number(qint64 n) const
{
    QStringList out;
    quint64 m = static_cast<quint64>(n);
    if (n < 0) {
        out << QStringLiteral("minus");
        m = 0 - m;
    }
    cardinal(m, Form::Counting, out);
    return out;
}

QStringList SpanishSpeaker::amount(core::Money amount, const QString& currencyCode) const
{
    const Parts p = split(amount, currencyCode);
    const auto it = table().constFind(currencyCode.toUpper());
    const CurrencyWords& words = it == table().constEnd() ? Generic : *it;
    QStringList out;
    if (p.negative)
        out << QStringLiteral("minus");
    cardinal(static_cast<quint64>(p.units), formFor(words.feminine), out);
    // "un millón de dólares", but "un millón cien dólares".
    if (p.units >= 1'000'000 && p.units % 1'000'000 == 0)
        out << QStringLiteral("of");
    out << QLatin1String(p.units == 1 ? words.unit : words.units);
    // "veintiún dólares", not "veintiún dólares con cero centavos".
    if (p.decimals == 0 || p.minor == 0)
        return out;
    out << QStringLiteral("with");
    if (words.subunit) {
        cardinal(static_cast<quint64>(p.minor), formFor(words.subFeminine), out);
        out << QLatin1String(p.minor == 1 ? words.subunit : words.subunits);
    } else {
        cardinal(static_cast<quint64>(p.minor), Form::Counting, out);
    }
    return out;
}

QStringList SpanishSpeaker::duration(int seconds) const
{
    QStringList out;
    const bool inMinutes = seconds >= 60;
    const qint64 count = inMinutes ? seconds / 60 : qMax(seconds, 0);
    // Minuto and segundo are masculine: "un minuto", "veintiún minutos".
    cardinal(static_cast<quint64>(count), Form::Masculine, out);
    if (inMinutes)
        out << QLatin1String(count == 1 ? "minute" : "minutes");
    else
        out << QLatin1String(count == 1 ? "second" : "seconds");
    return out;
}

QStringList SpanishSpeaker::namedCurrencies() const
{
    QStringList codes = table().keys();
    codes.sort();
    return codes;
}

} // namespace rebound::media
